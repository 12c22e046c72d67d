import type { Env } from "../env.ts";

/**
 * Metrics as Workers Analytics Engine data points (binding `METRICS`). Every point names its
 * metric in `blob1` so all metrics share one dataset and a query filters on it, e.g.
 *
 * ```sql
 * SELECT blob2 AS layer, SUM(_sample_interval * double2) / SUM(_sample_interval * double1) AS hit_ratio
 * FROM orrery_metrics_production WHERE blob1 = 'cache' GROUP BY layer
 * ```
 */

/**
 * Where a cache lookup looked: `stored` the owner's stored chart with an equal input (D1, by
 * input hash), `kv` the computed-chart cache (KV `CACHE`), `edge` the per-data-centre response
 * cache of `GET /v1/charts/{id}` (Cache API).
 */
export type CacheLayer = "stored" | "kv" | "edge";

/** One data point, as given to `writeDataPoint`. */
export interface MetricPoint {
  indexes: string[];
  blobs: string[];
  doubles: number[];
}

const RECENT_LIMIT = 50;

/**
 * The last points written, newest last, kept only when `ENVIRONMENT` is `"test"` (always empty
 * elsewhere), so tests can read what the wrapper wrote without faking the binding.
 */
export const recentMetricPoints: MetricPoint[] = [];

type MetricsEnv = Pick<Env, "METRICS" | "ENVIRONMENT">;

/**
 * Counts one cache lookup.
 *
 * - index 1: `"cache"` (the sampling key)
 * - blob1: `"cache"`; blob2: the layer ({@link CacheLayer}); blob3: `"hit"` or `"miss"`
 * - double1: 1 (a lookup); double2: 1 for a hit, 0 for a miss
 */
export function recordCache(env: MetricsEnv, event: { layer: CacheLayer; hit: boolean }): void {
  write(env, {
    indexes: ["cache"],
    blobs: ["cache", event.layer, event.hit ? "hit" : "miss"],
    doubles: [1, event.hit ? 1 : 0],
  });
}

/** Writes a point; a metrics failure is logged and never fails the request. */
function write(env: MetricsEnv, point: MetricPoint): void {
  if (env.ENVIRONMENT === "test") {
    recentMetricPoints.push(point);
    if (recentMetricPoints.length > RECENT_LIMIT) recentMetricPoints.shift();
  }
  try {
    env.METRICS.writeDataPoint(point);
  } catch (error) {
    console.warn(
      JSON.stringify({
        level: "warn",
        message: "metrics write failed",
        metric: point.blobs[0],
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
