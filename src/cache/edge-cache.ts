import { LRUCache } from "lru-cache";
import type { Env } from "../env.ts";
import { recordCache } from "../observability/metrics.ts";
import { timeSpan } from "../observability/timing.ts";
import { logCacheFailure } from "./log.ts";

/**
 * The response cache of `GET /v1/charts/{id}` and its other representations (the wheel): the
 * serialized chart and its ETag in the Cache API (`caches.default`), keyed by owner, id and variant,
 * with this isolate's own copy of what it wrote or read lately in front of it. A stored chart never
 * changes, so an entry is only ever wrong after the chart is erased.
 *
 * The Cache API is per data centre: `delete` purges the data centre it runs in only, so after an
 * erasure another data centre may answer its cached copy, to the same owner only, until the entry
 * expires. {@link EDGE_TTL_SECONDS} bounds that. The isolate's copy is purged by an erasure in the
 * same isolate; another isolate keeps its copy for at most {@link ISOLATE_TTL_MS}, and never past
 * the Cache API entry it came from. The Cache API is a no-op on workers.dev and in previews: every
 * read there is a miss and D1 answers (the isolate's copy still serves repeats).
 */

/** How long a data centre keeps a chart response: the most an erased chart can outlive its 204. */
export const EDGE_TTL_SECONDS = 60;

/**
 * How long an isolate keeps a response it wrote or read, ms: the most an erased chart can outlive
 * its 204 in the erasing data centre's other isolates. A repeat read within it costs no I/O.
 */
export const ISOLATE_TTL_MS = 10_000;

/** Body bytes an isolate keeps (UTF-16, 2 per code unit), of the 128 MB an isolate may use. */
export const ISOLATE_MAX_BYTES = 8 * 1024 * 1024;

/** A response body to cache and its entity tag. */
export interface CachedBody {
  body: string;
  etag: string;
}

/**
 * A cache hit: the entry's tag, and its body: text from this isolate's copy, or the Cache API's
 * stored bytes, not yet read. Serving the stream passes the bytes through without decoding them to
 * a string and encoding them again, and a revalidation that matches the tag (304) never reads
 * them: cancel the stream instead.
 */
export interface EdgeHit {
  body: string | ReadableStream<Uint8Array>;
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

function cacheUrl({ origin, owner, id, variant }: EdgeKey): string {
  const path = `${origin}/__cache/v1/charts/${encodeURIComponent(owner)}/${id}`;
  return variant ? `${path}/${variant}` : path;
}

/**
 * This isolate's copies, by cache URL. `ttlResolution: 0` reads the clock on every check: the
 * default caches it behind a timer, which a Worker cancels when the request that set it ends.
 */
const held = new LRUCache<string, CachedBody>({
  maxSize: ISOLATE_MAX_BYTES,
  sizeCalculation: (entry) => 2 * (entry.body.length + entry.etag.length),
  ttl: ISOLATE_TTL_MS,
  ttlResolution: 0,
});

/** Keeps a copy for {@link ISOLATE_TTL_MS}, or until `expiresAt` (epoch ms) when that is sooner. */
function hold(url: string, entry: CachedBody, expiresAt: number): void {
  const ttl = Math.min(ISOLATE_TTL_MS, expiresAt - Date.now());
  if (ttl >= 1) held.set(url, entry, { ttl });
}

/**
 * The cached entry ({@link EdgeHit}), or undefined on a miss or a failed lookup (logged): this
 * isolate's copy (counted as layer `isolate`, a hit), else the Cache API's entry (layer `edge`).
 * An entry found in the Cache API is read and kept in the isolate, up to the entry's own expiry
 * (its `Expires`); one without `Expires` is served unread and not kept.
 */
export async function readEdgeChart(
  env: Pick<Env, "METRICS" | "ENVIRONMENT">,
  key: EdgeKey,
): Promise<EdgeHit | undefined> {
  const url = cacheUrl(key);
  const copy = held.get(url);
  if (copy) {
    recordCache(env, { layer: "isolate", hit: true });
    return { ...copy };
  }
  let cached: EdgeHit | undefined;
  try {
    const res = await timeSpan("cache", "edge.match", () => caches.default.match(new Request(url)));
    const etag = res?.headers.get("ETag");
    const expiresAt = Date.parse(res?.headers.get("Expires") ?? "");
    if (res?.body && etag && expiresAt > Date.now()) {
      const copy = { body: await res.text(), etag };
      hold(url, copy, expiresAt);
      cached = copy;
    } else if (res?.body && etag) cached = { body: res.body, etag };
    else await res?.body?.cancel();
  } catch (error) {
    logCacheFailure("cache.match", error, { id: key.id });
  }
  recordCache(env, { layer: "edge", hit: cached !== undefined });
  return cached;
}

/**
 * Caches a body in this isolate and in this data centre. Awaited by the caller rather than left to
 * `waitUntil`, so an erasure that follows the response cannot run before the entry exists.
 * Failures are logged.
 */
export async function writeEdgeChart(key: EdgeKey, cached: CachedBody): Promise<void> {
  const url = cacheUrl(key);
  const expiresAt = Date.now() + EDGE_TTL_SECONDS * 1000;
  hold(url, cached, expiresAt);
  try {
    await caches.default.put(
      new Request(url),
      new Response(cached.body, {
        headers: {
          "Content-Type": "application/json",
          ETag: cached.etag,
          "Cache-Control": `max-age=${EDGE_TTL_SECONDS}`,
          Expires: new Date(expiresAt).toUTCString(),
        },
      }),
    );
  } catch (error) {
    logCacheFailure("cache.put", error, { id: key.id });
  }
}

/**
 * Deletes the entry in this isolate and in this data centre (the only one `cache.delete` reaches;
 * elsewhere it expires within {@link EDGE_TTL_SECONDS}, in this data centre's other isolates within
 * {@link ISOLATE_TTL_MS}). A failure is logged: the entry expires just the same.
 */
export async function deleteEdgeChart(key: EdgeKey): Promise<void> {
  const url = cacheUrl(key);
  held.delete(url);
  try {
    await caches.default.delete(new Request(url));
  } catch (error) {
    logCacheFailure("cache.delete", error, { id: key.id });
  }
}

/** Forgets every copy this isolate holds. For tests, to read as another isolate of the data centre would. */
export function forgetIsolateCopies(): void {
  held.clear();
}
