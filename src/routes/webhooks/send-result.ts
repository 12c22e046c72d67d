import { ApiError } from "../../errors/api-error.ts";
import type { SendResult } from "../../webhooks/redeliver.ts";
import { webhookNotFound } from "./errors.ts";

/**
 * The delivery a redelivery or test event queued, or the problem it ran into.
 *
 * @throws {ApiError} `not_found` (404) naming the webhook `id` or, for a redelivery, the unknown
 *   `deliveryId`; `webhook_disabled` or `webhook_delivery_pending` (409).
 */
export function sentDelivery(result: SendResult, id: string, deliveryId?: string) {
  if (result.status === "not_found") throw webhookNotFound(id);
  if (result.status === "delivery_not_found") {
    throw new ApiError("not_found", `No delivery ${deliveryId} for webhook ${id}.`);
  }
  if (result.status === "disabled") {
    throw new ApiError(
      "webhook_disabled",
      `The webhook ${id} is disabled; enable it with PATCH { "enabled": true } first.`,
    );
  }
  if (result.status === "pending") {
    throw new ApiError(
      "webhook_delivery_pending",
      "The delivery is still being attempted; redeliver it once it has succeeded or failed.",
    );
  }
  return result.delivery;
}
