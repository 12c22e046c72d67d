import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { listReadings } from "../../db/readings.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { toReadingResource } from "../../readings/reading-resource.ts";
import { listPage } from "../list.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
  problemResponse,
} from "../problem-schema.ts";
import { ReadingListQuerySchema, ReadingListSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "listReadings",
  tags: ["readings"],
  summary: "List readings, newest first",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:read")] as const,
  request: { query: ReadingListQuerySchema },
  responses: {
    200: {
      description: "A page of readings.",
      content: { "application/json": { schema: ReadingListSchema } },
    },
    400: problemResponse(
      `A malformed \`limit\` or \`cursor\`, an unknown query parameter, or a ${MALFORMED_QUERY_PARAMETER}.`,
    ),
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/readings`. */
export function registerListReadings(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const before = cursor ? decodeCursor(cursor, idPattern("rdg")) : undefined;
    const rows = await listReadings(createDb(c.env.DB), c.get("principal").owner, {
      before,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit).map(toReadingResource);
    c.header("Cache-Control", "private, no-cache");
    c.header("Vary", "Authorization");
    return c.json(
      listPage(page, rows.length > limit, (r) => r.id),
      200,
    );
  });
}
