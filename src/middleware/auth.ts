import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { SCOPES } from "../keys/principal.ts";

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

function unauthorized(detail: string, error: "invalid_request" | "invalid_token"): ApiError {
  return new ApiError("unauthorized", detail, {
    headers: { "WWW-Authenticate": `Bearer realm="orrery", error="${error}"` },
  });
}

/**
 * Requires `Authorization: Bearer <ADMIN_API_KEY>` and sets the request's `owner`.
 * Answers 401 problem+json with `WWW-Authenticate` when the header is missing or wrong.
 */
export function requireApiKey(): MiddlewareHandler<AppEnv> {
  return async function requireApiKeyMiddleware(c, next) {
    const header = c.req.header("Authorization");
    const match = header?.match(/^Bearer[ ]+([^\s]+)\s*$/i);
    if (!match?.[1]) {
      throw unauthorized("Send an API key as `Authorization: Bearer <key>`.", "invalid_request");
    }
    if (!(await secretsEqual(match[1], c.get("config").ADMIN_API_KEY))) {
      throw unauthorized("The API key is not valid.", "invalid_token");
    }
    c.set("principal", {
      keyId: null,
      prefix: "admin",
      owner: ADMIN_OWNER,
      scopes: SCOPES,
      rateLimit: null,
    });
    await next();
  };
}
