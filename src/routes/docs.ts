import type { OpenAPIHono } from "@hono/zod-openapi";
import swaggerCss from "swagger-ui-dist/swagger-ui.css";
import swaggerJs from "swagger-ui-dist/swagger-ui-bundle.js";
import type { AppEnv } from "../app-env.ts";
import { ENGINE_VERSION } from "../astro/version.ts";

// swagger-ui's assets are bundled as text (wrangler.toml [[rules]]) and served from here, so the
// page loads nothing from a CDN. They never change within a deployment: cache them for a day.
const ASSET_CACHE = "public, max-age=86400";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orrery API reference</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });`;

/**
 * Registers `GET /openapi.json` (OpenAPI 3.1, generated from the routes' zod schemas) and
 * `GET /docs` (an interactive reference served entirely by the Worker).
 */
export function registerDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An Orrery API key: `Authorization: Bearer <key>`.",
  });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Orrery API",
      version: ENGINE_VERSION,
      description:
        "Accurate natal charts from birth data. Errors are RFC 9457 problem details (`application/problem+json`).",
    },
    servers: [{ url: "/" }],
  });
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/init.js", (c) =>
    c.body(INIT, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": ASSET_CACHE,
    }),
  );
  app.get("/docs/swagger-ui.css", (c) =>
    c.body(swaggerCss, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": ASSET_CACHE,
    }),
  );
  app.get("/docs/swagger-ui-bundle.js", (c) =>
    c.body(swaggerJs, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": ASSET_CACHE,
    }),
  );
}
