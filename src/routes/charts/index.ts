import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateChart } from "./create-chart.ts";
import { registerDeleteChart } from "./delete-chart.ts";
import { registerGetChart } from "./get-chart.ts";
import { registerGetChartSensitivity } from "./get-chart-sensitivity.ts";
import { registerGetChartWheel } from "./get-chart-wheel.ts";
import { registerListCharts } from "./list-charts.ts";

/** The `/v1/charts` sub-app. */
export function chartsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerCreateChart(app);
  registerListCharts(app);
  registerGetChart(app);
  registerGetChartWheel(app);
  registerGetChartSensitivity(app);
  registerDeleteChart(app);
  return app;
}
