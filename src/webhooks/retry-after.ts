import { MAX_RETRY_AFTER_SECONDS } from "./config.ts";

/**
 * Seconds a `Retry-After` value asks for (delta-seconds or an HTTP-date, RFC 9110 §10.2.3), capped
 * at the queue's 12 h delay limit; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - now) / 1000);
  }
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
}
