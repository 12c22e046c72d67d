import type { KeyRow } from "../db/keys.ts";
import { SCOPES, type Scope } from "./principal.ts";

/** A key's own rate limit as the API shows it; null means the default tier. */
export interface KeyRateLimit {
  requests: number;
  window_seconds: number;
}

/** An API key as the API returns it: never the secret, never its hash. */
export interface ApiKey {
  id: string;
  prefix: string;
  name: string;
  owner: string;
  scopes: Scope[];
  rate_limit: KeyRateLimit | null;
  expires_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

/** A key just created or rotated, with the secret: shown once, never stored. */
export interface NewApiKey extends ApiKey {
  key: string;
}

/** ms since the epoch → ISO 8601 UTC to the second (`2026-01-02T03:04:05Z`). */
export function isoUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** The scopes stored as JSON, keeping only those we know (a stored row is never trusted blindly). */
export function parseScopes(stored: unknown): Scope[] {
  if (!Array.isArray(stored)) return [];
  return SCOPES.filter((s) => stored.includes(s));
}

/** The key's own limit, or null for the default tier. */
export function rowRateLimit(row: KeyRow): KeyRateLimit | null {
  return row.rateLimitRequests !== null && row.rateLimitWindowSeconds !== null
    ? { requests: row.rateLimitRequests, window_seconds: row.rateLimitWindowSeconds }
    : null;
}

/** A stored row as the API shows it. */
export function toApiKey(row: KeyRow): ApiKey {
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    owner: row.owner,
    scopes: parseScopes(row.scopes),
    rate_limit: rowRateLimit(row),
    expires_at: row.expiresAt === null ? null : isoUtc(row.expiresAt),
    created_at: isoUtc(row.createdAt),
    revoked_at: row.revokedAt === null ? null : isoUtc(row.revokedAt),
  };
}

/** True while a key is usable at `now`: not revoked and not past its expiry. */
export function isActive(row: KeyRow, now: number): boolean {
  return row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now);
}
