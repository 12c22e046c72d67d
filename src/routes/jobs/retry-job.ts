import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { toJobResource } from "../../jobs/job-resource.ts";
import { retryJob } from "../../jobs/retry-job.ts";
import { requireScope } from "../../middleware/auth.ts";
import { idempotent } from "../../middleware/idempotency.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_PARAMETER,
} from "../problem-schema.ts";
import {
  badRequest,
  conflict,
  IDEMPOTENCY_KEY,
  JOB_HEADERS,
  JOB_NOT_FOUND_RESPONSE,
  jobHeaders,
  unavailable,
  unprocessable,
} from "./responses.ts";
import { JobIdParamSchema, JobSchema } from "./schemas.ts";

/** Seconds a client should wait before retrying after `queue_unavailable`. */
const QUEUE_RETRY_AFTER_SECONDS = 5;

const route = createRoute({
  method: "post",
  path: "/{id}/retry",
  operationId: "retryJob",
  tags: ["jobs"],
  summary: "Retry a failed job",
  description:
    "A failed job runs again as the same job: queued with its attempts reset, its reading back to pending. No body. Takes an `Idempotency-Key`.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:write"), idempotent()] as const,
  request: { params: JobIdParamSchema, headers: IDEMPOTENCY_KEY },
  responses: {
    202: {
      description:
        "Accepted: the job is queued again (`Location`: the job; `Retry-After`: a polling hint).",
      headers: JOB_HEADERS,
      content: { "application/json": { schema: JobSchema } },
    },
    ...badRequest(
      `A malformed \`Idempotency-Key\` (\`validation_error\`; \`errors[].path\` names the header), or a ${MALFORMED_QUERY_PARAMETER}.`,
    ),
    ...JOB_NOT_FOUND_RESPONSE,
    ...conflict(
      "The job has not failed (`job_not_retryable`), or a request with the same `Idempotency-Key` is still being answered (`idempotency_request_in_flight`, with `Retry-After`).",
    ),
    ...unprocessable(
      "The `Idempotency-Key` was used for a different request in the last 24 h (`idempotency_key_reused`).",
    ),
    ...unavailable(
      "The job queue refused the message (`queue_unavailable`, with `Retry-After` and `job_id`): the job was failed again at once, nothing is left queued. Or the database is unavailable (`database_unavailable`, with `Retry-After`).",
    ),
    ...BODILESS_POST_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/jobs/{id}/retry`. */
export function registerRetryJob(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await retryJob(
      { db: createDb(c.env.DB), queue: c.env.READING_JOBS },
      { owner: c.get("principal").owner, id, now: Date.now },
    );
    if (result.status === "not_found") {
      throw new ApiError("not_found", `No job ${id} for this account.`);
    }
    if (result.status === "not_retryable") {
      throw new ApiError(
        "job_not_retryable",
        `The job ${id} is ${result.job.status}; only a failed job can be retried.`,
      );
    }
    if (result.status === "queue_unavailable") {
      throw new ApiError(
        "queue_unavailable",
        "The job queue is unavailable; the job was failed again. Retry it shortly.",
        {
          extensions: { job_id: id },
          headers: { "Retry-After": String(QUEUE_RETRY_AFTER_SECONDS) },
        },
      );
    }
    const resource = toJobResource(result.job);
    return c.json(resource, 202, { ...jobHeaders(resource.status), Location: `/v1/jobs/${id}` });
  });
}
