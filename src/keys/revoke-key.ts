import type { Db } from "../db/client.ts";
import { findKeyById, revokeKeyRow } from "../db/keys.ts";
import { type KeyCache, keyCache } from "./key-cache.ts";

/**
 * Revokes a key (the row stays, with `revoked_at`). This isolate forgets the key at once; every
 * other isolate within the key cache's TTL. Revoking a revoked key changes nothing.
 * @returns `not_found` when there is no such key.
 */
export async function revokeKey(
  db: Db,
  input: { id: string; now: number; cache?: KeyCache },
): Promise<"revoked" | "not_found"> {
  const revoked = await revokeKeyRow(db, input.id, input.now);
  if (revoked) {
    (input.cache ?? keyCache).delete(revoked.hash);
    return "revoked";
  }
  return (await findKeyById(db, input.id)) ? "revoked" : "not_found";
}
