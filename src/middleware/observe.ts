import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { createLogger } from "../observability/logger.ts";
import { recordRequest, recordSlowQuery } from "../observability/metrics.ts";
import { createReporter, withReporter } from "../observability/sentry.ts";
import { Timing, withTiming } from "../observability/timing.ts";
import { withRequestId } from "../observability/trace.ts";

/**
 * The matched route's pattern as logs, metrics and Sentry name it: `/v1/charts/:id` for a route
 * registered as `/v1/charts/:id{chr_…}` (src/routes/charts/chart-id-route.ts), so the pattern an
 * id is routed by stays out of the label.
 */
export function routePattern(c: Context): string {
  const path = c.req.routePath;
  if (!path.includes("{")) return path;
  let pattern = patterns.get(path);
  if (pattern === undefined) {
    pattern = path.replace(/(:\w+)\{(?:[^{}]|\{[^{}]*\})*\}/g, "$1");
    patterns.set(path, pattern);
  }
  return pattern;
}

/** {@link routePattern}'s answers by registered path: one per route, so few. */
const patterns = new Map<string, string>();

/**
 * Observes each request: builds its logger, Sentry reporter and span collector (context variables
 * `logger`, `reporter`, `timing`), runs the rest of the app inside them, then writes one log line
 * (request id, route pattern, method, status, duration, key prefix, version), one Analytics Engine
 * point and `Server-Timing` for the I/O spans. Mount it right after the request id.
 */
export function observeRequests(): MiddlewareHandler<AppEnv> {
  return async function observeRequestsMiddleware(c, next) {
    const started = Date.now();
    const version = c.env.CF_VERSION_METADATA?.id ?? "unknown";
    const requestId = c.get("requestId");
    const logger = createLogger({ request_id: requestId, version });
    let context: { waitUntil(promise: Promise<unknown>): void } | undefined;
    try {
      context = c.executionCtx;
    } catch {
      // The app called without an execution context (unit use): events are sent unawaited.
    }
    const reporter = createReporter(c.env, {
      handler: "fetch",
      context,
      request: c.req.raw,
      tags: { request_id: requestId },
    });
    const timing = new Timing({
      onSlowQuery: (q) => {
        logger.warn("db.slow_query", { statement: q.statement, duration_ms: q.durationMs });
        reporter.breadcrumb("db", `slow query: ${q.statement}`, { duration_ms: q.durationMs });
        recordSlowQuery(c.env, q);
      },
    });
    c.set("logger", logger);
    c.set("reporter", reporter);
    c.set("timing", timing);

    await withRequestId(requestId, () => withReporter(reporter, () => withTiming(timing, next)));

    const route = routePattern(c);
    const status = c.res.status;
    const durationMs = Date.now() - started;
    const serverTiming = timing.header();
    if (serverTiming) c.res.headers.append("Server-Timing", serverTiming);
    logger.info("request", {
      route,
      method: c.req.method,
      status,
      duration_ms: durationMs,
      key_prefix: c.get("principal")?.prefix ?? null,
    });
    recordRequest(c.env, {
      route,
      method: c.req.method,
      status,
      durationMs,
      colo: (c.req.raw.cf as { colo?: string } | undefined)?.colo ?? "unknown",
      version,
    });
  };
}
