import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { CHECK_NAMES, checkReadiness } from "../observability/readiness.ts";

const CheckSchema = z
  .object({
    status: z.enum(["ok", "fail", "timeout"]).openapi({ example: "ok" }),
    latency_ms: z.number().int().openapi({ description: "How long the check took.", example: 3 }),
  })
  .openapi("HealthCheck");

const ReadinessSchema = z
  .object({
    status: z.enum(["ready", "not_ready"]),
    checks: z.object(Object.fromEntries(CHECK_NAMES.map((name) => [name, CheckSchema]))).openapi({
      description:
        "`d1` a cheap query, `kv` a sentinel read, `queues` the queue bindings (`metrics()` where the runtime has it), `config` the vars and secrets.",
    }),
    failing: z.array(z.enum(CHECK_NAMES)).openapi({ description: "The checks not `ok`." }),
    checked_at: z.string().openapi({
      description: "When the checks ran (reports are reused for a few seconds).",
      example: "2026-01-02T03:04:05Z",
    }),
  })
  .openapi("Readiness");

const VersionSchema = z
  .object({
    id: z.string().openapi({ description: "The Worker version id (version metadata)." }),
    tag: z.string().nullable().openapi({ description: "The version's tag, if it has one." }),
    timestamp: z.string().nullable().openapi({ description: "When the version was uploaded." }),
    engine_version: z.string().openapi({ example: ENGINE_VERSION }),
  })
  .openapi("Version");

const live = createRoute({
  method: "get",
  path: "/health/live",
  operationId: "getLiveness",
  tags: ["health"],
  summary: "Liveness",
  description: "200 while the Worker can answer. No dependency is called. Never rate-limited.",
  responses: {
    200: {
      description: "Alive.",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } },
    },
  },
});

const ready = createRoute({
  method: "get",
  path: "/health/ready",
  operationId: "getReadiness",
  tags: ["health"],
  summary: "Readiness",
  description:
    "Checks D1, KV, the queues and the configuration within 2 s; the report is cached in each isolate for 5 s. Never rate-limited.",
  responses: {
    200: {
      description: "Ready: every check is `ok`.",
      content: { "application/json": { schema: ReadinessSchema } },
    },
    503: {
      description: "Not ready: `failing` names the checks that failed or timed out.",
      content: { "application/json": { schema: ReadinessSchema } },
    },
  },
});

const version = createRoute({
  method: "get",
  path: "/version",
  operationId: "getVersion",
  tags: ["health"],
  summary: "Running version",
  description:
    "The Worker version that answered (also in every response's `X-Orrery-Version`) and the chart engine's version.",
  responses: {
    200: {
      description: "The running version.",
      content: { "application/json": { schema: VersionSchema } },
    },
  },
});

/** `GET /health/live`, `GET /health/ready` and `GET /version`: public, outside `/v1`. */
export function registerHealth(app: OpenAPIHono<AppEnv>) {
  app.openapi(live, (c) => c.json({ status: "ok" as const }, 200));
  app.openapi(ready, async (c) => {
    const report = await checkReadiness(c.env);
    c.header("Cache-Control", "no-store");
    return report.status === "ready" ? c.json(report, 200) : c.json(report, 503);
  });
  app.openapi(version, (c) => {
    const meta = c.env.CF_VERSION_METADATA;
    return c.json(
      {
        id: meta?.id ?? "unknown",
        tag: meta?.tag || null,
        timestamp: meta?.timestamp || null,
        engine_version: ENGINE_VERSION,
      },
      200,
    );
  });
}
