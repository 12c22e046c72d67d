// Where a request's CPU goes on this machine, by process: the API and the baseline Worker run as
// the throughput bench runs them (bench/lib.ts: wrangler's dev server, no inspector), autocannon
// drives `/` of the baseline, `/health/live` and a cached chart read at 50 connections, and the
// CPU time each process of the dev servers used during the run (Linux /proc/<pid>/stat, user +
// system, 10 ms ticks) is divided by the requests answered. This process is autocannon's share.
// Each dev server is a Node process (wrangler) and two workerd processes (the dev proxy and the
// Worker). A diagnostic for the bench itself: it finds costs of the local setup that production
// does not pay (docs/PERFORMANCE_GUIDE.md, "Dev server costs"). Linux only; under the lock:
//   flock /tmp/orrery-measure.lock npm run bench:process-cpu -- [requests per scenario = 4000]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import {
  ADMIN_KEY,
  machineInfo,
  SAMPLE_CHART_BODY,
  startBaseline,
  startWorker,
  writeResult,
} from "./lib.ts";

const REQUESTS = Number(process.argv[2] ?? 4000);
const TICK_US = 10_000; // USER_HZ = 100 on Linux

/** pid → [parent pid, command name] of every process. */
function processTable(): Map<number, [number, string]> {
  const table = new Map<number, [number, string]>();
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" });
  for (const line of out.trim().split("\n")) {
    const [pid, ppid, comm] = line.trim().split(/\s+/);
    table.set(Number(pid), [Number(ppid), comm ?? "?"]);
  }
  return table;
}

/** This process's descendants, each with its command name. */
function descendants(): { pid: number; name: string }[] {
  const table = processTable();
  const found: { pid: number; name: string }[] = [];
  const walk = (parent: number) => {
    for (const [pid, [ppid, name]] of table) {
      if (ppid === parent) {
        found.push({ pid, name: name === "MainThread" ? "node (wrangler)" : name });
        walk(pid);
      }
    }
  };
  walk(process.pid);
  return found;
}

/** CPU ticks (user + system) a process has used, or 0 once it is gone. */
function ticks(pid: number): number {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** `amount` requests to `url` at 50 connections; resolves with the wall time and non-2xx count. */
function drive(url: string, headers: Record<string, string>, amount: number) {
  const start = performance.now();
  return new Promise<{ seconds: number; non2xx: number }>((resolve, reject) => {
    autocannon({ url, headers, connections: 50, amount }, (error, result) => {
      if (error) reject(error);
      else resolve({ seconds: (performance.now() - start) / 1000, non2xx: result.non2xx });
    });
  });
}

const [api, baseline] = await Promise.all([
  startWorker(8784, { inspectorPort: false }),
  startBaseline(8786, false),
]);
try {
  const admin = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };
  const created = await fetch(`${api.url}/v1/charts`, {
    method: "POST",
    headers: admin,
    body: SAMPLE_CHART_BODY,
  });
  const { id } = (await created.json()) as { id: string };
  const scenarios = [
    { name: "baseline (constant JSON)", url: baseline.url, headers: {} },
    { name: "GET /health/live", url: `${api.url}/health/live`, headers: {} },
    { name: "GET /v1/charts/:id (200)", url: `${api.url}/v1/charts/${id}`, headers: admin },
  ];
  const results = [];
  for (const scenario of scenarios) {
    const { url, headers } = scenario;
    await drive(url, headers, 1000); // warm-up
    const processes = descendants();
    const before = processes.map((p) => ticks(p.pid));
    const self = process.cpuUsage();
    const run = await drive(url, headers, REQUESTS);
    const own = process.cpuUsage(self);
    const perRequest = (us: number) => Math.round(us / REQUESTS);
    const byProcess = processes
      .map((p, i) => ({ p, used: ticks(p.pid) - (before[i] as number) }))
      .filter(({ used }) => used > 1) // one tick is rounding
      .map(({ p, used }) => ({
        process: `${p.name} ${p.pid}`,
        cpu_us_per_request: perRequest(used * TICK_US),
      }));
    results.push({
      scenario: scenario.name,
      requests_per_second: Math.round(REQUESTS / run.seconds),
      non_2xx: run.non2xx,
      autocannon_cpu_us_per_request: perRequest(own.user + own.system),
      by_process: byProcess,
    });
  }
  for (const r of results) {
    console.log(`${r.scenario}: ${r.requests_per_second} req/s, non-2xx ${r.non_2xx}`);
    console.table([
      { process: "autocannon (this)", cpu_us_per_request: r.autocannon_cpu_us_per_request },
      ...r.by_process,
    ]);
  }
  const result = { ...machineInfo(), requests: REQUESTS, results };
  writeResult("process-cpu", result);
} finally {
  api.stop();
  baseline.stop();
}
