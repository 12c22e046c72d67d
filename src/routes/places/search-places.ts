import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { requireScope } from "../../middleware/auth.ts";
import { searchPlaces } from "../../places/gazetteer.ts";
import { GAZETTEER_SOURCE } from "../../places/places.generated.ts";
import { IF_NONE_MATCH } from "../charts/http-cache.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
  problemResponse,
} from "../problem-schema.ts";
import { PUBLIC_DATA_HEADERS, sendPublicData } from "./http-cache.ts";
import { PlaceListSchema, PlaceSearchQuerySchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "searchPlaces",
  tags: ["places"],
  summary: "Search the gazetteer",
  description:
    "Places whose name starts with `q` (case, accents and punctuation ignored), from a bundled GeoNames gazetteer: every populated place of 15,000 people or more and every capital, about 24,000 (GeoNames, CC BY 4.0). Places of 300,000 or more also match on their Latin-script alternate names (`cologne` finds Köln). " +
    "Ranked: own name equal to `q`, alternate name equal to `q`, own name starting with `q`, alternate name starting with `q`; within each, by population. Each place carries its IANA time zone; give its `id` as a chart's `place_id`.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { query: PlaceSearchQuerySchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "The places, best first (possibly none).",
      headers: PUBLIC_DATA_HEADERS,
      content: { "application/json": { schema: PlaceListSchema } },
    },
    304: { description: "`If-None-Match` matched.", headers: PUBLIC_DATA_HEADERS },
    400: problemResponse(
      `\`q\`, \`country\` or \`limit\` is invalid, or a ${MALFORMED_QUERY_PARAMETER}; \`errors[].path\` names it.`,
    ),
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/places`. */
export function registerSearchPlaces(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, (c) => {
    const query = c.req.valid("query");
    return sendPublicData(c, { data: searchPlaces(query), source: GAZETTEER_SOURCE });
  });
}
