import type { Db } from "../db/client.ts";
import {
  findStaleQueuedJobs,
  findStuckJobs,
  pruneFinishedJobs,
  requeueStuckJob,
  touchQueuedJob,
} from "../db/jobs.ts";
import { STALE_QUEUED_MS } from "./config.ts";
import { enqueueReadingJob } from "./enqueue.ts";
import { failReadingJob } from "./fail-job.ts";

/** Jobs handled per sweep, per kind: bounded so one cron run stays well inside its CPU limit. */
const SWEEP_LIMIT = 100;

/** What one sweep did, for its log line. */
export interface SweepReport {
  requeued: number;
  failed: number;
  resent: number;
  pruned_jobs: number;
}

/**
 * The stuck-job sweeper, run by the cron. A running job whose lease expired lost its isolate
 * mid-attempt: it goes back to the queue, or fails (`lease_expired`) when it has no attempts
 * left. A queued job whose message has not been picked up for {@link STALE_QUEUED_MS} has its
 * message sent again (a claim makes a duplicate harmless). Finished jobs older than the retention
 * period are deleted.
 */
export async function sweepJobs(
  deps: { db: Db; queue: Queue; webhooks?: Queue; retentionMs: number },
  now: number,
): Promise<SweepReport> {
  const { db, queue } = deps;
  const report: SweepReport = { requeued: 0, failed: 0, resent: 0, pruned_jobs: 0 };
  for (const job of await findStuckJobs(db, now, SWEEP_LIMIT)) {
    if (job.attempts >= job.maxAttempts) {
      await failReadingJob(
        { db, webhooks: deps.webhooks },
        job,
        { code: "lease_expired", message: "The last attempt stopped before it finished." },
        now,
      );
      report.failed++;
    } else if (await requeueStuckJob(db, job.id, now)) {
      await enqueueReadingJob(queue, { job_id: job.id, owner: job.owner });
      report.requeued++;
    }
  }
  for (const job of await findStaleQueuedJobs(db, now - STALE_QUEUED_MS, SWEEP_LIMIT)) {
    await enqueueReadingJob(queue, { job_id: job.id, owner: job.owner });
    await touchQueuedJob(db, job.id, now);
    report.resent++;
  }
  report.pruned_jobs = await pruneFinishedJobs(db, now - deps.retentionMs);
  return report;
}
