import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearFaults, type FaultKind, injectFault } from "../../src/bindings/faulty.ts";
import { resetReadinessCache } from "../../src/observability/readiness.ts";
import { authed, expectProblem, LONDON_1990, postJson, send } from "../helpers/http.ts";
import { jobRow, readingRow } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

// Issue 9, fault injection: each dependency fails through src/bindings/faulty.ts (the real
// Miniflare binding behind it otherwise). Invariants: the API answers a clear 503 problem+json
// with Retry-After, or degrades as designed; never a 500 for a dependency's transient fault;
// nothing half-written (no reading without its job, no job without its reading).

beforeEach(() => resetReadinessCache());
afterEach(() => clearFaults());

/** No reading row without its job and no job row without its reading, anywhere in D1. */
async function expectNoOrphans(): Promise<void> {
  const orphans = await env.DB.prepare(
    `SELECT
       (SELECT count(*) FROM readings r WHERE r.job_id IS NULL
          OR NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = r.job_id)) AS readings_without_job,
       (SELECT count(*) FROM jobs j WHERE j.type = 'reading.natal' AND j.status = 'queued'
          AND NOT EXISTS (SELECT 1 FROM readings r WHERE r.job_id = j.id)) AS queued_jobs_without_reading`,
  ).first();
  expect(orphans).toEqual({ readings_without_job: 0, queued_jobs_without_reading: 0 });
}

async function count(table: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}

/** A stored chart's id (201 when new, 200 when the account already had an equal chart). */
async function storedChart(): Promise<string> {
  const res = await postJson("/v1/charts", LONDON_1990);
  expect([200, 201], await res.clone().text()).toContain(res.status);
  return ((await res.json()) as { id: string }).id;
}

/** Expects the 503 `database_unavailable` problem with a Retry-After. */
async function expectDatabaseUnavailable(res: Response): Promise<void> {
  const problem = await expectProblem(res, 503);
  expect(problem.code).toBe("database_unavailable");
  expect(problem.type).toBe("urn:orrery:problem:database_unavailable");
  expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(res.headers.get("X-Request-Id")).toBeTruthy();
}

describe("D1 unavailable or timing out", () => {
  const transient: FaultKind[] = ["unavailable", "timeout"];

  for (const kind of transient) {
    it(`answers 503 database_unavailable on reads and writes (${kind})`, async () => {
      const chartId = await storedChart();
      const charts = await count("charts");
      injectFault("DB", "all", Infinity, { kind });
      await expectDatabaseUnavailable(await authed("/v1/charts?limit=5"));
      await expectDatabaseUnavailable(await authed(`/v1/charts/${chartId}`));
      await expectDatabaseUnavailable(await postJson("/v1/charts", LONDON_1990));
      await expectDatabaseUnavailable(await postJson("/v1/readings", { chart_id: chartId }));
      await expectDatabaseUnavailable(await authed("/v1/jobs"));
      clearFaults();
      expect(await count("charts")).toBe(charts);
      await expectNoOrphans();
    });
  }

  it("refuses a key it cannot look up with 503, not 401: the key may be valid", async () => {
    const key = await createTestKey();
    // A key the isolate's key cache has never seen (a made-up one), so authentication asks D1.
    injectFault("DB", "all", Infinity, { kind: "unavailable" });
    await expectDatabaseUnavailable(await withKey(`${key.key.slice(0, -4)}zzzz`, "/v1/charts"));
  });

  it("writes a reading and its job together or not at all when the write fails", async () => {
    const chartId = await storedChart();
    const [readings, jobs] = [await count("readings"), await count("jobs")];
    // The one batch that inserts the pending reading and its queued job fails.
    injectFault("DB", "put", 1, { kind: "unavailable" });
    await expectDatabaseUnavailable(await postJson("/v1/readings", { chart_id: chartId }));
    expect([await count("readings"), await count("jobs")]).toEqual([readings, jobs]);
    await expectNoOrphans();
    // And once D1 is back the same request goes through.
    const again = await postJson("/v1/readings", { chart_id: chartId });
    expect(again.status, await again.clone().text()).toBe(202);
  });

  it("keeps an unknown D1 failure a 500 (a bug of ours, not an outage)", async () => {
    injectFault("DB", "get", 1);
    const problem = await expectProblem(await authed("/v1/charts?limit=1"), 500);
    expect(problem.code).toBe("internal_error");
  });

  it("reports /health/ready not ready: fail when D1 errors, timeout when it hangs", async () => {
    injectFault("DB", "all", Infinity, { kind: "unavailable" });
    let res = await send("/health/ready");
    let body = (await res.json()) as {
      failing: string[];
      checks: Record<string, { status: string }>;
    };
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["d1"]);
    expect(body.checks.d1?.status).toBe("fail");

    clearFaults();
    resetReadinessCache();
    injectFault("DB", "get", 1, { kind: "hang" });
    res = await send("/health/ready");
    body = (await res.json()) as typeof body;
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["d1"]);
    expect(body.checks.d1?.status).toBe("timeout");
  });
});

describe("KV failures degrade as designed", () => {
  it("still computes and stores charts with the chart cache down (reads and writes)", async () => {
    injectFault("CACHE", "all", Infinity, { kind: "unavailable" });
    const res = await postJson("/v1/charts", { ...LONDON_1990, latitude: 10.5 });
    const text = await res.text();
    expect(res.status, text).toBe(201);
    expect((JSON.parse(text) as { bodies: unknown[] }).bodies.length).toBeGreaterThan(0);
    const computed = await postJson("/v1/charts", { ...LONDON_1990, latitude: 10.5, store: false });
    expect(computed.status).toBe(200);
  });

  it("fails open when the rate-limit store is down: requests go through, unlimited", async () => {
    // A key of its own (the bootstrap admin key is never counted), new to this isolate's limiter,
    // so its first request must read KV.
    const key = await createTestKey();
    injectFault("RATE_LIMIT", "all", Infinity, { kind: "unavailable" });
    const res = await withKey(key.key, "/v1/charts?limit=1");
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("RateLimit")).toBeNull();
    clearFaults();
    const counted = await withKey(key.key, "/v1/charts?limit=1");
    expect(counted.headers.get("RateLimit")).toMatch(/;r=\d+;t=\d+$/);
  });

  it("reports /health/ready not ready naming kv when KV hangs past the probe's deadline", async () => {
    injectFault("CACHE", "get", 1, { kind: "hang" });
    const res = await send("/health/ready");
    const body = (await res.json()) as {
      failing: string[];
      checks: Record<string, { status: string }>;
    };
    expect(res.status).toBe(503);
    expect(body.failing).toEqual(["kv"]);
    expect(body.checks.kv?.status).toBe("timeout");
  });
});

describe("queue send failures", () => {
  it("answers 503 queue_unavailable on POST /v1/readings and fails the job visibly", async () => {
    const key = await createTestKey({
      scopes: ["charts:read", "charts:write", "readings:read", "readings:write"],
    });
    const chart = await postJsonWithKey(key.key, "/v1/charts", LONDON_1990);
    const chartId = ((await chart.json()) as { id: string }).id;
    injectFault("READING_JOBS", "put", 1, { kind: "unavailable" });
    const res = await postJsonWithKey(key.key, "/v1/readings", { chart_id: chartId });
    const problem = (await expectProblem(res, 503)) as unknown as { code: string; job_id: string };
    expect(problem.code).toBe("queue_unavailable");
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);

    // The job exists, failed with queue_unavailable, and its reading failed with it.
    const job = await jobRow(problem.job_id);
    expect(job).toMatchObject({ status: "failed", error_code: "queue_unavailable" });
    const listed = (await (await withKey(key.key, "/v1/readings")).json()) as {
      data: { id: string; status: string; job_id: string }[];
    };
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0]).toMatchObject({ status: "failed", job_id: problem.job_id });
    expect(await readingRow(listed.data[0]?.id ?? "")).toMatchObject({ status: "failed" });
    await expectNoOrphans();

    // A retry of the failed job with the queue back queues it again.
    const retried = await withKey(key.key, `/v1/jobs/${problem.job_id}/retry`, { method: "POST" });
    expect(retried.status, await retried.clone().text()).toBe(202);
  });

  it("answers 503 queue_unavailable on POST /v1/jobs/{id}/retry and fails the job again", async () => {
    const key = await createTestKey({
      scopes: ["charts:read", "charts:write", "readings:read", "readings:write"],
    });
    const chart = await postJsonWithKey(key.key, "/v1/charts", LONDON_1990);
    const chartId = ((await chart.json()) as { id: string }).id;
    injectFault("READING_JOBS", "put", 1, { kind: "unavailable" });
    const first = await postJsonWithKey(key.key, "/v1/readings", { chart_id: chartId });
    const { job_id } = (await expectProblem(first, 503)) as unknown as { job_id: string };
    injectFault("READING_JOBS", "put", 1, { kind: "unavailable" });
    const retry = await withKey(key.key, `/v1/jobs/${job_id}/retry`, { method: "POST" });
    expect((await expectProblem(retry, 503)).code).toBe("queue_unavailable");
    expect(await jobRow(job_id)).toMatchObject({
      status: "failed",
      error_code: "queue_unavailable",
    });
  });
});
