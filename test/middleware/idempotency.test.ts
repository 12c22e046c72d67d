import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { createDb } from "../../src/db/client.ts";
import { pruneIdempotencyRecords } from "../../src/db/idempotency.ts";
import { insertJobStatement, type JobRow } from "../../src/db/jobs.ts";
import { insertReadingStatement } from "../../src/db/readings.ts";
import { ApiError } from "../../src/errors/api-error.ts";
import { READING_JOB_MAX_ATTEMPTS } from "../../src/jobs/config.ts";
import { newId } from "../../src/lib/ids.ts";
import {
  IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS,
  IDEMPOTENCY_TTL_MS,
  idempotencyRequestHash,
  isReplayable,
  parseIdempotencyKey,
} from "../../src/middleware/idempotency.ts";
import { expectProblem } from "../helpers/http.ts";
import { createTestKey, type TestKey, withKey } from "../helpers/keys.ts";

const encoder = new TextEncoder();
const EMPTY = new Uint8Array();

afterEach(() => clearFaults());

describe("parseIdempotencyKey", () => {
  it("passes 1–255 printable ASCII characters, and an absent header as undefined", () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey("a")).toBe("a");
    expect(parseIdempotencyKey("b1946ac9-2f4e 4d3b_~!{}")).toBe("b1946ac9-2f4e 4d3b_~!{}");
    expect(parseIdempotencyKey("k".repeat(255))).toBe("k".repeat(255));
  });

  it.each([
    ["empty", ""],
    ["256 characters", "k".repeat(256)],
    ["non-ASCII", "clé"],
    ["a control character", "a\tb"],
    ["DEL", "a\x7fb"],
  ])("refuses %s with a 400 naming the header", (_, value) => {
    let error: unknown;
    try {
      parseIdempotencyKey(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe("validation_error");
    expect(apiError.errors.map((e) => e.path)).toEqual(["Idempotency-Key"]);
  });
});

describe("idempotencyRequestHash", () => {
  it("is the hex SHA-256 of method, path and body, one per line", async () => {
    expect(await idempotencyRequestHash("POST", "/v1/jobs/job_x/retry", EMPTY)).toBe(
      "c8d89dfdf206f27c47cc3a04cccc65d0ad857e40b88a3dc274cf623cc99c2c28",
    );
    const body = encoder.encode('{"chart_id":"chr_1"}');
    expect(await idempotencyRequestHash("post", "/v1/readings", body)).toBe(
      "985327dc9bcdf9a85a0f3446e5fed1981e21029d93fa3f496560453a91615c2a",
    );
    expect(await idempotencyRequestHash("POST", "/v1/readings", body.buffer as ArrayBuffer)).toBe(
      "985327dc9bcdf9a85a0f3446e5fed1981e21029d93fa3f496560453a91615c2a",
    );
  });

  it("differs when the method, the path or a byte of the body differs", async () => {
    const base = await idempotencyRequestHash("POST", "/v1/a", encoder.encode("{}"));
    const others = await Promise.all([
      idempotencyRequestHash("PUT", "/v1/a", encoder.encode("{}")),
      idempotencyRequestHash("POST", "/v1/b", encoder.encode("{}")),
      idempotencyRequestHash("POST", "/v1/a", encoder.encode("{ }")),
      idempotencyRequestHash("POST", "/v1/a{}", EMPTY),
    ]);
    expect(new Set([base, ...others]).size).toBe(5);
  });
});

describe("isReplayable", () => {
  it("keeps 2xx and 4xx but 409 and 429; never 5xx", () => {
    for (const status of [200, 201, 202, 204, 400, 404, 422])
      expect(isReplayable(status)).toBe(true);
    for (const status of [409, 429, 500, 503, 304]) expect(isReplayable(status)).toBe(false);
  });
});

/** Inserts a failed reading job for `owner` straight into D1 (no message is sent). */
async function failedJob(owner: string): Promise<JobRow> {
  const db = createDb(env.DB);
  const now = Date.now();
  const readingId = newId("rdg");
  const job: JobRow = {
    id: newId("job"),
    owner,
    type: "reading.natal",
    status: "failed",
    attempts: READING_JOB_MAX_ATTEMPTS,
    maxAttempts: READING_JOB_MAX_ATTEMPTS,
    progress: 0.1,
    payload: { reading_id: readingId },
    result: null,
    errorCode: "transient_error",
    errorMessage: "boom",
    createdAt: now - 60_000,
    queuedAt: now - 60_000,
    startedAt: now - 50_000,
    finishedAt: now - 40_000,
    leaseExpiresAt: null,
  };
  await db.batch([
    insertReadingStatement(db, {
      id: readingId,
      owner,
      chartId: newId("chr"),
      kind: "natal",
      partnerChartId: null,
      parameters: null,
      detail: "standard",
      language: "en",
      status: "failed",
      jobId: job.id,
      content: null,
      narrative: null,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
    }),
    insertJobStatement(db, job),
  ]);
  return job;
}

async function jobStatus(id: string): Promise<string | undefined> {
  const row = await env.DB.prepare("SELECT status FROM jobs WHERE id = ?")
    .bind(id)
    .first<{ status: string }>();
  return row?.status;
}

async function record(owner: string, key: string) {
  return env.DB.prepare("SELECT * FROM idempotency_records WHERE owner = ? AND key = ?")
    .bind(owner, key)
    .first<{ state: string; response_status: number | null; request_hash: string }>();
}

async function insertRecord(fields: {
  owner: string;
  key: string;
  requestHash: string;
  state: "in_flight" | "done";
  createdAt: number;
  expiresAt: number;
  status?: number;
  response?: unknown;
}) {
  await env.DB.prepare(
    "INSERT INTO idempotency_records (owner, key, request_hash, state, response_status, response, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  )
    .bind(
      fields.owner,
      fields.key,
      fields.requestHash,
      fields.state,
      fields.status ?? null,
      fields.response === undefined ? null : JSON.stringify(fields.response),
      fields.createdAt,
      fields.expiresAt,
    )
    .run();
}

function retryPath(job: JobRow): string {
  return `/v1/jobs/${job.id}/retry`;
}

function retry(
  key: TestKey,
  job: JobRow,
  idempotencyKey: string | undefined,
  body?: string,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (idempotencyKey !== undefined) headers["Idempotency-Key"] = idempotencyKey;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return withKey(key.key, retryPath(job), { method: "POST", headers, body });
}

function newKey(): string {
  return crypto.randomUUID();
}

let alice: TestKey;
let bob: TestKey;

beforeAll(async () => {
  const scopes = ["readings:read", "readings:write"] as const;
  alice = await createTestKey({ scopes: [...scopes] });
  bob = await createTestKey({ scopes: [...scopes] });
});

describe("Idempotency-Key on POST /v1/jobs/{id}/retry", () => {
  it("replays the first response for the same key and request, without doing it again", async () => {
    const job = await failedJob(alice.owner);
    const key = newKey();
    const first = await retry(alice, job, key);
    const firstBody = await first.text();
    expect(first.status, firstBody).toBe(202);
    expect(first.headers.get("Idempotency-Replayed")).toBeNull();
    expect((await record(alice.owner, key))?.state).toBe("done");

    const again = await retry(alice, job, key);
    expect(again.status).toBe(202);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(again.headers.get("Retry-After")).toBe("1");
    expect(again.headers.get("Content-Type")).toBe(first.headers.get("Content-Type"));
    expect(again.headers.get("X-Request-Id")).not.toBeNull();

    // Without the key the job (queued now) cannot be retried again: the replay did no work.
    const plain = await expectProblem(await retry(alice, job, undefined), 409);
    expect(plain.code).toBe("job_not_retryable");
  });

  it("answers 422 idempotency_key_reused for the same key with another body or path", async () => {
    const job = await failedJob(alice.owner);
    const key = newKey();
    expect((await retry(alice, job, key)).status).toBe(202);

    const otherBody = await expectProblem(await retry(alice, job, key, "{}"), 422);
    expect(otherBody.code).toBe("idempotency_key_reused");
    expect(otherBody.errors.map((e) => e.path)).toEqual(["Idempotency-Key"]);

    const otherJob = await failedJob(alice.owner);
    const otherPath = await expectProblem(await retry(alice, otherJob, key), 422);
    expect(otherPath.code).toBe("idempotency_key_reused");
    expect(await jobStatus(otherJob.id)).toBe("failed");
  });

  it("keeps keys per account: another account's equal key is its own", async () => {
    const key = newKey();
    expect((await retry(alice, await failedJob(alice.owner), key)).status).toBe(202);
    const res = await retry(bob, await failedJob(bob.owner), key);
    expect(res.status, await res.clone().text()).toBe(202);
    expect(res.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("refuses a malformed key with 400 naming the header, and does nothing", async () => {
    const job = await failedJob(alice.owner);
    for (const bad of ["k".repeat(256), ""]) {
      const problem = await expectProblem(await retry(alice, job, bad), 400);
      expect(problem.code).toBe("validation_error");
      expect(problem.errors.map((e) => e.path)).toEqual(["Idempotency-Key"]);
    }
    expect(await jobStatus(job.id)).toBe("failed");
  });

  it("remembers a 404 and replays it; forgets a 409 so the key can be sent again", async () => {
    const missing = { id: newId("job") } as JobRow;
    const key404 = newKey();
    await expectProblem(await retry(alice, missing, key404), 404);
    expect((await record(alice.owner, key404))?.response_status).toBe(404);
    const replayed = await retry(alice, missing, key404);
    expect(replayed.headers.get("Idempotency-Replayed")).toBe("true");
    expect((await expectProblem(replayed, 404)).code).toBe("not_found");

    const queued = await failedJob(alice.owner);
    await retry(alice, queued, undefined);
    const key409 = newKey();
    await expectProblem(await retry(alice, queued, key409), 409);
    expect(await record(alice.owner, key409)).toBeNull();
  });

  it("answers 409 idempotency_request_in_flight with Retry-After while the first is answered", async () => {
    const job = await failedJob(alice.owner);
    const key = newKey();
    const now = Date.now();
    await insertRecord({
      owner: alice.owner,
      key,
      requestHash: await idempotencyRequestHash("POST", retryPath(job), EMPTY),
      state: "in_flight",
      createdAt: now - 1000,
      expiresAt: now + IDEMPOTENCY_TTL_MS,
    });
    const res = await retry(alice, job, key);
    expect(res.headers.get("Retry-After")).toBe("1");
    expect((await expectProblem(res, 409)).code).toBe("idempotency_request_in_flight");
  });

  it("takes over a key whose first request was abandoned, and ignores expired records", async () => {
    const now = Date.now();
    const abandoned = await failedJob(alice.owner);
    const abandonedKey = newKey();
    await insertRecord({
      owner: alice.owner,
      key: abandonedKey,
      requestHash: await idempotencyRequestHash("POST", retryPath(abandoned), EMPTY),
      state: "in_flight",
      createdAt: now - IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS - 1000,
      expiresAt: now + IDEMPOTENCY_TTL_MS,
    });
    expect((await retry(alice, abandoned, abandonedKey)).status).toBe(202);
    expect((await record(alice.owner, abandonedKey))?.state).toBe("done");

    // An expired record of another request with the same key is no reason for a 422.
    const job = await failedJob(alice.owner);
    const expiredKey = newKey();
    await insertRecord({
      owner: alice.owner,
      key: expiredKey,
      requestHash: "0".repeat(64),
      state: "done",
      createdAt: now - IDEMPOTENCY_TTL_MS - 1000,
      expiresAt: now - 1000,
      status: 202,
      response: { headers: {}, body: "stale" },
    });
    const res = await retry(alice, job, expiredKey);
    expect(res.status, await res.clone().text()).toBe(202);
    expect(res.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("forgets the key after a 5xx, so the same request can be sent again with it", async () => {
    const job = await failedJob(alice.owner);
    const key = newKey();
    // The queue refuses the one message this retry sends (the real queue behind the fault switch).
    injectFault("READING_JOBS", "put", 1);
    const res = await withKey(alice.key, retryPath(job), {
      method: "POST",
      headers: { "Idempotency-Key": key, "CF-Connecting-IP": "203.0.113.9" },
    });
    expect((await expectProblem(res, 503)).code).toBe("queue_unavailable");
    expect(await record(alice.owner, key)).toBeNull();

    // The job failed again (queue_unavailable); the same key now retries it for real.
    const again = await retry(alice, job, key);
    expect(again.status, await again.clone().text()).toBe(202);
    expect(again.headers.get("Idempotency-Replayed")).toBeNull();
  });
});

describe("pruneIdempotencyRecords", () => {
  it("deletes expired records and keeps live ones", async () => {
    const now = Date.now();
    const owner = `acct_prune_${newKey()}`;
    for (const [key, expiresAt] of [
      ["expired", now - 1],
      ["expiring-now", now],
      ["live", now + 1000],
    ] as const) {
      await insertRecord({
        owner,
        key,
        requestHash: "0".repeat(64),
        state: "done",
        createdAt: now - IDEMPOTENCY_TTL_MS,
        expiresAt,
        status: 202,
        response: { headers: {}, body: "" },
      });
    }
    expect(await pruneIdempotencyRecords(createDb(env.DB), now)).toBeGreaterThanOrEqual(2);
    expect(await record(owner, "expired")).toBeNull();
    expect(await record(owner, "expiring-now")).toBeNull();
    expect(await record(owner, "live")).not.toBeNull();
  });
});
