import type { KeyRow } from "../db/keys.ts";
import { type KeyCache, keyCache } from "./key-cache.ts";
import { isActive, parseScopes } from "./key-resource.ts";
import type { Principal, RateLimitPolicy } from "./principal.ts";
import { digestKey, fromHex, KEY_PATTERN, toHex } from "./secret.ts";

/** Finds a key row by the hex SHA-256 of the key (D1 in the app, a fake in tests). */
export type FindKeyByHash = (hash: string) => Promise<KeyRow | undefined>;

/** A digest no key has: compared against when nothing was found, so both paths do the same work. */
const NO_DIGEST = new ArrayBuffer(32);

/**
 * The active key row for a presented key, or undefined. The row is looked up by the key's hash
 * (indexed, behind the isolate's {@link KeyCache}), then confirmed with
 * `crypto.subtle.timingSafeEqual` on the two 32-byte digests, so the comparison is constant-time
 * by construction and never touches the secret itself; a miss compares against a zero digest so
 * it costs the same. Revoked and expired keys are undefined. D1 errors propagate (not cached).
 */
export async function authenticateKey(input: {
  key: string;
  /** The key's SHA-256 when the caller has it already (else it is computed here). */
  digest?: ArrayBuffer | undefined;
  now: number;
  findByHash: FindKeyByHash;
  cache?: KeyCache;
}): Promise<KeyRow | undefined> {
  if (!KEY_PATTERN.test(input.key)) return undefined;
  const cache = input.cache ?? keyCache;
  const digest = input.digest ?? (await digestKey(input.key));
  const hash = toHex(digest);
  let row = cache.get(hash)?.row;
  if (row === undefined) {
    row = (await input.findByHash(hash)) ?? null;
    cache.set(hash, row);
  }
  const matches = crypto.subtle.timingSafeEqual(digest, row ? fromHex(row.hash) : NO_DIGEST);
  if (!row || !matches || !isActive(row, input.now)) return undefined;
  return row;
}

/**
 * The principal of an authenticated key: its owner and scopes, and its own rate limit or else
 * `defaultTier` (null: exempt).
 */
export function principalOfKey(row: KeyRow, defaultTier: RateLimitPolicy | null): Principal {
  const own =
    row.rateLimitRequests !== null && row.rateLimitWindowSeconds !== null
      ? { name: "key", requests: row.rateLimitRequests, windowSeconds: row.rateLimitWindowSeconds }
      : null;
  return {
    keyId: row.id,
    prefix: row.prefix,
    owner: row.owner,
    scopes: parseScopes(row.scopes),
    rateLimit: own ?? defaultTier,
  };
}
