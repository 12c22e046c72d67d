import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { createDb } from "../db/client.ts";
import { findKeyByHash } from "../db/keys.ts";
import { ApiError } from "../errors/api-error.ts";
import { authenticateKey, principalOfKey } from "../keys/authenticate-key.ts";
import { type Principal, SCOPES, type Scope } from "../keys/principal.ts";
import { digestKey, KEY_PATTERN } from "../keys/secret.ts";
import { defaultPolicy } from "../rate-limit/policy.ts";

/** The owner of everything created with the bootstrap `ADMIN_API_KEY`. */
export const ADMIN_OWNER = "admin";

/** The SHA-256 of `ADMIN_API_KEY`, computed once per isolate and key value. */
let admin: { key: string; digest: ArrayBuffer } | undefined;

/** The SHA-256 digest of the admin key (32 bytes), from the isolate's copy when it has one. */
async function adminKeyDigest(key: string): Promise<ArrayBuffer> {
  if (admin?.key === key) return admin.digest;
  const digest = await digestKey(key);
  admin = { key, digest };
  return digest;
}

const CHALLENGE = 'Bearer realm="orrery"';

/** The bearer token of a request, or undefined when there is no well-formed one. */
function bearerToken(header: string | undefined): string | undefined {
  return header?.match(/^Bearer[ ]+([^\s]+)\s*$/i)?.[1];
}

/**
 * D1 failures met while identifying a request, rethrown by {@link requireAuth}: identify itself
 * never throws, and a valid key must not be answered 401 because the database was unreachable.
 */
const lookupFailures = new WeakMap<Request, unknown>();

/**
 * Identifies the caller from `Authorization: Bearer <key>` and sets `principal` when the key is
 * valid: the bootstrap `ADMIN_API_KEY` (owner `admin`, every scope, exempt from rate limits), or
 * an `orr_live_…`/`orr_test_…` key found in D1 by its hash behind the isolate's key cache (so a
 * revocation takes effect everywhere within the cache's TTL), neither revoked nor expired. It
 * never rejects or throws by itself, so the rate limiter can still count failed attempts per
 * client; {@link requireAuth} answers 401 afterwards.
 */
export function identify(): MiddlewareHandler<AppEnv> {
  return async function identifyMiddleware(c, next) {
    const token = bearerToken(c.req.header("Authorization"));
    const config = c.get("config");
    // One digest of the token serves both checks. Comparing SHA-256 digests (equal length) in
    // constant time leaks neither the admin key's length nor its content through timing.
    const digest = token ? await digestKey(token) : undefined;
    if (
      token &&
      digest &&
      crypto.subtle.timingSafeEqual(digest, await adminKeyDigest(config.ADMIN_API_KEY))
    ) {
      c.set("principal", {
        keyId: null,
        prefix: "admin",
        owner: ADMIN_OWNER,
        scopes: SCOPES,
        rateLimit: null,
      });
    } else if (token && KEY_PATTERN.test(token)) {
      try {
        const db = createDb(c.env.DB);
        const row = await authenticateKey({
          key: token,
          digest,
          now: Date.now(),
          findByHash: (hash) => findKeyByHash(db, hash),
        });
        if (row) c.set("principal", principalOfKey(row, defaultPolicy(config)));
      } catch (error) {
        lookupFailures.set(c.req.raw, error);
      }
    }
    await next();
  };
}

/**
 * Answers 401 problem+json with `WWW-Authenticate` unless {@link identify} found a valid key.
 * A database failure met by identify is rethrown here (500, logged), not disguised as a 401.
 */
export function requireAuth(): MiddlewareHandler<AppEnv> {
  return async function requireAuthMiddleware(c, next) {
    if (lookupFailures.has(c.req.raw)) throw lookupFailures.get(c.req.raw);
    if (!c.get("principal")) {
      const token = bearerToken(c.req.header("Authorization"));
      throw token
        ? new ApiError("unauthorized", "The API key is not valid.", {
            headers: { "WWW-Authenticate": `${CHALLENGE}, error="invalid_token"` },
          })
        : new ApiError("unauthorized", "Send an API key as `Authorization: Bearer <key>`.", {
            headers: { "WWW-Authenticate": `${CHALLENGE}, error="invalid_request"` },
          });
    }
    await next();
  };
}

/** True when the principal holds `scope`; the `admin` scope holds every scope. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes(scope) || principal.scopes.includes("admin");
}

/**
 * Route middleware: answers 403 problem+json (`insufficient_scope`) unless the caller holds
 * `scope`. Use in a route's `middleware` so the OpenAPI document and the check stay together.
 */
export function requireScope(scope: Scope): MiddlewareHandler<AppEnv> {
  return async function requireScopeMiddleware(c, next) {
    if (!hasScope(c.get("principal"), scope)) {
      throw new ApiError("forbidden", `This key lacks the scope ${scope}.`, {
        headers: {
          "WWW-Authenticate": `${CHALLENGE}, error="insufficient_scope", scope="${scope}"`,
        },
      });
    }
    await next();
  };
}
