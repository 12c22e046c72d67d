import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { redeliver } from "../../webhooks/redeliver.ts";
import { toDeliveryResource } from "../../webhooks/resources.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  INVALID_PARAMS_RESPONSE,
} from "../problem-schema.ts";
import {
  conflict,
  DeliveryParamsSchema,
  NO_STORE,
  NOT_FOUND,
  WebhookDeliverySchema,
} from "./schemas.ts";
import { sentDelivery } from "./send-result.ts";

const route = createRoute({
  method: "post",
  path: "/{id}/deliveries/{delivery_id}/redeliver",
  operationId: "redeliverWebhook",
  tags: ["webhooks"],
  summary: "Send a delivery again",
  description:
    "Starts a new round of attempts (with the retry schedule) for a succeeded or failed delivery: the same body and `webhook-id`, signed with a fresh timestamp. No body.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: DeliveryParamsSchema },
  responses: {
    202: {
      description: "Queued; follow it in the deliveries list.",
      content: { "application/json": { schema: WebhookDeliverySchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...conflict(
      "The endpoint is disabled (`webhook_disabled`) or the delivery still pending (`webhook_delivery_pending`).",
    ),
    ...BODILESS_POST_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/webhooks/{id}/deliveries/{delivery_id}/redeliver`. */
export function registerRedeliver(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id, delivery_id } = c.req.valid("param");
    const result = await redeliver(createDb(c.env.DB), c.env.WEBHOOKS, {
      owner: c.get("principal").owner,
      endpointId: id,
      deliveryId: delivery_id,
      now: Date.now(),
    });
    const delivery = sentDelivery(result, id, delivery_id);
    return c.json(toDeliveryResource(delivery, []), 202, NO_STORE);
  });
}
