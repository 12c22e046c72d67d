import type { Db } from "../db/client.ts";
import { cancelQueuedJobWithReading } from "../db/job-transitions.ts";
import { findJob, type JobRow } from "../db/jobs.ts";
import { readingIdOf } from "./payload.ts";

/** What cancelling a job came to. */
export type CancelJobResult =
  | { status: "cancelled"; job: JobRow }
  | { status: "not_found" }
  | { status: "not_cancellable"; job: JobRow };

/**
 * Cancels a queued job of `owner` and fails its reading, together. A running or finished job
 * cannot be cancelled (its attempt may already have written the reading). The job's message stays
 * on the queue; the consumer's claim skips a cancelled job.
 */
export async function cancelJob(
  db: Db,
  input: { owner: string; id: string; now: number },
): Promise<CancelJobResult> {
  const job = await findJob(db, input.owner, input.id);
  if (!job) return { status: "not_found" };
  if (job.status !== "queued") return { status: "not_cancellable", job };
  const cancelled = await cancelQueuedJobWithReading(db, {
    ...input,
    readingId: readingIdOf(job),
  });
  if (cancelled) return { status: "cancelled", job: cancelled };
  // The consumer claimed it between the read and the update.
  const now = await findJob(db, input.owner, input.id);
  return now ? { status: "not_cancellable", job: now } : { status: "not_found" };
}
