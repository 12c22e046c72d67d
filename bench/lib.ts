// Shared pieces of the benchmarks: start the Worker locally with wrangler dev (a fresh state
// directory each run), wait until it answers, and stop it. Loopback only.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
const ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  CI: "true",
};

/** The local dev admin key (from .dev.vars.example), passed to the bench Worker as a var. */
export const ADMIN_KEY = "orr_test_local_dev_admin_key_0000000000";

/** A Worker started for a benchmark. */
export interface LocalWorker {
  url: string;
  stop: () => void;
}

/**
 * Starts the API with wrangler dev on `port`, with its own state directory (migrations applied),
 * and resolves once `/health/live` answers.
 */
export async function startWorker(port: number): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), "orrery-bench-"));
  const migrate = spawnSync(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state],
    {
      cwd: ROOT,
      env: ENV,
      stdio: "ignore",
    },
  );
  if (migrate.status !== 0) throw new Error("applying migrations failed");
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      "dev",
      "--port",
      String(port),
      "--persist-to",
      state,
      "--var",
      `ADMIN_API_KEY:${ADMIN_KEY}`,
      "--log-level",
      "error",
    ],
    { cwd: ROOT, env: ENV, stdio: "ignore", detached: true },
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {}
    rmSync(state, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health/live`)).ok) return { url, stop };
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error("the Worker did not start within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Nearest-rank percentile of `values` (p in 0–100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
