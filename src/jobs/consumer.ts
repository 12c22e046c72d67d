import { createDb, type Db } from "../db/client.ts";
import { claimJob, requeueJob } from "../db/jobs.ts";
import type { Env } from "../env.ts";
import { createLogger } from "../observability/logger.ts";
import { type JobMetric, recordJob } from "../observability/metrics.ts";
import { currentReporter } from "../observability/sentry.ts";
import type { TextGenerator } from "../readings/narrate.ts";
import { type ReadingJobDeps, runReadingJob } from "../readings/run-reading-job.ts";
import { JOB_LEASE_MS } from "./config.ts";
import { describeJobError, PermanentJobError } from "./errors.ts";
import { failReadingJob } from "./fail-job.ts";
import { backoffSeconds } from "./retry-policy.ts";
import type { ReadingJobMessage } from "./types.ts";

/**
 * What to do with one message: ack it, or retry it after a delay; `metric` says how it went (for
 * the message's log line and Analytics Engine point) when a job was claimed or skipped.
 */
export type MessageOutcome = ({ ack: true } | { ack: false; delaySeconds: number }) & {
  metric?: JobMetric;
};

function isReadingJobMessage(body: unknown): body is ReadingJobMessage {
  const b = body as Partial<ReadingJobMessage> | null;
  return typeof b?.job_id === "string" && typeof b.owner === "string";
}

const jobLog = createLogger({ component: "reading-jobs" });

/** The request that created (or retried) the job, carried by the message; null for old messages. */
function requestIdOf(body: unknown): string | null {
  const id = (body as { request_id?: unknown } | null)?.request_id;
  return typeof id === "string" ? id : null;
}

/** A message whose job was finished, cancelled or held elsewhere: nothing ran. */
function skippedMetric(attempt: number): JobMetric {
  return { type: "reading.natal", outcome: "skipped", attempts: attempt, queueWaitMs: 0, runMs: 0 };
}

/**
 * Handles one delivery of a reading job message. At-least-once safe: the job is claimed
 * atomically in D1 (queued, or running with an expired lease), so a duplicate delivery of a job
 * that is finished, cancelled or being run elsewhere does nothing and is acked.
 *
 * - success: the reading and the job are committed together, then the message is acked;
 * - permanent failure: the job and its reading are failed at once, and the message acked;
 * - transient failure: the job goes back to queued with the error recorded, and the message is
 *   retried after an exponential backoff with jitter. After the queue's last retry the message
 *   goes to the dead-letter queue, whose consumer fails the job with that last error.
 */
/**
 * The Workers AI narrator when the environment has an `AI` binding and an `AI_MODEL` (staging and
 * production only: Workers AI has no local simulator); otherwise none, and readings stay composed.
 */
function narratorOf(env: Env): ReadingJobDeps["narrator"] {
  const model = env.AI_MODEL?.trim();
  return env.AI && model ? { ai: env.AI as unknown as TextGenerator, model } : undefined;
}

export async function processReadingJobMessage(
  db: Db,
  body: unknown,
  attempt: number,
  deps: ReadingJobDeps = {},
): Promise<MessageOutcome> {
  const now = deps.now ?? Date.now;
  const log = jobLog.with({ request_id: requestIdOf(body) }).write;
  if (!isReadingJobMessage(body)) {
    log({ level: "error", event: "job.malformed_message" });
    return { ack: true };
  }
  const started = now();
  let job: Awaited<ReturnType<typeof claimJob>>;
  try {
    job = await claimJob(db, body.job_id, started, JOB_LEASE_MS);
  } catch (error) {
    log({
      level: "warn",
      event: "job.claim_failed",
      job_id: body.job_id,
      attempt,
      error: describeJobError(error),
    });
    currentReporter().captureException(error, { job_id: body.job_id, attempt });
    return { ack: false, delaySeconds: backoffSeconds(attempt) };
  }
  if (!job) {
    log({ level: "info", event: "job.skipped", job_id: body.job_id, attempt });
    return { ack: true, metric: skippedMetric(attempt) };
  }
  const claimed = job;
  const metric = (outcome: JobMetric["outcome"]): JobMetric => ({
    type: claimed.type,
    outcome,
    attempts: claimed.attempts,
    queueWaitMs: Math.max(0, started - claimed.queuedAt),
    runMs: now() - started,
  });
  try {
    await runReadingJob(db, job, { ...deps, now });
    log({
      level: "info",
      event: "job.succeeded",
      job_id: job.id,
      type: job.type,
      attempt: job.attempts,
      queue_wait_ms: started - job.queuedAt,
      run_ms: now() - started,
    });
    return { ack: true, metric: metric("succeeded") };
  } catch (error) {
    const described = describeJobError(error);
    const permanent = error instanceof PermanentJobError;
    log({
      level: permanent ? "error" : "warn",
      event: "job.attempt_failed",
      job_id: job.id,
      attempt: job.attempts,
      permanent,
      error: described,
    });
    if (!permanent) currentReporter().captureException(error, { job_id: job.id, attempt });
    try {
      if (permanent) {
        await failReadingJob({ db, webhooks: deps.webhooks }, job, described, now());
        return { ack: true, metric: metric("failed") };
      }
      await requeueJob(db, job.id, described, now());
    } catch (writeError) {
      // The lease still holds the job; the retry (or the sweeper) picks it up again.
      log({
        level: "error",
        event: "job.record_failure_failed",
        job_id: job.id,
        error: describeJobError(writeError),
      });
    }
    return { ack: false, delaySeconds: backoffSeconds(attempt), metric: metric("retried") };
  }
}

/**
 * The READING_JOBS consumer: each message acked or retried on its own, so one bad message never
 * re-runs its whole batch.
 */
export async function handleReadingJobs(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const started = Date.now();
    const outcome = await processReadingJobMessage(db, message.body, message.attempts, {
      webhooks: env.WEBHOOKS,
      narrator: narratorOf(env),
    });
    if (outcome.ack) message.ack();
    else message.retry({ delaySeconds: outcome.delaySeconds });
    // One line per message: the request id travels from the HTTP request through the message.
    jobLog.info("job.message", {
      request_id: requestIdOf(message.body),
      job_id: (message.body as { job_id?: unknown } | null)?.job_id ?? null,
      message_id: message.id,
      attempt: message.attempts,
      ack: outcome.ack,
      outcome: outcome.metric?.outcome ?? (outcome.ack ? "malformed" : "retried"),
      duration_ms: Date.now() - started,
      version: env.CF_VERSION_METADATA?.id ?? "unknown",
    });
    if (outcome.metric) recordJob(env, outcome.metric);
  }
}
