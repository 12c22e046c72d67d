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
 * cache of `GET /v1/charts/{id}` (Cache API), `isolate` this isolate's copy in front of it (hits
 * only: a miss there goes on to `edge`, which counts it).
 */
export type CacheLayer = "stored" | "kv" | "edge" | "isolate";

/** One data point, as given to `writeDataPoint`. */
export interface MetricPoint {
  indexes: string[];
  blobs: string[];
  doubles: number[];
}

const RECENT_LIMIT = 200;

/**
 * The last points written, newest last, kept only when `ENVIRONMENT` is `"test"` (always empty
 * elsewhere), so tests can read what the wrapper wrote without faking the binding.
 */
export const recentMetricPoints: MetricPoint[] = [];

export type MetricsEnv = Pick<Env, "METRICS" | "ENVIRONMENT">;

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

/** One HTTP request, as the request middleware saw it. */
export interface RequestMetric {
  /** The route pattern (`/v1/charts/:id`), never the raw path: ids would explode cardinality. */
  route: string;
  method: string;
  status: number;
  durationMs: number;
  /** The Cloudflare data centre (`request.cf.colo`), `unknown` outside Cloudflare. */
  colo: string;
  version: string;
}

/**
 * Counts one request.
 *
 * - index 1: the route pattern (the sampling key: a busy route is sampled apart from a quiet one)
 * - blob1: `"request"`; blob2: route; blob3: method; blob4: status (`"200"`); blob5: status class
 *   (`"2xx"`); blob6: colo; blob7: version id
 * - double1: 1; double2: duration ms; double3: 1 for a 5xx else 0; double4: status
 */
export function recordRequest(env: MetricsEnv, m: RequestMetric): void {
  write(env, {
    indexes: [m.route],
    blobs: [
      "request",
      m.route,
      m.method,
      String(m.status),
      `${Math.floor(m.status / 100)}xx`,
      m.colo,
      m.version,
    ],
    doubles: [1, m.durationMs, m.status >= 500 ? 1 : 0, m.status],
  });
}

/** How a job message ended. */
export type JobOutcome = "succeeded" | "retried" | "failed" | "skipped" | "dead_lettered";

/** One job message handled by a consumer. */
export interface JobMetric {
  type: string;
  outcome: JobOutcome;
  attempts: number;
  queueWaitMs: number;
  runMs: number;
}

/**
 * Counts one job message.
 *
 * - index 1: `"job"`
 * - blob1: `"job"`; blob2: job type (`reading.natal`); blob3: outcome ({@link JobOutcome})
 * - double1: 1; double2: attempts; double3: queue wait ms; double4: run ms; double5: 1 when
 *   the outcome is `failed` or `dead_lettered` else 0
 */
export function recordJob(env: MetricsEnv, m: JobMetric): void {
  const failed = m.outcome === "failed" || m.outcome === "dead_lettered";
  write(env, {
    indexes: ["job"],
    blobs: ["job", m.type, m.outcome],
    doubles: [1, m.attempts, m.queueWaitMs, m.runMs, failed ? 1 : 0],
  });
}

/**
 * Counts one rate-limit decision.
 *
 * - index 1: `"rate_limit"`
 * - blob1: `"rate_limit"`; blob2: policy name (`default`, `key`, `anonymous`); blob3:
 *   `"allowed"` or `"limited"`
 * - double1: 1; double2: 1 when limited else 0
 */
export function recordRateLimit(env: MetricsEnv, m: { policy: string; allowed: boolean }): void {
  write(env, {
    indexes: ["rate_limit"],
    blobs: ["rate_limit", m.policy, m.allowed ? "allowed" : "limited"],
    doubles: [1, m.allowed ? 0 : 1],
  });
}

/** How one webhook delivery attempt ended. */
export type WebhookOutcome = "delivered" | "failed" | "retried" | "disabled";

/**
 * Counts one webhook delivery attempt (called by the webhook delivery consumer).
 *
 * - index 1: `"webhook"`
 * - blob1: `"webhook"`; blob2: event type (`reading.completed`); blob3: outcome
 *   ({@link WebhookOutcome}); blob4: the subscriber's HTTP status, or `"none"` when no answer
 * - double1: 1; double2: latency ms; double3: 1 when delivered else 0; double4: attempt number
 */
export function recordWebhook(
  env: MetricsEnv,
  m: {
    eventType: string;
    outcome: WebhookOutcome;
    latencyMs: number;
    httpStatus?: number | null;
    attempt?: number;
  },
): void {
  write(env, {
    indexes: ["webhook"],
    blobs: ["webhook", m.eventType, m.outcome, m.httpStatus ? String(m.httpStatus) : "none"],
    doubles: [1, m.latencyMs, m.outcome === "delivered" ? 1 : 0, m.attempt ?? 1],
  });
}

/**
 * Counts one D1 query slower than the slow-query threshold (src/observability/timing.ts).
 *
 * - index 1: `"slow_query"`
 * - blob1: `"slow_query"`; blob2: statement name (`select jobs`)
 * - double1: 1; double2: duration ms
 */
export function recordSlowQuery(env: MetricsEnv, m: { statement: string; durationMs: number }) {
  write(env, {
    indexes: ["slow_query"],
    blobs: ["slow_query", m.statement],
    doubles: [1, m.durationMs],
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
