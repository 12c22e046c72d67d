import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { getKey } from "../../keys/get-key.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { KEY_NOT_FOUND_RESPONSE } from "./responses.ts";
import { ApiKeySchema, KeyIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getKey",
  tags: ["keys"],
  summary: "Read an API key",
  description: "Any account's key, never its secret or hash. Needs the `admin` scope.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("admin")] as const,
  request: { params: KeyIdParamSchema },
  responses: {
    200: { description: "The key.", content: { "application/json": { schema: ApiKeySchema } } },
    ...INVALID_PARAMS_RESPONSE,
    ...KEY_NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/keys/{id}` (admin: the operator, any owner). */
export function registerGetKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const key = await getKey(createDb(c.env.DB), id);
    if (!key) throw new ApiError("not_found", `No key ${id}.`);
    return c.json(key, 200);
  });
}
