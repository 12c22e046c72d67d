import { ApiError } from "../../errors/api-error.ts";
import type { SendResult } from "../../webhooks/redeliver.ts";
import { webhookNotFound } from "./errors.ts";

/** The delivery a redelivery or test event queued, or the problem it ran into. */
export function sentDelivery(result: SendResult, id: string) {
  if (result.status === "not_found") throw webhookNotFound(id);
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
