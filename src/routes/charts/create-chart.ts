import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createChart } from "../../charts/create-chart.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import { BODY_ERROR_RESPONSES, COMMON_ERROR_RESPONSES, unprocessable } from "../problem-schema.ts";
import { localTimeProblem } from "./local-time-problem.ts";
import { ChartRequestSchema, ChartSchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/",
  operationId: "createChart",
  tags: ["charts"],
  summary: "Compute a natal chart",
  description:
    "Computes a natal chart from local birth data and stores it (unless `store` is false). Positions are apparent geocentric, true equinox and ecliptic of date.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:write")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: ChartRequestSchema } } },
  },
  responses: {
    201: {
      description: "The chart (stored; `Location` names it).",
      content: { "application/json": { schema: ChartSchema } },
    },
    200: {
      description: "The chart, computed but not stored (`store: false`).",
      content: { "application/json": { schema: ChartSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
    ...unprocessable(
      "The date does not exist (`invalid_date`), the year is outside 1800–2100 (`year_out_of_range`), or a DST time was rejected (`nonexistent_local_time`, `ambiguous_local_time`, with `candidates`).",
    ),
  },
});

/** `POST /v1/charts`. */
export function registerCreateChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const chart = await createChart(createDb(c.env.DB), c.get("principal").owner, input).catch(
      (e) => {
        throw localTimeProblem(e);
      },
    );
    if (chart.id === null) return c.json(chart, 200);
    c.header("Location", `/v1/charts/${chart.id}`);
    return c.json(chart, 201);
  });
}
