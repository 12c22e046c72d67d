import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { strongEtag } from "../../cache/etag.ts";
import { listCharts } from "../../charts/list-charts.ts";
import { createDb } from "../../db/client.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { listPage } from "../list.ts";
import {
  BODY_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
} from "../problem-schema.ts";
import { conditionalHeaders, IF_NONE_MATCH, sendConditional } from "./http-cache.ts";
import { ChartListQuerySchema, ChartListSchema } from "./schemas.ts";

const CHART_ID = idPattern("chr");

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "listCharts",
  tags: ["charts"],
  summary: "List your stored charts",
  description: "Newest first, paged with `limit` and `cursor`. Not cached: always the database.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { query: ChartListQuerySchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "One page of charts.",
      headers: conditionalHeaders(false),
      content: { "application/json": { schema: ChartListSchema } },
    },
    304: {
      description: "`If-None-Match` matched: the page you hold is current.",
      headers: conditionalHeaders(false),
    },
    400: {
      ...BODY_ERROR_RESPONSES[400],
      description: `An unknown query parameter, a ${MALFORMED_QUERY_PARAMETER}, a \`limit\` outside 1–100 or a malformed \`cursor\`; \`errors[].path\` names each.`,
    },
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/charts`. */
export function registerListCharts(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const afterId = cursor === undefined ? undefined : decodeCursor(cursor, CHART_ID);
    const { charts, hasMore } = await listCharts(createDb(c.env.DB), c.get("principal").owner, {
      limit,
      afterId,
    });
    const body = JSON.stringify(listPage(charts, hasMore, (chart) => chart.id));
    return sendConditional(c, { body, etag: await strongEtag(body) });
  });
}
