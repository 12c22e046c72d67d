import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.ts";
import { ifNoneMatchMatches, strongEtag } from "../../cache/etag.ts";

/**
 * Gazetteer and time-zone answers are the same for every key and change only with a deploy, so
 * any cache may keep them for a day (`public` lets shared caches store a response to a request
 * with `Authorization`, RFC 9111 §3.5); the strong ETag makes revalidation a bodiless 304.
 */
export const PUBLIC_DATA_CACHE_CONTROL = "public, max-age=86400";

/** OpenAPI headers of the 200 and 304 of a public-data GET. */
export const PUBLIC_DATA_HEADERS = z.object({
  ETag: z.string().openapi({
    description: "Strong entity tag (hash of the body). Send it back in `If-None-Match`.",
    example: '"3b4c…"',
  }),
  "Cache-Control": z.literal(PUBLIC_DATA_CACHE_CONTROL),
});

/** Answers a GET of public data: 304 when `If-None-Match` matches, else 200 with the JSON. */
export async function sendPublicData(c: Context<AppEnv>, value: unknown): Promise<Response> {
  const body = JSON.stringify(value);
  const etag = await strongEtag(body);
  c.header("ETag", etag);
  c.header("Cache-Control", PUBLIC_DATA_CACHE_CONTROL);
  if (ifNoneMatchMatches(c.req.header("If-None-Match"), etag)) return c.body(null, 304);
  return c.body(body, 200, { "Content-Type": "application/json" });
}
