import { createApp } from "./app.ts";
import { warmUpChartEngine } from "./astro/warm-up.ts";
import type { Env } from "./env.ts";
import { observeBatch, observeCron } from "./observability/handlers.ts";
import { dispatchQueue } from "./queues.ts";
import { runScheduled } from "./scheduled.ts";

const app = createApp();
// Isolate startup, not a request, pays V8's first run of the chart engine (~23 ms of CPU): the
// engine's part of the isolate's first chart request is then ~4.5 ms instead of ~16–18 ms
// (astro/warm-up.ts).
warmUpChartEngine();

export default {
  fetch: app.fetch,
  // Each batch and cron run gets its own Sentry reporter and span collector (observability/).
  queue: (batch: MessageBatch<unknown>, env: Env, ctx?: ExecutionContext) =>
    observeBatch(batch, env, ctx, () => dispatchQueue(batch, env)),
  scheduled: (controller, env, ctx) =>
    ctx.waitUntil(
      observeCron(env, controller, ctx, () => runScheduled(env, controller.scheduledTime)),
    ),
} satisfies ExportedHandler<Env>;
