import type { Db } from "../db/client.ts";
import {
  findDelivery,
  findEndpoint,
  insertDeliveryStatement,
  reopenDelivery,
  type WebhookDeliveryRow,
} from "../db/webhooks.ts";
import { newId } from "../lib/ids.ts";
import { TEST_EVENT } from "./config.ts";
import { sendDeliveries } from "./emit.ts";
import { eventBody } from "./payload.ts";

/** What a redelivery or a test event came to. */
export type SendResult =
  | { status: "sent"; delivery: WebhookDeliveryRow }
  | { status: "not_found" }
  | { status: "delivery_not_found" }
  | { status: "disabled" }
  | { status: "pending" };

/**
 * Sends a finished delivery again: a new round of attempts (and the retry schedule) under the same
 * `webhook-id` and body, each attempt signed with a fresh timestamp.
 */
export async function redeliver(
  db: Db,
  queue: Queue,
  input: { owner: string; endpointId: string; deliveryId: string; now: number },
): Promise<SendResult> {
  const endpoint = await findEndpoint(db, input.owner, input.endpointId);
  if (!endpoint) return { status: "not_found" };
  const existing = await findDelivery(db, input.owner, input.endpointId, input.deliveryId);
  if (!existing) return { status: "delivery_not_found" };
  if (!endpoint.enabled) return { status: "disabled" };
  const delivery = await reopenDelivery(
    db,
    input.owner,
    input.endpointId,
    input.deliveryId,
    input.now,
  );
  if (!delivery) return { status: "pending" };
  await sendDeliveries(queue, [delivery.id]);
  return { status: "sent", delivery };
}

/** Sends a `webhook.test` event to one endpoint, whatever it subscribes to. */
export async function sendTestEvent(
  db: Db,
  queue: Queue,
  input: { owner: string; endpointId: string; now: number },
): Promise<SendResult> {
  const endpoint = await findEndpoint(db, input.owner, input.endpointId);
  if (!endpoint) return { status: "not_found" };
  if (!endpoint.enabled) return { status: "disabled" };
  const delivery: WebhookDeliveryRow = {
    id: newId("dlv"),
    endpointId: endpoint.id,
    owner: input.owner,
    eventType: TEST_EVENT,
    body: eventBody(TEST_EVENT, input.now, { endpoint_id: endpoint.id }),
    status: "pending",
    attempts: 0,
    nextAttemptAt: input.now,
    lastStatusCode: null,
    lastError: null,
    createdAt: input.now,
    finishedAt: null,
  };
  await db.batch([insertDeliveryStatement(db, delivery)]);
  await sendDeliveries(queue, [delivery.id]);
  return { status: "sent", delivery };
}
