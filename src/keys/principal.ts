/**
 * Who is calling: the identity every `/v1` request carries once authenticated.
 */

/** Every scope a key can hold. `readings:read` also covers `/v1/jobs`. */
export const SCOPES = [
  "charts:read",
  "charts:write",
  "readings:read",
  "readings:write",
  "webhooks:manage",
  "admin",
] as const;

/** A permission a key holds. */
export type Scope = (typeof SCOPES)[number];

/** A rate limit: at most `requests` requests per window of `windowSeconds` seconds. */
export interface RateLimitPolicy {
  /** Name shown in the `RateLimit-Policy` field (`"default"`, or `"key"` for a key's own limit). */
  name: string;
  requests: number;
  windowSeconds: number;
}

/** The authenticated caller of a request. */
export interface Principal {
  /** `key_…`, or null for the bootstrap `ADMIN_API_KEY`. */
  keyId: string | null;
  /** The key's short, non-secret prefix (for logs), e.g. `orr_live_3fK9`. */
  prefix: string;
  /** The account whose data the caller reads and writes. */
  owner: string;
  scopes: readonly Scope[];
  /** The caller's rate limit; null when exempt (the bootstrap admin). */
  rateLimit: RateLimitPolicy | null;
}
