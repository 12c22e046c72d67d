import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isDatabaseUnavailable } from "../db/errors.ts";
import { ConfigError } from "../env.ts";
import { ApiError, type ErrorCode, type Problem, toProblem } from "../errors/api-error.ts";
import { createLogger, describeError, type Logger } from "../observability/logger.ts";
import { routePattern } from "./observe.ts";

/** Status codes Hono's own middleware raise as HTTPException, and what they mean to a client. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  400: "malformed_json",
  401: "unauthorized",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

/**
 * Sends a problem through the context, so headers set earlier in the request (request id,
 * version) are kept.
 */
function sendProblem(c: Context, problem: Problem, headers: Record<string, string> = {}) {
  const body = { ...problem, instance: new URL(c.req.url).pathname };
  return c.body(JSON.stringify(body), problem.status as ContentfulStatusCode, {
    ...headers,
    "Content-Type": "application/problem+json",
  });
}

/** Seconds a client should wait after `database_unavailable` (D1's transient faults pass quickly). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The one error handler: every thrown error becomes an RFC 9457 problem response. A transient D1
 * failure is answered 503 `database_unavailable` with `Retry-After`; other unexpected errors 500
 * without internals. Both are logged with the request id and reported.
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) {
    return sendProblem(
      c,
      toProblem(err.code, err.message, err.errors, err.extensions),
      err.headers,
    );
  }
  if (err instanceof HTTPException) {
    const code = HTTP_EXCEPTION_CODES[err.status];
    if (code) {
      const detail =
        code === "malformed_json" ? "The request body could not be parsed as JSON." : err.message;
      return sendProblem(c, toProblem(code, detail));
    }
  }
  const configError = err instanceof ConfigError;
  const databaseDown = isDatabaseUnavailable(err);
  // Only unexpected (5xx) errors reach here and Sentry; the reporter scrubs secrets.
  c.get("reporter")?.captureException(err, { route: routePattern(c), method: c.req.method });
  const logger: Logger = c.get("logger") ?? createLogger({ request_id: c.get("requestId") });
  const [event, message] = configError
    ? ["request.configuration_error", "configuration error"]
    : databaseDown
      ? ["request.database_unavailable", "database unavailable"]
      : ["request.unhandled_error", "unhandled error"];
  logger.error(event, {
    message,
    path: new URL(c.req.url).pathname,
    error: describeError(err),
    stack: err instanceof Error ? err.stack : undefined,
  });
  if (databaseDown) {
    return sendProblem(
      c,
      toProblem("database_unavailable", "The database is unavailable; try again shortly."),
      { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }
  return configError
    ? sendProblem(
        c,
        toProblem("configuration_error", "The service is misconfigured. It has been logged."),
      )
    : sendProblem(
        c,
        toProblem("internal_error", "An unexpected error occurred. It has been logged."),
      );
};

/** Unmatched routes answer 404 as problem+json. */
export const handleNotFound: NotFoundHandler = (c) =>
  sendProblem(
    c,
    toProblem("not_found", `No route matches ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );
