import { computeChart } from "../astro/chart.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { type ChartCacheEnv, readCachedChart, writeCachedChart } from "../cache/chart-cache.ts";
import { findChartByInputHash, insertChartOnce } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { newId } from "../lib/ids.ts";
import { recordCache } from "../observability/metrics.ts";
import {
  type ChartRequestInput,
  type ChartResource,
  chartInputHash,
  normalizeChartInput,
  toChartRequest,
} from "./chart-input.ts";
import { toChartResource } from "./chart-resource.ts";

/** What creating a chart did. */
export interface CreatedChart {
  chart: ChartResource;
  /**
   * `created`: stored as a new chart; `existing`: the owner already had a chart with an equal
   * input and gets it back; `unstored`: computed with `store: false`.
   */
  outcome: "created" | "existing" | "unstored";
  /** True when nothing was computed: the chart came from the owner's stored chart or from KV. */
  cacheHit: boolean;
}

/**
 * Computes a chart for `owner`, or takes it from a cache, and stores it unless `store` is false.
 *
 * In order: the owner's stored chart with an equal input (D1, by input hash); the computed-chart
 * cache (KV); the engine. `store: false` skips the first and writes nothing anywhere, though it
 * may read KV.
 * @throws {LocalTimeError} when the local time cannot be honoured (see computeChart).
 * @throws {UnknownPlaceError} when `place_id` names no place of the gazetteer.
 */
export async function createChart(
  deps: { db: Db; env: ChartCacheEnv },
  owner: string,
  request: ChartRequestInput,
): Promise<CreatedChart> {
  const input = normalizeChartInput(request);
  const inputHash = await chartInputHash(input);

  if (input.store) {
    const existing = await findChartByInputHash(deps.db, owner, inputHash);
    recordCache(deps.env, { layer: "stored", hit: existing !== undefined });
    if (existing) return { chart: toChartResource(existing), outcome: "existing", cacheHit: true };
  }

  const cached = await readCachedChart(deps.env, inputHash);
  const chart = cached ?? computeChart(toChartRequest(input));
  if (!input.store) {
    return {
      chart: { id: null, created_at: null, input, ...chart },
      outcome: "unstored",
      cacheHit: cached !== undefined,
    };
  }
  // Awaited, not left to waitUntil: an erasure right after the response must find the entry.
  // And awaited before the insert, not alongside it: an erasure finds the entry through the row
  // (src/charts/erase-chart.ts), so once the row exists the entry must too, or an erasure running
  // between the two writes would delete nothing and leave the birth data cached.
  if (!cached) await writeCachedChart(deps.env, inputHash, chart);

  const id = newId("chr");
  const row = await insertChartOnce(deps.db, {
    id,
    owner,
    input,
    chart,
    engineVersion: ENGINE_VERSION,
    inputHash,
    createdAt: Date.now(),
  });
  return {
    chart: toChartResource(row),
    // Another equal request may have won the insert: then its chart is the owner's.
    outcome: row.id === id ? "created" : "existing",
    cacheHit: cached !== undefined,
  };
}
