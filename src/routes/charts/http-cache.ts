import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.ts";
import { ifNoneMatchMatches } from "../../cache/etag.ts";

/**
 * HTTP caching of owner data. Responses depend on who asks (`Vary: Authorization`), may be kept by
 * the client but must be revalidated (`private, no-cache`), and carry a strong ETag so the
 * revalidation is a bodiless 304. `Accept-Encoding` is added to `Vary` by the platform when it
 * compresses.
 */
export const OWNER_DATA_CACHE_CONTROL = "private, no-cache";

/** `Cache-Control` of responses nobody should keep (POST, DELETE). */
export const NO_STORE = "no-store";

/** Whether a cache layer answered: the `X-Cache` header. */
export type CacheStatus = "hit" | "miss";

const X_CACHE = z.enum(["hit", "miss"]).openapi({
  description: "`hit` when a cache answered (see the operation's description), else `miss`.",
});

/** OpenAPI headers of a conditional GET's 200 and 304. */
export function conditionalHeaders(withXCache: boolean) {
  return z.object({
    ETag: z.string().openapi({
      description: "Strong entity tag (hash of the body). Send it back in `If-None-Match`.",
      example: '"3b4c…"',
    }),
    "Cache-Control": z.literal(OWNER_DATA_CACHE_CONTROL),
    Vary: z.string().openapi({ example: "Authorization" }),
    ...(withXCache ? { "X-Cache": X_CACHE } : {}),
  });
}

/** OpenAPI headers of responses with `X-Cache` and `Cache-Control: no-store`. */
export const NO_STORE_HEADERS = z.object({
  "Cache-Control": z.literal(NO_STORE),
  "X-Cache": X_CACHE,
});

/** The If-None-Match request header, as documented on conditional GETs. */
export const IF_NONE_MATCH = z.object({
  "if-none-match": z
    .string()
    .optional()
    .openapi({
      param: { in: "header" },
      description: "ETags from earlier responses, or `*`: answered 304 without a body on a match.",
    }),
});

/**
 * Answers a GET of owner data: 304 with no body when `If-None-Match` matches `etag`, else 200
 * with `body` (JSON unless `contentType` says otherwise; text, or cached bytes passed through as
 * they are, which a 304 cancels unread). Both carry the validator and caching headers, as
 * RFC 9110 §15.4.5 asks of a 304.
 */
export async function sendConditional(
  c: Context<AppEnv>,
  document: { body: string | ReadableStream<Uint8Array>; etag: string; contentType?: string },
  cacheStatus?: CacheStatus,
): Promise<Response> {
  c.header("ETag", document.etag);
  c.header("Cache-Control", OWNER_DATA_CACHE_CONTROL);
  c.header("Vary", "Authorization", { append: true });
  if (cacheStatus) c.header("X-Cache", cacheStatus);
  if (ifNoneMatchMatches(c.req.header("If-None-Match"), document.etag)) {
    if (typeof document.body !== "string") await document.body.cancel();
    return c.body(null, 304);
  }
  return c.body(document.body, 200, {
    "Content-Type": document.contentType ?? "application/json",
  });
}
