import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { sendTestEvent } from "../../webhooks/redeliver.ts";
import { toDeliveryResource } from "../../webhooks/resources.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  INVALID_PARAMS_RESPONSE,
} from "../problem-schema.ts";
import {
  conflict,
  NO_STORE,
  NOT_FOUND,
  WebhookDeliverySchema,
  WebhookIdParamSchema,
} from "./schemas.ts";
import { sentDelivery } from "./send-result.ts";

const route = createRoute({
  method: "post",
  path: "/{id}/test",
  operationId: "testWebhook",
  tags: ["webhooks"],
  summary: "Send a test event",
  description:
    "Sends a `webhook.test` event (`data: { endpoint_id }`) to this endpoint, signed and retried like any other. No body.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: WebhookIdParamSchema },
  responses: {
    202: {
      description: "Queued; follow it in the deliveries list.",
      content: { "application/json": { schema: WebhookDeliverySchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...conflict("The endpoint is disabled (`webhook_disabled`)."),
    ...BODILESS_POST_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/webhooks/{id}/test`. */
export function registerTestWebhook(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await sendTestEvent(createDb(c.env.DB), c.env.WEBHOOKS, {
      owner: c.get("principal").owner,
      endpointId: id,
      now: Date.now(),
    });
    return c.json(toDeliveryResource(sentDelivery(result, id), []), 202, NO_STORE);
  });
}
