import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { ifNoneMatchMatches } from "../../cache/etag.ts";
import { findChartSensitivity } from "../../charts/chart-sensitivity.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
  NOT_FOUND_RESPONSE,
  problemResponse,
} from "../problem-schema.ts";
import { routedByChartId } from "./chart-id-route.ts";
import { conditionalHeaders, IF_NONE_MATCH, sendConditional } from "./http-cache.ts";
import { ChartIdParamSchema } from "./schemas.ts";
import { SensitivityQuerySchema, SensitivitySchema } from "./sensitivity-schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}/sensitivity",
  operationId: "getChartSensitivity",
  tags: ["charts"],
  summary: "Birth-time sensitivity of a stored chart",
  description:
    "For each angle's and cusp's sign and each body's sign and house: the range of birth times within ±`window_minutes` of the stated birth instant that keep it, and every instant at which it changes, to the second. " +
    "Changes are found by root finding on the continuous quantity (the longitude less the sign boundary, the body less the cusp), not by sampling minute by minute; see docs/ARCHITECTURE.md. " +
    "The ETag depends on the chart, the window and the engine version only, so a revalidation is answered without computing.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { params: ChartIdParamSchema, query: SensitivityQuerySchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "The chart's birth-time sensitivity.",
      headers: conditionalHeaders(false),
      content: { "application/json": { schema: SensitivitySchema } },
    },
    304: {
      description: "`If-None-Match` matched: the copy you hold is current.",
      headers: conditionalHeaders(false),
    },
    400: problemResponse(
      `\`window_minutes\` is not a whole number from 1 to 720, an unknown query parameter, or a ${MALFORMED_QUERY_PARAMETER}.`,
    ),
    ...NOT_FOUND_RESPONSE,
    409: problemResponse(
      "The chart was stored with `time_known: false` (`birth_time_unknown`, path `time_known`): it has no angles or houses to time.",
    ),
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/charts/{id}/sensitivity`. */
export function registerGetChartSensitivity(app: OpenAPIHono<AppEnv>) {
  app.openapi(routedByChartId(app, route), async (c) => {
    const { id } = c.req.valid("param");
    const { window_minutes } = c.req.valid("query");
    const owner = c.get("principal").owner;
    const document = await findChartSensitivity(createDb(c.env.DB), owner, id, window_minutes);
    if (!document) throw new ApiError("not_found", `No chart ${id} for this account.`);
    // A match needs no body: the sensitivity is computed only for a 200.
    const fresh = ifNoneMatchMatches(c.req.header("If-None-Match"), document.etag);
    return sendConditional(c, { etag: document.etag, body: fresh ? "" : document.render() });
  });
}
