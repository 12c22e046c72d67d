import type { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";

/**
 * `GET /health/live`: 200 while the Worker can answer, with no dependency calls, so scripts and
 * probes can wait for it. (Readiness, with dependency checks, is a separate endpoint.)
 */
export function registerHealth(app: Hono<AppEnv>) {
  app.get("/health/live", (c) => c.json({ status: "ok" }));
}
