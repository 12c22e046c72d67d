import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateChart } from "./create-chart.ts";
import { registerGetChart } from "./get-chart.ts";

/** The `/v1/charts` sub-app. */
export function chartsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerCreateChart(app);
  registerGetChart(app);
  return app;
}
