import type { Db } from "../db/client.ts";
import { findKeyById } from "../db/keys.ts";
import { isoUtc } from "./key-resource.ts";
import type { Principal, Scope } from "./principal.ts";

/** Where the caller stands in its rate-limit window, as the limiter left it for this request. */
export interface RateLimitUsage {
  remaining: number;
  resetSeconds: number;
}

/** The calling key as `GET /v1/keys/self` shows it. */
export interface SelfKey {
  /** Null for the bootstrap `ADMIN_API_KEY`, which has no row. */
  id: string | null;
  prefix: string;
  name: string;
  owner: string;
  scopes: Scope[];
  expires_at: string | null;
  /**
   * The limit that applies to this key (its own or the default tier) and what is left of it;
   * null when exempt. `remaining` and `reset_seconds` are null when the counter store could not
   * be read (the limiter then lets requests through).
   */
  rate_limit: {
    requests: number;
    window_seconds: number;
    remaining: number | null;
    reset_seconds: number | null;
  } | null;
}

/** Describes the caller's own key. Needs no scope: any valid key may see itself. */
export async function getSelf(
  db: Db,
  principal: Principal,
  usage: RateLimitUsage | null,
): Promise<SelfKey> {
  const row = principal.keyId ? await findKeyById(db, principal.keyId) : undefined;
  const limit = principal.rateLimit;
  return {
    id: principal.keyId,
    prefix: principal.prefix,
    name: row?.name ?? "ADMIN_API_KEY",
    owner: principal.owner,
    scopes: [...principal.scopes],
    expires_at: row?.expiresAt == null ? null : isoUtc(row.expiresAt),
    rate_limit: limit
      ? {
          requests: limit.requests,
          window_seconds: limit.windowSeconds,
          remaining: usage?.remaining ?? null,
          reset_seconds: usage?.resetSeconds ?? null,
        }
      : null,
  };
}
