import type { Env } from "./env.ts";
import { handleReadingJobs } from "./jobs/consumer.ts";
import { handleReadingJobDeadLetters } from "./jobs/dead-letter.ts";
import { handleWebhookDeadLetters, handleWebhookDeliveries } from "./webhooks/consumer.ts";

/**
 * Routes a message batch to its consumer by queue name. Names differ per environment
 * (`orrery-reading-jobs`, `orrery-staging-reading-jobs`, …), so the suffix decides.
 */
export async function dispatchQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue.endsWith("reading-jobs-dlq")) return handleReadingJobDeadLetters(batch, env);
  if (batch.queue.endsWith("reading-jobs")) return handleReadingJobs(batch, env);
  if (batch.queue.endsWith("webhooks-dlq")) return handleWebhookDeadLetters(batch, env);
  if (batch.queue.endsWith("webhooks")) return handleWebhookDeliveries(batch, env);
  // No consumer for this queue in this version: retry, so a newer version (or the DLQ) gets it.
  console.log(
    JSON.stringify({
      component: "queues",
      level: "error",
      event: "queue.unknown",
      queue: batch.queue,
    }),
  );
  batch.retryAll();
}
