import type { Config } from "../env.ts";
import type { UrlGuardOptions } from "./url-guard.ts";

/**
 * The SSRF guard's options for an environment: staging and production take only https and never
 * loopback, whatever `WEBHOOKS_ALLOW_LOOPBACK` says; development and tests follow the flag.
 */
export function guardOptions(config: Config): UrlGuardOptions {
  const deployed = config.ENVIRONMENT === "staging" || config.ENVIRONMENT === "production";
  return { allowLoopback: config.WEBHOOKS_ALLOW_LOOPBACK && !deployed, requireHttps: deployed };
}
