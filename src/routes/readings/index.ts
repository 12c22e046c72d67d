import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateReading } from "./create-reading.ts";
import { registerDeleteReading } from "./delete-reading.ts";
import { registerGetReading } from "./get-reading.ts";
import { registerListReadings } from "./list-readings.ts";

/** The `/v1/readings` sub-app. */
export function readingsRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerCreateReading(app);
  registerListReadings(app);
  registerGetReading(app);
  registerDeleteReading(app);
  return app;
}
