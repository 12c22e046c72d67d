import { createApp } from "./app.ts";
import type { Env } from "./env.ts";
import { dispatchQueue } from "./queues.ts";
import { runCron } from "./scheduled.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: dispatchQueue,
  scheduled: (controller, env, ctx) => ctx.waitUntil(runCron(env, controller.scheduledTime)),
} satisfies ExportedHandler<Env>;
