import { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "./env.ts";

/** Builds the Hono app: middleware order and route mounting. */
export function createApp() {
  const app = new OpenAPIHono<{ Bindings: Env }>();
  app.get("/health/live", (c) => c.json({ status: "ok" }));
  return app;
}
