import type { Db } from "../db/client.ts";
import { insertKey } from "../db/keys.ts";
import { newId } from "../lib/ids.ts";
import { type NewApiKey, toApiKey } from "./key-resource.ts";
import { SCOPES, type Scope } from "./principal.ts";
import { generateKey, hashKey, keyPrefix } from "./secret.ts";

/** A validated `POST /v1/keys` body. */
export interface CreateKeyInput {
  name: string;
  /** `acct_…` or `admin`; a new account when absent. */
  owner?: string | undefined;
  scopes: readonly Scope[];
  rate_limit?: { requests: number; window_seconds: number } | undefined;
  /** ISO 8601 UTC, in the future (checked by the schema). */
  expires_at?: string | undefined;
}

/**
 * Creates a key and returns it with its secret, which is not stored (only its hash and prefix
 * are) and so can never be shown again. Scopes are stored in canonical order.
 */
export async function createKey(
  db: Db,
  input: { environment: string; now: number; body: CreateKeyInput },
): Promise<NewApiKey> {
  const { body, now } = input;
  const key = generateKey(input.environment);
  const row = {
    id: newId("key"),
    owner: body.owner ?? newId("acct"),
    name: body.name,
    prefix: keyPrefix(key),
    hash: await hashKey(key),
    scopes: SCOPES.filter((s) => body.scopes.includes(s)),
    rateLimitRequests: body.rate_limit?.requests ?? null,
    rateLimitWindowSeconds: body.rate_limit?.window_seconds ?? null,
    // Whole seconds, as every time the API shows.
    expiresAt: body.expires_at ? Math.floor(Date.parse(body.expires_at) / 1000) * 1000 : null,
    revokedAt: null,
    createdAt: now,
  };
  await insertKey(db, row);
  // The secret right after the id, where a reader looks first.
  const { id, ...rest } = toApiKey(row);
  return { id, key, ...rest };
}
