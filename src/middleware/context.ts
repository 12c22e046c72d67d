import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { parseConfig } from "../env.ts";

/**
 * Sets `X-Orrery-Version` (the deployed version id from the version metadata binding) on every
 * response, so gradual rollouts can be watched and a deploy gate can tell which version answered.
 */
export function versionHeader(): MiddlewareHandler<AppEnv> {
  return async function versionHeaderMiddleware(c, next) {
    c.header("X-Orrery-Version", c.env.CF_VERSION_METADATA?.id ?? "unknown");
    await next();
  };
}

/**
 * Parses the configuration (vars and secrets) for routes that need it.
 * @throws {ConfigError} when it is missing or malformed: answered 500 `configuration_error`.
 */
export function loadConfig(): MiddlewareHandler<AppEnv> {
  return async function loadConfigMiddleware(c, next) {
    c.set("config", parseConfig(c.env));
    await next();
  };
}
