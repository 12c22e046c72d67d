import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { accepts } from "hono/accepts";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { findReading } from "../../db/readings.ts";
import { ApiError } from "../../errors/api-error.ts";
import { POLL_AFTER_SECONDS } from "../../jobs/config.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { toReadingResource } from "../../readings/reading-resource.ts";
import {
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_RESPONSE,
  NOT_FOUND_RESPONSE,
  problemResponse,
} from "../problem-schema.ts";
import { ReadingIdParamSchema, ReadingSchema } from "./schemas.ts";

const READING_ID = idPattern("rdg");

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getReading",
  tags: ["readings"],
  summary: "Read a reading (JSON, or Markdown with Accept: text/markdown)",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:read")] as const,
  request: { params: ReadingIdParamSchema },
  responses: {
    200: {
      description:
        "The reading: `pending` (with `job_id`) until its job finishes, then `ready` or `failed`.",
      content: {
        "application/json": { schema: ReadingSchema },
        "text/markdown": { schema: z.string() },
      },
    },
    409: problemResponse(
      "Markdown was asked for but the reading is not ready (`reading_not_ready`).",
    ),
    ...NOT_FOUND_RESPONSE,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** A media range of `Accept`, as Hono's `accepts` hands it to `match`. */
type MediaRange = { type: string; q: number };

/**
 * The weight `Accept` gives `type` and the position of the range that gives it: the most specific
 * range that matches (`type`, then `main/*`, then the range of any type) has precedence (RFC 9110
 * §12.5.1). Weight 0 when none matches.
 */
function weightOf(ranges: readonly MediaRange[], type: string): { q: number; index: number } {
  const wildcard = `${type.split("/")[0]}/*`;
  let best = { specificity: 0, q: 0, index: Number.POSITIVE_INFINITY };
  ranges.forEach((range, index) => {
    const t = range.type.toLowerCase();
    const specificity = t === type ? 3 : t === wildcard ? 2 : t === "*/*" ? 1 : 0;
    if (specificity > best.specificity) best = { specificity, q: range.q, index };
  });
  return best;
}

/**
 * True when the client prefers Markdown: of JSON and Markdown the type `Accept` weighs more, an
 * equal weight going to the range listed first and then to JSON; `q=0` is "not acceptable". No
 * header, or one matching neither, is JSON. Parsing is Hono's `accepts`; the choice is ours,
 * because Hono's own never lets the range of any type stand for one.
 */
function wantsMarkdown(c: Context): boolean {
  const choice = accepts(c, {
    header: "Accept",
    supports: ["application/json", "text/markdown"],
    default: "application/json",
    match: (ranges) => {
      const md = weightOf(ranges, "text/markdown");
      const json = weightOf(ranges, "application/json");
      const markdown = md.q > 0 && (md.q > json.q || (md.q === json.q && md.index < json.index));
      return markdown ? "text/markdown" : "application/json";
    },
  });
  return choice === "text/markdown";
}

/** `GET /v1/readings/{id}`. */
export function registerGetReading(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const row = READING_ID.test(id)
      ? await findReading(createDb(c.env.DB), c.get("principal").owner, id)
      : undefined;
    if (!row) throw new ApiError("not_found", `No reading ${id} for this account.`);
    const reading = toReadingResource(row);
    c.header("Cache-Control", "private, no-cache");
    c.header("Vary", "Accept, Authorization");
    if (reading.status === "pending") c.header("Retry-After", String(POLL_AFTER_SECONDS));
    if (wantsMarkdown(c)) {
      if (reading.text === null) {
        throw new ApiError(
          "reading_not_ready",
          `The reading is ${reading.status}; its job is ${reading.job_id}.`,
          {
            // `status` is the problem's HTTP status (RFC 9457): the reading's goes by its own name.
            extensions: { job_id: reading.job_id, reading_status: reading.status },
          },
        );
      }
      return c.body(reading.text, 200, { "Content-Type": "text/markdown; charset=utf-8" });
    }
    return c.json(reading, 200);
  });
}
