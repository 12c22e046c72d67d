import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateChart } from "./create-chart.ts";
import { registerDeleteChart } from "./delete-chart.ts";
import { registerGetChart } from "./get-chart.ts";
import { registerGetChartSensitivity } from "./get-chart-sensitivity.ts";
import { registerGetChartWheel } from "./get-chart-wheel.ts";
import { registerListCharts } from "./list-charts.ts";
import { registerSynastry } from "./synastry.ts";
import { registerTransits } from "./transits.ts";

/** The `/v1/charts` sub-app. */
export function chartsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerCreateChart(app);
  // Before the `/{id}` routes, so `transits` and `synastry` are never taken for an id.
  registerTransits(app);
  registerSynastry(app);
  registerListCharts(app);
  registerGetChart(app);
  registerGetChartWheel(app);
  registerGetChartSensitivity(app);
  registerDeleteChart(app);
  return app;
}
