import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { ApiError } from "./errors/api-error.ts";
import { identify, requireAuth } from "./middleware/auth.ts";
import { loadConfig, versionHeader } from "./middleware/context.ts";
import { handleError, handleNotFound } from "./middleware/error-handler.ts";
import { limitBodySize, requireJsonContentType } from "./middleware/json-body.ts";
import { observeRequests } from "./middleware/observe.ts";
import { refuseMalformedQuery } from "./middleware/query-encoding.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { corsForConfiguredOrigins, hardenResponses } from "./middleware/security.ts";
import { chartsRoutes } from "./routes/charts/index.ts";
import { registerDocs } from "./routes/docs.ts";
import { registerHealth } from "./routes/health.ts";
import { jobsRoutes } from "./routes/jobs/index.ts";
import { keysRoutes } from "./routes/keys/index.ts";
import { placesRoutes } from "./routes/places/index.ts";
import { readingsRoutes } from "./routes/readings/index.ts";
import { createRouter } from "./routes/router.ts";
import { webhooksRoutes } from "./routes/webhooks/index.ts";

/**
 * Builds the Hono app. Middleware order: request id, version header, secure headers, CORS and
 * 405s on everything; then, for `/v1`: configuration, identification of the key, the rate limit
 * (counted before a bad key is refused, so key guessing is throttled), authentication, the query
 * string's encoding, body size and content type — so an unauthenticated caller learns nothing
 * about the query or body rules and no body is read past the size limit. Scopes and idempotency
 * are per route.
 */
export function createApp() {
  const app = createRouter();
  app.use(requestId());
  app.use(observeRequests());
  app.use(versionHeader());
  app.use(hardenResponses());
  app.use(corsForConfiguredOrigins());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) => {
        throw new ApiError(
          "method_not_allowed",
          `${c.req.method} is not allowed here; use ${allowed.join(", ")}.`,
          { headers: { Allow: allowed.join(", ") } },
        );
      },
    }),
  );
  app.onError(handleError);
  app.notFound(handleNotFound);

  registerHealth(app);
  registerDocs(app);

  app.use(
    "/v1/*",
    loadConfig(),
    identify(),
    rateLimit(),
    requireAuth(),
    refuseMalformedQuery(),
    limitBodySize(),
    requireJsonContentType(),
  );
  app.route("/v1/charts", chartsRoutes());
  app.route("/v1/keys", keysRoutes());
  app.route("/v1/places", placesRoutes());
  app.route("/v1/jobs", jobsRoutes());
  app.route("/v1/readings", readingsRoutes());
  app.route("/v1/webhooks", webhooksRoutes());
  return app;
}
