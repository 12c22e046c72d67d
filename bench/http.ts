// Request benchmarks: the API under wrangler's dev server (real Miniflare D1, KV and Queues) driven
// with autocannon from this process, against a baseline Worker that returns a constant JSON body in
// the same runtime (bench/baseline-worker.ts), measured in the same run. Loopback only. Both start
// without the DevTools inspector, as production isolates run: with it, wrangler serialises every
// console call of the API's request log line over the DevTools protocol (docs/PERFORMANCE_GUIDE.md).
// Reading create runs last: the 202s enqueue jobs, and the local queue consumer working through
// them would otherwise share the cores with the scenarios after it.
// Usage: npm run bench -- [connections = 50] [scale = 1]
//   scale multiplies the number of requests of every scenario (bounded: see SCENARIOS).
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import autocannon, { type Options } from "autocannon";
import {
  ADMIN_KEY,
  chartInputs,
  expectJson as json,
  type LocalWorker,
  percentile,
  ROOT,
  SAMPLE_CHART_BODY,
  startBaseline,
  startWorker,
} from "./lib.ts";

const CONNECTIONS = Number(process.argv[2] ?? 50);
const SCALE = Number(process.argv[3] ?? 1);
/** Ports: API 8780, baseline 8782; no inspector (see startWorker). */
const API_PORT = 8780;
const BASELINE_PORT = 8782;
/** No scenario runs longer than this, whatever its request count. */
const MAX_SECONDS = 60;

const admin = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };

interface Outcome {
  scenario: string;
  requests: number;
  seconds: number;
  requests_per_second: number;
  latency_ms: { p50: number; p95: number; p99: number };
  statuses: Record<string, number>;
  /** Non-2xx/3xx answers other than the expected 429s, plus socket errors and timeouts. */
  errors: number;
  rate_limited: number;
  ratio_to_baseline?: number;
}

/** Runs autocannon for `amount` requests (at most MAX_SECONDS) and measures from the outside. */
function run(
  scenario: string,
  options: Omit<Options, "connections" | "amount">,
  amount: number,
  expect429 = false,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let socketErrors = 0;
    const start = performance.now();
    // The run ends at its last answer: autocannon notices the end on a once-a-second timer, so its
    // own finish time would round every run up to whole seconds plus a few ms.
    let lastAnswer = start;
    const instance = autocannon(
      { ...options, connections: CONNECTIONS, amount, timeout: 10 },
      (error, result) => {
        clearTimeout(guard);
        if (error) return reject(error);
        const seconds = (lastAnswer - start) / 1000;
        const answered = latencies.length;
        let bad = socketErrors + result.timeouts;
        let limited = 0;
        for (const [code, n] of Object.entries(statuses)) {
          const c = Number(code);
          if (c === 429 && expect429) limited += n;
          else if (c < 200 || c >= 400) bad += n;
        }
        resolve({
          scenario,
          requests: answered,
          seconds: Number(seconds.toFixed(2)),
          requests_per_second: Math.round(answered / seconds),
          latency_ms: {
            p50: Number(percentile(latencies, 50).toFixed(2)),
            p95: Number(percentile(latencies, 95).toFixed(2)),
            p99: Number(percentile(latencies, 99).toFixed(2)),
          },
          statuses,
          errors: bad,
          rate_limited: limited,
        });
      },
    );
    const guard = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      lastAnswer = performance.now();
    });
    instance.on("reqError", () => {
      socketErrors += 1;
      lastAnswer = performance.now();
    });
  });
}

/** A new `store: false` chart body on every call (see chartInputs). */
function chartBodies(seed: number): () => string {
  const next = chartInputs(seed);
  return () => JSON.stringify({ ...next(), store: false });
}

let api: LocalWorker | undefined;
let baseline: LocalWorker | undefined;
try {
  [api, baseline] = await Promise.all([
    startWorker(API_PORT, { inspectorPort: false }),
    startBaseline(BASELINE_PORT, false),
  ]);
  const url = api.url;

  // Fixtures: a stored chart (and its ETag), a job, and a key with a small limit of its own.
  const stored = await json<{ id: string }>(
    await fetch(`${url}/v1/charts`, {
      method: "POST",
      headers: admin,
      body: SAMPLE_CHART_BODY,
    }),
    201,
  );
  const read = await fetch(`${url}/v1/charts/${stored.id}`, { headers: admin });
  const etag = read.headers.get("ETag");
  await json(read, 200);
  if (!etag) throw new Error("GET /v1/charts/:id sent no ETag");
  const reading = await json<{ job: { id: string } }>(
    await fetch(`${url}/v1/readings`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ chart_id: stored.id, detail: "brief" }),
    }),
    202,
  );
  const LIMIT = 50;
  const limitedKey = await json<{ key: string }>(
    await fetch(`${url}/v1/keys`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({
        name: "bench: rate-limited",
        owner: "admin",
        scopes: ["charts:read"],
        rate_limit: { requests: LIMIT, window_seconds: 60 },
      }),
    }),
    201,
  );

  const n = (count: number) => Math.max(1, Math.round(count * SCALE));
  const chartPath = `/v1/charts/${stored.id}`;
  const scenarios: {
    name: string;
    options: Omit<Options, "connections" | "amount">;
    amount: number;
    warmUp: boolean;
    expect429?: boolean;
  }[] = [
    {
      name: "baseline (constant JSON)",
      options: { url: baseline.url },
      amount: n(5000),
      warmUp: true,
    },
    {
      name: "GET /health/live",
      options: { url: `${url}/health/live` },
      amount: n(5000),
      warmUp: true,
    },
    {
      name: "POST /v1/charts (uncached, store:false)",
      options: {
        url,
        requests: [
          {
            method: "POST",
            path: "/v1/charts",
            headers: admin,
            setupRequest: (() => {
              const next = chartBodies(42);
              return (req) => ({ ...req, body: next() });
            })(),
          },
        ],
      },
      amount: n(1500),
      warmUp: true,
    },
    {
      name: "GET /v1/charts/:id (200)",
      options: { url: `${url}${chartPath}`, headers: admin },
      amount: n(5000),
      warmUp: true,
    },
    {
      name: "GET /v1/charts/:id If-None-Match (304)",
      options: { url: `${url}${chartPath}`, headers: { ...admin, "If-None-Match": etag } },
      amount: n(5000),
      warmUp: true,
    },
    {
      name: "GET /v1/jobs/:id",
      options: { url: `${url}/v1/jobs/${reading.job.id}`, headers: admin },
      amount: n(3000),
      warmUp: true,
    },
    {
      name: `rate-limited key (${LIMIT}/60 s)`,
      options: {
        url: `${url}${chartPath}`,
        headers: { Authorization: `Bearer ${limitedKey.key}` },
      },
      amount: n(3000),
      warmUp: false,
      expect429: true,
    },
    {
      name: "POST /v1/readings (202)",
      options: {
        url: `${url}/v1/readings`,
        method: "POST",
        headers: admin,
        body: JSON.stringify({ chart_id: stored.id, detail: "standard" }),
      },
      amount: n(1000),
      warmUp: true,
    },
  ];

  const results: Outcome[] = [];
  for (const s of scenarios) {
    if (s.warmUp) await run(`${s.name} (warm-up)`, s.options, Math.min(500, s.amount), s.expect429);
    results.push(await run(s.name, s.options, s.amount, s.expect429));
  }
  const base = (results[0] as Outcome).requests_per_second;
  for (const r of results) r.ratio_to_baseline = Number((r.requests_per_second / base).toFixed(3));

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? "unknown",
    load_average_after: loadavg().map((l) => Number(l.toFixed(2))),
    connections: CONNECTIONS,
    results,
  };
  console.table(
    results.map((r) => ({
      scenario: r.scenario,
      requests: r.requests,
      "req/s": r.requests_per_second,
      "× baseline": r.ratio_to_baseline,
      "p50 ms": r.latency_ms.p50,
      "p95 ms": r.latency_ms.p95,
      "p99 ms": r.latency_ms.p99,
      errors: r.errors,
      "429": r.rate_limited,
    })),
  );
  console.log(`connections ${CONNECTIONS}, load average ${summary.load_average_after.join(" ")}`);
  writeFileSync(
    join(ROOT, "bench", "results", `http-${Date.now()}.json`),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  if (results.some((r) => r.errors > 0)) {
    console.error(
      "errors in the run:",
      results.filter((r) => r.errors > 0).map((r) => r.statuses),
    );
    process.exitCode = 1;
  }
} finally {
  api?.stop();
  baseline?.stop();
}
