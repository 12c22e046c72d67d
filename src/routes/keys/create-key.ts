import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { createKey } from "../../keys/create-key.ts";
import { requireScope } from "../../middleware/auth.ts";
import { BODY_ERROR_RESPONSES, COMMON_ERROR_RESPONSES } from "../problem-schema.ts";
import { NO_STORE } from "./responses.ts";
import { CreateKeyRequestSchema, NewApiKeySchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/",
  operationId: "createKey",
  tags: ["keys"],
  summary: "Create an API key",
  description:
    "Creates a key for an account (a new one when `owner` is absent). The key itself is in this response only: only its hash and prefix are stored. Needs the `admin` scope; acts across all accounts.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("admin")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: CreateKeyRequestSchema } } },
  },
  responses: {
    201: {
      description: "The key, with its secret (`Location` names it).",
      content: { "application/json": { schema: NewApiKeySchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/keys` (admin: the operator, for any owner). */
export function registerCreateKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const key = await createKey(createDb(c.env.DB), {
      environment: c.get("config").ENVIRONMENT,
      now: Date.now(),
      body: c.req.valid("json"),
    });
    c.header("Location", `/v1/keys/${key.id}`);
    return c.json(key, 201, NO_STORE);
  });
}
