import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { revokeKey } from "../../keys/revoke-key.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { KEY_NOT_FOUND_RESPONSE } from "./responses.ts";
import { KeyIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "revokeKey",
  tags: ["keys"],
  summary: "Revoke an API key",
  description:
    "Revokes the key: it stops working within seconds everywhere (the per-isolate key cache's TTL). The key stays listed with `revoked_at`. Revoking a revoked key is a no-op. Needs the `admin` scope.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("admin")] as const,
  request: { params: KeyIdParamSchema },
  responses: {
    204: { description: "Revoked." },
    ...INVALID_PARAMS_RESPONSE,
    ...KEY_NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `DELETE /v1/keys/{id}` (admin: the operator, any owner). */
export function registerRevokeKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await revokeKey(createDb(c.env.DB), { id, now: Date.now() });
    if (result === "not_found") throw new ApiError("not_found", `No key ${id}.`);
    return c.body(null, 204);
  });
}
