import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { findJob } from "../../db/jobs.ts";
import { ApiError } from "../../errors/api-error.ts";
import { toJobResource } from "../../jobs/job-resource.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, MALFORMED_QUERY_RESPONSE } from "../problem-schema.ts";
import { JOB_HEADERS, JOB_NOT_FOUND_RESPONSE, jobHeaders } from "./responses.ts";
import { JobIdParamSchema, JobSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getJob",
  tags: ["jobs"],
  summary: "Read a job",
  description:
    "Poll a job until it is `succeeded` (its `result` names what it made), `failed` (`error` says why) or `cancelled`. While it is queued or running, `Retry-After` is the polling hint.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:read")] as const,
  request: { params: JobIdParamSchema },
  responses: {
    200: {
      description: "The job.",
      headers: JOB_HEADERS,
      content: { "application/json": { schema: JobSchema } },
    },
    ...JOB_NOT_FOUND_RESPONSE,
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/jobs/{id}`. */
export function registerGetJob(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const job = await findJob(createDb(c.env.DB), c.get("principal").owner, id);
    if (!job) throw new ApiError("not_found", `No job ${id} for this account.`);
    const resource = toJobResource(job);
    return c.json(resource, 200, jobHeaders(resource.status));
  });
}
