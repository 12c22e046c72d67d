import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createDb } from "../../src/db/client.ts";
import { insertJobStatement, type JobRow } from "../../src/db/jobs.ts";
import { insertReadingStatement, type ReadingRow } from "../../src/db/readings.ts";
import { charts } from "../../src/db/schema.ts";
import { READING_JOB_MAX_ATTEMPTS } from "../../src/jobs/config.ts";
import type { JobResource } from "../../src/jobs/types.ts";
import { encodeCursor } from "../../src/lib/cursor.ts";
import { newId } from "../../src/lib/ids.ts";
import { newReadingJob } from "../../src/readings/create-reading.ts";
import { authed, expectProblem, LONDON_1990, send } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

const HOUR = 3_600_000;

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

interface Seeded {
  job: JobRow;
  reading: ReadingRow;
}

/**
 * Inserts a chart row, a reading and its job for `owner` straight into D1 in one batch (no queue
 * message is sent). The job is queued unless `job` says otherwise; the reading follows the job
 * (pending while queued or running, ready when succeeded, failed otherwise).
 */
async function seed(
  owner: string,
  job: Partial<JobRow> = {},
  chartId: string = newId("chr"),
): Promise<Seeded> {
  const db = createDb(env.DB);
  const now = Date.now();
  const seeded = newReadingJob(
    owner,
    chartId,
    { kind: "natal", detail: "standard", language: "en" },
    now,
  );
  const jobRow: JobRow = { ...seeded.job, ...job, payload: seeded.job.payload };
  const status = jobRow.status;
  const reading: ReadingRow = {
    ...seeded.reading,
    jobId: jobRow.id,
    status:
      status === "queued" || status === "running"
        ? "pending"
        : status === "succeeded"
          ? "ready"
          : "failed",
    createdAt: jobRow.createdAt,
    finishedAt: jobRow.finishedAt,
  };
  if (status === "succeeded") jobRow.result = { reading_id: reading.id };
  const chartExists = await env.DB.prepare("SELECT 1 FROM charts WHERE id = ?")
    .bind(chartId)
    .first();
  const statements = [insertReadingStatement(db, reading), insertJobStatement(db, jobRow)];
  if (!chartExists) {
    const chart = db.insert(charts).values({
      id: chartId,
      owner,
      input: {},
      chart: {},
      engineVersion: "test",
      inputHash: null,
      createdAt: now,
    });
    await db.batch([chart, ...statements]);
  } else {
    await db.batch([statements[0], statements[1]]);
  }
  return { job: jobRow, reading };
}

async function row(table: "jobs" | "readings", id: string) {
  const found = await env.DB.prepare(`SELECT * FROM ${table} WHERE id = ?`)
    .bind(id)
    .first<Record<string, unknown>>();
  if (!found) throw new Error(`no ${table} row ${id}`);
  return found;
}

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 25_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const FAILED = {
  status: "failed",
  attempts: READING_JOB_MAX_ATTEMPTS,
  errorCode: "transient_error",
  errorMessage: "D1 was unavailable.",
  startedAt: Date.now() - 60_000,
  finishedAt: Date.now() - 30_000,
} satisfies Partial<JobRow>;

/** A key for a new account with the readings scopes (and charts, to store real charts). */
function readingsKey(): Promise<TestKey> {
  return createTestKey({
    scopes: ["readings:read", "readings:write", "charts:read", "charts:write"],
  });
}

let alice: TestKey;
let bob: TestKey;
/** Alice's account, `readings:read` only. */
let aliceReader: TestKey;
/** Alice's account, charts only. */
let aliceCharts: TestKey;

beforeAll(async () => {
  alice = await readingsKey();
  bob = await readingsKey();
  aliceReader = await createTestKey({ owner: alice.owner, scopes: ["readings:read"] });
  aliceCharts = await createTestKey({ owner: alice.owner, scopes: ["charts:read"] });
});

function post(key: TestKey, path: string, headers: Record<string, string> = {}) {
  return withKey(key.key, path, { method: "POST", headers });
}

describe("GET /v1/jobs/{id}", () => {
  it("shows a queued job with the polling hint", async () => {
    const { job, reading } = await seed(alice.owner);
    const res = await withKey(alice.key, `/v1/jobs/${job.id}`);
    const body = await json<JobResource>(res, 200);
    expect(body).toEqual({
      id: job.id,
      type: "reading.natal",
      status: "queued",
      attempts: 0,
      max_attempts: READING_JOB_MAX_ATTEMPTS,
      progress: 0,
      error: null,
      result: null,
      created_at: new Date(Math.floor(job.createdAt / 1000) * 1000)
        .toISOString()
        .replace(".000Z", "Z"),
      started_at: null,
      finished_at: null,
    });
    expect(res.headers.get("Retry-After")).toBe("1");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(reading.jobId).toBe(job.id);
  });

  it("adds Retry-After while running, not once finished", async () => {
    const now = Date.now();
    const running = await seed(alice.owner, {
      status: "running",
      attempts: 1,
      progress: 0.1,
      startedAt: now,
      leaseExpiresAt: now + 60_000,
    });
    const res = await withKey(alice.key, `/v1/jobs/${running.job.id}`);
    expect((await json<JobResource>(res, 200)).status).toBe("running");
    expect(res.headers.get("Retry-After")).toBe("1");

    const done = await seed(alice.owner, {
      status: "succeeded",
      attempts: 1,
      progress: 1,
      startedAt: now - 2000,
      finishedAt: now - 1000,
    });
    const doneRes = await withKey(alice.key, `/v1/jobs/${done.job.id}`);
    const body = await json<JobResource>(doneRes, 200);
    expect(body.status).toBe("succeeded");
    expect(body.result).toEqual({ reading_id: done.reading.id });
    expect(body.finished_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(doneRes.headers.get("Retry-After")).toBeNull();
  });

  it("shows a failed job's error", async () => {
    const { job } = await seed(alice.owner, FAILED);
    const body = await json<JobResource>(await withKey(alice.key, `/v1/jobs/${job.id}`), 200);
    expect(body.status).toBe("failed");
    expect(body.error).toEqual({ code: "transient_error", message: "D1 was unavailable." });
  });

  it("answers 404 for another account's job and for an unknown id, the same way", async () => {
    const { job } = await seed(bob.owner);
    const other = await expectProblem(await withKey(alice.key, `/v1/jobs/${job.id}`), 404);
    expect(other.code).toBe("not_found");
    const unknown = await expectProblem(await withKey(alice.key, `/v1/jobs/${newId("job")}`), 404);
    expect(unknown.detail.replace(/job_\w+/, "")).toBe(other.detail.replace(/job_\w+/, ""));
    await expectProblem(await withKey(alice.key, "/v1/jobs/not-a-job-id"), 404);
    // The admin key is the account `admin`: it does not see an account's jobs either.
    await expectProblem(await authed(`/v1/jobs/${job.id}`), 404);
  });

  it("needs a key with readings:read", async () => {
    const { job } = await seed(alice.owner);
    const none = await expectProblem(await send(`/v1/jobs/${job.id}`), 401);
    expect(none.code).toBe("unauthorized");
    const charts = await expectProblem(await withKey(aliceCharts.key, `/v1/jobs/${job.id}`), 403);
    expect(charts.code).toBe("forbidden");
    await json(await withKey(aliceReader.key, `/v1/jobs/${job.id}`), 200);
  });
});

describe("GET /v1/jobs", () => {
  let owner: TestKey;
  let seeded: Seeded[];

  beforeAll(async () => {
    owner = await readingsKey();
    seeded = [];
    for (const status of ["queued", "failed", "succeeded", "failed", "cancelled"] as const) {
      const now = Date.now();
      seeded.push(
        await seed(
          owner.owner,
          status === "queued" ? {} : { status, attempts: 1, startedAt: now, finishedAt: now },
        ),
      );
    }
  });

  interface Page {
    data: JobResource[];
    next_cursor: string | null;
  }

  it("pages through the account's jobs newest first", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const res = await withKey(owner.key, `/v1/jobs${query}`);
      const page: Page = await json<Page>(res, 200);
      expect(page.data.length).toBeLessThanOrEqual(2);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      ids.push(...page.data.map((j) => j.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(ids).toEqual(seeded.map((s) => s.job.id).reverse());
  });

  it("filters by status and type, across pages", async () => {
    const failed = seeded.filter((s) => s.job.status === "failed").map((s) => s.job.id);
    const first = await json<Page>(
      await withKey(owner.key, "/v1/jobs?status=failed&type=reading.natal&limit=1"),
      200,
    );
    expect(first.data.map((j) => j.id)).toEqual([failed[1]]);
    expect(first.next_cursor).not.toBeNull();
    const second = await json<Page>(
      await withKey(owner.key, `/v1/jobs?status=failed&limit=1&cursor=${first.next_cursor}`),
      200,
    );
    expect(second.data.map((j) => j.id)).toEqual([failed[0]]);
    expect(second.next_cursor).toBeNull();

    const queued = await json<Page>(await withKey(owner.key, "/v1/jobs?status=queued"), 200);
    expect(queued.data.map((j) => j.status)).toEqual(["queued"]);
    const running = await json<Page>(await withKey(owner.key, "/v1/jobs?status=running"), 200);
    expect(running).toEqual({ data: [], next_cursor: null });
  });

  it("shows only the caller's account", async () => {
    const other = await seed(bob.owner);
    const page = await json<Page>(await withKey(owner.key, "/v1/jobs?limit=100"), 200);
    expect(page.data).toHaveLength(seeded.length);
    expect(page.data.map((j) => j.id)).not.toContain(other.job.id);
  });

  it("refuses unknown filters, values and cursors, naming each", async () => {
    const status = await expectProblem(await withKey(owner.key, "/v1/jobs?status=done"), 400);
    expect(status.errors.map((e) => e.path)).toEqual(["status"]);
    const type = await expectProblem(await withKey(owner.key, "/v1/jobs?type=reading"), 400);
    expect(type.errors.map((e) => e.path)).toEqual(["type"]);
    const unknown = await expectProblem(await withKey(owner.key, "/v1/jobs?owner=x"), 400);
    expect(unknown.errors.map((e) => e.path)).toEqual(["owner"]);
    const chartCursor = encodeCursor(newId("chr"));
    const cursor = await expectProblem(
      await withKey(owner.key, `/v1/jobs?cursor=${chartCursor}`),
      400,
    );
    expect(cursor.errors.map((e) => e.path)).toEqual(["cursor"]);
    await expectProblem(await withKey(owner.key, "/v1/jobs?limit=0"), 400);
  });

  it("needs readings:read", async () => {
    await expectProblem(await withKey(aliceCharts.key, "/v1/jobs"), 403);
  });
});

describe("GET /v1/jobs/stats", () => {
  interface Stats {
    counts: Record<string, number>;
    total: number;
    window_hours: number;
    sample_size: number;
    queue_wait_ms: { p50: number | null; p95: number | null };
    run_time_ms: { p50: number | null; p95: number | null };
  }

  it("counts every job by status and takes nearest-rank percentiles of the last 24 h", async () => {
    const key = await readingsKey();
    const now = Date.now();
    // Ten succeeded jobs in the window: queue waits 100…1000 ms, run times 1000…10000 ms.
    for (let i = 1; i <= 10; i++) {
      const created = now - HOUR - i * 60_000;
      await seed(key.owner, {
        status: "succeeded",
        attempts: 1,
        progress: 1,
        createdAt: created,
        queuedAt: created,
        startedAt: created + i * 100,
        finishedAt: created + i * 100 + i * 1000,
      });
    }
    // Re-queued after a failed attempt: queued_at is after started_at, so the wait counts from
    // creation (5000 ms); run time 20000 ms.
    const created = now - 2 * HOUR;
    await seed(key.owner, {
      status: "succeeded",
      attempts: 2,
      createdAt: created,
      queuedAt: created + 30_000,
      startedAt: created + 5000,
      finishedAt: created + 25_000,
    });
    // Outside the window: counted, not sampled.
    const old = now - 25 * HOUR;
    await seed(key.owner, {
      status: "succeeded",
      attempts: 1,
      createdAt: old,
      queuedAt: old,
      startedAt: old + 999_999,
      finishedAt: old + 9_999_999,
    });
    await seed(key.owner);
    await seed(key.owner, FAILED);
    await seed(key.owner, FAILED);
    await seed(key.owner, { status: "cancelled", finishedAt: now });
    await seed(key.owner, { status: "running", attempts: 1, startedAt: now });
    await seed(bob.owner, { status: "succeeded", startedAt: now, finishedAt: now + 1 });

    const res = await withKey(key.key, "/v1/jobs/stats");
    const stats = await json<Stats>(res, 200);
    expect(stats).toEqual({
      counts: { queued: 1, running: 1, succeeded: 12, failed: 2, cancelled: 1 },
      total: 17,
      window_hours: 24,
      sample_size: 11,
      // Waits 100…1000 and 5000: p50 is the 6th of 11 (600), p95 the 11th (5000).
      queue_wait_ms: { p50: 600, p95: 5000 },
      // Runs 1000…10000 and 20000: the 6th (6000) and the 11th (20000).
      run_time_ms: { p50: 6000, p95: 20_000 },
    });
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers zeros and null percentiles for an account without jobs", async () => {
    const key = await readingsKey();
    const stats = await json<Stats>(await withKey(key.key, "/v1/jobs/stats"), 200);
    expect(stats).toEqual({
      counts: { queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 },
      total: 0,
      window_hours: 24,
      sample_size: 0,
      queue_wait_ms: { p50: null, p95: null },
      run_time_ms: { p50: null, p95: null },
    });
  });

  it("needs readings:read", async () => {
    await expectProblem(await withKey(aliceCharts.key, "/v1/jobs/stats"), 403);
    await expectProblem(await send("/v1/jobs/stats"), 401);
  });
});

describe("POST /v1/jobs/{id}/cancel", () => {
  it("cancels a queued job and fails its reading", async () => {
    const { job, reading } = await seed(alice.owner);
    const res = await post(alice, `/v1/jobs/${job.id}/cancel`);
    const body = await json<JobResource>(res, 200);
    expect(body.status).toBe("cancelled");
    expect(body.finished_at).not.toBeNull();
    expect(res.headers.get("Retry-After")).toBeNull();
    expect((await row("jobs", job.id)).status).toBe("cancelled");
    const readingAfter = await row("readings", reading.id);
    expect(readingAfter.status).toBe("failed");
    expect(readingAfter.finished_at).not.toBeNull();
  });

  it("answers 409 job_not_cancellable for a running or finished job and changes nothing", async () => {
    const now = Date.now();
    const running = await seed(alice.owner, {
      status: "running",
      attempts: 1,
      startedAt: now,
      leaseExpiresAt: now + 60_000,
    });
    const problem = await expectProblem(
      await post(alice, `/v1/jobs/${running.job.id}/cancel`),
      409,
    );
    expect(problem.code).toBe("job_not_cancellable");
    expect(problem.detail).toContain("running");
    expect((await row("jobs", running.job.id)).status).toBe("running");
    expect((await row("readings", running.reading.id)).status).toBe("pending");

    for (const status of ["succeeded", "failed", "cancelled"] as const) {
      const { job } = await seed(alice.owner, { status, startedAt: now, finishedAt: now });
      const p = await expectProblem(await post(alice, `/v1/jobs/${job.id}/cancel`), 409);
      expect(p.code).toBe("job_not_cancellable");
    }
  });

  it("answers 404 for an unknown job and another account's, which stays queued", async () => {
    await expectProblem(await post(alice, `/v1/jobs/${newId("job")}/cancel`), 404);
    const { job, reading } = await seed(bob.owner);
    await expectProblem(await post(alice, `/v1/jobs/${job.id}/cancel`), 404);
    expect((await row("jobs", job.id)).status).toBe("queued");
    expect((await row("readings", reading.id)).status).toBe("pending");
  });

  it("needs readings:write", async () => {
    const { job } = await seed(alice.owner);
    const problem = await expectProblem(await post(aliceReader, `/v1/jobs/${job.id}/cancel`), 403);
    expect(problem.code).toBe("forbidden");
    expect((await row("jobs", job.id)).status).toBe("queued");
  });
});

describe("POST /v1/jobs/{id}/retry", () => {
  it("re-opens a failed job as the same job, its reading pending again: 202 with Location", async () => {
    const { job, reading } = await seed(alice.owner, FAILED);
    const res = await post(alice, `/v1/jobs/${job.id}/retry`);
    const body = await json<JobResource>(res, 202);
    expect(res.headers.get("Location")).toBe(`/v1/jobs/${job.id}`);
    expect(res.headers.get("Retry-After")).toBe("1");
    expect(body).toMatchObject({
      id: job.id,
      status: "queued",
      attempts: 0,
      progress: 0,
      error: null,
      result: null,
      started_at: null,
      finished_at: null,
    });
    const jobAfter = await row("jobs", job.id);
    expect(jobAfter.attempts).toBe(0);
    expect(jobAfter.error_code).toBeNull();
    expect(jobAfter.queued_at as number).toBeGreaterThanOrEqual(job.finishedAt as number);
    const readingAfter = await row("readings", reading.id);
    expect(readingAfter.status).toBe("pending");
    expect(readingAfter.finished_at).toBeNull();
  });

  it("sends the job's message again: the consumer runs it to a ready reading", async () => {
    const chartRes = await postJsonWithKey(alice.key, "/v1/charts", {
      ...LONDON_1990,
      latitude: 51.5 + Math.random() / 100,
    });
    const chart = await json<{ id: string }>(chartRes, 201);
    const { job, reading } = await seed(alice.owner, FAILED, chart.id);
    await json(await post(alice, `/v1/jobs/${job.id}/retry`), 202);
    const done = await eventually(async () => {
      const body = await json<JobResource>(await withKey(alice.key, `/v1/jobs/${job.id}`), 200);
      return body.status === "succeeded" ? body : undefined;
    });
    expect(done).toMatchObject({ attempts: 1, error: null, result: { reading_id: reading.id } });
    expect((await row("readings", reading.id)).status).toBe("ready");
  });

  it("answers 409 job_not_retryable for a job that has not failed", async () => {
    const now = Date.now();
    for (const job of [
      {},
      { status: "running", attempts: 1, startedAt: now },
      { status: "succeeded", attempts: 1, startedAt: now, finishedAt: now },
      { status: "cancelled", finishedAt: now },
    ] satisfies Partial<JobRow>[]) {
      const seeded = await seed(alice.owner, job);
      const problem = await expectProblem(
        await post(alice, `/v1/jobs/${seeded.job.id}/retry`),
        409,
      );
      expect(problem.code).toBe("job_not_retryable");
      expect((await row("jobs", seeded.job.id)).status).toBe(seeded.job.status);
    }
  });

  it("answers 404 for an unknown job and another account's, which stays failed", async () => {
    await expectProblem(await post(alice, `/v1/jobs/${newId("job")}/retry`), 404);
    const { job } = await seed(bob.owner, FAILED);
    await expectProblem(await post(alice, `/v1/jobs/${job.id}/retry`), 404);
    expect((await row("jobs", job.id)).status).toBe("failed");
  });

  it("needs readings:write", async () => {
    const { job } = await seed(alice.owner, FAILED);
    await expectProblem(await post(aliceReader, `/v1/jobs/${job.id}/retry`), 403);
    expect((await row("jobs", job.id)).status).toBe("failed");
  });

  it("fails the job again, visibly, and answers 503 when the queue refuses the message", async () => {
    const { job, reading } = await seed(alice.owner, FAILED);
    const refusing = {
      send: () => Promise.reject(new Error("queue down")),
      sendBatch: () => Promise.reject(new Error("queue down")),
    } as unknown as Queue;
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request(`http://orrery.test/v1/jobs/${job.id}/retry`, {
        method: "POST",
        headers: { Authorization: `Bearer ${alice.key}`, "CF-Connecting-IP": "203.0.113.7" },
      }),
      { ...env, READING_JOBS: refusing },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const problem = await expectProblem(res, 503);
    expect(problem.code).toBe("queue_unavailable");
    expect((problem as unknown as { job_id: string }).job_id).toBe(job.id);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const jobAfter = await row("jobs", job.id);
    expect(jobAfter.status).toBe("failed");
    expect(jobAfter.error_code).toBe("queue_unavailable");
    expect((await row("readings", reading.id)).status).toBe("failed");
  });
});

describe("the jobs routes in the OpenAPI document", () => {
  it("documents every operation", async () => {
    const doc = (await (await send("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths["/v1/jobs"]?.get?.operationId).toBe("listJobs");
    expect(doc.paths["/v1/jobs/stats"]?.get?.operationId).toBe("getJobStats");
    expect(doc.paths["/v1/jobs/{id}"]?.get?.operationId).toBe("getJob");
    expect(doc.paths["/v1/jobs/{id}/cancel"]?.post?.operationId).toBe("cancelJob");
    expect(doc.paths["/v1/jobs/{id}/retry"]?.post?.operationId).toBe("retryJob");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Job", "JobList", "JobStats"]),
    );
  });
});
