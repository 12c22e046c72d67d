import type { Db } from "../db/client.ts";
import { findKeyById, rotateKeyRow } from "../db/keys.ts";
import { newId } from "../lib/ids.ts";
import { type KeyCache, keyCache } from "./key-cache.ts";
import { type NewApiKey, toApiKey } from "./key-resource.ts";
import { generateKey, hashKey, keyPrefix } from "./secret.ts";

/** What rotating a key came to. */
export type RotateKeyResult =
  | { status: "rotated"; key: NewApiKey }
  | { status: "not_found" }
  | { status: "inactive" };

/**
 * Issues a new secret for a key: a new key (new id) with the same owner, name, scopes, limit and
 * expiry, while the old one is revoked in the same batch. Only an active key can be rotated
 * (rotating a revoked or expired one would bring it back): `inactive` otherwise.
 */
export async function rotateKey(
  db: Db,
  input: { id: string; environment: string; now: number; cache?: KeyCache },
): Promise<RotateKeyResult> {
  const key = generateKey(input.environment);
  const rotated = await rotateKeyRow(db, {
    oldId: input.id,
    newId: newId("key"),
    prefix: keyPrefix(key),
    hash: await hashKey(key),
    now: input.now,
  });
  if (rotated) {
    (input.cache ?? keyCache).delete(rotated.oldHash);
    const { id, ...rest } = toApiKey(rotated.row);
    return { status: "rotated", key: { id, key, ...rest } };
  }
  return (await findKeyById(db, input.id)) ? { status: "inactive" } : { status: "not_found" };
}
