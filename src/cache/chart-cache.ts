import type { ChartData } from "../astro/chart.ts";
import { TZDB_VERSION } from "../astro/time/zones.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { wrapKv } from "../bindings/faulty.ts";
import type { Env } from "../env.ts";
import { recordCache } from "../observability/metrics.ts";
import { timeKv } from "../observability/timing.ts";
import { logCacheFailure } from "./log.ts";

/**
 * The computed-chart cache in KV `CACHE`: chart computation is deterministic, so a chart is
 * cached by the hash of its canonical input, shared by every owner (the entry holds the computed
 * chart only, never an id or an owner).
 */

/** How long a computed chart stays in KV: 30 days. */
export const CHART_CACHE_TTL_SECONDS = 30 * 24 * 60 * 60;

/** The bindings the cache uses. */
export type ChartCacheEnv = Pick<Env, "CACHE" | "METRICS" | "ENVIRONMENT">;

/**
 * `chart:<engine version>:<tz version>:<input hash>`. The versions make a new engine or new tz
 * data miss rather than serve old math; the hash covers them as well (see chartInputHash).
 */
export function chartCacheKey(
  inputHash: string,
  engineVersion: string = ENGINE_VERSION,
  tzdbVersion: string = TZDB_VERSION,
): string {
  return `chart:${engineVersion}:${tzdbVersion}:${inputHash}`;
}

/**
 * The cached chart for an input hash, or undefined on a miss. A failed or unreadable read is
 * logged and treated as a miss, so the caller computes. Counted as layer `kv`.
 */
export async function readCachedChart(
  env: ChartCacheEnv,
  inputHash: string,
): Promise<ChartData | undefined> {
  const key = chartCacheKey(inputHash);
  let chart: ChartData | undefined;
  try {
    const text = await cacheKv(env).get(key, "text");
    if (text !== null) chart = parseChart(text);
  } catch (error) {
    logCacheFailure("kv.get", error, { key });
  }
  recordCache(env, { layer: "kv", hit: chart !== undefined });
  return chart;
}

/** Stores a computed chart. A failed write is logged and otherwise ignored. */
export async function writeCachedChart(
  env: ChartCacheEnv,
  inputHash: string,
  chart: ChartData,
): Promise<void> {
  const key = chartCacheKey(inputHash);
  try {
    await cacheKv(env).put(key, JSON.stringify(chart), {
      expirationTtl: CHART_CACHE_TTL_SECONDS,
    });
  } catch (error) {
    logCacheFailure("kv.put", error, { key });
  }
}

/** KV refused to delete a cached chart: the erasure stopped there and can be sent again. */
export class CacheUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `The chart cache is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = "CacheUnavailableError";
  }
}

/**
 * Deletes a cached chart. Unlike reads and writes this throws on failure: erasure must not report
 * success while the personal data is still cached.
 *
 * @throws {CacheUnavailableError} when KV fails the delete.
 */
export async function deleteCachedChart(env: Pick<Env, "CACHE">, key: string): Promise<void> {
  try {
    await cacheKv(env).delete(key);
  } catch (error) {
    throw new CacheUnavailableError(error);
  }
}

/** The `CACHE` binding, through the test fault switch (the binding itself unless a test armed it). */
function cacheKv(env: Pick<Env, "CACHE">): KVNamespace {
  return timeKv(wrapKv(env.CACHE, "CACHE"));
}

/** A cached entry, or undefined when it is not one this engine wrote (then it is recomputed). */
function parseChart(text: string): ChartData | undefined {
  const value = JSON.parse(text) as Partial<ChartData> | null;
  if (value?.provenance?.engine_version !== ENGINE_VERSION || !Array.isArray(value.bodies)) {
    return undefined;
  }
  return value as ChartData;
}
