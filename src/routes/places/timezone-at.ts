import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { requireScope } from "../../middleware/auth.ts";
import { TIMEZONE_BOUNDARY_SOURCE, timezoneAt } from "../../places/timezone-at.ts";
import { IF_NONE_MATCH } from "../charts/http-cache.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
  problemResponse,
} from "../problem-schema.ts";
import { PUBLIC_DATA_HEADERS, sendPublicData } from "./http-cache.ts";
import { TimezoneAtSchema, TimezoneQuerySchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/timezone",
  operationId: "getTimezoneAt",
  tags: ["places"],
  summary: "The time zone at a point",
  description:
    "The IANA time zone at any latitude and longitude, from a compressed grid of the timezone-boundary-builder polygons (@photostructure/tz-lookup). At sea: the nautical zone `Etc/GMT±N`. " +
    "Near a border the grid can answer the neighbouring zone (about 1 inhabited point in 10 per the package's own tests, 1 in 20 with a different offset): for a town in the gazetteer prefer its `timezone` (or its `place_id`) from `GET /v1/places`.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: { query: TimezoneQuerySchema, headers: IF_NONE_MATCH },
  responses: {
    200: {
      description: "The zone.",
      headers: PUBLIC_DATA_HEADERS,
      content: { "application/json": { schema: TimezoneAtSchema } },
    },
    304: { description: "`If-None-Match` matched.", headers: PUBLIC_DATA_HEADERS },
    400: problemResponse(
      `\`latitude\` or \`longitude\` is missing or out of range, or a ${MALFORMED_QUERY_PARAMETER}.`,
    ),
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/places/timezone`. */
export function registerTimezoneAt(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, (c) => {
    const { latitude, longitude } = c.req.valid("query");
    return sendPublicData(c, {
      latitude,
      longitude,
      timezone: timezoneAt(latitude, longitude),
      source: TIMEZONE_BOUNDARY_SOURCE,
    });
  });
}
