import type { Env } from "../env.ts";
import { recordCache } from "../observability/metrics.ts";
import { timeSpan } from "../observability/timing.ts";
import { logCacheFailure } from "./log.ts";

/**
 * The response cache of `GET /v1/charts/{id}` and its other representations (the wheel): the
 * serialized chart and its ETag in the Cache API (`caches.default`), keyed by owner, id and variant. A stored chart never changes, so an entry is only
 * ever wrong after the chart is erased.
 *
 * The Cache API is per data centre: `delete` purges the data centre it runs in only, so after an
 * erasure another data centre may answer its cached copy, to the same owner only, until the entry
 * expires. {@link EDGE_TTL_SECONDS} bounds that. It is a no-op on workers.dev and in previews:
 * every read there is a miss and D1 answers.
 */

/** How long a data centre keeps a chart response: the most an erased chart can outlive its 204. */
export const EDGE_TTL_SECONDS = 60;

/** A response body to cache and its entity tag. */
export interface CachedBody {
  body: string;
  etag: string;
}

/**
 * A cache hit: the entry's tag, and its body as the stored bytes, not yet read. Serving the
 * stream passes the bytes through without decoding them to a string and encoding them again, and
 * a revalidation that matches the tag (304) never reads them: cancel the stream instead.
 */
export interface EdgeHit {
  body: ReadableStream<Uint8Array>;
  etag: string;
}

/** Where the entries of one owner's chart live: `origin` is the request's (Cloudflare advises the Worker's own host). */
export interface EdgeKey {
  origin: string;
  owner: string;
  id: string;
  /** Another representation of the chart (e.g. `wheel-dark.svg`); absent for the JSON. */
  variant?: string;
}

function cacheRequest({ origin, owner, id, variant }: EdgeKey): Request {
  const path = `${origin}/__cache/v1/charts/${encodeURIComponent(owner)}/${id}`;
  return new Request(variant ? `${path}/${variant}` : path);
}

/**
 * The cached entry ({@link EdgeHit}, body unread), or undefined on a miss or a failed lookup
 * (logged). Counted as layer `edge`.
 */
export async function readEdgeChart(
  env: Pick<Env, "METRICS" | "ENVIRONMENT">,
  key: EdgeKey,
): Promise<EdgeHit | undefined> {
  let cached: EdgeHit | undefined;
  try {
    const res = await timeSpan("cache", "edge.match", () =>
      caches.default.match(cacheRequest(key)),
    );
    const etag = res?.headers.get("ETag");
    if (res?.body && etag) cached = { body: res.body, etag };
    else await res?.body?.cancel();
  } catch (error) {
    logCacheFailure("cache.match", error, { id: key.id });
  }
  recordCache(env, { layer: "edge", hit: cached !== undefined });
  return cached;
}

/**
 * Caches a body in this data centre. Awaited by the caller rather than left to `waitUntil`, so an
 * erasure that follows the response cannot run before the entry exists. Failures are logged.
 */
export async function writeEdgeChart(key: EdgeKey, cached: CachedBody): Promise<void> {
  try {
    await caches.default.put(
      cacheRequest(key),
      new Response(cached.body, {
        headers: {
          "Content-Type": "application/json",
          ETag: cached.etag,
          "Cache-Control": `max-age=${EDGE_TTL_SECONDS}`,
        },
      }),
    );
  } catch (error) {
    logCacheFailure("cache.put", error, { id: key.id });
  }
}

/**
 * Deletes the entry in this data centre (the only one `cache.delete` reaches; elsewhere it expires
 * within {@link EDGE_TTL_SECONDS}). A failure is logged: the entry expires just the same.
 */
export async function deleteEdgeChart(key: EdgeKey): Promise<void> {
  try {
    await caches.default.delete(cacheRequest(key));
  } catch (error) {
    logCacheFailure("cache.delete", error, { id: key.id });
  }
}
