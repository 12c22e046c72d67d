import type { Db } from "../db/client.ts";
import { reopenFailedJobWithReading } from "../db/job-transitions.ts";
import { failJobStatement, findJob, type JobRow } from "../db/jobs.ts";
import { failReadingStatement, findReading } from "../db/readings.ts";
import { enqueueReadingJob } from "./enqueue.ts";
import { readingIdOf } from "./payload.ts";

/** What retrying a job came to. */
export type RetryJobResult =
  | { status: "queued"; job: JobRow }
  | { status: "not_found" }
  | { status: "not_retryable"; job: JobRow }
  | { status: "queue_unavailable"; job: JobRow };

function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ component: "reading-jobs", ...fields }));
}

/**
 * Retries a failed job of `owner` as the same job: it is re-opened (queued, attempts 0) with its
 * reading back to pending in one batch, then its message is sent again. Nothing is left queued
 * without a message: when the send fails the job (and its reading) are failed again at once with
 * error code `queue_unavailable`. Only a failed job whose reading still exists can be retried.
 */
export async function retryJob(
  deps: { db: Db; queue: Queue },
  input: { owner: string; id: string; now: () => number },
): Promise<RetryJobResult> {
  const { db } = deps;
  const { owner, id } = input;
  const job = await findJob(db, owner, id);
  if (!job) return { status: "not_found" };
  if (job.status !== "failed") return { status: "not_retryable", job };
  const readingId = readingIdOf(job);
  // A job whose reading was erased (with its chart) could only fail again.
  if (readingId === undefined || !(await findReading(db, owner, readingId))) {
    return { status: "not_retryable", job };
  }
  const reopened = await reopenFailedJobWithReading(db, {
    owner,
    id,
    readingId,
    now: input.now(),
  });
  if (!reopened) {
    // Another retry re-opened it between the read and the update.
    const current = await findJob(db, owner, id);
    return current ? { status: "not_retryable", job: current } : { status: "not_found" };
  }
  try {
    await enqueueReadingJob(deps.queue, { job_id: id, owner });
  } catch (error) {
    const at = input.now();
    const failure = { code: "queue_unavailable", message: "The job could not be queued." };
    log({ level: "error", event: "job.retry_enqueue_failed", job_id: id, error: String(error) });
    // If this write fails too, the job stays queued without a message until the sweeper resends
    // it (a queued job untouched for STALE_QUEUED_MS).
    await db.batch(
      readingId === undefined
        ? [failJobStatement(db, id, failure, at)]
        : [failJobStatement(db, id, failure, at), failReadingStatement(db, readingId, at)],
    );
    const failed = await findJob(db, owner, id);
    return { status: "queue_unavailable", job: failed ?? reopened };
  }
  return { status: "queued", job: reopened };
}
