/**
 * Retry policy for queue messages: exponential backoff with jitter.
 *
 * The n-th retry waits between half and all of min(cap, base · 2^(n−1)) seconds ("equal jitter",
 * as in AWS's *Exponential Backoff and Jitter*, 2015): spread out enough that a burst of failures
 * does not retry in lockstep, never shorter than half the backoff.
 */

/** First backoff, seconds. */
export const BACKOFF_BASE_SECONDS = 10;
/** Longest backoff, seconds (well inside the queue's 12 h delay limit and the 5 min job budget). */
export const BACKOFF_CAP_SECONDS = 120;

/**
 * Seconds to wait before the retry that follows `attempt` (1 for the first delivery).
 * @param attempt the delivery attempt that just failed, ≥ 1.
 * @param random a number in [0, 1) (Math.random by default; tests pass their own).
 */
export function backoffSeconds(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(
    BACKOFF_CAP_SECONDS,
    BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1),
  );
  return Math.max(1, Math.round(ceiling / 2 + (random * ceiling) / 2));
}
