// Micro-benchmark of the gazetteer and the time-zone lookup on Node, with the modules the Worker
// runs. Cold numbers come from fresh processes (children of this one): the CPU time of the data
// as one string (places.generated.txt read as the Worker's text module gives it: what every
// isolate pays at startup), of importing the gazetteer's code (Node's type stripping included),
// of the first search (finding where the data's lines start, once per isolate), of a first place
// lookup by id in another fresh process, and of the first time-zone lookup. Warm numbers:
// searches of typical queries and lookups at random points.
// Usage: flock /tmp/orrery-measure.lock npm run bench:places
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { machineInfo, ROOT, writeResult } from "./lib.ts";
import "./text-modules.ts";

const QUERIES = ["london", "sao paulo", "new y", "s", "zürich", "frankfurt am", "xyzzy", "ta"];

const us = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => b.user - a.user + (b.system - a.system);

/** Child mode: import, first search, first place by id and first lookup in a fresh process. */
async function cold(): Promise<void> {
  const d0 = process.cpuUsage();
  await import("../src/places/places.generated.txt");
  const t0 = process.cpuUsage();
  const { findPlace, searchPlaces } = await import("../src/places/gazetteer.ts");
  const t1 = process.cpuUsage();
  searchPlaces({ q: "london", limit: 10 });
  const t2 = process.cpuUsage();
  findPlace("plc_2643743");
  const t3 = process.cpuUsage();
  const { timezoneAt } = await import("../src/places/timezone-at.ts");
  const t4 = process.cpuUsage();
  timezoneAt(48.8566, 2.3522);
  const t5 = process.cpuUsage();
  console.log(
    JSON.stringify({
      data_text_module_cpu_us: us(d0, t0),
      gazetteer_import_cpu_us: us(t0, t1),
      first_search_cpu_us: us(t1, t2),
      find_place_after_search_cpu_us: us(t2, t3),
      tz_lookup_import_cpu_us: us(t3, t4),
      first_timezone_lookup_cpu_us: us(t4, t5),
      heap_used_mb: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)),
    }),
  );
}

/** Child mode: a place by id as the first use of the gazetteer (a chart by `place_id`). */
async function coldFind(): Promise<void> {
  const { findPlace } = await import("../src/places/gazetteer.ts");
  const t0 = process.cpuUsage();
  findPlace("plc_2643743");
  console.log(JSON.stringify({ first_find_place_cpu_us: us(t0, process.cpuUsage()) }));
}

async function main(): Promise<void> {
  const child = (mode: string) => {
    const run = spawnSync(process.execPath, [join(ROOT, "bench", "places.ts"), mode], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`cold child failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split("\n").at(-1) as string) as Record<string, number>;
  };
  const runs = Array.from({ length: 5 }, () => ({ ...child("--cold"), ...child("--cold-find") }));
  const median = (key: string) =>
    runs.map((r) => r[key] as number).sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
  const coldMedians = Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, median(k)]));

  const { searchPlaces } = await import("../src/places/gazetteer.ts");
  const { timezoneAt } = await import("../src/places/timezone-at.ts");
  searchPlaces({ q: "warm", limit: 10 });
  const searches = QUERIES.map((q) => {
    const n = 200;
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) searchPlaces({ q, limit: 10 });
    return { query: q, cpu_us_per_search: Math.round(us(c0, process.cpuUsage()) / n) };
  });
  const points = Array.from({ length: 20_000 }, (_, i) => [
    ((i * 7919) % 17_000) / 100 - 85,
    ((i * 104_729) % 36_000) / 100 - 180,
  ]);
  const c0 = process.cpuUsage();
  for (const [lat, lon] of points) timezoneAt(lat as number, lon as number);
  const lookupUs = us(c0, process.cpuUsage()) / points.length;

  const result = {
    ...machineInfo(),
    cold_median_of_5: coldMedians,
    cold_runs: runs,
    searches,
    timezone_lookup_cpu_us: Number(lookupUs.toFixed(2)),
  };
  console.log("cold, fresh process, median of 5 (CPU µs):");
  console.table(coldMedians);
  console.table(searches);
  console.log(`time-zone lookup: ${result.timezone_lookup_cpu_us} µs CPU each`);
  writeResult("places", result);
}

if (process.argv[2] === "--cold") await cold();
else if (process.argv[2] === "--cold-find") await coldFind();
else await main();
