import type { Config } from "../env.ts";
import type { RateLimitPolicy } from "../keys/principal.ts";

/** The tier of keys without a limit of their own (`RATE_LIMIT_DEFAULT_*`), named `"default"`. */
export function defaultPolicy(config: Config): RateLimitPolicy {
  return {
    name: "default",
    requests: config.RATE_LIMIT_DEFAULT_REQUESTS,
    windowSeconds: config.RATE_LIMIT_DEFAULT_WINDOW_SECONDS,
  };
}

/**
 * The tier of requests without a valid key, counted per client network
 * (`RATE_LIMIT_ANONYMOUS_*`), named `"anonymous"`: it throttles key guessing.
 */
export function anonymousPolicy(config: Config): RateLimitPolicy {
  return {
    name: "anonymous",
    requests: config.RATE_LIMIT_ANONYMOUS_REQUESTS,
    windowSeconds: config.RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS,
  };
}
