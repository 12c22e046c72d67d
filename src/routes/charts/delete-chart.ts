import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { CacheUnavailableError } from "../../cache/chart-cache.ts";
import { eraseChart } from "../../charts/erase-chart.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_RESPONSE,
  NOT_FOUND_RESPONSE,
  problemResponse,
} from "../problem-schema.ts";
import { routedByChartId } from "./chart-id-route.ts";
import { NO_STORE } from "./http-cache.ts";
import { ChartIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteChart",
  tags: ["charts"],
  summary: "Erase a stored chart",
  description:
    "Erases the chart and every cached copy of it. A chart is personal data: after the `204` it is gone from the database and the computed-chart cache at once, and from this data centre's response cache; other data centres drop their cached copy (which only your keys can read) within 60 s, and other Workers instances in this data centre their in-memory copy within 10 s.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:write")] as const,
  request: { params: ChartIdParamSchema },
  responses: {
    204: { description: "Erased." },
    ...NOT_FOUND_RESPONSE,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
    503: problemResponse(
      "The chart cache or the database is unavailable (`cache_unavailable`, `database_unavailable`, with `Retry-After`): the chart is not erased yet; send the request again.",
    ),
  },
});

/** Seconds to wait before sending an erasure again after `cache_unavailable`. */
const CACHE_RETRY_AFTER_SECONDS = 5;

/** `DELETE /v1/charts/{id}`. */
export function registerDeleteChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(routedByChartId(app, route), async (c) => {
    const { id } = c.req.valid("param");
    const deps = { db: createDb(c.env.DB), env: c.env, origin: new URL(c.req.url).origin };
    const erased = await eraseChart(deps, c.get("principal").owner, id).catch((e: unknown) => {
      if (e instanceof CacheUnavailableError) {
        throw new ApiError(
          "cache_unavailable",
          "The chart cache could not be cleared, so the chart was not erased; try again shortly.",
          { headers: { "Retry-After": String(CACHE_RETRY_AFTER_SECONDS) } },
        );
      }
      throw e;
    });
    if (!erased) {
      throw new ApiError("not_found", `No chart ${id} for this account.`);
    }
    c.header("Cache-Control", NO_STORE);
    return c.body(null, 204);
  });
}
