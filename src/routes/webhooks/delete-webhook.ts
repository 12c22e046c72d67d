import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { deleteEndpoint } from "../../db/webhooks.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { webhookNotFound } from "./errors.ts";
import { NOT_FOUND, WebhookIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteWebhook",
  tags: ["webhooks"],
  summary: "Delete a webhook endpoint",
  description:
    "Deletes the endpoint with its deliveries and their attempt log; pending ones are not sent.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: WebhookIdParamSchema },
  responses: {
    204: { description: "Deleted." },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `DELETE /v1/webhooks/{id}`. */
export function registerDeleteWebhook(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const deleted = await deleteEndpoint(createDb(c.env.DB), c.get("principal").owner, id);
    if (!deleted) throw webhookNotFound(id);
    return c.body(null, 204);
  });
}
