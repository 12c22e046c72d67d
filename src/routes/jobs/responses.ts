import { z } from "@hono/zod-openapi";
import { POLL_AFTER_SECONDS } from "../../jobs/config.ts";
import type { JobStatus } from "../../jobs/types.ts";
import { problemResponse } from "../problem-schema.ts";

/** 404 for a job id that names no job of this account. */
export const JOB_NOT_FOUND_RESPONSE = {
  404: problemResponse(
    "No job with this id for this account (another account's job looks missing).",
  ),
} as const;

/** A 400 problem response with a description of the case. */
export function badRequest(description: string) {
  return { 400: problemResponse(description) } as const;
}

/** A 409 problem response with a description of the case. */
export function conflict(description: string) {
  return { 409: problemResponse(description) } as const;
}

/** A 422 problem response with a description of the case. */
export function unprocessable(description: string) {
  return { 422: problemResponse(description) } as const;
}

/** A 503 problem response with a description of the case. */
export function unavailable(description: string) {
  return { 503: problemResponse(description) } as const;
}

/** Jobs change while clients poll them: no cache keeps a job response. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * Headers of a response carrying a job: never stored, and while it is queued or running the
 * polling hint `Retry-After`.
 */
export function jobHeaders(status: JobStatus): Record<string, string> {
  return status === "queued" || status === "running"
    ? { ...NO_STORE, "Retry-After": String(POLL_AFTER_SECONDS) }
    : { ...NO_STORE };
}

/** OpenAPI headers of a job response. */
export const JOB_HEADERS = z.object({
  "Cache-Control": z.literal("no-store"),
  "Retry-After": z
    .string()
    .optional()
    .openapi({
      description: `While the job is queued or running: seconds to wait before polling again (${POLL_AFTER_SECONDS}).`,
    }),
});

/** The `Idempotency-Key` request header, as documented on job-creating POSTs. */
export const IDEMPOTENCY_KEY = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .openapi({
      param: { in: "header" },
      description:
        "1–255 printable ASCII characters. A repeated key with the same request (method, path, body) within 24 h answers the first response again, with `Idempotency-Replayed: true`.",
      example: "b1946ac9-2f4e-4d3b-a4f6-6d2a0a8f6c11",
    }),
});
