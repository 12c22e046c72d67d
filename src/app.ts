import { requestId } from "hono/request-id";
import { identify, requireAuth } from "./middleware/auth.ts";
import { loadConfig, versionHeader } from "./middleware/context.ts";
import { handleError, handleNotFound } from "./middleware/error-handler.ts";
import { limitBodySize, requireJsonContentType } from "./middleware/json-body.ts";
import { chartsRoutes } from "./routes/charts/index.ts";
import { registerDocs } from "./routes/docs.ts";
import { registerHealth } from "./routes/health.ts";
import { createRouter } from "./routes/router.ts";

/**
 * Builds the Hono app. Middleware order: request id and version header on everything; then, for
 * `/v1`, configuration, authentication, content type and body size, in that order, so an
 * unauthenticated caller learns nothing about the body rules.
 */
export function createApp() {
  const app = createRouter();
  app.use(requestId());
  app.use(versionHeader());
  app.onError(handleError);
  app.notFound(handleNotFound);

  registerHealth(app);
  registerDocs(app);

  app.use(
    "/v1/*",
    loadConfig(),
    identify(),
    requireAuth(),
    requireJsonContentType(),
    limitBodySize(),
  );
  app.route("/v1/charts", chartsRoutes());
  return app;
}
