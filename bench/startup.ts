// Startup of a fresh isolate, on Node: the CPU time of evaluating the Worker's bundle (what
// `wrangler deploy --dry-run` uploads) before it can answer anything, and of its first requests,
// against the baseline Worker (bench/baseline-worker.ts) bundled the same way, so the result is
// also a ratio. Each number is the median of fresh processes (children of this one), run in
// alternation: the API and the baseline, one each per round.
//
// The child imports the bundle's index.js with the Text modules (wrangler.toml [[rules]]) given
// as strings, as workerd gives them, and times it with process.threadCpuUsage (this thread
// only: process.cpuUsage would add V8's background compiler threads; the thread's clock ticks
// every few ms, hence the medians). Then it calls the Worker's `fetch` with stand-in bindings:
// `GET /health/live`, then `GET /v1/places?q=london` (the gazetteer's first search) and
// `?q=paris` (its second), then the isolate's first chart (`POST /v1/charts`, `store: false`).
// A chart by `place_id` needs D1: bench/places.ts times the gazetteer's part of it
// (`first_find_place_cpu_us`). Node's V8 is not workerd's, and
// Cloudflare's machines are not this one: compare before and after, not the milliseconds with
// the 1 s startup limit (`npx wrangler check startup` profiles startup in local workerd; see
// docs/PERFORMANCE_GUIDE.md, Startup). Load average is printed; run under the lock:
//   flock /tmp/orrery-measure.lock npm run bench:startup -- [rounds] [checkout]
// `checkout` (default: this repository) is the directory whose Worker is bundled, e.g. an export
// of another commit (`git archive`) with node_modules linked, for a before/after.
// A CPU profile of one fresh start of `npm run bundle`'s output:
//   node_modules/.bin/node --cpu-prof bench/startup.ts --child dist api
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ADMIN_KEY, BENCH_ENV, machineInfo, ROOT, WRANGLER, writeResult } from "./lib.ts";

/**
 * `wrangler deploy --dry-run --outdir` of the API in `checkout`, or of the baseline Worker when
 * `file` is set.
 */
function bundle(outdir: string, checkout: string, file?: string): void {
  const args = ["deploy", "--dry-run", "--outdir", outdir];
  const extra = file
    ? [file, "--name", "orrery-bench-baseline", "--compatibility-date", "2026-11-01"]
    : [];
  // The baseline is bundled from an empty directory, so that no wrangler.toml applies.
  const cwd = file ? mkdtempSync(join(tmpdir(), "orrery-startup-baseline-")) : checkout;
  const run = spawnSync(WRANGLER, [...args, ...extra], { cwd, env: BENCH_ENV, encoding: "utf8" });
  if (file) rmSync(cwd, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed: ${run.stderr}`);
}

/** The main module of a bundle in `dist` (`index.js`, or named after the entry): the one with a map. */
function entryOf(dist: string): string {
  const files = readdirSync(dist);
  const entry = files.find((f) => f.endsWith(".js") && files.includes(`${f}.map`));
  if (!entry) throw new Error(`no main module in ${dist}`);
  return entry;
}

/** Size of the modules in `dist` (the source map aside), raw and gzipped, in KiB. */
function sizes(dist: string) {
  const files = readdirSync(dist).filter((f) => !f.endsWith(".map") && f !== "README.md");
  const kib = (n: number) => Number((n / 1024).toFixed(1));
  return {
    modules: files.length,
    main_module_kib: kib(statSync(join(dist, entryOf(dist))).size),
    total_kib: kib(files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0)),
    total_gzip_kib: kib(
      files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0),
    ),
  };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.threadCpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** Bindings of the API that a request to the health and places routes may touch. */
function standInEnv() {
  const kv = { get: async () => null, put: async () => {}, delete: async () => {} };
  return {
    ENVIRONMENT: "development",
    ADMIN_API_KEY: ADMIN_KEY,
    RATE_LIMIT_DEFAULT_REQUESTS: "600",
    RATE_LIMIT_DEFAULT_WINDOW_SECONDS: "60",
    RATE_LIMIT_ANONYMOUS_REQUESTS: "30",
    RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: "60",
    JOB_RETENTION_DAYS: "30",
    CACHE: kv,
    RATE_LIMIT: kv,
    // Never queried by the requests timed here (a chart with `store: false` reads no row).
    DB: {},
    METRICS: { writeDataPoint: () => {} },
    CF_VERSION_METADATA: { id: "bench", tag: "", timestamp: "" },
  };
}

/** Child mode: evaluate the bundle in `dist`, then time its first requests. */
async function child(dist: string, mode: string): Promise<void> {
  // Every module of the output but the main one is a Text module (the only kind we bundle).
  const main = pathToFileURL(join(dist, entryOf(dist))).href;
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(pathToFileURL(dist).href) || url === main) {
        return nextLoad(url, context);
      }
      const source = `import { readFileSync } from "node:fs";
export default readFileSync(${JSON.stringify(fileURLToPath(url))}, "utf8");`;
      return { format: "module", source, shortCircuit: true };
    },
  });
  // workerd's non-standard crypto.subtle.timingSafeEqual (the key check uses it); Node lacks it.
  Object.assign(crypto.subtle, {
    timingSafeEqual: (a: ArrayBufferView | ArrayBuffer, b: ArrayBufferView | ArrayBuffer) => {
      const bytes = (v: ArrayBufferView | ArrayBuffer) =>
        ArrayBuffer.isView(v)
          ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
          : new Uint8Array(v);
      const [x, y] = [bytes(a), bytes(b)];
      return x.length === y.length && x.every((byte, i) => byte === y[i]);
    },
  });
  // Node loads its fetch classes (undici) on first use: not the Worker's cost, so before timing.
  await new Response(new Request("http://localhost/", { method: "POST", body: "{}" }).body).text();
  const t0 = process.threadCpuUsage();
  const worker = (await import(main)).default as {
    fetch: (request: Request, env: unknown, ctx: unknown) => Promise<Response>;
  };
  const result: Record<string, number> = { startup_cpu_ms: cpuMs(t0) };
  const env = standInEnv();
  const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} };
  const auth = { Authorization: `Bearer ${ADMIN_KEY}` };
  const time = async (name: string, path: string, init: RequestInit = {}) => {
    const t = process.threadCpuUsage();
    const response = await worker.fetch(new Request(`http://localhost${path}`, init), env, ctx);
    await response.arrayBuffer();
    result[name] = cpuMs(t);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
  };
  const console_log = console.log;
  console.log = () => {}; // the request log lines
  if (mode === "api") {
    await time("first_request_health_cpu_ms", "/health/live");
    await time("first_places_search_cpu_ms", "/v1/places?q=london", { headers: auth });
    await time("second_places_search_cpu_ms", "/v1/places?q=paris", { headers: auth });
    // The isolate's first chart (computed, not stored): after the engine's warm-up at startup
    // (src/astro/warm-up.ts), in another zone and at another date than the warm-up's.
    await time("first_chart_cpu_ms", "/v1/charts", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({
        datetime: "1873-06-14T09:41:00",
        timezone: "America/New_York",
        latitude: 40.7128,
        longitude: -74.006,
        store: false,
      }),
    });
  } else {
    await time("first_request_cpu_ms", "/");
  }
  console.log = console_log;
  console.log(JSON.stringify(result));
}

function runChild(dist: string, mode: string): Record<string, number> {
  const script = join(ROOT, "bench", "startup.ts");
  const run = spawnSync(process.execPath, [script, "--child", dist, mode], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`child ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) as string) as Record<string, number>;
}

function mean(runs: Record<string, number>[], key: string): number {
  return Number((runs.reduce((sum, r) => sum + (r[key] as number), 0) / runs.length).toFixed(2));
}

function medians(runs: Record<string, number>[]) {
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(
    keys.map((k) => {
      const sorted = runs.map((r) => r[k] as number).sort((a, b) => a - b);
      return [k, Number((sorted[Math.floor(sorted.length / 2)] as number).toFixed(1))];
    }),
  );
}

async function main(rounds: number, checkout: string): Promise<void> {
  const apiDist = mkdtempSync(join(tmpdir(), "orrery-startup-api-"));
  const baselineDist = mkdtempSync(join(tmpdir(), "orrery-startup-baseline-dist-"));
  bundle(apiDist, checkout);
  bundle(baselineDist, checkout, join(ROOT, "bench", "baseline-worker.ts"));
  const before = machineInfo();
  const api: Record<string, number>[] = [];
  const baseline: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    baseline.push(runChild(baselineDist, "baseline"));
    api.push(runChild(apiDist, "api"));
  }
  const apiMedians = medians(api);
  const baselineMedians = medians(baseline);
  const result = {
    ...machineInfo(),
    load_average_before: before.load_average,
    checkout,
    rounds,
    api: { bundle: sizes(apiDist), median: apiMedians },
    baseline: { bundle: sizes(baselineDist), median: baselineMedians },
    // Means, not medians: the baseline's startup is about one tick of the thread's clock, so its
    // runs read 0 or ~4 ms and only their mean estimates it.
    startup_mean_cpu_ms: {
      api: mean(api, "startup_cpu_ms"),
      baseline: mean(baseline, "startup_cpu_ms"),
    },
    startup_ratio_to_baseline: Number(
      (mean(api, "startup_cpu_ms") / mean(baseline, "startup_cpu_ms")).toFixed(0),
    ),
    runs: { api, baseline },
  };
  console.log(`fresh processes, median of ${rounds} (CPU ms, this thread):`);
  console.table({ api: apiMedians, baseline: baselineMedians });
  console.table({ api: result.api.bundle, baseline: result.baseline.bundle });
  const { api: apiMean, baseline: baselineMean } = result.startup_mean_cpu_ms;
  console.log(
    `startup, mean: ${apiMean} ms, baseline ${baselineMean} ms: ${result.startup_ratio_to_baseline}× the baseline's`,
  );
  writeResult("startup", result);
  for (const dir of [apiDist, baselineDist]) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === "--child") {
  await child(process.argv[3] as string, process.argv[4] as string);
} else {
  await main(Number(process.argv[2] ?? 9), process.argv[3] ?? ROOT);
}
