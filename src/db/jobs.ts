import { and, desc, eq, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { JobStatus } from "../jobs/types.ts";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { jobs } from "./schema.ts";

/** A job row as stored. */
export type JobRow = typeof jobs.$inferSelect;

/** The statement that inserts a job, for a `db.batch` with the rows it belongs to. */
export function insertJobStatement(db: Db, row: JobRow): BatchItem<"sqlite"> {
  return db.insert(jobs).values(row);
}

/** Finds a job by id within one owner (another owner's job looks missing). */
export async function findJob(db: Db, owner: string, id: string): Promise<JobRow | undefined> {
  return named("job_get", () => jobQuery(db, owner, id).get());
}

/** The query of `job_get`: job `id` of `owner` (primary key). */
export function jobQuery(db: Db, owner: string, id: string) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.owner, owner)));
}

/**
 * Claims a job for one attempt, atomically: a queued job, or a running one whose lease expired
 * (its isolate died), becomes running with one more attempt and a new lease. Returns the claimed
 * row, or undefined when the job is finished, cancelled, or held by a live attempt — so a
 * duplicate delivery of the same message does nothing.
 */
export async function claimJob(
  db: Db,
  id: string,
  now: number,
  leaseMs: number,
): Promise<JobRow | undefined> {
  const [row] = await named("job_claim", () => claimJobQuery(db, id, now, leaseMs).all());
  return row;
}

/** The query of `job_claim` (primary key): see {@link claimJob}. */
export function claimJobQuery(db: Db, id: string, now: number, leaseMs: number) {
  return db
    .update(jobs)
    .set({
      status: "running",
      attempts: sql`${jobs.attempts} + 1`,
      startedAt: sql`coalesce(${jobs.startedAt}, ${now})`,
      leaseExpiresAt: now + leaseMs,
      progress: 0.1,
    })
    .where(
      and(
        eq(jobs.id, id),
        or(
          eq(jobs.status, "queued"),
          and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, now)),
        ),
      ),
    )
    .returning();
}

/** The statement that marks a running job succeeded with its result. */
export function succeedJobStatement(db: Db, id: string, result: unknown, now: number) {
  return db
    .update(jobs)
    .set({
      status: "succeeded",
      progress: 1,
      result,
      errorCode: null,
      errorMessage: null,
      finishedAt: now,
      leaseExpiresAt: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, "running")));
}

/**
 * The statement that fails a job that is not finished yet (queued or running), with an error.
 * Finished jobs are left as they are, so a late dead letter cannot undo a success.
 */
export function failJobStatement(
  db: Db,
  id: string,
  error: { code: string; message: string },
  now: number,
) {
  return db
    .update(jobs)
    .set({
      status: "failed",
      errorCode: error.code,
      errorMessage: error.message,
      finishedAt: now,
      leaseExpiresAt: null,
    })
    .where(and(eq(jobs.id, id), inArray(jobs.status, ["queued", "running"])));
}

/**
 * Puts a running job back to queued after a transient failure, recording the error; the queue
 * redelivers the message after its backoff.
 */
export async function requeueJob(
  db: Db,
  id: string,
  error: { code: string; message: string },
  now: number,
): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: "queued",
      errorCode: error.code,
      errorMessage: error.message,
      queuedAt: now,
      leaseExpiresAt: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, "running")));
}

/** Cancels a queued job of `owner`; returns the row when it was queued and is now cancelled. */
export async function cancelQueuedJob(
  db: Db,
  owner: string,
  id: string,
  now: number,
): Promise<JobRow | undefined> {
  const [row] = await db
    .update(jobs)
    .set({ status: "cancelled", finishedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.owner, owner), eq(jobs.status, "queued")))
    .returning();
  return row;
}

/** A page of `owner`'s jobs, newest first, optionally filtered, after the `before` id. */
export async function listJobs(
  db: Db,
  owner: string,
  options: { status?: JobStatus; type?: string; before?: string; limit: number },
): Promise<JobRow[]> {
  return named("job_list", () => jobListQuery(db, owner, options).all());
}

/** The query of `job_list` (`jobs_owner_status_id_idx`, `jobs_owner_id_idx`): see {@link listJobs}. */
export function jobListQuery(
  db: Db,
  owner: string,
  options: { status?: JobStatus; type?: string; before?: string; limit: number },
) {
  return db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.owner, owner),
        options.status ? eq(jobs.status, options.status) : undefined,
        options.type ? eq(jobs.type, options.type) : undefined,
        options.before ? lt(jobs.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(jobs.id))
    .limit(options.limit);
}

/** Running jobs whose lease expired before `now`: their attempt died with its isolate. */
export async function findStuckJobs(db: Db, now: number, limit: number): Promise<JobRow[]> {
  return named("job_stuck", () => stuckJobsQuery(db, now, limit).all());
}

/** The query of `job_stuck` (`jobs_status_lease_idx`): see {@link findStuckJobs}. */
export function stuckJobsQuery(db: Db, now: number, limit: number) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, now)))
    .limit(limit);
}

/** Queued jobs last put on the queue before `before`: their message may have been lost. */
export async function findStaleQueuedJobs(
  db: Db,
  before: number,
  limit: number,
): Promise<JobRow[]> {
  return named("job_stale_queued", () => staleQueuedJobsQuery(db, before, limit).all());
}

/** The query of `job_stale_queued` (`jobs_status_lease_idx` on status): see {@link findStaleQueuedJobs}. */
export function staleQueuedJobsQuery(db: Db, before: number, limit: number) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.status, "queued"), lt(jobs.queuedAt, before)))
    .limit(limit);
}

/** Marks a queued job as put on the queue again at `now`. */
export async function touchQueuedJob(db: Db, id: string, now: number): Promise<void> {
  await db
    .update(jobs)
    .set({ queuedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.status, "queued")));
}

/** Moves a stuck running job back to queued (the sweeper then sends its message again). */
export async function requeueStuckJob(db: Db, id: string, now: number): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: "queued", queuedAt: now, leaseExpiresAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, now)))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Deletes finished jobs that finished before `before`; returns how many. */
export async function pruneFinishedJobs(db: Db, before: number): Promise<number> {
  const rows = await db
    .delete(jobs)
    .where(
      and(
        inArray(jobs.status, ["succeeded", "failed", "cancelled"]),
        isNotNull(jobs.finishedAt),
        lt(jobs.finishedAt, before),
      ),
    )
    .returning({ id: jobs.id });
  return rows.length;
}
