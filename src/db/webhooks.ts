import { and, desc, eq, gte, inArray, lt, lte, ne, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./client.ts";
import { jobs, webhookAttempts, webhookDeliveries, webhookEndpoints } from "./schema.ts";

/** A webhook endpoint row as stored. */
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
/** A delivery row as stored. */
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
/** An attempt row as stored. */
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

export async function insertEndpoint(db: Db, row: WebhookEndpointRow): Promise<void> {
  await db.insert(webhookEndpoints).values(row);
}

export async function countEndpoints(db: Db, owner: string): Promise<number> {
  const row = await db
    .select({ n: sql<number>`count(*)` })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.owner, owner))
    .get();
  return row?.n ?? 0;
}

/** An endpoint of `owner` (another owner's looks missing). */
export async function findEndpoint(
  db: Db,
  owner: string,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.owner, owner)))
    .get();
}

export async function findEndpointById(
  db: Db,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get();
}

/** A page of `owner`'s endpoints, newest first, after the `before` id. */
export async function listEndpoints(
  db: Db,
  owner: string,
  options: { before?: string; limit: number },
): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.owner, owner),
        options.before ? lt(webhookEndpoints.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(webhookEndpoints.id))
    .limit(options.limit);
}

/** `owner`'s enabled endpoints (the caller filters by event). */
export async function findEnabledEndpoints(db: Db, owner: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.owner, owner), eq(webhookEndpoints.enabled, true)));
}

/** Updates an endpoint of `owner`; returns the new row, or undefined when not found. */
export async function updateEndpoint(
  db: Db,
  owner: string,
  id: string,
  changes: Partial<WebhookEndpointRow>,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set(changes)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.owner, owner)))
    .returning();
  return row;
}

/** Deletes an endpoint of `owner` with its deliveries and their attempts; true when it existed. */
export async function deleteEndpoint(db: Db, owner: string, id: string): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.owner, owner)))
      .returning({ id: webhookEndpoints.id }),
    db.delete(webhookAttempts).where(
      inArray(
        webhookAttempts.deliveryId,
        db
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.owner, owner))),
      ),
    ),
    db
      .delete(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.owner, owner))),
  ]);
  return deleted.length > 0;
}

/** The statement that inserts a delivery unconditionally (test events, redelivery seeds). */
export function insertDeliveryStatement(db: Db, row: WebhookDeliveryRow): BatchItem<"sqlite"> {
  return db.insert(webhookDeliveries).values(row);
}

/**
 * The statement that inserts a delivery only if the job is in `jobStatus` and finished at
 * `finishedAt`, i.e. only if the statement before it in the same batch moved the job there: a
 * late dead letter that leaves a succeeded job alone creates no `reading.failed` event.
 */
export function insertDeliveryIfJobFinishedStatement(
  db: Db,
  row: WebhookDeliveryRow,
  job: { id: string; status: string; finishedAt: number },
): BatchItem<"sqlite"> {
  return db.insert(webhookDeliveries).select(
    db
      .select({
        id: sql`${row.id}`,
        endpointId: sql`${row.endpointId}`,
        owner: sql`${row.owner}`,
        eventType: sql`${row.eventType}`,
        body: sql`${row.body}`,
        status: sql`${row.status}`,
        attempts: sql`${row.attempts}`,
        nextAttemptAt: sql`${row.nextAttemptAt}`,
        lastStatusCode: sql`null`,
        lastError: sql`null`,
        createdAt: sql`${row.createdAt}`,
        finishedAt: sql`null`,
      })
      .from(jobs)
      .where(
        and(eq(jobs.id, job.id), eq(jobs.status, job.status), eq(jobs.finishedAt, job.finishedAt)),
      ) as never,
  );
}

/** A delivery of one endpoint of `owner`. */
export async function findDelivery(
  db: Db,
  owner: string,
  endpointId: string,
  id: string,
): Promise<WebhookDeliveryRow | undefined> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.owner, owner),
      ),
    )
    .get();
}

/**
 * A page of an endpoint's deliveries, newest first, each with its attempts (oldest first). The
 * attempts are selected by the page's id range, not by a list of its ids: D1 binds at most 100
 * parameters per statement, and a full page (`limit` 101, the list's 100 plus one) has more ids.
 */
export async function listDeliveries(
  db: Db,
  owner: string,
  endpointId: string,
  options: { before?: string; limit: number },
): Promise<{ delivery: WebhookDeliveryRow; attempts: WebhookAttemptRow[] }[]> {
  const pageWhere = and(
    eq(webhookDeliveries.owner, owner),
    eq(webhookDeliveries.endpointId, endpointId),
    options.before ? lt(webhookDeliveries.id, options.before) : undefined,
  );
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(pageWhere)
    .orderBy(desc(webhookDeliveries.id))
    .limit(options.limit);
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(
      inArray(
        webhookAttempts.deliveryId,
        db
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(
            and(
              pageWhere,
              gte(
                webhookDeliveries.id,
                (deliveries[deliveries.length - 1] as WebhookDeliveryRow).id,
              ),
              lte(webhookDeliveries.id, (deliveries[0] as WebhookDeliveryRow).id),
            ),
          ),
      ),
    )
    .orderBy(webhookAttempts.id);
  return deliveries.map((delivery) => ({
    delivery,
    attempts: attempts.filter((a) => a.deliveryId === delivery.id),
  }));
}

/**
 * Claims a pending delivery for one attempt, atomically: due (or nearly, `slackMs`), it gets one
 * more attempt and a lease until `now + leaseMs`. Undefined when finished, not due, or held by a
 * live attempt, so a duplicate message does nothing.
 */
export async function claimDelivery(
  db: Db,
  id: string,
  now: number,
  options: { leaseMs: number; slackMs: number },
): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      nextAttemptAt: now + options.leaseMs,
    })
    .where(
      and(
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, now + options.slackMs),
      ),
    )
    .returning();
  return row;
}

/** What one attempt came to, for {@link recordAttempt}. */
export interface AttemptRecord {
  deliveryId: string;
  endpointId: string;
  at: number;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** The delivery afterwards: still pending (retry at `nextAttemptAt`), succeeded or failed. */
  outcome: { status: "pending"; nextAttemptAt: number } | { status: "succeeded" | "failed" };
  /** What happens to the endpoint: reset its failure count, count a failure, or disable it now. */
  endpoint: "reset" | "count_failure" | "disable_gone" | "none";
  /** Failures in a row that disable the endpoint. */
  disableAfter: number;
}

/** Logs an attempt, updates its delivery and, when the delivery finished, its endpoint: one batch. */
export async function recordAttempt(db: Db, r: AttemptRecord): Promise<void> {
  const finished = r.outcome.status !== "pending";
  const endpointWhere = eq(webhookEndpoints.id, r.endpointId);
  const failures = sql`${webhookEndpoints.consecutiveFailures} + 1`;
  const endpointStatement =
    r.endpoint === "reset"
      ? db.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(endpointWhere)
      : r.endpoint === "disable_gone"
        ? db
            .update(webhookEndpoints)
            .set({ enabled: false, disabledReason: "gone", updatedAt: r.at })
            .where(endpointWhere)
        : db
            .update(webhookEndpoints)
            .set({
              consecutiveFailures: failures,
              enabled: sql`case when ${failures} >= ${r.disableAfter} then 0 else ${webhookEndpoints.enabled} end`,
              disabledReason: sql`case when ${failures} >= ${r.disableAfter} and ${webhookEndpoints.enabled} = 1 then 'consecutive_failures' else ${webhookEndpoints.disabledReason} end`,
              updatedAt: r.at,
            })
            .where(endpointWhere);
  await db.batch([
    db.insert(webhookAttempts).values({
      deliveryId: r.deliveryId,
      attemptedAt: r.at,
      statusCode: r.statusCode,
      latencyMs: r.latencyMs,
      error: r.error,
    }),
    db
      .update(webhookDeliveries)
      .set({
        status: r.outcome.status,
        nextAttemptAt: r.outcome.status === "pending" ? r.outcome.nextAttemptAt : r.at,
        lastStatusCode: r.statusCode,
        lastError: r.error,
        finishedAt: finished ? r.at : null,
      })
      .where(eq(webhookDeliveries.id, r.deliveryId)),
    ...(finished && r.endpoint !== "none" ? [endpointStatement] : []),
  ]);
}

/** Gives up a pending delivery without an attempt (endpoint gone or disabled, retries exhausted). */
export async function failDelivery(db: Db, id: string, error: string, now: number): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: error, finishedAt: now })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending")));
}

/** Starts a new round for a finished delivery; returns it, or undefined when it is pending. */
export async function reopenDelivery(
  db: Db,
  owner: string,
  endpointId: string,
  id: string,
  now: number,
): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, finishedAt: null })
    .where(
      and(
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.owner, owner),
        ne(webhookDeliveries.status, "pending"),
      ),
    )
    .returning();
  return row;
}

/** Pending deliveries due before `before`: their message was never sent or was lost. */
export async function findStaleDeliveries(
  db: Db,
  before: number,
  limit: number,
): Promise<{ id: string }[]> {
  return db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.status, "pending"), lt(webhookDeliveries.nextAttemptAt, before)),
    )
    .limit(limit);
}

/** Marks a pending delivery as resent at `now` (so the next sweep does not resend it again). */
export async function touchDelivery(db: Db, id: string, now: number): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: now })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending")));
}

/**
 * Deletes up to `limit` deliveries that finished before `before`, with their attempts; returns
 * how many deliveries went. Pending deliveries are never pruned.
 */
export async function pruneFinishedDeliveries(
  db: Db,
  before: number,
  limit: number,
): Promise<number> {
  const old = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(ne(webhookDeliveries.status, "pending"), lt(webhookDeliveries.finishedAt, before)))
    .limit(limit);
  if (old.length === 0) return 0;
  const ids = old.map((d) => d.id);
  await db.batch([
    db.delete(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)),
    db.delete(webhookDeliveries).where(inArray(webhookDeliveries.id, ids)),
  ]);
  return ids.length;
}
