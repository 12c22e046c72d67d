/**
 * The API's error taxonomy: one closed set of codes, one map from code to HTTP status, and the
 * RFC 9457 problem details envelope every error response uses.
 */

/** Every error code the API can answer with, and its HTTP status. Catalogued in docs/ERRORS.md. */
export const ERROR_STATUS = {
  validation_error: 400,
  malformed_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  key_inactive: 409,
  birth_time_unknown: 409,
  job_not_cancellable: 409,
  job_not_retryable: 409,
  idempotency_request_in_flight: 409,
  reading_not_ready: 409,
  webhook_disabled: 409,
  webhook_delivery_pending: 409,
  webhook_limit_reached: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_date: 422,
  year_out_of_range: 422,
  nonexistent_local_time: 422,
  ambiguous_local_time: 422,
  idempotency_key_reused: 422,
  chart_not_found: 422,
  zodiac_mismatch: 422,
  unknown_place: 422,
  rate_limited: 429,
  internal_error: 500,
  configuration_error: 500,
  queue_unavailable: 503,
  database_unavailable: 503,
  cache_unavailable: 503,
} as const;

/** A stable, machine-readable error code. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Short human-readable summary per code: the problem's `title`. */
const TITLES: Record<ErrorCode, string> = {
  validation_error: "The request is invalid",
  malformed_json: "The request body is not valid JSON",
  unauthorized: "Authentication required",
  forbidden: "Missing scope",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  key_inactive: "The key is revoked or expired",
  birth_time_unknown: "The chart's birth time is unknown",
  job_not_cancellable: "The job cannot be cancelled",
  job_not_retryable: "The job cannot be retried",
  idempotency_request_in_flight: "A request with this idempotency key is in progress",
  reading_not_ready: "The reading is not ready",
  webhook_disabled: "The webhook endpoint is disabled",
  webhook_delivery_pending: "The delivery is still pending",
  webhook_limit_reached: "Too many webhook endpoints",
  payload_too_large: "The request body is too large",
  unsupported_media_type: "Unsupported media type",
  invalid_date: "The date does not exist",
  year_out_of_range: "The year is out of range",
  nonexistent_local_time: "The local time does not exist",
  ambiguous_local_time: "The local time is ambiguous",
  idempotency_key_reused: "The idempotency key was used for another request",
  chart_not_found: "No such chart",
  zodiac_mismatch: "The charts use different zodiacs",
  unknown_place: "No such place",
  rate_limited: "Too many requests",
  internal_error: "Internal error",
  configuration_error: "The service is misconfigured",
  queue_unavailable: "The job queue is unavailable",
  database_unavailable: "The database is unavailable",
  cache_unavailable: "The chart cache is unavailable",
};

/** One problem with one field: `path` names it in dotted form (`orbs.trine`, `latitude`). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * RFC 9457 problem details, as sent with `Content-Type: application/problem+json`.
 * `type` is a URN naming the code; `errors` lists field-level problems; extra members (such as
 * `candidates` for DST problems) are allowed by the RFC.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors: FieldError[];
  instance?: string;
  [extension: string]: unknown;
}

/** An error that maps to a problem response. Throw it anywhere below a handler. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[];
  readonly extensions: Record<string, unknown>;
  /** Response headers the error needs (such as `WWW-Authenticate` on a 401). */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: {
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = options.errors ?? [];
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** Builds the problem details body for an error code. */
export function toProblem(
  code: ErrorCode,
  detail: string,
  errors: FieldError[] = [],
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    ...extensions,
    type: `urn:orrery:problem:${code}`,
    title: TITLES[code],
    status: ERROR_STATUS[code],
    detail,
    code,
    errors,
  };
}
