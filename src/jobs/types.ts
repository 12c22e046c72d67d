/**
 * Jobs: the types shared by the producer, the consumer, the sweeper and the API.
 */

/** A job's lifecycle: `queued` → `running` → `succeeded` | `failed`; `queued` → `cancelled`. */
export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

/** A job status. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses a job never leaves by itself (a failed job can be retried by request). */
export const FINISHED_STATUSES: ReadonlySet<JobStatus> = new Set([
  "succeeded",
  "failed",
  "cancelled",
]);

/** Job types. */
export const JOB_TYPES = ["reading.natal", "reading.transit", "reading.synastry"] as const;

/** A job type. */
export type JobType = (typeof JOB_TYPES)[number];

/**
 * The message on Queue `READING_JOBS` (and its dead-letter queue): just the job's id and owner.
 * Everything else is read from D1, so a redelivered or stale message can never carry old state.
 */
export interface ReadingJobMessage {
  job_id: string;
  owner: string;
  /**
   * The request id of the request that created or retried the job (or the cron run that resent
   * it), for logs end to end; absent in messages sent before it existed.
   */
  request_id?: string;
}

/** A job as the API shows it. Times are ISO 8601 UTC; `progress` is 0–1. */
export interface JobResource {
  id: string;
  type: JobType;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  progress: number;
  error: { code: string; message: string } | null;
  result: { reading_id: string } | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}
