import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCancelJob } from "./cancel-job.ts";
import { registerGetJob } from "./get-job.ts";
import { registerJobStats } from "./job-stats.ts";
import { registerListJobs } from "./list-jobs.ts";
import { registerRetryJob } from "./retry-job.ts";

/**
 * The `/v1/jobs` sub-app. `/stats` is registered before `/{id}` so it is never read as an id.
 */
export function jobsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerJobStats(app);
  registerListJobs(app);
  registerGetJob(app);
  registerCancelJob(app);
  registerRetryJob(app);
  return app;
}
