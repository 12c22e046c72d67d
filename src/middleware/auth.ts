import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { type Principal, SCOPES, type Scope } from "../keys/principal.ts";

/** The owner of everything created with the bootstrap `ADMIN_API_KEY`. */
export const ADMIN_OWNER = "admin";

const encoder = new TextEncoder();

/**
 * Compares two secrets in constant time: both are hashed with SHA-256 first, so the comparison
 * runs over equal-length digests and neither length nor content leaks through timing.
 */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(a)),
    crypto.subtle.digest("SHA-256", encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(da, db);
}

const CHALLENGE = 'Bearer realm="orrery"';

/** The bearer token of a request, or undefined when there is no well-formed one. */
function bearerToken(header: string | undefined): string | undefined {
  return header?.match(/^Bearer[ ]+([^\s]+)\s*$/i)?.[1];
}

/**
 * Identifies the caller from `Authorization: Bearer <key>` and sets `principal` when the key is
 * valid. It never rejects by itself, so the rate limiter can still count failed attempts per
 * client; {@link requireAuth} answers 401 afterwards.
 */
export function identify(): MiddlewareHandler<AppEnv> {
  return async function identifyMiddleware(c, next) {
    const token = bearerToken(c.req.header("Authorization"));
    if (token && (await secretsEqual(token, c.get("config").ADMIN_API_KEY))) {
      c.set("principal", {
        keyId: null,
        prefix: "admin",
        owner: ADMIN_OWNER,
        scopes: SCOPES,
        rateLimit: null,
      });
    }
    await next();
  };
}

/**
 * Answers 401 problem+json with `WWW-Authenticate` unless {@link identify} found a valid key.
 */
export function requireAuth(): MiddlewareHandler<AppEnv> {
  return async function requireAuthMiddleware(c, next) {
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
