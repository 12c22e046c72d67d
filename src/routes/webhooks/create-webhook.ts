import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import { guardOptions } from "../../webhooks/guard-options.ts";
import { createEndpoint } from "../../webhooks/manage-endpoints.ts";
import { toEndpointResource } from "../../webhooks/resources.ts";
import { BODY_ERROR_RESPONSES, COMMON_ERROR_RESPONSES } from "../problem-schema.ts";
import { urlRefused } from "./errors.ts";
import { CreateWebhookRequestSchema, conflict, NewWebhookSchema, NO_STORE } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/",
  operationId: "createWebhook",
  tags: ["webhooks"],
  summary: "Subscribe a webhook endpoint",
  description:
    "Registers a URL for events. The signing secret is in this response only. A URL the SSRF rules refuse is a 400 naming `url`.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: CreateWebhookRequestSchema } },
    },
  },
  responses: {
    201: {
      description: "The endpoint, with its secret (`Location` names it).",
      content: { "application/json": { schema: NewWebhookSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...conflict("The account has 20 endpoints already (`webhook_limit_reached`)."),
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/webhooks`. */
export function registerCreateWebhook(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const now = Date.now();
    const result = await createEndpoint(createDb(c.env.DB), {
      owner: c.get("principal").owner,
      ...body,
      guard: guardOptions(c.get("config")),
      now,
    });
    if (result.status === "url_refused") throw urlRefused(result.reason);
    if (result.status !== "ok") {
      throw new ApiError("webhook_limit_reached", "Delete an endpoint before adding another.");
    }
    const { endpoint, secret } = result.value;
    c.header("Location", `/v1/webhooks/${endpoint.id}`);
    return c.json({ ...toEndpointResource(endpoint, now), secret }, 201, NO_STORE);
  });
}
