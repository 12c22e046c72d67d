/**
 * Logs a cache operation that failed. Cache failures never fail a request: the caller carries on
 * as on a miss, and this line (JSON, like every log) is how an operator sees it.
 */
export function logCacheFailure(
  operation: string,
  error: unknown,
  fields: Record<string, unknown> = {},
): void {
  console.warn(
    JSON.stringify({
      level: "warn",
      event: "cache.operation_failed",
      operation,
      ...fields,
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    }),
  );
}
