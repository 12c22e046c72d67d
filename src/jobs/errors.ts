/**
 * A failure that retrying cannot fix (the chart is gone, the input cannot be read): the consumer
 * fails the job at once instead of retrying. Every other error is treated as transient.
 */
export class PermanentJobError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "PermanentJobError";
    this.code = code;
  }
}

/** A stable code and message for an error, for the job's `error` and the logs (no stack, no secrets). */
export function describeJobError(error: unknown): { code: string; message: string } {
  if (error instanceof PermanentJobError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: "transient_error", message: message.slice(0, 500) };
}
