import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createChart } from "../../charts/create-chart.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { BODY_ERROR_RESPONSES, COMMON_ERROR_RESPONSES, unprocessable } from "../problem-schema.ts";
import { NO_STORE, NO_STORE_HEADERS } from "./http-cache.ts";
import { localTimeProblem } from "./local-time-problem.ts";
import { ChartRequestSchema, ChartSchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/",
  operationId: "createChart",
  tags: ["charts"],
  summary: "Compute a natal chart",
  description:
    "Computes a natal chart from local birth data and stores it (unless `store` is false). Positions are apparent geocentric, true equinox and ecliptic of date.\n\n" +
    "Posting an input equal to one of your stored charts (the same values, however written: key order, defaults explicit or omitted, `14:30` or `14:30:00`) returns that chart with `200` instead of storing another. " +
    "`X-Cache: hit` means nothing was computed for this request: the chart came from your stored chart or from the computed-chart cache.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:write")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: ChartRequestSchema } } },
  },
  responses: {
    201: {
      description: "The chart, stored now (`Location` names it).",
      headers: NO_STORE_HEADERS,
      content: { "application/json": { schema: ChartSchema } },
    },
    200: {
      description:
        "Your stored chart with an equal input (`Location` names it), or, with `store: false`, the chart computed and not stored (`id` null).",
      headers: NO_STORE_HEADERS,
      content: { "application/json": { schema: ChartSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
    ...unprocessable(
      "The date does not exist (`invalid_date`), the year is outside 1800–2100 (`year_out_of_range`), a DST time was rejected (`nonexistent_local_time`, `ambiguous_local_time`, with `candidates`), or `place_id` names no place (`unknown_place`).",
    ),
  },
});

/** `POST /v1/charts`. */
export function registerCreateChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const deps = { db: createDb(c.env.DB), env: c.env };
    const { chart, outcome, cacheHit } = await createChart(
      deps,
      c.get("principal").owner,
      c.req.valid("json"),
    ).catch((e) => {
      throw localTimeProblem(e);
    });
    c.header("Cache-Control", NO_STORE);
    c.header("X-Cache", cacheHit ? "hit" : "miss");
    if (chart.id !== null) c.header("Location", `/v1/charts/${chart.id}`);
    return outcome === "created" ? c.json(chart, 201) : c.json(chart, 200);
  });
}
