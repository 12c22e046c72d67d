import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, inject, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import worker from "../../src/index.ts";
import { JOB_LEASE_MS, STALE_QUEUED_MS } from "../../src/jobs/config.ts";
import { LONDON_1990 } from "../helpers/http.ts";
import { eventually, seedReadingJob } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey } from "../helpers/keys.ts";

// Issue 9, fault injection on the reading jobs consumer: D1 goes down in the middle of a batch
// (from its Nth call on), after some messages were acked and a job may have been claimed but not
// committed, exactly as when the isolate dies mid-attempt. Then D1 comes back, the queue
// redelivers what was retried, and the cron's sweeper takes back what a lease still holds.
// Invariants: every job ends succeeded or failed (none left queued or running), its reading ready
// exactly when it succeeded, one reading per job, one webhook event per job, attempts within the
// job's maximum.

const RECEIVER = `http://127.0.0.1:${inject("webhookReceiverPort")}`;
const JOBS_PER_BATCH = 3;

afterEach(() => clearFaults());

/** An account with a chart and an endpoint subscribed to both reading events. */
async function account(): Promise<{ owner: string; chartId: string }> {
  const key = await createTestKey({
    scopes: ["charts:read", "charts:write", "webhooks:manage"],
  });
  const chart = await postJsonWithKey(key.key, "/v1/charts", LONDON_1990);
  const chartId = ((await chart.json()) as { id: string }).id;
  const hook = await postJsonWithKey(key.key, "/v1/webhooks", {
    url: `${RECEIVER}/faults/jobs/${crypto.randomUUID()}`,
    events: ["reading.completed", "reading.failed"],
  });
  expect(hook.status, await hook.clone().text()).toBe(201);
  return { owner: key.owner, chartId };
}

/** Runs one batch on the Worker's consumer; returns the job ids of the retried messages. */
async function runBatch(messages: { jobId: string; owner: string; attempts: number }[]) {
  const batch = createMessageBatch(
    "orrery-reading-jobs",
    messages.map((m) => ({
      id: m.jobId,
      timestamp: new Date(),
      attempts: m.attempts,
      body: { job_id: m.jobId, owner: m.owner },
    })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  return {
    acked: result.explicitAcks,
    retried: result.retryMessages.map((m) => m.msgId),
  };
}

/** The cron, run as if at `at` (ms). */
async function runCron(at: number): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: at, cron: "* * * * *" }),
    env,
    ctx,
  );
  await getQueueResult(createMessageBatch("none", []), ctx);
}

interface JobState {
  id: string;
  status: string;
  attempts: number;
  max_attempts: number;
  reading_status: string | null;
  readings: number;
  events: number;
}

async function states(ids: string[]): Promise<JobState[]> {
  const { results } = await env.DB.prepare(
    `SELECT j.id, j.status, j.attempts, j.max_attempts,
       (SELECT r.status FROM readings r WHERE r.job_id = j.id) AS reading_status,
       (SELECT count(*) FROM readings r WHERE r.job_id = j.id) AS readings,
       (SELECT count(*) FROM webhook_deliveries d WHERE d.body LIKE '%' || j.id || '%') AS events
     FROM jobs j WHERE j.id IN (${ids.map(() => "?").join(",")}) ORDER BY j.id`,
  )
    .bind(...ids)
    .all<JobState>();
  return results;
}

describe("D1 failing in the middle of a reading jobs batch", () => {
  // From the 2nd D1 call (the first claim succeeds, its reading read fails), through later ones
  // (the first job committed, the second claimed, then the commit or a later claim fails).
  for (const after of [1, 4, 9, 14]) {
    it(`ends every job succeeded or failed, once, when D1 fails from call ${after + 1} on`, async () => {
      const { owner, chartId } = await account();
      const jobs = [];
      for (let i = 0; i < JOBS_PER_BATCH; i++)
        jobs.push((await seedReadingJob(owner, chartId)).job);
      const ids = jobs.map((j) => j.id);

      injectFault("DB", "all", Infinity, { after, kind: "unavailable" });
      const first = await runBatch(jobs.map((j) => ({ jobId: j.id, owner, attempts: 1 })));
      clearFaults();
      // Every message was acked or retried on its own: the batch did not fail as a whole.
      expect(first.acked.length + first.retried.length).toBe(JOBS_PER_BATCH);
      expect(first.retried.length, "D1 failed, so something was retried").toBeGreaterThan(0);

      // D1 is back: the queue redelivers what was retried ...
      await runBatch(first.retried.map((id) => ({ jobId: id, owner, attempts: 2 })));
      // ... and the cron after the lease takes back a job an attempt claimed but never finished.
      await runCron(Date.now() + JOB_LEASE_MS + 1_000);

      const final = await eventually(async () => {
        const now = await states(ids);
        return now.every((j) => j.status === "succeeded" || j.status === "failed")
          ? now
          : undefined;
      });
      for (const job of final) {
        expect(job, JSON.stringify(job)).toMatchObject({
          status: "succeeded",
          reading_status: "ready",
          readings: 1,
          events: 1,
        });
        expect(job.attempts).toBeLessThanOrEqual(job.max_attempts);
      }
      // A late duplicate of any message changes nothing.
      await runBatch(jobs.map((j) => ({ jobId: j.id, owner, attempts: 3 })));
      expect(await states(ids)).toEqual(final);
    });
  }
});

describe("the queue refusing the sweeper's messages", () => {
  it("fails the cron run visibly, and a later run resends the job, which then succeeds", async () => {
    const { owner, chartId } = await account();
    const stuckSince = Date.now() - JOB_LEASE_MS - 1_000;
    const { job } = await seedReadingJob(owner, chartId, {
      status: "running",
      attempts: 1,
      startedAt: stuckSince,
      leaseExpiresAt: stuckSince + 1,
    });
    const at = Date.now();
    injectFault("READING_JOBS", "put", Infinity, { kind: "unavailable" });
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: at, cron: "* * * * *" }),
      env,
      ctx,
    );
    const failed = await waitOnExecutionContext(ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(failed)).toMatch(/READING_JOBS\.send/);
    clearFaults();
    // Taken back from the dead attempt, but its message never left: queued, waiting.
    expect((await states([job.id]))[0]).toMatchObject({ status: "queued", attempts: 1 });

    // The run after STALE_QUEUED_MS finds it queued and unclaimed, and sends it again.
    await runCron(at + STALE_QUEUED_MS + 1_000);
    const [final] = await eventually(async () => {
      const now = await states([job.id]);
      return now[0]?.status === "succeeded" ? now : undefined;
    });
    expect(final).toMatchObject({ reading_status: "ready", readings: 1, events: 1, attempts: 2 });
  });
});
