import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerSearchPlaces } from "./search-places.ts";
import { registerTimezoneAt } from "./timezone-at.ts";

/** The `/v1/places` sub-app: gazetteer search and the time zone at a point. */
export function placesRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerSearchPlaces(app);
  registerTimezoneAt(app);
  return app;
}
