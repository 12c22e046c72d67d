import { and, count, desc, eq, gte } from "drizzle-orm";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { jobs } from "./schema.ts";

/** How many of `owner`'s jobs are in each status (statuses with none are absent). One GROUP BY. */
export async function countJobsByStatus(
  db: Db,
  owner: string,
): Promise<{ status: string; count: number }[]> {
  return named("job_stats_counts", () => jobCountsQuery(db, owner).all());
}

/** The query of `job_stats_counts` (`jobs_owner_status_id_idx`): see {@link countJobsByStatus}. */
export function jobCountsQuery(db: Db, owner: string) {
  return db
    .select({ status: jobs.status, count: count() })
    .from(jobs)
    .where(eq(jobs.owner, owner))
    .groupBy(jobs.status);
}

/** The times of a finished job that its durations are computed from, ms since the epoch. */
export interface JobTimes {
  createdAt: number;
  queuedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/**
 * The times of `owner`'s succeeded jobs created at or after `since`, newest first, at most
 * `limit`. Only the four time columns are read; the (owner, status, id) index finds the rows.
 */
export async function succeededJobTimes(
  db: Db,
  owner: string,
  since: number,
  limit: number,
): Promise<JobTimes[]> {
  return named("job_stats_times", () => succeededTimesQuery(db, owner, since, limit).all());
}

/** The query of `job_stats_times` (`jobs_owner_status_id_idx`): see {@link succeededJobTimes}. */
export function succeededTimesQuery(db: Db, owner: string, since: number, limit: number) {
  return db
    .select({
      createdAt: jobs.createdAt,
      queuedAt: jobs.queuedAt,
      startedAt: jobs.startedAt,
      finishedAt: jobs.finishedAt,
    })
    .from(jobs)
    .where(and(eq(jobs.owner, owner), eq(jobs.status, "succeeded"), gte(jobs.createdAt, since)))
    .orderBy(desc(jobs.id))
    .limit(limit);
}
