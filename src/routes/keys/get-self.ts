import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { getSelf } from "../../keys/get-self.ts";
import { COMMON_ERROR_RESPONSES, MALFORMED_QUERY_RESPONSE } from "../problem-schema.ts";
import { SelfKeySchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/self",
  operationId: "getSelfKey",
  tags: ["keys"],
  summary: "The calling key",
  description:
    "The key this request was made with: its account, scopes, expiry, and its rate limit with what is left of it after this request. Any valid key; no scope needed.",
  security: [{ bearerAuth: [] }],
  responses: {
    200: {
      description: "The calling key.",
      content: { "application/json": { schema: SelfKeySchema } },
    },
    ...MALFORMED_QUERY_RESPONSE,
    401: COMMON_ERROR_RESPONSES[401],
    429: COMMON_ERROR_RESPONSES[429],
    500: COMMON_ERROR_RESPONSES[500],
    503: COMMON_ERROR_RESPONSES[503],
  },
});

/** `GET /v1/keys/self`. */
export function registerGetSelf(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const self = await getSelf(createDb(c.env.DB), c.get("principal"), c.get("rateLimit") ?? null);
    return c.json(self, 200);
  });
}
