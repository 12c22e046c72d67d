import type { Env } from "../env.ts";
import { createLogger, describeError } from "./logger.ts";
import { recordSlowQuery } from "./metrics.ts";
import { createReporter, type Reporter, withReporter } from "./sentry.ts";
import { Timing, withTiming } from "./timing.ts";
import { withRequestId } from "./trace.ts";

type Waiter = { waitUntil(promise: Promise<unknown>): void } | undefined;

/**
 * Runs a queue batch or a cron run observed: its own Sentry reporter (never shared with another
 * batch or run), a span collector that records slow D1 queries, and, for the cron, a run id that
 * messages it sends carry as `request_id`. An error that escapes `task` is logged, captured and
 * rethrown (so the platform still sees the invocation fail); events are flushed before returning.
 */
async function observe(
  env: Env,
  options: {
    handler: "queue" | "scheduled";
    context: Waiter;
    tags: Record<string, string>;
    runId?: string;
  },
  task: (reporter: Reporter) => Promise<void>,
): Promise<void> {
  const logger = createLogger({
    component: options.handler === "queue" ? "queues" : "cron",
    version: env.CF_VERSION_METADATA?.id ?? "unknown",
    ...options.tags,
  });
  const reporter = createReporter(env, {
    handler: options.handler,
    context: options.context,
    tags: options.tags,
  });
  const timing = new Timing({
    onSlowQuery: (q) => {
      logger.warn("db.slow_query", { statement: q.statement, duration_ms: q.durationMs });
      recordSlowQuery(env, q);
    },
  });
  const run = () => withReporter(reporter, () => withTiming(timing, () => task(reporter)));
  try {
    await (options.runId ? withRequestId(options.runId, run) : run());
  } catch (error) {
    logger.error(`${options.handler}.unhandled_error`, { error: describeError(error) });
    reporter.captureException(error);
    throw error;
  } finally {
    await reporter.flush();
  }
}

/** The queue handler's frame: one reporter per batch, tagged with the queue name. */
export function observeBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  context: Waiter,
  task: () => Promise<void>,
): Promise<void> {
  return observe(env, { handler: "queue", context, tags: { queue: batch.queue } }, task);
}

/** The cron's frame: one reporter per run, and a run id (`cron_<scheduled time>`). */
export function observeCron(
  env: Env,
  controller: { cron: string; scheduledTime: number },
  context: Waiter,
  task: (reporter: Reporter) => Promise<void>,
): Promise<void> {
  const runId = `cron_${controller.scheduledTime}`;
  return observe(
    env,
    { handler: "scheduled", context, tags: { cron: controller.cron, run_id: runId }, runId },
    task,
  );
}
