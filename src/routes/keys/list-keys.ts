import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { listKeys } from "../../keys/list-keys.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { KeyListSchema, ListKeysQuerySchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "listKeys",
  tags: ["keys"],
  summary: "List API keys",
  description:
    "Keys of every account (or of `owner`), newest first, revoked ones included. Never a secret or a hash. Needs the `admin` scope.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("admin")] as const,
  request: { query: ListKeysQuerySchema },
  responses: {
    200: {
      description: "A page of keys.",
      content: { "application/json": { schema: KeyListSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/keys` (admin: the operator, all owners). */
export function registerListKeys(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    return c.json(await listKeys(createDb(c.env.DB), query), 200);
  });
}
