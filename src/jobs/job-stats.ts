import type { Db } from "../db/client.ts";
import { countJobsByStatus, type JobTimes, succeededJobTimes } from "../db/job-stats.ts";
import { percentile } from "./percentile.ts";
import { JOB_STATUSES, type JobStatus } from "./types.ts";

/** The window the duration percentiles cover, hours. */
export const STATS_WINDOW_HOURS = 24;

/**
 * The most succeeded jobs the percentiles are computed from (the newest in the window): bounds the
 * rows one request reads. `sample_size` says how many were used.
 */
export const STATS_SAMPLE_LIMIT = 10_000;

/** p50 and p95 of a duration, ms; null when there is no sample. */
export interface DurationPercentiles {
  p50: number | null;
  p95: number | null;
}

/** An owner's job statistics, as the API shows them. */
export interface JobStats {
  counts: Record<JobStatus, number>;
  total: number;
  window_hours: number;
  sample_size: number;
  queue_wait_ms: DurationPercentiles;
  run_time_ms: DurationPercentiles;
}

/**
 * How long a job waited on the queue before its (first) attempt started: from when it was last
 * queued. A job re-queued after a failed attempt has a `queued_at` later than its `started_at`
 * (which keeps the first start); then the wait is counted from its creation.
 */
export function queueWaitMs(job: JobTimes & { startedAt: number }): number {
  const from = job.queuedAt <= job.startedAt ? job.queuedAt : job.createdAt;
  return job.startedAt - from;
}

function percentiles(values: number[]): DurationPercentiles {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

/**
 * Counts of all of `owner`'s jobs by status, and nearest-rank p50/p95 of queue wait and run time
 * over their succeeded jobs created in the last {@link STATS_WINDOW_HOURS} hours.
 */
export async function getJobStats(db: Db, owner: string, now: number): Promise<JobStats> {
  const since = now - STATS_WINDOW_HOURS * 3_600_000;
  const [groups, times] = await Promise.all([
    countJobsByStatus(db, owner),
    succeededJobTimes(db, owner, since, STATS_SAMPLE_LIMIT),
  ]);
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  let total = 0;
  for (const { status, count } of groups) {
    if (status in counts) counts[status as JobStatus] = count;
    total += count;
  }
  const waits: number[] = [];
  const runs: number[] = [];
  for (const job of times) {
    if (job.startedAt === null || job.finishedAt === null) continue;
    waits.push(queueWaitMs({ ...job, startedAt: job.startedAt }));
    runs.push(job.finishedAt - job.startedAt);
  }
  return {
    counts,
    total,
    window_hours: STATS_WINDOW_HOURS,
    sample_size: runs.length,
    queue_wait_ms: percentiles(waits),
    run_time_ms: percentiles(runs),
  };
}
