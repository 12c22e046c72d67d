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
 * and resolves once `/health/live` answers. `inspectorPort` pins wrangler's devtools port (its
 * default is 9229, or a free one when that is taken).
 */
export async function startWorker(
  port: number,
  options: { inspectorPort?: number } = {},
): Promise<LocalWorker> {
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
      ...(options.inspectorPort ? ["--inspector-port", String(options.inspectorPort)] : []),
    ],
    { cwd: ROOT, env: ENV, stdio: "ignore", detached: true },
  );
  return waitUntilLive(child, port, "/health/live", state);
}

/**
 * Starts `bench/baseline-worker.ts` (a constant JSON body, no bindings) with wrangler dev on `port`,
 * from an empty temporary directory so that no wrangler.toml applies: the same runtime as the API,
 * with nothing of Orrery's in it. Resolves once it answers.
 */
export async function startBaseline(port: number, inspectorPort?: number): Promise<LocalWorker> {
  const dir = mkdtempSync(join(tmpdir(), "orrery-bench-baseline-"));
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      "dev",
      join(ROOT, "bench", "baseline-worker.ts"),
      "--name",
      "orrery-bench-baseline",
      "--compatibility-date",
      "2026-11-01",
      "--port",
      String(port),
      "--persist-to",
      dir,
      "--log-level",
      "error",
      ...(inspectorPort ? ["--inspector-port", String(inspectorPort)] : []),
    ],
    { cwd: dir, env: ENV, stdio: "ignore", detached: true },
  );
  return waitUntilLive(child, port, "/", dir);
}

async function waitUntilLive(
  child: ChildProcess,
  port: number,
  path: string,
  state: string,
): Promise<LocalWorker> {
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
      if ((await fetch(`${url}${path}`)).ok) return { url, stop };
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
