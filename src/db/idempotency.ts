import { and, eq, lte, or } from "drizzle-orm";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { idempotencyRecords } from "./schema.ts";

/** An idempotency record as stored. */
export type IdempotencyRow = typeof idempotencyRecords.$inferSelect;

/** A response kept for replay: the headers worth replaying and the body text. */
export interface StoredResponse {
  headers: Record<string, string>;
  body: string;
}

/**
 * Claims `key` for `owner`: inserts an `in_flight` record, or takes over one that has expired or
 * whose request was abandoned (in flight since before `abandonedBefore`: its Worker stopped before
 * it answered). Atomic (`INSERT … ON CONFLICT DO UPDATE … WHERE`), so of two racing requests only
 * one wins. Returns true when this request holds the key; the claim is identified by its
 * `createdAt` (`now`).
 */
export async function claimIdempotencyKey(
  db: Db,
  claim: {
    owner: string;
    key: string;
    requestHash: string;
    now: number;
    expiresAt: number;
    abandonedBefore: number;
  },
): Promise<boolean> {
  const won = await named("idempotency_claim", () => claimIdempotencyQuery(db, claim).all());
  return won.length > 0;
}

/** The query of `idempotency_claim` (primary key (owner, key)): see {@link claimIdempotencyKey}. */
export function claimIdempotencyQuery(
  db: Db,
  claim: {
    owner: string;
    key: string;
    requestHash: string;
    now: number;
    expiresAt: number;
    abandonedBefore: number;
  },
) {
  const row = {
    owner: claim.owner,
    key: claim.key,
    requestHash: claim.requestHash,
    state: "in_flight",
    responseStatus: null,
    response: null,
    createdAt: claim.now,
    expiresAt: claim.expiresAt,
  };
  return db
    .insert(idempotencyRecords)
    .values(row)
    .onConflictDoUpdate({
      target: [idempotencyRecords.owner, idempotencyRecords.key],
      set: row,
      setWhere: or(
        lte(idempotencyRecords.expiresAt, claim.now),
        and(
          eq(idempotencyRecords.state, "in_flight"),
          lte(idempotencyRecords.createdAt, claim.abandonedBefore),
        ),
      ),
    })
    .returning({ key: idempotencyRecords.key });
}

/** The record of `owner`'s `key`, expired or not. */
export async function findIdempotencyRecord(
  db: Db,
  owner: string,
  key: string,
): Promise<IdempotencyRow | undefined> {
  return named("idempotency_find", () => idempotencyRecordQuery(db, owner, key).get());
}

/** The query of `idempotency_find`: the record of (`owner`, `key`) (primary key). */
export function idempotencyRecordQuery(db: Db, owner: string, key: string) {
  return db
    .select()
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.owner, owner), eq(idempotencyRecords.key, key)));
}

/** The claim a request holds: its record while still in flight and not taken over. */
function heldClaim(claim: { owner: string; key: string; createdAt: number }) {
  return and(
    eq(idempotencyRecords.owner, claim.owner),
    eq(idempotencyRecords.key, claim.key),
    eq(idempotencyRecords.state, "in_flight"),
    eq(idempotencyRecords.createdAt, claim.createdAt),
  );
}

/** Stores the response of a claimed key: the record becomes `done` and is replayed from now on. */
export async function completeIdempotencyRecord(
  db: Db,
  claim: { owner: string; key: string; createdAt: number },
  status: number,
  response: StoredResponse,
): Promise<void> {
  await named("idempotency_complete", () =>
    completeIdempotencyQuery(db, claim, status, response).run(),
  );
}

/** The query of `idempotency_complete` (primary key): see {@link completeIdempotencyRecord}. */
export function completeIdempotencyQuery(
  db: Db,
  claim: { owner: string; key: string; createdAt: number },
  status: number,
  response: StoredResponse,
) {
  return db
    .update(idempotencyRecords)
    .set({ state: "done", responseStatus: status, response })
    .where(heldClaim(claim));
}

/** Forgets a claimed key whose request did not complete, so the client can send it again. */
export async function releaseIdempotencyKey(
  db: Db,
  claim: { owner: string; key: string; createdAt: number },
): Promise<void> {
  await named("idempotency_release", () => releaseIdempotencyQuery(db, claim).run());
}

/** The query of `idempotency_release` (primary key): see {@link releaseIdempotencyKey}. */
export function releaseIdempotencyQuery(
  db: Db,
  claim: { owner: string; key: string; createdAt: number },
) {
  return db.delete(idempotencyRecords).where(heldClaim(claim));
}

/** Deletes the records that expired at or before `now` (for the cron); returns how many. */
export async function pruneIdempotencyRecords(db: Db, now: number): Promise<number> {
  const result = await db
    .delete(idempotencyRecords)
    .where(lte(idempotencyRecords.expiresAt, now))
    .run();
  return result.meta.changes;
}
