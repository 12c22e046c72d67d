import { eq } from "drizzle-orm";
import { createDb } from "../db/client.ts";
import { failJobStatement } from "../db/jobs.ts";
import { failReadingStatement } from "../db/readings.ts";
import { jobs } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { prepareReadingEvent, sendDeliveries } from "../webhooks/emit.ts";
import type { ReadingJobMessage } from "./types.ts";

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
        const payload = job.payload as { reading_id: string };
        const now = Date.now();
        const event = await prepareReadingEvent(db, {
          type: "reading.failed",
          owner: job.owner,
          jobId: job.id,
          jobStatus: "failed",
          readingId: payload.reading_id,
          at: now,
        });
        await db.batch([
          failJobStatement(db, job.id, error, now),
          failReadingStatement(db, payload.reading_id, now),
          ...event.statements,
        ]);
        await sendDeliveries(env.WEBHOOKS, event.deliveryIds);
        console.log(
          JSON.stringify({
            component: "reading-jobs",
            level: "error",
            event: "job.dead_lettered",
            job_id: job.id,
            error,
          }),
        );
      }
      message.ack();
    } catch (error) {
      console.log(
        JSON.stringify({
          component: "reading-jobs",
          level: "error",
          event: "job.dead_letter_failed",
          job_id: body.job_id,
          error: String(error),
        }),
      );
      message.retry();
    }
  }
}
