import { DrizzleQueryError } from "drizzle-orm";

/**
 * D1's words for failures that are D1's, transient, and worth a retry: Cloudflare's D1 "Retry
 * queries" guide (network loss, a storage object reset, a reset for a code update) and the D1
 * error list (overload, a storage operation past its timeout). D1 errors are plain `Error`s
 * whose message carries these phrases (`D1_ERROR: Network connection lost.`).
 */
const TRANSIENT_D1_PHRASES = [
  "Network connection lost",
  "storage caused object to be reset",
  "reset because its code was updated",
  "exceeded timeout",
  "D1 DB is overloaded",
] as const;

/** How many `cause` links are followed (drizzle wraps a D1 error once in `DrizzleQueryError`). */
const MAX_CAUSE_DEPTH = 5;

/**
 * True when `error`, or an error in its `cause` chain, is a transient D1 failure: the database is
 * unavailable for now, not our bug or the client's. Anything else (a constraint, a syntax error,
 * an unknown failure) is false and stays unexpected.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    const message = current.message;
    if (
      // Drizzle's wrapper quotes the query's parameters (client text) in its message: never read.
      // Matched by class: its `name` is plain "Error".
      !(current instanceof DrizzleQueryError) &&
      TRANSIENT_D1_PHRASES.some((phrase) => message.includes(phrase))
    ) {
      return true;
    }
    current = current.cause;
  }
  return false;
}
