import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { listEndpoints } from "../../db/webhooks.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { toEndpointResource } from "../../webhooks/resources.ts";
import { listPage } from "../list.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { NO_STORE, WebhookListQuerySchema, WebhookListSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "listWebhooks",
  tags: ["webhooks"],
  summary: "List your webhook endpoints",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { query: WebhookListQuerySchema },
  responses: {
    200: {
      description: "One page of endpoints, newest first.",
      content: { "application/json": { schema: WebhookListSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/webhooks`. */
export function registerListWebhooks(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const before = cursor === undefined ? undefined : decodeCursor(cursor, idPattern("whk"));
    const rows = await listEndpoints(createDb(c.env.DB), c.get("principal").owner, {
      before,
      limit: limit + 1,
    });
    const now = Date.now();
    const page = rows.slice(0, limit).map((r) => toEndpointResource(r, now));
    return c.json(
      listPage(page, rows.length > limit, (w) => w.id),
      200,
      NO_STORE,
    );
  });
}
