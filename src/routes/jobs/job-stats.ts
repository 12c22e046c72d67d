import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { getJobStats } from "../../jobs/job-stats.ts";
import { requireScope } from "../../middleware/auth.ts";
import { COMMON_ERROR_RESPONSES, MALFORMED_QUERY_RESPONSE } from "../problem-schema.ts";
import { NO_STORE } from "./responses.ts";
import { JobStatsSchema } from "./schemas.ts";

const route = createRoute({
  method: "get",
  path: "/stats",
  operationId: "getJobStats",
  tags: ["jobs"],
  summary: "Your job statistics",
  description:
    "How many of your jobs are in each status, and how long your recent jobs waited and ran: p50 and p95 (nearest rank) of queue wait and run time over the succeeded jobs created in the last 24 hours.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:read")] as const,
  responses: {
    200: {
      description: "The statistics.",
      content: { "application/json": { schema: JobStatsSchema } },
    },
    ...MALFORMED_QUERY_RESPONSE,
    ...COMMON_ERROR_RESPONSES,
  },
});

/** `GET /v1/jobs/stats`. */
export function registerJobStats(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const stats = await getJobStats(createDb(c.env.DB), c.get("principal").owner, Date.now());
    return c.json(stats, 200, NO_STORE);
  });
}
