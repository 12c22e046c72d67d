import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { guardOptions } from "../../webhooks/guard-options.ts";
import { patchEndpoint } from "../../webhooks/manage-endpoints.ts";
import { toEndpointResource } from "../../webhooks/resources.ts";
import { BODY_ERROR_RESPONSES, COMMON_ERROR_RESPONSES } from "../problem-schema.ts";
import { urlRefused, webhookNotFound } from "./errors.ts";
import {
  NO_STORE,
  NOT_FOUND,
  UpdateWebhookRequestSchema,
  WebhookIdParamSchema,
  WebhookSchema,
} from "./schemas.ts";

const route = createRoute({
  method: "patch",
  path: "/{id}",
  operationId: "updateWebhook",
  tags: ["webhooks"],
  summary: "Change a webhook endpoint",
  description:
    "Changes `url`, `events`, `description` or `enabled`. Re-enabling clears `disabled_reason` and the failure count.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: {
    params: WebhookIdParamSchema,
    body: {
      required: true,
      content: { "application/json": { schema: UpdateWebhookRequestSchema } },
    },
  },
  responses: {
    200: {
      description: "The endpoint as changed.",
      content: { "application/json": { schema: WebhookSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...NOT_FOUND,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `PATCH /v1/webhooks/{id}`. */
export function registerUpdateWebhook(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await patchEndpoint(createDb(c.env.DB), {
      owner: c.get("principal").owner,
      id,
      changes: c.req.valid("json"),
      guard: guardOptions(c.get("config")),
      now: Date.now(),
    });
    if (result.status === "url_refused") throw urlRefused(result.reason);
    if (result.status !== "ok") throw webhookNotFound(id);
    return c.json(toEndpointResource(result.value), 200, NO_STORE);
  });
}
