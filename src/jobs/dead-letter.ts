import { eq } from "drizzle-orm";
import { createDb } from "../db/client.ts";
import { jobs } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { createLogger } from "../observability/logger.ts";
import { recordJob } from "../observability/metrics.ts";
import { failReadingJob } from "./fail-job.ts";
import type { ReadingJobMessage } from "./types.ts";

const log = createLogger({ component: "reading-jobs" });

/**
 * The dead-letter queue's consumer: a reading job message that used up its retries. The job (and
 * its reading) are failed with the last error the attempts recorded, unless the job finished
 * meanwhile. Locally a dead-letter queue without a consumer drops messages, hence this consumer.
 */
export async function handleReadingJobDeadLetters(
  batch: MessageBatch<unknown>,
  env: Env,
): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const body = message.body as Partial<ReadingJobMessage> | null;
    if (typeof body?.job_id !== "string") {
      message.ack();
      continue;
    }
    try {
      const job = await db.select().from(jobs).where(eq(jobs.id, body.job_id)).get();
      if (job) {
        const error = {
          code: job.errorCode ?? "retries_exhausted",
          message: job.errorMessage ?? "The job failed on every attempt.",
        };
        await failReadingJob({ db, webhooks: env.WEBHOOKS }, job, error, Date.now());
        log.error("job.dead_lettered", {
          request_id: body.request_id ?? null,
          job_id: job.id,
          error,
        });
        recordJob(env, {
          type: job.type,
          outcome: "dead_lettered",
          attempts: job.attempts,
          queueWaitMs: job.startedAt === null ? 0 : Math.max(0, job.startedAt - job.queuedAt),
          runMs: 0,
        });
      }
      message.ack();
    } catch (error) {
      log.error("job.dead_letter_failed", {
        request_id: body.request_id ?? null,
        job_id: body.job_id,
        error: String(error),
      });
      message.retry();
    }
  }
}
