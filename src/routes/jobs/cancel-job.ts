import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { cancelJob } from "../../jobs/cancel-job.ts";
import { toJobResource } from "../../jobs/job-resource.ts";
import { requireScope } from "../../middleware/auth.ts";
import {
  BODILESS_POST_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  MALFORMED_QUERY_RESPONSE,
} from "../problem-schema.ts";
import { conflict, JOB_HEADERS, JOB_NOT_FOUND_RESPONSE, NO_STORE } from "./responses.ts";
import { JobIdParamSchema, JobSchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/{id}/cancel",
  operationId: "cancelJob",
  tags: ["jobs"],
  summary: "Cancel a queued job",
  description:
    "A queued job is cancelled and its reading marked failed. A job that has started (or finished) cannot be cancelled. No body.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:write")] as const,
  request: { params: JobIdParamSchema },
  responses: {
    200: {
      description: "The job, now `cancelled`.",
      headers: JOB_HEADERS,
      content: { "application/json": { schema: JobSchema } },
    },
    ...JOB_NOT_FOUND_RESPONSE,
    ...conflict("The job is running or finished (`job_not_cancellable`)."),
    ...BODILESS_POST_ERROR_RESPONSES,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `POST /v1/jobs/{id}/cancel`. */
export function registerCancelJob(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const result = await cancelJob(createDb(c.env.DB), {
      owner: c.get("principal").owner,
      id,
      now: Date.now(),
    });
    if (result.status === "not_found") {
      throw new ApiError("not_found", `No job ${id} for this account.`);
    }
    if (result.status === "not_cancellable") {
      throw new ApiError(
        "job_not_cancellable",
        `The job ${id} is ${result.job.status}; only a queued job can be cancelled.`,
      );
    }
    return c.json(toJobResource(result.job), 200, NO_STORE);
  });
}
