import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { getChart } from "../../charts/get-chart.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, NOT_FOUND_RESPONSE } from "../problem-schema.ts";
import { ChartIdParamSchema, ChartSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getChart",
  tags: ["charts"],
  summary: "Read a stored chart",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { params: ChartIdParamSchema },
  responses: {
    200: { description: "The chart.", content: { "application/json": { schema: ChartSchema } } },
    ...NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/charts/{id}`. */
export function registerGetChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const chart = await getChart(createDb(c.env.DB), c.get("principal").owner, id);
    if (!chart) throw new ApiError("not_found", `No chart ${id} for this account.`);
    return c.json(chart, 200);
  });
}
