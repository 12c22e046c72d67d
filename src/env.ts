import { z } from "zod";

/**
 * The Worker's bindings, as declared in wrangler.toml (the same names in every environment).
 * Bindings that later features use are declared now so every environment has the same shape.
 */
export interface Env {
  /** D1: charts (and later readings, jobs, keys, webhooks). */
  DB: D1Database;
  /** KV: chart and response cache. */
  CACHE: KVNamespace;
  /** KV: rate-limit counters. */
  RATE_LIMIT: KVNamespace;
  /** Queue of reading jobs (consumer with retries and a dead-letter queue). */
  READING_JOBS: Queue;
  /** Queue of webhook deliveries. */
  WEBHOOKS: Queue;
  /** Workers Analytics Engine dataset for metrics. */
  METRICS: AnalyticsEngineDataset;
  /** The version metadata binding: id, tag and timestamp of the running Worker version. */
  CF_VERSION_METADATA: WorkerVersionMetadata;
  /** `development`, `staging` or `production`. */
  ENVIRONMENT: string;
  /** Comma-separated browser origins allowed by CORS (empty: none). */
  CORS_ORIGINS?: string;
  /** Secret: the bootstrap admin bearer token. */
  ADMIN_API_KEY: string;
  /** Rate limit of keys without their own (the `"default"` tier): requests per window. */
  RATE_LIMIT_DEFAULT_REQUESTS: string;
  /** Window of the default tier, in seconds. */
  RATE_LIMIT_DEFAULT_WINDOW_SECONDS: string;
  /** Rate limit per client network of requests without a valid key: requests per window. */
  RATE_LIMIT_ANONYMOUS_REQUESTS: string;
  /** Window of the anonymous tier, in seconds. */
  RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: string;
  /** Finished jobs older than this many days are deleted by the cron. */
  JOB_RETENTION_DAYS: string;
  /** Workers AI (staging and production only: it has no local simulator). */
  AI?: Ai;
  /** Text model that rewrites composed readings, e.g. `@cf/meta/llama-3.1-8b-instruct`; unset: off. */
  AI_MODEL?: string;
  /** Secret (optional): the Sentry DSN; error reporting is off without it. */
  SENTRY_DSN?: string;
  /** Share of error events sent to Sentry, 0–1 (default 1). */
  SENTRY_SAMPLE_RATE?: string;
  /** Secret (optional): Slack-compatible incoming webhook URL for alerts. */
  ALERT_WEBHOOK_URL?: string;
  /** Cloudflare account id, for the Analytics Engine SQL API (request alert rules). */
  CF_ACCOUNT_ID?: string;
  /** Secret (optional): API token with Account Analytics Read, for the Analytics Engine SQL API. */
  ANALYTICS_API_TOKEN?: string;
  /** Base URL of the Cloudflare API (default `https://api.cloudflare.com/client/v4`). */
  ANALYTICS_API_URL?: string;
  /** The Analytics Engine dataset `METRICS` writes to (queried by the alert rules). */
  METRICS_DATASET?: string;
  /** `"true"` lets webhooks target localhost, 127.0.0.1 and [::1] (local development only). */
  WEBHOOKS_ALLOW_LOOPBACK?: string;
}

type OrreryEnv = Env;

// `env` from "cloudflare:workers" is typed as Cloudflare.Env: make it ours.
declare global {
  namespace Cloudflare {
    interface Env extends OrreryEnv {}
  }
}

/** A var holding a positive whole number (vars are strings; a TOML number is accepted too). */
function positiveInteger(name: string) {
  const error = `${name} must be a positive integer`;
  return z.coerce.number({ error }).int(error).positive(error).max(Number.MAX_SAFE_INTEGER, error);
}

const configSchema = z.object({
  ENVIRONMENT: z.enum(["development", "test", "staging", "production"]),
  /**
   * Browser origins allowed to call the API cross-origin (CORS), comma-separated, e.g.
   * `https://app.example.com,https://admin.example.com`. Empty: no cross-origin access.
   */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o !== ""),
    )
    .pipe(
      z.array(z.url({ protocol: /^https?$/, error: "each CORS origin must be an http(s) URL" })),
    ),
  ADMIN_API_KEY: z
    .string({ error: "ADMIN_API_KEY is not set: add it to .dev.vars or as a secret" })
    .min(24, "ADMIN_API_KEY must be at least 24 characters"),
  /** Default tier: keys without a limit of their own (`defaultPolicy()` in src/rate-limit/policy.ts). */
  RATE_LIMIT_DEFAULT_REQUESTS: positiveInteger("RATE_LIMIT_DEFAULT_REQUESTS"),
  RATE_LIMIT_DEFAULT_WINDOW_SECONDS: positiveInteger("RATE_LIMIT_DEFAULT_WINDOW_SECONDS"),
  /** Anonymous tier: requests without a valid key, per client network. */
  RATE_LIMIT_ANONYMOUS_REQUESTS: positiveInteger("RATE_LIMIT_ANONYMOUS_REQUESTS"),
  RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: positiveInteger("RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS"),
  /** Finished jobs older than this many days are pruned by the cron. */
  JOB_RETENTION_DAYS: positiveInteger("JOB_RETENTION_DAYS"),
  /** Observability (docs/MONITORING_GUIDE.md): all optional; each feature is off when unset. */
  SENTRY_DSN: z.url({ error: "SENTRY_DSN must be a URL" }).optional(),
  SENTRY_SAMPLE_RATE: z.coerce
    .number({ error: "SENTRY_SAMPLE_RATE must be a number from 0 to 1" })
    .min(0, "SENTRY_SAMPLE_RATE must be a number from 0 to 1")
    .max(1, "SENTRY_SAMPLE_RATE must be a number from 0 to 1")
    .default(1),
  ALERT_WEBHOOK_URL: z.url({ error: "ALERT_WEBHOOK_URL must be a URL" }).optional(),
  /**
   * Webhook URLs may name localhost, 127.0.0.1 and [::1] (local receivers). `"true"` only in local
   * development and tests; private, link-local and metadata addresses stay refused regardless.
   */
  WEBHOOKS_ALLOW_LOOPBACK: z
    .enum(["true", "false"], { error: 'WEBHOOKS_ALLOW_LOOPBACK must be "true" or "false"' })
    .default("false")
    .transform((v) => v === "true"),
});

/** Configuration resolved once from string vars and secrets. */
export type Config = z.infer<typeof configSchema>;

/**
 * Thrown when the Worker's vars or secrets are missing or malformed. The message names each
 * variable and what is wrong with it.
 */
export class ConfigError extends Error {
  readonly code = "configuration_error";
}

/** Configurations parsed in this isolate, per `env` object (the runtime passes the same one). */
const parsed = new WeakMap<Env, Config>();

/**
 * Parses the string vars and secrets of `env`, once per `env` object and isolate: later calls
 * with the same object return the same (read-only) result. An invalid one is parsed again each
 * time, so every request answers the same `ConfigError`.
 * @throws {ConfigError} when a var is missing or invalid.
 */
export function parseConfig(env: Env): Readonly<Config> {
  const known = parsed.get(env);
  if (known) return known;
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  parsed.set(env, result.data);
  return result.data;
}
