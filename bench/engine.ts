// Micro-benchmarks of the chart engine and the reading composer on Node, with the same TypeScript
// modules the Worker runs (inside workerd the clock stands still while code runs, so CPU is timed
// here). Warm numbers come after a warm-up over the whole 1800–2100 range; the cold numbers are the
// first chart of a fresh process (a child of this one): of the engine alone, and after the warm-up
// charts the Worker computes at isolate startup (src/astro/warm-up.ts).
// Usage: npm run bench:engine -- [charts per house system = 2000]
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { ChartRequest } from "../src/astro/chart.ts";
import type { HouseSystem } from "../src/astro/houses.ts";
import { machineInfo, percentile, ROOT, rng, writeResult } from "./lib.ts";

/** Birthplaces: IANA zones and one LMT, from the tropics to 60° N/S. */
const PLACES = [
  { timezone: "Europe/London", latitude: 51.5074, longitude: -0.1278 },
  { timezone: "America/New_York", latitude: 40.7128, longitude: -74.006 },
  { timezone: "Asia/Kolkata", latitude: 19.076, longitude: 72.8777 },
  { timezone: "Australia/Sydney", latitude: -33.8688, longitude: 151.2093 },
  { timezone: "America/Sao_Paulo", latitude: -23.5505, longitude: -46.6333 },
  { timezone: "Asia/Tokyo", latitude: 35.6762, longitude: 139.6503 },
  { timezone: "Africa/Lagos", latitude: 6.5244, longitude: 3.3792 },
  { timezone: "Europe/Helsinki", latitude: 60.1699, longitude: 24.9384 },
  { timezone: "LMT", latitude: -41.2865, longitude: 174.7762 },
] as const;

/** `n` chart requests spread over 1800–2100 and the places above. */
export function sampleRequests(n: number, houseSystem: HouseSystem, seed = 1): ChartRequest[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length] as (typeof PLACES)[number];
    return {
      local: {
        year: 1800 + Math.floor(r() * 301),
        month: 1 + Math.floor(r() * 12),
        day: 1 + Math.floor(r() * 28),
        hour: Math.floor(r() * 24),
        minute: Math.floor(r() * 60),
        second: 0,
      },
      timeKnown: true,
      ...place,
      houseSystem,
      zodiac: "tropical",
      ayanamsa: null,
      disambiguation: "compatible",
      orbs: {},
    };
  });
}

/**
 * Child mode: one chart in a fresh process; prints the CPU time of the import and of the chart.
 * `*_cpu_us` is the main thread's CPU (`process.threadCpuUsage`): the isolate's own thread, which is
 * what Workers bills. `*_process_cpu_us` adds V8's background threads (concurrent compilers, GC),
 * which run beside the main thread and are not billed to a request.
 *
 * With `--warmed`, the engine is first warmed up as the Worker's top level does at isolate startup
 * (`warmUpChartEngine`, timed as `warm_up_cpu_us`). The chart timed is then in another zone (New
 * York), at another date and in `houseSystem`, so nothing of it is the warm-up's own.
 */
async function cold(warmed: boolean, houseSystem: HouseSystem): Promise<void> {
  const both = () => ({ thread: process.threadCpuUsage(), process: process.cpuUsage() });
  const t0 = both();
  const { computeChart } = await import("../src/astro/chart.ts");
  const { warmUpChartEngine } = await import("../src/astro/warm-up.ts");
  const t1 = both();
  if (warmed) warmUpChartEngine();
  const tw = both();
  const request = sampleRequests(2, houseSystem, 7)[1];
  const w0 = performance.now();
  computeChart(request as ChartRequest);
  const w1 = performance.now();
  const t2 = both();
  // A second chart 150 years away (with the integrated Pluto this was a new integrator span).
  const far = { ...(request as ChartRequest) };
  far.local = {
    ...far.local,
    year: far.local.year > 1950 ? far.local.year - 150 : far.local.year + 150,
  };
  computeChart(far);
  const t3 = both();
  const us = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => b.user - a.user + (b.system - a.system);
  console.log(
    JSON.stringify({
      import_cpu_us: us(t0.thread, t1.thread),
      warm_up_cpu_us: us(t1.thread, tw.thread),
      first_chart_cpu_us: us(tw.thread, t2.thread),
      first_chart_process_cpu_us: us(tw.process, t2.process),
      first_chart_wall_ms: Number((w1 - w0).toFixed(2)),
      second_chart_new_span_cpu_us: us(t2.thread, t3.thread),
    }),
  );
}

/**
 * Rounds of fresh processes for the cold measures: each round runs the engine alone three times
 * and warmed up once per house system (9 and 21 processes in all).
 */
const COLD_ROUNDS = 3;

interface Row {
  name: string;
  ops: number;
  per_second: number;
  cpu_us_per_op: number;
}

/** Runs `run` once: `ops` operations, timed by the wall clock and by the main thread's CPU. */
function measure(name: string, ops: number, run: () => void): Row {
  const c0 = process.threadCpuUsage();
  const w0 = performance.now();
  run();
  const w1 = performance.now();
  const c = process.threadCpuUsage(c0);
  return {
    name,
    ops,
    per_second: Math.round(ops / ((w1 - w0) / 1000)),
    cpu_us_per_op: Math.round((c.user + c.system) / ops),
  };
}

async function main(): Promise<void> {
  const N = Number(process.argv[2] ?? 2000);
  const { computeChart } = await import("../src/astro/chart.ts");
  const { HOUSE_SYSTEMS } = await import("../src/astro/houses.ts");
  const { composeReading } = await import("../src/readings/compose-reading.ts");

  // Cold: fresh processes, the median of each measure reported (the main thread's CPU clock ticks
  // coarsely, so single runs scatter by a few ms). Engine alone (Placidus) and warmed up as the
  // Worker starts (each house system), interleaved so that load changes touch both alike.
  const spawnCold = (args: string[]) => {
    const child = spawnSync(
      process.execPath,
      [join(ROOT, "bench", "engine.ts"), "--cold", ...args],
      { encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1) as string) as Record<string, number>;
  };
  const colds: Record<string, number>[] = [];
  const warmedRuns: { house_system: HouseSystem; run: Record<string, number> }[] = [];
  for (let round = 0; round < COLD_ROUNDS; round++) {
    HOUSE_SYSTEMS.forEach((hs, i) => {
      if (i % 3 === 0) colds.push(spawnCold(["placidus"]));
      warmedRuns.push({ house_system: hs, run: spawnCold(["--warmed", hs]) });
    });
  }
  const medians = (runs: Record<string, number>[]) =>
    Object.fromEntries(
      Object.keys(runs[0] as Record<string, number>).map((key) => [
        key,
        percentile(
          runs.map((run) => run[key] as number),
          50,
        ),
      ]),
    );
  const coldResult = medians(colds);
  const warmedResult = {
    ...medians(warmedRuns.map((w) => w.run)),
    first_chart_cpu_us_by_house_system: Object.fromEntries(
      HOUSE_SYSTEMS.map((hs) => [
        hs,
        percentile(
          warmedRuns
            .filter((w) => w.house_system === hs)
            .map((w) => w.run.first_chart_cpu_us as number),
          50,
        ),
      ]),
    ),
  };

  // Warm-up: every house system over the whole range, so every Pluto span is already integrated.
  for (const hs of HOUSE_SYSTEMS) for (const q of sampleRequests(300, hs, 99)) computeChart(q);

  const charts: Row[] = [];
  for (const hs of HOUSE_SYSTEMS) {
    const requests = sampleRequests(N, hs);
    charts.push(
      measure(`chart ${hs}`, N, () => {
        for (const q of requests) computeChart(q);
      }),
    );
  }

  const sample = sampleRequests(200, "placidus", 3).map((q) => computeChart(q));
  const readings: Row[] = [];
  for (const detail of ["brief", "standard", "full"] as const) {
    for (const chart of sample) composeReading(chart, { detail, language: "en" }); // warm-up
    const rounds = 10;
    readings.push(
      measure(`reading ${detail}`, rounds * sample.length, () => {
        for (let i = 0; i < rounds; i++)
          for (const chart of sample) composeReading(chart, { detail, language: "en" });
      }),
    );
  }

  const result = {
    ...machineInfo(),
    charts_per_house_system: N,
    cold_first_chart: coldResult,
    cold_runs: colds,
    warmed_first_chart: warmedResult,
    warmed_runs: warmedRuns,
    charts,
    readings,
  };
  const ms = (result: Record<string, unknown>, key: string) => (result[key] as number) / 1000;
  console.log(
    `cold (fresh processes, median of ${colds.length}), main-thread CPU: import ${ms(coldResult, "import_cpu_us")} ms, ` +
      `first chart ${ms(coldResult, "first_chart_cpu_us")} ms (all threads ${ms(coldResult, "first_chart_process_cpu_us")} ms), ` +
      `a chart 150 years away ${ms(coldResult, "second_chart_new_span_cpu_us")} ms`,
  );
  console.log(
    `warmed up as the Worker starts (fresh processes, median of ${warmedRuns.length}), main-thread CPU: ` +
      `warm-up ${ms(warmedResult, "warm_up_cpu_us")} ms, first chart ${ms(warmedResult, "first_chart_cpu_us")} ms ` +
      `(by house system: ${Object.entries(warmedResult.first_chart_cpu_us_by_house_system)
        .map(([hs, us]) => `${hs} ${(us as number) / 1000}`)
        .join(
          ", ",
        )} ms), a chart 150 years away ${ms(warmedResult, "second_chart_new_span_cpu_us")} ms`,
  );
  console.table(
    [...charts, ...readings].map((r) => ({
      benchmark: r.name,
      ops: r.ops,
      "per s": r.per_second,
      "CPU µs/op": r.cpu_us_per_op,
    })),
  );
  writeResult("engine", result);
}

if (process.argv.includes("--cold")) {
  await cold(process.argv.includes("--warmed"), process.argv.at(-1) as HouseSystem);
} else await main();
