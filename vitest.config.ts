import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { configDefaults, defineConfig } from "vitest/config";

/** Sentry, the alert webhook and the Analytics Engine SQL API, all on the local stand-in server. */
function observabilityBindings(port: number) {
  const base = `http://127.0.0.1:${port}`;
  return {
    SENTRY_DSN: `http://public@127.0.0.1:${port}/1`,
    SENTRY_SAMPLE_RATE: "1",
    ALERT_WEBHOOK_URL: `${base}/alerts`,
    CF_ACCOUNT_ID: "test-account",
    ANALYTICS_API_TOKEN: "test-analytics-token",
    ANALYTICS_API_URL: `${base}/client/v4`,
    METRICS_DATASET: "orrery_metrics_local",
    OBSERVABILITY_STAND_IN: base,
  };
}

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  // Two projects: the Worker's tests inside workerd, and Node-side tests (deploy scripts, the
  // migration check) under test/node/, which run on Node and must not load the Workers plugin.
  const workers = {
    plugins: [
      // Function form: `inject` reads what the global setups provide (stand-in server ports).
      cloudflareTest(async ({ inject }) => ({
        wrangler: { configPath: "./wrangler.toml" },
        remoteBindings: false,
        miniflare: {
          // Tests never read .dev.vars: the Worker gets its vars and key here.
          bindings: {
            ENVIRONMENT: "test",
            ADMIN_API_KEY: "orr_test_vitest_admin_key_000000000000",
            // Rate-limit tiers: every test file shares the isolate, KV and the anonymous bucket of
            // requests without CF-Connecting-IP, so the anonymous tier is high enough for all their
            // unauthenticated requests in one run; test/routes/rate-limit.test.ts uses its own IPs.
            RATE_LIMIT_DEFAULT_REQUESTS: "1000",
            RATE_LIMIT_DEFAULT_WINDOW_SECONDS: "60",
            RATE_LIMIT_ANONYMOUS_REQUESTS: "40",
            RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: "60",
            TEST_MIGRATIONS: migrations,
            // Observability against local stand-ins (test/global-setup-sentry.ts).
            ...observabilityBindings(inject("observabilityStandInPort")),
          },
        },
      })),
    ],
    test: {
      name: "workers",
      include: ["test/**/*.test.ts"],
      exclude: [...configDefaults.exclude, "test/node/**"],
      setupFiles: ["./test/setup.ts"],
      globalSetup: ["./test/global-setup-sentry.ts", "./test/global-setup-webhooks.ts"],
      // Property tests and the accuracy suite are CPU-bound: generous on a busy 2-core machine.
      testTimeout: 30_000,
    },
  };
  const node = {
    test: {
      name: "node",
      include: ["test/node/**/*.test.ts"],
      environment: "node",
      testTimeout: 30_000,
    },
  };
  return { test: { projects: [workers, node] } };
});
