import { and, eq, exists, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import type { JobRow } from "./jobs.ts";
import { jobs, readings } from "./schema.ts";

/**
 * The transitions a client asks for, each with its reading in one `db.batch` (D1 runs a batch as
 * one transaction; it has no interactive ones). The reading's update is conditioned on the job's
 * new status inside the same batch, so when the job did not move (another request or the consumer
 * got there first) the reading is left alone too.
 */

/** A job that is (now) in `status`: the condition the reading's update waits on. */
function jobIs(db: Db, id: string, status: string) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.status, status))),
  );
}

/**
 * Cancels a queued job of `owner` and fails its pending reading (if it names one). Returns the
 * cancelled row, or undefined when the job is not `owner`'s or not queued.
 */
export async function cancelQueuedJobWithReading(
  db: Db,
  input: { owner: string; id: string; readingId: string | undefined; now: number },
): Promise<JobRow | undefined> {
  const { owner, id, readingId, now } = input;
  const cancel = db
    .update(jobs)
    .set({ status: "cancelled", finishedAt: now, leaseExpiresAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.owner, owner), eq(jobs.status, "queued")))
    .returning();
  if (readingId === undefined) return (await cancel)[0];
  const [rows] = await db.batch([
    cancel,
    db
      .update(readings)
      .set({ status: "failed", finishedAt: now })
      .where(
        and(
          eq(readings.id, readingId),
          eq(readings.owner, owner),
          eq(readings.status, "pending"),
          jobIs(db, id, "cancelled"),
        ),
      ),
  ]);
  return rows[0];
}

/**
 * Re-opens a failed job of `owner` as the same job (queued, attempts 0, error and times cleared)
 * and puts its reading (if it names one) back to pending. Returns the re-opened row, or undefined
 * when the job is not `owner`'s or has not failed. The caller sends its message.
 */
export async function reopenFailedJobWithReading(
  db: Db,
  input: { owner: string; id: string; readingId: string | undefined; now: number },
): Promise<JobRow | undefined> {
  const { owner, id, readingId, now } = input;
  const reopen = db
    .update(jobs)
    .set({
      status: "queued",
      attempts: 0,
      progress: 0,
      errorCode: null,
      errorMessage: null,
      result: null,
      queuedAt: now,
      startedAt: null,
      finishedAt: null,
      leaseExpiresAt: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.owner, owner), eq(jobs.status, "failed")))
    .returning();
  if (readingId === undefined) return (await reopen)[0];
  const [rows] = await db.batch([
    reopen,
    db
      .update(readings)
      .set({ status: "pending", finishedAt: null })
      .where(and(eq(readings.id, readingId), eq(readings.owner, owner), jobIs(db, id, "queued"))),
  ]);
  return rows[0];
}
