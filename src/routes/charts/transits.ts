import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { computeTransits, type TransitsRequest } from "../../charts/compute-transits.ts";
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
import { TransitsRequestSchema, TransitsSchema } from "./relations-schemas.ts";

const route = createRoute({
  method: "post",
  path: "/transits",
  operationId: "computeTransits",
  tags: ["charts"],
  summary: "Transits to a natal chart, at an instant or over a range",
  description:
    "The sky against a natal chart (a stored chart by `chart_id`, or an inline chart request, computed and not stored).\n\n" +
    "With `at`: the transiting bodies then (apparent geocentric, in the natal chart's zodiac) and their aspects to the natal bodies and, when the birth time is known, the ascendant and midheaven, with orb and applying/separating (the natal point held fixed).\n\n" +
    "With `from` and `to` (at most 366 days): every passage of a transiting body through an aspect's orb, with when it enters and leaves the orb and each perfection (`exact_at`, several when the body turns retrograde). Perfections are roots of the continuous difference of longitudes, bracketed on a per-body grid split at the body's stations and refined by Brent's method to half a second. The Moon takes part in ranges up to 31 days.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("charts:read")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: TransitsRequestSchema } } },
  },
  responses: {
    200: {
      description:
        "Instant answers carry `at`, `positions` and `aspects`; range answers `from`, `to` and `events`.",
      content: { "application/json": { schema: TransitsSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...NOT_FOUND_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
    ...unprocessable("An inline chart's date cannot be honoured (as for POST /v1/charts)."),
  },
});

/** `POST /v1/charts/transits`. */
export function registerTransits(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const deps = { db: createDb(c.env.DB), env: c.env };
    const result = await computeTransits(
      deps,
      c.get("principal").owner,
      c.req.valid("json") as TransitsRequest,
    ).catch((e: unknown) => {
      throw chartReferenceProblem(e, "not_found");
    });
    c.header("Cache-Control", NO_STORE);
    return c.json(result, 200);
  });
}
