import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { createDb } from "../../src/db/client.ts";
import worker from "../../src/index.ts";
import { JOB_LEASE_MS, READING_JOBS_MAX_RETRIES } from "../../src/jobs/config.ts";
import { processReadingJobMessage } from "../../src/jobs/consumer.ts";
import { BACKOFF_BASE_SECONDS, backoffSeconds } from "../../src/jobs/retry-policy.ts";
import { recentMetricPoints } from "../../src/observability/metrics.ts";
import wranglerToml from "../../wrangler.toml?raw";
import { authed, LONDON_1990, postJson } from "../helpers/http.ts";
import { eventually, jobRow, readingRow, seedReadingJob } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

afterEach(() => clearFaults());

async function storedChart(body: Record<string, unknown> = LONDON_1990): Promise<string> {
  const res = await postJson("/v1/charts", body);
  const chart = (await res.json()) as { id: string };
  return chart.id;
}

/** Delivers one message to a queue consumer of the Worker, as the queue would, and collects its outcome. */
async function deliver(queue: string, body: unknown, attempts = 1) {
  const batch = createMessageBatch(queue, [
    { id: `msg-${Math.random()}`, timestamp: new Date(), attempts, body },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

interface ReadingJson {
  id: string;
  chart_id: string;
  status: string;
  job_id: string;
  placements: { body: string; sign: string; house: number | null }[] | null;
  sections: { key: string; title: string; body: string | null; text: string }[] | null;
  text: string | null;
}

describe("POST /v1/readings → queue → reading", () => {
  it("accepts a reading, the queue consumer writes it, and it reads well in JSON and Markdown", async () => {
    const res = await postJson("/v1/readings", {
      chart: { ...LONDON_1990, house_system: "koch" },
      detail: "full",
    });
    const text = await res.text();
    expect(res.status, text).toBe(202);
    const body = JSON.parse(text) as {
      job: { id: string; status: string; max_attempts: number };
      reading_id: string;
    };
    expect(res.headers.get("Location")).toBe(`/v1/jobs/${body.job.id}`);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(body.job).toMatchObject({
      status: "queued",
      max_attempts: READING_JOBS_MAX_RETRIES + 1,
    });

    const pending = (await (await authed(`/v1/readings/${body.reading_id}`)).json()) as ReadingJson;
    expect(["pending", "ready"]).toContain(pending.status);
    expect(pending.job_id).toBe(body.job.id);

    // The real local queue delivers the message to this Worker's consumer.
    const ready = await eventually(async () => {
      const r = (await (await authed(`/v1/readings/${body.reading_id}`)).json()) as ReadingJson;
      return r.status === "ready" ? r : undefined;
    });
    const job = await jobRow(body.job.id);
    expect(job).toMatchObject({ status: "succeeded", attempts: 1, progress: 1 });
    expect(ready.placements).toHaveLength(11);
    expect(ready.sections?.find((s) => s.key === "placement.sun")?.text).toContain("Gemini");
    expect(ready.text?.startsWith("# ")).toBe(true);

    const md = await authed(`/v1/readings/${body.reading_id}`, {
      headers: { Accept: "text/markdown" },
    });
    expect(md.headers.get("Content-Type")).toMatch(/^text\/markdown/);
    expect(await md.text()).toBe(ready.text);

    // Content negotiation by q-value (RFC 9110 §12.5.1): q=0 is "not acceptable".
    for (const [accept, type] of [
      ["text/markdown;q=0", /^application\/json/],
      ["text/markdown;q=0, application/json", /^application\/json/],
      ["application/json;q=0.1, text/markdown;q=0.9", /^text\/markdown/],
      ["application/json, text/markdown", /^application\/json/],
      ["text/*", /^text\/markdown/],
      ["*/*", /^application\/json/],
      ["*/*, text/markdown;q=0.1", /^application\/json/],
      ["*/*;q=0.9, text/markdown;q=0.5", /^application\/json/],
      ["text/markdown;q=0, */*", /^application\/json/],
      ["application/json;q=0.5, */*, text/markdown;q=0.6", /^text\/markdown/],
      ["text/markdown, application/json", /^text\/markdown/],
      ["image/png", /^application\/json/],
    ] as const) {
      const res = await authed(`/v1/readings/${body.reading_id}`, { headers: { Accept: accept } });
      expect(res.status, accept).toBe(200);
      expect(res.headers.get("Content-Type"), accept).toMatch(type);
      await res.arrayBuffer();
    }
  });

  it("answers 422 chart_not_found for another or unknown chart, and 400 for neither or both", async () => {
    const unknown = await postJson("/v1/readings", { chart_id: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { code: string }).code).toBe("chart_not_found");
    expect((await postJson("/v1/readings", {})).status).toBe(400);
    const chartId = await storedChart();
    expect((await postJson("/v1/readings", { chart_id: chartId, chart: LONDON_1990 })).status).toBe(
      400,
    );
    expect((await postJson("/v1/readings", { chart_id: chartId, detail: "epic" })).status).toBe(
      400,
    );
  });

  it("does not show another owner's reading", async () => {
    const { reading } = await seedReadingJob("someone-else", "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C");
    expect((await authed(`/v1/readings/${reading.id}`)).status).toBe(404);
    expect((await authed(`/v1/readings/${reading.id}`, { method: "DELETE" })).status).toBe(404);
    expect(await readingRow(reading.id)).not.toBeNull();
  });
});

describe("the reading jobs consumer", () => {
  it("retries a transient failure with backoff, then succeeds", async () => {
    const chartId = await storedChart();
    const { job, reading } = await seedReadingJob("admin", chartId);
    injectFault("DB", "get", 1);
    const outcome = await processReadingJobMessage(
      createDb(env.DB),
      { job_id: job.id, owner: "admin" },
      1,
    );
    expect(outcome.ack).toBe(false);
    const delay = outcome.ack ? 0 : outcome.delaySeconds;
    expect(delay).toBeGreaterThanOrEqual(BACKOFF_BASE_SECONDS / 2);
    expect(delay).toBeLessThanOrEqual(BACKOFF_BASE_SECONDS);

    injectFault("DB", "get", 1);
    const first = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" }, 1);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryMessages).toHaveLength(1);

    const second = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" }, 2);
    expect(second.explicitAcks).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({
      status: "succeeded",
      attempts: 1,
      error_code: null,
    });
    expect(await readingRow(reading.id)).toMatchObject({ status: "ready" });
  });

  it("records a transient failure after the claim and puts the job back in the queue", async () => {
    const chartId = await storedChart();
    const { job } = await seedReadingJob("admin", chartId);
    injectFault("DB", "put", 1); // the commit batch fails
    const result = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" }, 1);
    expect(result.retryMessages).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({
      status: "queued",
      attempts: 1,
      error_code: "transient_error",
    });
    const again = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" }, 2);
    expect(again.explicitAcks).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({
      status: "succeeded",
      attempts: 2,
      error_code: null,
    });
  });

  it("fails a permanent error at once, without retrying", async () => {
    const { job, reading } = await seedReadingJob("admin", "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C");
    const result = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" });
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(await jobRow(job.id)).toMatchObject({
      status: "failed",
      error_code: "chart_not_found",
      attempts: 1,
    });
    expect(await readingRow(reading.id)).toMatchObject({ status: "failed" });
  });

  it("does nothing on a duplicate delivery of a finished job", async () => {
    const chartId = await storedChart();
    const { job } = await seedReadingJob("admin", chartId);
    await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" });
    const done = await jobRow(job.id);
    const again = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" });
    expect(again.explicitAcks).toHaveLength(1);
    expect(await jobRow(job.id)).toEqual(done);
    const readings = await env.DB.prepare("SELECT count(*) AS n FROM readings WHERE job_id = ?")
      .bind(job.id)
      .first();
    expect(readings).toEqual({ n: 1 });
  });

  it("skips a job that was cancelled before it ran", async () => {
    const chartId = await storedChart();
    const { job } = await seedReadingJob("admin", chartId, {
      status: "cancelled",
      finishedAt: Date.now(),
    });
    const result = await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" });
    expect(result.explicitAcks).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({ status: "cancelled", attempts: 0 });
  });

  it("acks a malformed message instead of retrying it forever", async () => {
    const result = await deliver("orrery-reading-jobs", { nonsense: true });
    expect(result.explicitAcks).toHaveLength(1);
  });

  it("lets the last attempt's transient failure go to the dead-letter queue, whose consumer fails the job", async () => {
    const chartId = await storedChart();
    const { job, reading } = await seedReadingJob("admin", chartId, {
      attempts: READING_JOBS_MAX_RETRIES,
    });
    injectFault("DB", "put", 1);
    const last = await deliver(
      "orrery-reading-jobs",
      { job_id: job.id, owner: "admin" },
      READING_JOBS_MAX_RETRIES + 1,
    );
    // Retrying after the last attempt is what sends the message to the dead-letter queue.
    expect(last.retryMessages).toHaveLength(1);
    expect(await jobRow(job.id)).toMatchObject({ status: "queued", error_code: "transient_error" });

    const dead = await deliver("orrery-reading-jobs-dlq", { job_id: job.id, owner: "admin" });
    expect(dead.explicitAcks).toHaveLength(1);
    expect(recentMetricPoints.map((p) => p.blobs?.slice(0, 3))).toContainEqual([
      "job",
      "reading.natal",
      "dead_lettered",
    ]);
    expect(await jobRow(job.id)).toMatchObject({ status: "failed", error_code: "transient_error" });
    expect(await readingRow(reading.id)).toMatchObject({ status: "failed" });
  });

  it("never lets a late dead letter undo a success", async () => {
    const chartId = await storedChart();
    const { job } = await seedReadingJob("admin", chartId);
    await deliver("orrery-reading-jobs", { job_id: job.id, owner: "admin" });
    await deliver("orrery-reading-jobs-dlq", { job_id: job.id, owner: "admin" });
    expect(await jobRow(job.id)).toMatchObject({ status: "succeeded" });
  });
});

describe("the sweeper (cron)", () => {
  async function runCron(at = Date.now()) {
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: at, cron: "* * * * *" }),
      env,
      ctx,
    );
    await getQueueResult(createMessageBatch("none", []), ctx);
  }

  it("re-queues a job stuck in running after its lease, and the queue then finishes it", async () => {
    const chartId = await storedChart();
    const stuckSince = Date.now() - JOB_LEASE_MS - 1000;
    const { job, reading } = await seedReadingJob("admin", chartId, {
      status: "running",
      attempts: 1,
      startedAt: stuckSince,
      leaseExpiresAt: stuckSince + 1,
    });
    await runCron();
    await eventually(async () =>
      (await readingRow(reading.id))?.status === "ready" ? true : undefined,
    );
    expect(await jobRow(job.id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("fails a stuck job with no attempts left", async () => {
    const chartId = await storedChart();
    const { job, reading } = await seedReadingJob("admin", chartId, {
      status: "running",
      attempts: READING_JOBS_MAX_RETRIES + 1,
      leaseExpiresAt: Date.now() - 1,
    });
    await runCron();
    expect(await jobRow(job.id)).toMatchObject({ status: "failed", error_code: "lease_expired" });
    expect(await readingRow(reading.id)).toMatchObject({ status: "failed" });
  });

  it("prunes finished jobs past the retention period", async () => {
    const chartId = await storedChart();
    const old = Date.now() - 31 * 86_400_000;
    const { job } = await seedReadingJob("admin", chartId, {
      status: "succeeded",
      finishedAt: old,
      createdAt: old,
    });
    await runCron();
    expect(await jobRow(job.id)).toBeNull();
  });
});

describe("job configuration", () => {
  it("matches every reading-jobs consumer's max_retries in wrangler.toml", () => {
    const blocks = wranglerToml
      .split("[[")
      .filter((b) => /^(env\.\w+\.)?queues\.consumers\]\]/.test(b))
      .filter((b) => /queue = "orrery-(\w+-)?reading-jobs"/.test(b));
    expect(blocks.length).toBe(3);
    for (const b of blocks) expect(b).toContain(`max_retries = ${READING_JOBS_MAX_RETRIES}`);
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffSeconds(1, 0)).toBe(5);
    expect(backoffSeconds(1, 0.999)).toBe(10);
    expect(backoffSeconds(3, 0)).toBe(20);
    expect(backoffSeconds(30, 0.999)).toBe(120);
  });
});

describe("readings across owners, idempotency and erasure", () => {
  it("keeps two owners' readings and jobs apart, and lets keys of one owner share them", async () => {
    const scopes = ["charts:read", "charts:write", "readings:read", "readings:write"] as const;
    const alice = await createTestKey({ scopes: [...scopes] });
    const alice2 = await createTestKey({ owner: alice.owner, scopes: [...scopes] });
    const bob = await createTestKey({ scopes: [...scopes] });
    const created = await postJsonWithKey(alice.key, "/v1/readings", { chart: LONDON_1990 });
    expect(created.status).toBe(202);
    const { job, reading_id } = (await created.json()) as {
      job: { id: string };
      reading_id: string;
    };
    const reading = (await (
      await withKey(alice.key, `/v1/readings/${reading_id}`)
    ).json()) as ReadingJson;

    for (const path of [`/v1/readings/${reading_id}`, `/v1/jobs/${job.id}`]) {
      expect((await withKey(alice2.key, path)).status).toBe(200);
      expect((await withKey(bob.key, path)).status).toBe(404);
    }
    expect(
      (await postJsonWithKey(bob.key, "/v1/readings", { chart_id: reading.chart_id })).status,
    ).toBe(422);
    expect(
      (await withKey(bob.key, `/v1/readings/${reading_id}`, { method: "DELETE" })).status,
    ).toBe(404);
    const bobsList = (await (await withKey(bob.key, "/v1/readings")).json()) as { data: unknown[] };
    expect(bobsList.data).toEqual([]);
  });

  it("needs readings:write to ask for a reading and readings:read to read one", async () => {
    const chartsOnly = await createTestKey({ scopes: ["charts:read", "charts:write"] });
    expect(
      (await postJsonWithKey(chartsOnly.key, "/v1/readings", { chart: LONDON_1990 })).status,
    ).toBe(403);
    expect((await withKey(chartsOnly.key, "/v1/readings")).status).toBe(403);
  });

  it("answers a repeated Idempotency-Key with the first response and creates one job", async () => {
    const chartId = await storedChart();
    const body = { chart_id: chartId, detail: "brief" };
    const headers = { "Idempotency-Key": `reading-${Math.random()}` };
    const first = await postJson("/v1/readings", body, headers);
    const firstBody = await first.text();
    expect(first.status).toBe(202);
    const again = await postJson("/v1/readings", body, headers);
    expect(again.status).toBe(202);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    const { reading_id } = JSON.parse(firstBody) as { reading_id: string };
    const count = await env.DB.prepare(
      "SELECT count(*) AS n FROM readings WHERE chart_id = ? AND detail = 'brief'",
    )
      .bind(chartId)
      .first();
    expect(count).toEqual({ n: 1 });
    const other = await postJson("/v1/readings", { ...body, detail: "full" }, headers);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { code: string }).code).toBe("idempotency_key_reused");
    expect(await readingRow(reading_id)).not.toBeNull();
  });

  it("erases a chart's readings with the chart", async () => {
    const chartId = await storedChart({ ...LONDON_1990, latitude: 48.8566, longitude: 2.3522 });
    const { reading } = await seedReadingJob("admin", chartId);
    expect((await authed(`/v1/charts/${chartId}`, { method: "DELETE" })).status).toBe(204);
    expect(await readingRow(reading.id)).toBeNull();
  });

  it("erases a reading and cancels its queued job", async () => {
    const chartId = await storedChart();
    const { job, reading } = await seedReadingJob("admin", chartId);
    expect((await authed(`/v1/readings/${reading.id}`, { method: "DELETE" })).status).toBe(204);
    expect(await readingRow(reading.id)).toBeNull();
    expect(await jobRow(job.id)).toMatchObject({ status: "cancelled" });
    expect((await authed(`/v1/readings/${reading.id}`)).status).toBe(404);
  });

  it("answers Markdown only when the reading is ready", async () => {
    const chartId = await storedChart();
    const { reading } = await seedReadingJob("admin", chartId);
    const res = await authed(`/v1/readings/${reading.id}`, {
      headers: { Accept: "text/markdown" },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      code: "reading_not_ready",
      status: 409,
      job_id: expect.any(String),
      reading_status: "pending",
    });
  });
});

describe("readings: review findings", () => {
  it("refuses store: false inside a reading's chart, naming chart.store", async () => {
    const res = await postJson("/v1/readings", { chart: { ...LONDON_1990, store: false } });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toContain("chart.store");
  });

  it("names chart.datetime when an inline chart's date does not exist", async () => {
    const res = await postJson("/v1/readings", {
      chart: { ...LONDON_1990, datetime: "2025-02-29T12:00" },
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe("invalid_date");
    expect(problem.errors[0]?.path).toBe("chart.datetime");
  });

  it("treats a body with its keys reordered as the same idempotent request", async () => {
    const chartId = await storedChart();
    const headers = { "Idempotency-Key": `reorder-${Math.random()}` };
    const first = await postJson(
      "/v1/readings",
      `{"chart_id":"${chartId}","detail":"full"}`,
      headers,
    );
    expect(first.status).toBe(202);
    const again = await postJson(
      "/v1/readings",
      `{ "detail": "full", "chart_id": "${chartId}" }`,
      headers,
    );
    expect(again.status).toBe(202);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
  });

  it("cancels a chart's queued reading jobs when the chart is erased, and will not retry them", async () => {
    const chartId = await storedChart({ ...LONDON_1990, latitude: 40.4168, longitude: -3.7038 });
    const { job } = await seedReadingJob("admin", chartId);
    expect((await authed(`/v1/charts/${chartId}`, { method: "DELETE" })).status).toBe(204);
    expect(await jobRow(job.id)).toMatchObject({ status: "cancelled" });
    const failed = await seedReadingJob("admin", chartId, {
      status: "failed",
      finishedAt: Date.now(),
    });
    await env.DB.prepare("DELETE FROM readings WHERE id = ?").bind(failed.reading.id).run();
    expect((await authed(`/v1/jobs/${failed.job.id}/retry`, { method: "POST" })).status).toBe(409);
  });

  it("refuses list limits that are not plain whole numbers", async () => {
    for (const limit of ["0x10", "1e2", "%205", "0", "101", "-1"]) {
      expect((await authed(`/v1/readings?limit=${limit}`)).status, limit).toBe(400);
    }
    expect((await authed("/v1/readings?limit=5")).status).toBe(200);
    expect((await authed("/v1/keys?foo=1")).status).toBe(400);
  });

  it("never lets a key response be cached", async () => {
    for (const path of ["/v1/keys", "/v1/keys/self"]) {
      expect((await authed(path)).headers.get("Cache-Control")).toBe("no-store");
    }
  });
});

describe("the optional narrative (Workers AI has no local simulator: a stand-in `run`)", () => {
  it("stores a grounded rewrite as narrative ai, and keeps the composed text with the reason otherwise", async () => {
    const chartId = await storedChart();
    const db = createDb(env.DB);
    const good = await seedReadingJob("admin", chartId);
    const rewrite = {
      ai: {
        run: async (_m: string, input: { messages: { content: string }[] }) => ({
          response: `${input.messages[1]?.content}\n\nWritten warmly.`,
        }),
      },
      model: "test-model",
    };
    await processReadingJobMessage(db, { job_id: good.job.id, owner: "admin" }, 1, {
      narrator: rewrite,
    });
    const ai = (await (await authed(`/v1/readings/${good.reading.id}`)).json()) as ReadingJson & {
      narrative: string;
      narrative_error: string | null;
    };
    expect(ai).toMatchObject({ status: "ready", narrative: "ai", narrative_error: null });
    expect(ai.text?.endsWith("Written warmly.")).toBe(true);

    const bad = await seedReadingJob("admin", chartId);
    const failing = {
      ai: { run: async () => Promise.reject(new Error("capacity")) },
      model: "test-model",
    };
    await processReadingJobMessage(db, { job_id: bad.job.id, owner: "admin" }, 1, {
      narrator: failing,
    });
    const kept = (await (await authed(`/v1/readings/${bad.reading.id}`)).json()) as ReadingJson & {
      narrative: string;
      narrative_error: string | null;
    };
    expect(kept).toMatchObject({
      status: "ready",
      narrative: "composed",
      narrative_error: "the model failed: capacity",
    });
  });
});
