import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { rotateKey } from "../../keys/rotate-key.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  INVALID_PARAMS_RESPONSE,
  ProblemSchema,
} from "../problem-schema.ts";
import { KEY_NOT_FOUND_RESPONSE, NO_STORE } from "./responses.ts";
import { KeyIdParamSchema, NewApiKeySchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/{id}/rotate",
  operationId: "rotateKey",
  tags: ["keys"],
  summary: "Rotate an API key",
  description:
    "Issues a new key (new id and secret) with the same owner, name, scopes, rate limit and expiry, and revokes the old one at once. No body (send `Content-Type: application/json` all the same). Needs the `admin` scope.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("admin")] as const,
  request: { params: KeyIdParamSchema },
  responses: {
    201: {
      description: "The new key, with its secret (`Location` names it).",
      content: { "application/json": { schema: NewApiKeySchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...KEY_NOT_FOUND_RESPONSE,
    409: {
      description: "The key is revoked or expired (`key_inactive`) and cannot be rotated.",
      content: { "application/problem+json": { schema: ProblemSchema } },
    },
    ...BODILESS_POST_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/keys/{id}/rotate` (admin: the operator, any owner). */
export function registerRotateKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await rotateKey(createDb(c.env.DB), {
      id,
      environment: c.get("config").ENVIRONMENT,
      now: Date.now(),
    });
    if (result.status === "not_found") throw new ApiError("not_found", `No key ${id}.`);
    if (result.status === "inactive") {
      throw new ApiError("key_inactive", `The key ${id} is revoked or expired; create a new one.`);
    }
    c.header("Location", `/v1/keys/${result.key.id}`);
    return c.json(result.key, 201, NO_STORE);
  });
}
