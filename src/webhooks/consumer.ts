import { createDb } from "../db/client.ts";
import { failDelivery } from "../db/webhooks.ts";
import { type Env, parseConfig } from "../env.ts";
import { processWebhookDelivery } from "./deliver.ts";
import { guardOptions } from "./guard-options.ts";

/**
 * The WEBHOOKS consumer: each message (one delivery) acked or retried on its own. The batch's
 * deliveries are attempted concurrently, so a receiver that hangs until the attempt timeout holds
 * up only its own delivery (the runtime queues fetches beyond its open-connection limit). An error
 * of our own (D1 unavailable) retries the message after 30 s; after the queue's retries it goes
 * to the dead-letter queue.
 */
export async function handleWebhookDeliveries(
  batch: MessageBatch<unknown>,
  env: Env,
): Promise<void> {
  const deps = { db: createDb(env.DB), guard: guardOptions(parseConfig(env)), metrics: env };
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        const outcome = await processWebhookDelivery(deps, message.body);
        if (outcome.ack) message.ack();
        else message.retry({ delaySeconds: outcome.delaySeconds });
      } catch (error) {
        console.log(
          JSON.stringify({
            component: "webhooks",
            level: "error",
            event: "webhook.process_failed",
            error: String(error),
          }),
        );
        message.retry({ delaySeconds: 30 });
      }
    }),
  );
}

/**
 * The webhooks dead-letter consumer: a message that failed on every retry of our own. Its delivery
 * is failed (visible in the deliveries list) unless it finished meanwhile.
 */
export async function handleWebhookDeadLetters(
  batch: MessageBatch<unknown>,
  env: Env,
): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const id = (message.body as { delivery_id?: unknown } | null)?.delivery_id;
    try {
      if (typeof id === "string") await failDelivery(db, id, "retries_exhausted", Date.now());
      message.ack();
    } catch {
      message.retry();
    }
  }
}
