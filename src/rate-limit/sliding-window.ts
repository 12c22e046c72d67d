import type { RateLimitPolicy } from "../keys/principal.ts";

/**
 * The sliding-window estimate over two fixed windows, as Cloudflare describes it ("Counting things,
 * a lot of different things", 2017): the requests of the previous window count in proportion to
 * how much of it still lies inside a window of the same length ending now,
 *
 *   estimate = previous × (window end − now) / window + current.
 *
 * Pure: every time is an explicit `now` in ms since the Unix epoch, and the arithmetic is done in
 * integer milliseconds, so the edges of a window come out exact.
 */

/** Requests counted in the previous and the current fixed window of one subject. */
export interface WindowCounts {
  previous: number;
  current: number;
}

/** What the limiter answers for one request. */
export interface WindowDecision {
  /** Whether the request is let through (and so counted). */
  allowed: boolean;
  /** Requests left after this one (0 when refused). */
  remaining: number;
  /**
   * Seconds until the quota frees up: with requests left, until the current window closes;
   * with none, until the next request would be allowed (= `retryAfterSeconds`).
   */
  resetSeconds: number;
  /** Seconds until the next request would be allowed; 0 while requests are left. */
  retryAfterSeconds: number;
}

/** Start of the fixed window that holds `now`, in ms. Windows are aligned to the Unix epoch. */
export function windowStart(now: number, windowSeconds: number): number {
  const length = windowSeconds * 1000;
  return Math.floor(now / length) * length;
}

/**
 * Requests used at `now`: the estimate rounded up, so a fraction of a request already counts.
 * `allowed ⇔ estimate + 1 ≤ limit ⇔ ⌈estimate⌉ < limit`, since the limit is an integer.
 */
function used(counts: WindowCounts, now: number, windowSeconds: number): number {
  const length = windowSeconds * 1000;
  const left = windowStart(now, windowSeconds) + length - now;
  return counts.current + Math.ceil((counts.previous * left) / length);
}

/**
 * The first instant, at or after `now`, at which one more request would be allowed if nothing
 * more is counted: later in this window while the current count is under the limit (the previous
 * window's weight runs down), otherwise in the next window, where the current count becomes the
 * previous one.
 */
function nextAllowedAt(counts: WindowCounts, now: number, windowSeconds: number, limit: number) {
  const length = windowSeconds * 1000;
  const end = windowStart(now, windowSeconds) + length;
  if (counts.current < limit) {
    if (counts.previous === 0) return now;
    // previous × (end − t) / length ≤ limit − 1 − current, for t in this window.
    const at = end - Math.floor(((limit - 1 - counts.current) * length) / counts.previous);
    return Math.max(now, at);
  }
  // In the next window: current × (end + length − t) / length ≤ limit − 1.
  return end + length - Math.floor(((limit - 1) * length) / counts.current);
}

/**
 * Whole seconds from `now` until one more request would be allowed, rounded up so that waiting
 * that long is always enough, and at least 1 (a `Retry-After` of 0 invites a retry storm).
 */
function secondsUntilAllowed(counts: WindowCounts, now: number, policy: RateLimitPolicy): number {
  const at = nextAllowedAt(counts, now, policy.windowSeconds, policy.requests);
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/**
 * Decides one request of a subject under `policy`, given what was counted so far (this request
 * not included). Refused requests are not counted by the caller.
 */
export function decide(policy: RateLimitPolicy, counts: WindowCounts, now: number): WindowDecision {
  const soFar = used(counts, now, policy.windowSeconds);
  if (soFar >= policy.requests) {
    const retry = secondsUntilAllowed(counts, now, policy);
    return { allowed: false, remaining: 0, resetSeconds: retry, retryAfterSeconds: retry };
  }
  const remaining = policy.requests - soFar - 1;
  const resetSeconds =
    remaining > 0
      ? Math.ceil(
          (windowStart(now, policy.windowSeconds) + policy.windowSeconds * 1000 - now) / 1000,
        )
      : secondsUntilAllowed({ ...counts, current: counts.current + 1 }, now, policy);
  return { allowed: true, remaining, resetSeconds, retryAfterSeconds: 0 };
}
