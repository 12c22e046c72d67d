import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  // Two projects: the Worker's tests inside workerd, and Node-side tests (deploy scripts, the
  // migration check) under test/node/, which run on Node and must not load the Workers plugin.
  const workers = {
    plugins: [
      cloudflareTest({
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
          },
        },
      }),
    ],
    test: {
      name: "workers",
      include: ["test/**/*.test.ts"],
      exclude: [...configDefaults.exclude, "test/node/**"],
      setupFiles: ["./test/setup.ts"],
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
