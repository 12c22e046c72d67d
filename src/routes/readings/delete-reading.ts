import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import { eraseReading } from "../../readings/erase-reading.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_RESPONSE,
  NOT_FOUND_RESPONSE,
} from "../problem-schema.ts";
import { ReadingIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteReading",
  tags: ["readings"],
  summary: "Erase a reading (its job is cancelled if still queued)",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:write")] as const,
  request: { params: ReadingIdParamSchema },
  responses: {
    204: { description: "Erased." },
    ...NOT_FOUND_RESPONSE,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `DELETE /v1/readings/{id}`. */
export function registerDeleteReading(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const erased = await eraseReading(createDb(c.env.DB), c.get("principal").owner, id, Date.now());
    if (!erased) throw new ApiError("not_found", `No reading ${id} for this account.`);
    c.header("Cache-Control", "no-store");
    return c.body(null, 204);
  });
}
