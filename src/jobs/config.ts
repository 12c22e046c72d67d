/**
 * Job settings that must agree with wrangler.toml (a test checks them against it).
 */

/** `max_retries` of the READING_JOBS consumer in every environment of wrangler.toml. */
export const READING_JOBS_MAX_RETRIES = 3;

/** A job's attempts: the first delivery plus the queue's retries, so the job and the DLQ agree. */
export const READING_JOB_MAX_ATTEMPTS = READING_JOBS_MAX_RETRIES + 1;

/** How long an attempt holds a running job before the sweeper may take it back, ms. */
export const JOB_LEASE_MS = 120_000;

/** A queued job not picked up for this long has probably lost its message: the sweeper resends it, ms. */
export const STALE_QUEUED_MS = 15 * 60_000;

/** Polling hint for clients, seconds (`Retry-After` on 202 answers). */
export const POLL_AFTER_SECONDS = 1;
