import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { listJobs } from "../../db/jobs.ts";
import { toJobResource } from "../../jobs/job-resource.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { requireScope } from "../../middleware/auth.ts";
import { listPage } from "../list.ts";
import { COMMON_ERROR_RESPONSES, INVALID_PARAMS_RESPONSE } from "../problem-schema.ts";
import { NO_STORE } from "./responses.ts";
import { JobListQuerySchema, JobListSchema } from "./schemas.ts";

const JOB_ID = idPattern("job");

const route = createRoute({
  method: "get",
  path: "/",
  operationId: "listJobs",
  tags: ["jobs"],
  summary: "List your jobs",
  description:
    "Newest first, paged with `limit` and `cursor`, optionally only one `status` or `type` (send the same filters with each page's `cursor`).",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:read")] as const,
  request: { query: JobListQuerySchema },
  responses: {
    200: {
      description: "One page of jobs.",
      content: { "application/json": { schema: JobListSchema } },
    },
    ...INVALID_PARAMS_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/jobs`. */
export function registerListJobs(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { limit, cursor, status, type } = c.req.valid("query");
    const before = cursor === undefined ? undefined : decodeCursor(cursor, JOB_ID);
    // One more than the page, to know whether another page follows.
    const rows = await listJobs(createDb(c.env.DB), c.get("principal").owner, {
      status,
      type,
      before,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit).map(toJobResource);
    return c.json(
      listPage(page, rows.length > limit, (job) => job.id),
      200,
      NO_STORE,
    );
  });
}
