import { createDb } from "./db/client.ts";
import { pruneIdempotencyRecords } from "./db/idempotency.ts";
import { type Env, parseConfig } from "./env.ts";
import { sweepJobs } from "./jobs/sweeper.ts";
import { evaluateAlerts } from "./observability/alerts/evaluate.ts";
import { createLogger } from "./observability/logger.ts";
import { pruneOldDeliveries, resendStaleDeliveries } from "./webhooks/sweep.ts";

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
  const prunedWebhooks = await pruneOldDeliveries(
    db,
    scheduledTime,
    config.JOB_RETENTION_DAYS * DAY_MS,
  );
  console.log(
    JSON.stringify({
      component: "cron",
      level: "info",
      event: "cron.swept",
      ...report,
      pruned_idempotency_records: prunedIdempotencyRecords,
      resent_webhook_deliveries: resentWebhooks,
      pruned_webhook_deliveries: prunedWebhooks,
    }),
  );
}

/**
 * The scheduled handler's work: the cron above, then the alert rules
 * (src/observability/alerts/), evaluated even when the sweep failed, since a failing D1 is
 * itself an alert. The sweep's error is rethrown after the alerts, so the run still fails.
 */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  let sweepError: unknown;
  try {
    await runCron(env, scheduledTime);
  } catch (error) {
    sweepError = error ?? new Error("cron failed");
  }
  const alerts = await evaluateAlerts(env, scheduledTime);
  createLogger({ component: "cron" }).info("cron.alerts_evaluated", { alerts });
  if (sweepError !== undefined) throw sweepError;
}
