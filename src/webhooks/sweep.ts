import type { Db } from "../db/client.ts";
import { findStaleDeliveries, pruneFinishedDeliveries, touchDelivery } from "../db/webhooks.ts";
import { STALE_DELIVERY_MS } from "./config.ts";
import { sendDeliveries } from "./emit.ts";

/** Deliveries resent per cron run. */
const SWEEP_LIMIT = 100;

/**
 * Resends pending deliveries {@link STALE_DELIVERY_MS} past due: their message was never sent
 * (the send failed after the rows were written) or was lost. The claim makes a duplicate harmless.
 * Returns how many were resent.
 */
export async function resendStaleDeliveries(
  deps: { db: Db; queue: Queue },
  now: number,
): Promise<number> {
  const stale = await findStaleDeliveries(deps.db, now - STALE_DELIVERY_MS, SWEEP_LIMIT);
  if (stale.length === 0) return 0;
  for (const { id } of stale) await touchDelivery(deps.db, id, now);
  await sendDeliveries(
    deps.queue,
    stale.map((d) => d.id),
  );
  return stale.length;
}

/** Deliveries pruned per cron run (each with its attempts; D1 binds at most 100 parameters). */
const PRUNE_LIMIT = 90;

/**
 * Deletes deliveries (and their attempts) that finished more than `retentionMs` ago, the same
 * retention as jobs (`JOB_RETENTION_DAYS`). Returns how many were deleted.
 */
export function pruneOldDeliveries(db: Db, now: number, retentionMs: number): Promise<number> {
  return pruneFinishedDeliveries(db, now - retentionMs, PRUNE_LIMIT);
}
