import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { getChartDocument } from "../../charts/get-chart.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_RESPONSE,
  NOT_FOUND_RESPONSE,
} from "../problem-schema.ts";
import { routedByChartId } from "./chart-id-route.ts";
import { conditionalHeaders, IF_NONE_MATCH, sendConditional } from "./http-cache.ts";
import { ChartIdParamSchema, ChartSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getChart",
  tags: ["charts"],
  summary: "Read a stored chart",
  description:
    "`X-Cache: hit` when this data centre's response cache answered (kept 60 s), `miss` when the database did.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { params: ChartIdParamSchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "The chart.",
      headers: conditionalHeaders(true),
      content: { "application/json": { schema: ChartSchema } },
    },
    304: {
      description: "`If-None-Match` matched: the copy you hold is current.",
      headers: conditionalHeaders(true),
    },
    ...NOT_FOUND_RESPONSE,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/charts/{id}`. */
export function registerGetChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(routedByChartId(app, route), async (c) => {
    const { id } = c.req.valid("param");
    const deps = { db: createDb(c.env.DB), env: c.env, origin: new URL(c.req.url).origin };
    const document = await getChartDocument(deps, c.get("principal").owner, id);
    if (!document) throw new ApiError("not_found", `No chart ${id} for this account.`);
    return sendConditional(c, document, document.cacheHit ? "hit" : "miss");
  });
}
