// Shared pieces of the benchmarks: start the Worker locally with wrangler's dev server (the
// environment `wrangler dev` builds, through bench/dev-server.ts; a fresh state directory each
// run), wait until it answers, and stop it. Loopback only.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { unstable_startWorker } from "wrangler";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The project's wrangler (its shebang runs the first `node` on PATH: see {@link BENCH_ENV}). */
export const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
const NODE = join(ROOT, "node_modules", ".bin", "node");
/** What bench/dev-server.ts passes to wrangler's `unstable_startWorker`. */
type DevServerInput = Parameters<typeof unstable_startWorker>[0];
/**
 * The environment of the tools a bench starts: no metrics or account calls, and this Node (the
 * pinned one) first on PATH, since wrangler needs Node 22+ also when a bench runs without npm
 * (`node_modules/.bin/node bench/profile.ts`, whose PATH may start with the system's Node 20).
 */
export const BENCH_ENV = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  CI: "true",
};

/** The local dev admin key (from .dev.vars.example), passed to the bench Worker as a var. */
export const ADMIN_KEY = "orr_test_local_dev_admin_key_0000000000";

/** The benches' stored chart, as `POST /v1/charts` takes it: London, 15 June 1990, 14:30 (BST). */
export const SAMPLE_CHART_BODY = JSON.stringify({
  datetime: "1990-06-15T14:30:00",
  timezone: "Europe/London",
  latitude: 51.5074,
  longitude: -0.1278,
});

/** A Worker started for a benchmark. */
export interface LocalWorker {
  url: string;
  stop: () => void;
}

/**
 * Starts the API with wrangler's dev server on `port`, with its own state directory (migrations
 * applied), and resolves once `/health/live` answers. `inspectorPort` pins the DevTools inspector's
 * port (default: 9229, or a free one when that is taken); `false` starts no inspector, as in
 * production, where no DevTools session is attached to an isolate (the throughput runs, see
 * docs/PERFORMANCE_GUIDE.md). `testScheduled` exposes the cron at `/cdn-cgi/handler/scheduled`
 * (Miniflare runs no cron by itself); `statePrefix` names the temporary state directory (default
 * `orrery-bench-`).
 */
export async function startWorker(
  port: number,
  options: { inspectorPort?: number | false; testScheduled?: boolean; statePrefix?: string } = {},
): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), options.statePrefix ?? "orrery-bench-"));
  const migrate = spawnSync(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state],
    {
      cwd: ROOT,
      env: BENCH_ENV,
      stdio: "ignore",
    },
  );
  if (migrate.status !== 0) throw new Error("applying migrations failed");
  const child = startDevServer(ROOT, port, options.inspectorPort, {
    config: join(ROOT, "wrangler.toml"),
    bindings: { ADMIN_API_KEY: { type: "plain_text", value: ADMIN_KEY, hidden: true } },
    dev: { persist: state, testScheduled: options.testScheduled },
  });
  return waitUntilLive(child, port, "/health/live", state);
}

/**
 * Starts `bench/baseline-worker.ts` (a constant JSON body, no bindings) with wrangler's dev server
 * on `port`, from an empty temporary directory so that no wrangler.toml applies: the same runtime
 * as the API, with nothing of Orrery's in it. `inspectorPort` as for startWorker. Resolves once it
 * answers.
 */
export async function startBaseline(
  port: number,
  inspectorPort?: number | false,
): Promise<LocalWorker> {
  const dir = mkdtempSync(join(tmpdir(), "orrery-bench-baseline-"));
  const child = startDevServer(dir, port, inspectorPort, {
    name: "orrery-bench-baseline",
    entrypoint: join(ROOT, "bench", "baseline-worker.ts"),
    compatibilityDate: "2026-11-01",
    dev: { persist: dir },
  });
  return waitUntilLive(child, port, "/", dir);
}

/**
 * Runs `bench/dev-server.ts` (wrangler's `unstable_startWorker`, the dev environment `wrangler dev`
 * builds) in its own process group from `cwd`, serving `input` on 127.0.0.1:`port`, with wrangler's
 * own output at level error (as `wrangler dev --log-level error`); bench/dev-server.ts drops the
 * Worker's console lines as they arrive.
 */
function startDevServer(
  cwd: string,
  port: number,
  inspectorPort: number | false | undefined,
  input: DevServerInput & { dev: NonNullable<DevServerInput["dev"]> },
): ChildProcess {
  const inspector =
    inspectorPort === false
      ? false
      : inspectorPort === undefined
        ? undefined
        : { hostname: "127.0.0.1", port: inspectorPort };
  const full: DevServerInput = {
    ...input,
    // No file watching: nothing changes under a benchmark, and esbuild's watcher costs CPU.
    dev: { ...input.dev, server: { hostname: "127.0.0.1", port }, inspector, watch: false },
  };
  return spawn(NODE, [join(ROOT, "bench", "dev-server.ts"), JSON.stringify(full)], {
    cwd,
    env: { ...BENCH_ENV, WRANGLER_LOG: "error" },
    stdio: "ignore",
    detached: true,
  });
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

/** The machine a Node benchmark ran on, and when: the head of every result file. */
export function machineInfo() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? "unknown",
    load_average: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/**
 * Prints the load average and writes `result` as JSON to `bench/results/<name>-<ms>.json`
 * (git-ignored but for the committed examples).
 */
export function writeResult(name: string, result: { load_average: number[] }): void {
  console.log(`load average ${result.load_average.join(" ")}`);
  writeFileSync(
    join(ROOT, "bench", "results", `${name}-${Date.now()}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}

/** Nearest-rank percentile of `values` (p in 0–100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * The body of `res` as JSON, after checking its status.
 * @throws Error naming the URL, the status and the body when the status is not `expected`.
 */
export async function expectJson<T>(res: Response, expected: number): Promise<T> {
  if (res.status !== expected)
    throw new Error(`${res.url} answered ${res.status}, not ${expected}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Every item of a paginated `/v1` list (`data`, `next_cursor`), following the cursor with
 * `limit=100`. `path` may carry a query of its own.
 * @throws Error when a page does not answer 200.
 */
export async function listAll<T>(
  url: string,
  path: string,
  headers: Record<string, string>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const page: { data: T[]; next_cursor: string | null } = await expectJson(
      await fetch(`${url}${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ""}`, { headers }),
      200,
    );
    items.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same sequence every run. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = [
  ["Europe/London", 51.5074, -0.1278],
  ["America/New_York", 40.7128, -74.006],
  ["Asia/Kolkata", 19.076, 72.8777],
  ["Australia/Sydney", -33.8688, 151.2093],
  ["America/Sao_Paulo", -23.5505, -46.6333],
  ["Asia/Tokyo", 35.6762, 139.6503],
] as const;
const HOUSES = ["placidus", "koch", "equal", "whole_sign", "porphyry", "regiomontanus", "campanus"];

/** A `POST /v1/charts` body without `store`: local datetime, IANA zone, degrees, house system. */
export interface ChartInput {
  datetime: string;
  timezone: string;
  latitude: number;
  longitude: number;
  house_system: string;
}

/**
 * A new chart input on every call, seeded: dates over 1800–2100, six places (±0.5° around each),
 * every house system.
 */
export function chartInputs(seed: number): () => ChartInput {
  const r = rng(seed);
  const pad = (n: number) => String(n).padStart(2, "0");
  return () => {
    const [timezone, latitude, longitude] = ZONES[
      Math.floor(r() * ZONES.length)
    ] as (typeof ZONES)[number];
    const year = 1800 + Math.floor(r() * 301);
    return {
      datetime: `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}T${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}`,
      timezone,
      latitude: latitude + r() - 0.5,
      longitude: longitude + r() - 0.5,
      house_system: HOUSES[Math.floor(r() * HOUSES.length)] as string,
    };
  };
}
