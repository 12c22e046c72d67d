import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { compareCharts, type SynastryRequest } from "../../charts/compare-charts.ts";
import { createDb } from "../../db/client.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  BODY_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  NOT_FOUND_RESPONSE,
  unprocessable,
} from "../problem-schema.ts";
import { chartReferenceProblem } from "./chart-reference-problem.ts";
import { NO_STORE } from "./http-cache.ts";
import { SynastryRequestSchema, SynastrySchema } from "./relations-schemas.ts";

const route = createRoute({
  method: "post",
  path: "/synastry",
  operationId: "computeSynastry",
  tags: ["charts"],
  summary: "Synastry of two charts: inter-chart aspects and house overlays",
  description:
    "Two charts, each a stored chart (`chart_id`, `partner_chart_id`) or an inline chart request (computed, not stored). " +
    "Aspects between every point of the first chart and every point of the second (bodies and nodes, and the ascendant and midheaven when the birth time is known) follow the single-chart rules: the same types, orbs (natal defaults, or `orbs`) and applying/separating from the two points' speeds. " +
    "House overlays place each chart's bodies in the other's houses, when the other's birth time is known. Both charts must use the same zodiac.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: SynastryRequestSchema } } },
  },
  responses: {
    200: {
      description: "The synastry.",
      content: { "application/json": { schema: SynastrySchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
    ...unprocessable(
      "An inline chart's date cannot be honoured, or the charts use different zodiacs (`zodiac_mismatch`).",
    ),
  },
});

/** `POST /v1/charts/synastry`. */
export function registerSynastry(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const deps = { db: createDb(c.env.DB), env: c.env };
    const request = c.req.valid("json") as SynastryRequest;
    const result = await compareCharts(deps, c.get("principal").owner, request).catch(
      (e: unknown) => {
        const partnerField = request.partner_chart ? "partner_chart.zodiac" : "partner_chart_id";
        throw chartReferenceProblem(e, "not_found", partnerField);
      },
    );
    c.header("Cache-Control", NO_STORE);
    return c.json(result, 200);
  });
}
