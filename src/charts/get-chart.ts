import { readEdgeChart, writeEdgeChart } from "../cache/edge-cache.ts";
import { strongEtag } from "../cache/etag.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import type { Env } from "../env.ts";
import { CHART_ID, toChartResource } from "./chart-resource.ts";

/** A stored chart serialized for `GET /v1/charts/{id}`, with its ETag. */
export interface ChartDocument {
  /**
   * The JSON: text when D1 or this isolate's copy answered; the cached bytes, unread, when the
   * Cache API did (serve them as they are, or cancel the stream; {@link chartText} reads either).
   */
  body: string | ReadableStream<Uint8Array>;
  etag: string;
  /** True when the body came from this data centre's response cache rather than D1. */
  cacheHit: boolean;
}

/** A chart document's JSON as text, reading the cached bytes when that is what it holds. */
export async function chartText(document: ChartDocument): Promise<string> {
  return typeof document.body === "string" ? document.body : new Response(document.body).text();
}

/**
 * Reads a stored chart of `owner` as JSON with a strong ETag: from the response cache (this
 * isolate's copy, else this data centre's Cache API entry), else from D1 (then cached). Returns
 * undefined for a malformed id, a missing chart or another owner's chart alike, so callers answer
 * 404 and ids do not leak.
 */
export async function getChartDocument(
  deps: { db: Db; env: Pick<Env, "METRICS" | "ENVIRONMENT">; origin: string },
  owner: string,
  id: string,
): Promise<ChartDocument | undefined> {
  if (!CHART_ID.test(id)) return undefined;
  const key = { origin: deps.origin, owner, id };
  const cached = await readEdgeChart(deps.env, key);
  if (cached) return { ...cached, cacheHit: true };

  const row = await findChart(deps.db, owner, id);
  if (!row) return undefined;
  const body = JSON.stringify(toChartResource(row));
  const document = { body, etag: await strongEtag(body) };
  await writeEdgeChart(key, document);
  return { ...document, cacheHit: false };
}
