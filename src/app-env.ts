import type { RequestIdVariables } from "hono/request-id";
import type { Config, Env } from "./env.ts";
import type { Principal } from "./keys/principal.ts";
import type { Logger } from "./observability/logger.ts";
import type { Reporter } from "./observability/sentry.ts";
import type { Timing } from "./observability/timing.ts";
import type { RateLimitStatus } from "./rate-limit/limiter.ts";

/** Hono's environment for this app: the Worker's bindings and the request-scoped variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables & {
    /** Configuration parsed once from vars and secrets. */
    config: Config;
    /** The authenticated caller (set by auth on `/v1`). */
    principal: Principal;
    /**
     * The caller's rate-limit state after this request (set by `rateLimit()` on `/v1`): its
     * policy, requests left and seconds until reset; null when exempt or not counted.
     */
    rateLimit: RateLimitStatus | null;
    /** This request's logger: every line carries the request id and version. */
    logger: Logger;
    /** This request's Sentry reporter (a no-op without `SENTRY_DSN`). */
    reporter: Reporter;
    /** This request's I/O spans, sent as `Server-Timing`. */
    timing: Timing;
  };
}
