import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { idSource } from "../../lib/ids.ts";

/** A chart id as `newId("chr")` mints it: the prefix and a ULID in Crockford base32. */
const CHART_ID = idSource("chr");

/**
 * Documents `route` as written (`/{id}…`) and returns it to be registered undocumented, with its
 * `{id}` routed only for a chart id: then `GET /v1/charts/transits` is no chart `transits` but a
 * path whose only route is a POST, answered 405 `Allow: POST` by the app's 405 handling, and an id
 * of another shape finds no route (404 `not_found`, as an unknown chart). @hono/zod-openapi turns
 * `/{id{…}}` into Hono's `/:id{…}`. Every `{id}` route of a method must use it, or RegExpRouter
 * refuses the app (test/routes/router.test.ts).
 */
export function routedByChartId<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  route: R,
): R & { hide: true } {
  const { middleware: _, ...documented } = route;
  app.openAPIRegistry.registerPath(documented);
  return { ...route, hide: true, path: route.path.replace("/{id}", `/{id{${CHART_ID}}}`) };
}
