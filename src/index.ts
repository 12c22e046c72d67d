import { createApp } from "./app.ts";
import type { Env } from "./env.ts";
import { observeBatch, observeCron } from "./observability/handlers.ts";
import { dispatchQueue } from "./queues.ts";
import { runScheduled } from "./scheduled.ts";

const app = createApp();

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
