import { createDb } from "./db/client.ts";
import { pruneIdempotencyRecords } from "./db/idempotency.ts";
import { type Env, parseConfig } from "./env.ts";
import { sweepJobs } from "./jobs/sweeper.ts";
import { resendStaleDeliveries } from "./webhooks/sweep.ts";

const DAY_MS = 86_400_000;

/**
 * The cron (every minute): the stuck-job sweeper, job retention, and expired idempotency
 * records. Each run is bounded; what it does not reach, the next run does.
 */
export async function runCron(env: Env, scheduledTime: number): Promise<void> {
  const config = parseConfig(env);
  const db = createDb(env.DB);
  const report = await sweepJobs(
    {
      db,
      queue: env.READING_JOBS,
      webhooks: env.WEBHOOKS,
      retentionMs: config.JOB_RETENTION_DAYS * DAY_MS,
    },
    scheduledTime,
  );
  const prunedIdempotencyRecords = await pruneIdempotencyRecords(db, scheduledTime);
  const resentWebhooks = await resendStaleDeliveries({ db, queue: env.WEBHOOKS }, scheduledTime);
  console.log(
    JSON.stringify({
      component: "cron",
      level: "info",
      event: "cron.swept",
      ...report,
      pruned_idempotency_records: prunedIdempotencyRecords,
      resent_webhook_deliveries: resentWebhooks,
    }),
  );
}
