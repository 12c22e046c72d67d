import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { rotateEndpointSecret } from "../../webhooks/manage-endpoints.ts";
import { toEndpointResource } from "../../webhooks/resources.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  INVALID_PARAMS_RESPONSE,
} from "../problem-schema.ts";
import { webhookNotFound } from "./errors.ts";
import { NewWebhookSchema, NO_STORE, NOT_FOUND, WebhookIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/{id}/rotate-secret",
  operationId: "rotateWebhookSecret",
  tags: ["webhooks"],
  summary: "Rotate a webhook endpoint's signing secret",
  description:
    "Issues a new secret (shown only in this response). For 24 hours the old secret keeps signing beside it: each attempt carries two `v1,` signatures, so receivers can switch without missing an event. No body.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: WebhookIdParamSchema },
  responses: {
    200: {
      description: "The endpoint with its new secret.",
      content: { "application/json": { schema: NewWebhookSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...BODILESS_POST_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/webhooks/{id}/rotate-secret`. */
export function registerRotateWebhookSecret(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const now = Date.now();
    const result = await rotateEndpointSecret(createDb(c.env.DB), {
      owner: c.get("principal").owner,
      id,
      now,
    });
    if (result.status !== "ok") throw webhookNotFound(id);
    const { endpoint, secret } = result.value;
    return c.json({ ...toEndpointResource(endpoint, now), secret }, 200, NO_STORE);
  });
}
