// `npm run dev`: the whole API locally on Miniflare (D1, KV, Queues), with nothing sent to
// Cloudflare. Creates .dev.vars from .dev.vars.example when missing, applies D1 migrations to the
// local database, then runs `wrangler dev` on port 8787 with scheduled handlers triggerable
// (`curl "http://localhost:8787/cdn-cgi/handler/scheduled"`). Extra arguments go to wrangler dev.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wrangler = join(root, "node_modules", ".bin", "wrangler");
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};

if (!existsSync(join(root, ".dev.vars"))) {
  copyFileSync(join(root, ".dev.vars.example"), join(root, ".dev.vars"));
  console.log(
    "dev: created .dev.vars from .dev.vars.example (local admin key for the README's curls)",
  );
}

// CI=true makes wrangler apply without asking for confirmation.
const migrate = spawnSync(wrangler, ["d1", "migrations", "apply", "DB", "--local"], {
  cwd: root,
  env: { ...env, CI: "true" },
  stdio: "inherit",
});
if (migrate.status !== 0) {
  console.error("dev: applying D1 migrations failed");
  process.exit(migrate.status ?? 1);
}

// Port 8787 unless the arguments name another (`npm run dev -- --port 8788`).
const extra = process.argv.slice(2);
const port = extra.some((a) => a === "--port" || a.startsWith("--port=")) ? [] : ["--port", "8787"];
const dev = spawn(wrangler, ["dev", ...port, "--test-scheduled", ...extra], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => dev.kill(signal));
}
dev.on("exit", (code) => process.exit(code ?? 0));
