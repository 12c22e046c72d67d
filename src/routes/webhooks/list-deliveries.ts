import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { findEndpoint, listDeliveries } from "../../db/webhooks.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { toDeliveryResource } from "../../webhooks/resources.ts";
import { listPage } from "../list.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { webhookNotFound } from "./errors.ts";
import {
  DeliveryListQuerySchema,
  DeliveryListSchema,
  NO_STORE,
  NOT_FOUND,
  WebhookIdParamSchema,
} from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  tags: ["webhooks"],
  summary: "List an endpoint's deliveries",
  description:
    "Newest first, each with every attempt: when, the status code (null when no response came), the latency in ms, and the error.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: WebhookIdParamSchema, query: DeliveryListQuerySchema },
  responses: {
    200: {
      description: "One page of deliveries.",
      content: { "application/json": { schema: DeliveryListSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...NOT_FOUND,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/webhooks/{id}/deliveries`. */
export function registerListDeliveries(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const db = createDb(c.env.DB);
    const owner = c.get("principal").owner;
    if (!(await findEndpoint(db, owner, id))) throw webhookNotFound(id);
    const before = cursor === undefined ? undefined : decodeCursor(cursor, idPattern("dlv"));
    const rows = await listDeliveries(db, owner, id, { before, limit: limit + 1 });
    const page = rows.slice(0, limit).map((r) => toDeliveryResource(r.delivery, r.attempts));
    return c.json(
      listPage(page, rows.length > limit, (d) => d.id),
      200,
      NO_STORE,
    );
  });
}
