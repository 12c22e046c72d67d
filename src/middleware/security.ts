import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../app-env.ts";
import { parseConfig } from "../env.ts";

/**
 * Secure headers on every response (hono's secure-headers): HSTS, nosniff, `frame-ancestors
 * 'none'`, Referrer-Policy, COOP/CORP, and a Content-Security-Policy strict enough for a JSON API
 * that still lets `/docs` run: swagger-ui's script, styles and fonts come from this origin (it
 * sets inline styles, hence `'unsafe-inline'` for styles only; no inline script anywhere).
 * A header a route sets itself is kept (`overwrite: false`): the chart wheel sends a stricter CSP
 * of its own.
 */
export function hardenResponses(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    overwrite: false,
    strictTransportSecurity: "max-age=63072000; includeSubDomains; preload",
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    xFrameOptions: "DENY",
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

/**
 * CORS for the configured browser origins only (`CORS_ORIGINS`); any other origin gets no
 * `Access-Control-Allow-Origin`, so browsers refuse to share the response with it. Preflights are
 * answered here, before authentication, as browsers send them without credentials.
 */
export function corsForConfiguredOrigins(): MiddlewareHandler<AppEnv> {
  return cors({
    origin: (origin, c) => {
      const allowed = parseConfig(c.env).CORS_ORIGINS;
      return allowed.includes(origin) ? origin : null;
    },
    allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: [
      "Authorization",
      "Content-Type",
      "Idempotency-Key",
      "If-None-Match",
      "X-Request-Id",
    ],
    exposeHeaders: [
      "ETag",
      "Idempotency-Replayed",
      "Location",
      "Retry-After",
      "RateLimit",
      "RateLimit-Policy",
      "X-Cache",
      "X-Orrery-Version",
      "X-Request-Id",
    ],
    maxAge: 600,
  });
}
