import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { findEndpoint } from "../../db/webhooks.ts";
import { requireScope } from "../../middleware/auth.ts";
import { toEndpointResource } from "../../webhooks/resources.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { webhookNotFound } from "./errors.ts";
import { NO_STORE, NOT_FOUND, WebhookIdParamSchema, WebhookSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getWebhook",
  tags: ["webhooks"],
  summary: "Get a webhook endpoint",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: WebhookIdParamSchema },
  responses: {
    200: {
      description: "The endpoint (its secret is never shown again).",
      content: { "application/json": { schema: WebhookSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/webhooks/{id}`. */
export function registerGetWebhook(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const row = await findEndpoint(createDb(c.env.DB), c.get("principal").owner, id);
    if (!row) throw webhookNotFound(id);
    return c.json(toEndpointResource(row), 200, NO_STORE);
  });
}
