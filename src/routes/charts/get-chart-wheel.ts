import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { getChartWheel } from "../../charts/get-chart-wheel.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { requireScope } from "../../middleware/auth.ts";
import { WHEEL_THEMES } from "../../wheel/themes.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
  NOT_FOUND_RESPONSE,
  problemResponse,
} from "../problem-schema.ts";
import { routedByChartId } from "./chart-id-route.ts";
import { conditionalHeaders, IF_NONE_MATCH, sendConditional } from "./http-cache.ts";
import { ChartIdParamSchema } from "./schemas.ts";

/**
 * The wheel's own CSP: it needs nothing at all (no scripts, styles, fonts or images to fetch), and
 * `sandbox` keeps it inert even when opened on its own.
 */
export const WHEEL_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** `image/svg+xml`, as RFC 6838 registers it, with the charset of the text. */
export const SVG_CONTENT_TYPE = "image/svg+xml; charset=utf-8";

const WheelQuerySchema = z
  .object({
    theme: z
      .enum(WHEEL_THEMES)
      .default("light")
      .openapi({
        param: { name: "theme", in: "query" },
        description: "Colours: `light` (dark ink on white, the default) or `dark`.",
        example: "dark",
      }),
  })
  .strict();

const route = createRoute({
  method: "get",
  path: "/{id}/wheel.svg",
  operationId: "getChartWheel",
  tags: ["charts"],
  summary: "Draw a stored chart as an SVG wheel",
  description:
    "The zodiac ring with sign glyphs and degree ticks, house cusps and numbers, the angles, every body with its degree, minute and ℞ (spread apart so no two overlap, with a leader line to its exact degree), and aspect lines coloured and dashed by type with a legend. " +
    "Self-contained: glyphs are SVG paths, there is nothing to fetch and no script; `<title>` and `<desc>` (through `aria-labelledby`) name the chart and list every placement and aspect in words. " +
    "Ascendant on the left; without a birth time 0° Aries is on the left and there are no houses. " +
    "The ETag is derived from the chart's ETag, the theme and the renderer version, and `X-Cache: hit` says this data centre's response cache answered (kept 60 s).",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { params: ChartIdParamSchema, query: WheelQuerySchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "The wheel, 600 × 600 CSS pixels by default (it scales: there is a viewBox).",
      headers: conditionalHeaders(true).extend({
        "Content-Security-Policy": z.literal(WHEEL_CSP),
      }),
      content: {
        "image/svg+xml": {
          schema: z.string().openapi({ description: "An SVG 1.1 document (UTF-8)." }),
        },
      },
    },
    304: {
      description: "`If-None-Match` matched: the copy you hold is current.",
      headers: conditionalHeaders(true),
    },
    400: problemResponse(
      `\`theme\` is not \`light\` or \`dark\`, an unknown query parameter, or a ${MALFORMED_QUERY_PARAMETER}; \`errors[].path\` names it.`,
    ),
    ...NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/charts/{id}/wheel.svg`. */
export function registerGetChartWheel(app: OpenAPIHono<AppEnv>) {
  app.openapi(routedByChartId(app, route), async (c) => {
    const { id } = c.req.valid("param");
    const { theme } = c.req.valid("query");
    const deps = { db: createDb(c.env.DB), env: c.env, origin: new URL(c.req.url).origin };
    const wheel = await getChartWheel(deps, c.get("principal").owner, id, theme);
    if (!wheel) throw new ApiError("not_found", `No chart ${id} for this account.`);
    c.header("Content-Security-Policy", WHEEL_CSP);
    return sendConditional(
      c,
      { ...wheel, contentType: SVG_CONTENT_TYPE },
      wheel.cacheHit ? "hit" : "miss",
    );
  });
}
