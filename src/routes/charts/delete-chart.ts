import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { eraseChart } from "../../charts/erase-chart.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, NOT_FOUND_RESPONSE } from "../problem-schema.ts";
import { NO_STORE } from "./http-cache.ts";
import { ChartIdParamSchema } from "./schemas.ts";

const route = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteChart",
  tags: ["charts"],
  summary: "Erase a stored chart",
  description:
    "Erases the chart and every cached copy of it. A chart is personal data: after the `204` it is gone from the database and the computed-chart cache at once, and from this data centre's response cache; other data centres drop their cached copy (which only your keys can read) within 60 s.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:write")] as const,
  request: { params: ChartIdParamSchema },
  responses: {
    204: { description: "Erased." },
    ...NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `DELETE /v1/charts/{id}`. */
export function registerDeleteChart(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const deps = { db: createDb(c.env.DB), env: c.env, origin: new URL(c.req.url).origin };
    if (!(await eraseChart(deps, c.get("principal").owner, id))) {
      throw new ApiError("not_found", `No chart ${id} for this account.`);
    }
    c.header("Cache-Control", NO_STORE);
    return c.body(null, 204);
  });
}
