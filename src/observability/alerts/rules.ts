import { wrapD1 } from "../../bindings/faulty.ts";
import type { Env } from "../../env.ts";
import { checkReadiness } from "../readiness.ts";
import type { AnalyticsSql } from "./analytics-sql.ts";

/**
 * Alert rules as data. Each rule measures one number; it fires when the number is above its
 * threshold and resolves when it no longer is. A rule whose source is not available (no
 * Analytics Engine SQL API configured, no traffic) measures `null` and keeps its state.
 */

/** What a rule can read. */
export interface AlertContext {
  env: Env;
  now: number;
  /** The Analytics Engine SQL API, or null when not configured. */
  analytics: AnalyticsSql | null;
}

export interface AlertRule {
  /** Stable name: the KV state key is `alert:<name>`. */
  name: string;
  severity: "critical" | "warning";
  /** What firing means, for people. */
  summary: string;
  /** Fires while the measured value is strictly above this. */
  threshold: number;
  /** Unit of the value, for messages (`%` values are fractions, shown as percentages). */
  unit: "fraction" | "ms" | "count";
  /** The current value, or null when there is nothing to judge (no data, source not configured). */
  measure(ctx: AlertContext): Promise<number | null>;
}

const MINUTE = 60_000;

/** A single number from the first row of a D1 query. */
async function d1Number(env: Env, sql: string, ...params: unknown[]): Promise<number> {
  const row = await wrapD1(env.DB, "DB")
    .prepare(sql)
    .bind(...params)
    .first<{ value: number | null }>();
  return Number(row?.value ?? 0);
}

/** A single row of an Analytics Engine query over requests of the last 5 minutes. */
async function requestWindow(
  analytics: AnalyticsSql | null,
  select: string,
): Promise<Record<string, unknown> | null> {
  if (!analytics) return null;
  const rows = await analytics.query(
    `SELECT ${select} FROM ${analytics.dataset} WHERE blob1 = 'request' AND timestamp > NOW() - INTERVAL '5' MINUTE`,
  );
  return rows[0] ?? null;
}

/** Below this many requests in 5 minutes, rates say nothing: no alert either way. */
const MIN_REQUESTS = 20;
/** Below this many finished jobs in the window, the failure rate says nothing. */
const MIN_FINISHED_JOBS = 5;

export const ALERT_RULES: readonly AlertRule[] = [
  {
    name: "request_error_rate",
    severity: "critical",
    summary: "More than 1% of requests answered 5xx over the last 5 minutes",
    threshold: 0.01,
    unit: "fraction",
    async measure({ analytics }) {
      const row = await requestWindow(
        analytics,
        "SUM(_sample_interval * double3) AS errors, SUM(_sample_interval) AS requests",
      );
      const requests = Number(row?.requests ?? 0);
      if (!row || requests < MIN_REQUESTS) return null;
      return Number(row.errors ?? 0) / requests;
    },
  },
  {
    name: "request_latency_p95",
    severity: "warning",
    summary: "p95 request latency above 500 ms over the last 5 minutes",
    threshold: 500,
    unit: "ms",
    async measure({ analytics }) {
      const row = await requestWindow(
        analytics,
        "quantileExactWeighted(0.95)(double2, _sample_interval) AS p95, SUM(_sample_interval) AS requests",
      );
      if (!row || Number(row.requests ?? 0) < MIN_REQUESTS) return null;
      return Number(row.p95 ?? 0);
    },
  },
  {
    name: "jobs_dead_lettered",
    severity: "critical",
    summary: "A job used up every attempt (dead-lettered or out of leases) in the last 15 minutes",
    threshold: 0,
    unit: "count",
    measure: ({ env, now }) =>
      d1Number(
        env,
        "SELECT COUNT(*) AS value FROM jobs WHERE status = 'failed' AND attempts >= max_attempts AND finished_at >= ?",
        now - 15 * MINUTE,
      ),
  },
  {
    name: "job_failure_rate",
    severity: "warning",
    summary: "More than 10% of jobs finished in the last 15 minutes failed",
    threshold: 0.1,
    unit: "fraction",
    async measure({ env, now }) {
      const row = await wrapD1(env.DB, "DB")
        .prepare(
          "SELECT SUM(status = 'failed') AS failed, COUNT(*) AS finished FROM jobs WHERE status IN ('succeeded', 'failed') AND finished_at >= ?",
        )
        .bind(now - 15 * MINUTE)
        .first<{ failed: number | null; finished: number }>();
      const finished = Number(row?.finished ?? 0);
      return finished < MIN_FINISHED_JOBS ? null : Number(row?.failed ?? 0) / finished;
    },
  },
  {
    name: "webhook_endpoint_disabled",
    severity: "warning",
    summary: "Webhook endpoints were disabled automatically (410 Gone or repeated failures)",
    threshold: 0,
    unit: "count",
    measure: ({ env }) =>
      d1Number(
        env,
        "SELECT COUNT(*) AS value FROM webhook_endpoints WHERE enabled = 0 AND disabled_reason IN ('gone', 'consecutive_failures')",
      ),
  },
  {
    name: "readiness_failing",
    severity: "critical",
    summary: "GET /health/ready is failing (a dependency or the configuration)",
    threshold: 0,
    unit: "count",
    async measure({ env, now }) {
      return (await checkReadiness(env, now)).failing.length;
    },
  },
];
