import { and, desc, eq, gt, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { apiKeys } from "./schema.ts";

/** An API key row as stored: a hash and a prefix, never the key itself. */
export type KeyRow = typeof apiKeys.$inferSelect;

/** Inserts one key row. */
export async function insertKey(db: Db, row: KeyRow): Promise<void> {
  await db.insert(apiKeys).values(row);
}

/** The query of `key_lookup`: the key with this hex SHA-256 `hash` (`api_keys_hash_idx`). */
export function keyByHashQuery(db: Db, hash: string) {
  return db.select().from(apiKeys).where(eq(apiKeys.hash, hash));
}

/** The key with this hash (`api_keys_hash_idx`), whatever its state: `key_lookup`. */
export async function findKeyByHash(db: Db, hash: string): Promise<KeyRow | undefined> {
  return named("key_lookup", () => keyByHashQuery(db, hash).get());
}

/** The key with this id, whatever its owner and state. */
export async function findKeyById(db: Db, id: string): Promise<KeyRow | undefined> {
  return db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
}

/**
 * Up to `limit` keys ordered by id, newest first, with ids below `beforeId` (the cursor) and of
 * `owner` when given.
 */
export async function listKeyRows(
  db: Db,
  options: { limit: number; beforeId?: string | undefined; owner?: string | undefined },
): Promise<KeyRow[]> {
  const conditions: SQL[] = [];
  if (options.beforeId) conditions.push(lt(apiKeys.id, options.beforeId));
  if (options.owner) conditions.push(eq(apiKeys.owner, options.owner));
  return db
    .select()
    .from(apiKeys)
    .where(and(...conditions))
    .orderBy(desc(apiKeys.id))
    .limit(options.limit)
    .all();
}

/**
 * Revokes a key that is not yet revoked and returns its hash (to drop it from caches), or
 * undefined when there was no such unrevoked key.
 */
export async function revokeKeyRow(
  db: Db,
  id: string,
  now: number,
): Promise<{ hash: string } | undefined> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ hash: apiKeys.hash })
    .all();
  return rows[0];
}

/**
 * Replaces an active key (not revoked, not expired at `now`) by a new one with the same owner,
 * name, scopes, limit and expiry, and revokes the old one, atomically: one `db.batch` (D1 has no
 * interactive transactions). The new row is copied from the old one inside the batch by
 * `INSERT … SELECT … WHERE` the old key is active, so two concurrent rotations cannot both succeed
 * and nothing is read before the write. Returns the new row and the old key's hash, or undefined
 * when the old key is missing or no longer active.
 */
export async function rotateKeyRow(
  db: Db,
  input: { oldId: string; newId: string; prefix: string; hash: string; now: number },
): Promise<{ row: KeyRow; oldHash: string } | undefined> {
  const active = and(
    eq(apiKeys.id, input.oldId),
    isNull(apiKeys.revokedAt),
    or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, input.now)),
  );
  const [inserted, revoked] = await db.batch([
    db
      .insert(apiKeys)
      .select(
        db
          .select({
            id: sql<string>`${input.newId}`.as("id"),
            owner: apiKeys.owner,
            name: apiKeys.name,
            prefix: sql<string>`${input.prefix}`.as("prefix"),
            hash: sql<string>`${input.hash}`.as("hash"),
            scopes: apiKeys.scopes,
            rateLimitRequests: apiKeys.rateLimitRequests,
            rateLimitWindowSeconds: apiKeys.rateLimitWindowSeconds,
            expiresAt: apiKeys.expiresAt,
            revokedAt: sql<null>`NULL`.as("revoked_at"),
            createdAt: sql<number>`${input.now}`.as("created_at"),
          })
          .from(apiKeys)
          .where(active),
      )
      .returning(),
    db
      .update(apiKeys)
      .set({ revokedAt: input.now })
      .where(active)
      .returning({ hash: apiKeys.hash }),
  ]);
  const row = inserted[0];
  const old = revoked[0];
  return row && old ? { row, oldHash: old.hash } : undefined;
}
