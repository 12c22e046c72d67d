import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { wrapKv } from "../bindings/faulty.ts";
import { ApiError } from "../errors/api-error.ts";
import type { RateLimitPolicy } from "../keys/principal.ts";
import { recordRateLimit } from "../observability/metrics.ts";
import { rateLimitHeaders } from "../rate-limit/headers.ts";
import { RateLimiter, type StoreOperation } from "../rate-limit/limiter.ts";
import { anonymousPolicy } from "../rate-limit/policy.ts";
import { clientNetwork } from "../rate-limit/subject.ts";

/** This isolate's counts: module state on purpose, so requests served here share them. */
const limiter = new RateLimiter();

/** Requests let through unlimited because KV failed, in this isolate (until metrics exist). */
let failOpenCount = 0;

/** Who a request is counted against, or null when it is exempt. */
function subjectOf(c: Context<AppEnv>): { subject: string; policy: RateLimitPolicy } | null {
  const principal = c.get("principal");
  if (principal) {
    if (principal.rateLimit === null) return null;
    return { subject: `key:${principal.keyId ?? principal.prefix}`, policy: principal.rateLimit };
  }
  return {
    subject: `ip:${clientNetwork(c.req.header("CF-Connecting-IP"))}`,
    policy: anonymousPolicy(c.get("config")),
  };
}

/** Runs `task` after the response when the runtime gives us an execution context. */
function deferTo(c: Context<AppEnv>): (task: () => Promise<void>) => void {
  return (task) => {
    const running = task();
    try {
      c.executionCtx.waitUntil(running);
    } catch {
      // No execution context (the app called directly): the task still runs to its end.
    }
  };
}

/**
 * Limits `/v1` requests per API key (`principal.rateLimit`), and requests without a valid key per
 * client network with the anonymous tier. Mount it after `identify()` and before
 * `requireAuth()`, so failed key attempts are counted too. The bootstrap admin key is exempt.
 *
 * Every limited response carries `RateLimit-Policy` and `RateLimit`; over the limit it answers
 * 429 `rate_limited` with `Retry-After`. When KV fails the request goes through unlimited and a
 * structured line is logged (fail open: an outage of the counter store must not take the API
 * down with it).
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async function rateLimitMiddleware(c, next) {
    const target = subjectOf(c);
    c.set("rateLimit", null);
    if (!target) return next();

    const { policy } = target;
    const onStoreError = (operation: StoreOperation, error: unknown) => {
      failOpenCount += 1;
      console.warn(
        JSON.stringify({
          level: "warn",
          message: "rate limit store failed; failing open",
          event: "rate_limit.fail_open",
          operation,
          binding: "RATE_LIMIT",
          policy: policy.name,
          key_prefix: c.get("principal")?.prefix ?? null,
          request_id: c.get("requestId"),
          fail_open_count: failOpenCount,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
      );
    };
    const verdict = await limiter.hit({
      kv: wrapKv(c.env.RATE_LIMIT, "RATE_LIMIT"),
      subject: target.subject,
      policy,
      defer: deferTo(c),
      onStoreError,
    });
    if (!verdict) return next();

    for (const [name, value] of Object.entries(
      rateLimitHeaders(policy, verdict.remaining, verdict.resetSeconds),
    )) {
      c.header(name, value);
    }
    c.set("rateLimit", {
      policy,
      remaining: verdict.remaining,
      resetSeconds: verdict.resetSeconds,
    });
    recordRateLimit(c.env, { policy: policy.name, allowed: verdict.allowed });
    if (!verdict.allowed) {
      throw new ApiError(
        "rate_limited",
        `More than ${policy.requests} requests in ${policy.windowSeconds} s; retry in ${verdict.retryAfterSeconds} s.`,
        { headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
    await next();
  };
}
