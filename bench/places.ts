// Micro-benchmark of the gazetteer and the time-zone lookup on Node, with the modules the Worker
// runs. Cold numbers come from fresh processes (children of this one): the CPU time of evaluating
// the generated gazetteer module (what every isolate pays at startup, as the Worker imports it;
// Node would also strip the types of the .ts file, so the bench times a JavaScript copy made with
// node:module's stripTypeScriptTypes), of the first search (joining the search keys, once per isolate) and of the first
// time-zone lookup. Warm numbers: searches of typical queries and lookups at random points.
// Usage: flock /tmp/orrery-measure.lock npm run bench:places
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { machineInfo, ROOT, writeResult } from "./lib.ts";

const QUERIES = ["london", "sao paulo", "new y", "s", "zürich", "frankfurt am", "xyzzy", "ta"];

const us = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => b.user - a.user + (b.system - a.system);

/** Child mode: module evaluation, first search and first lookup in a fresh process. */
async function cold(generatedJs: string): Promise<void> {
  const t0 = process.cpuUsage();
  await import(pathToFileURL(generatedJs).href);
  const t1 = process.cpuUsage();
  const { searchPlaces } = await import("../src/places/gazetteer.ts");
  const t2 = process.cpuUsage();
  searchPlaces({ q: "london", limit: 10 });
  const t3 = process.cpuUsage();
  const { timezoneAt } = await import("../src/places/timezone-at.ts");
  const t4 = process.cpuUsage();
  timezoneAt(48.8566, 2.3522);
  const t5 = process.cpuUsage();
  console.log(
    JSON.stringify({
      generated_module_evaluation_cpu_us: us(t0, t1),
      gazetteer_module_import_cpu_us: us(t1, t2),
      first_search_cpu_us: us(t2, t3),
      tz_lookup_import_cpu_us: us(t3, t4),
      first_timezone_lookup_cpu_us: us(t4, t5),
      heap_used_mb: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)),
    }),
  );
}

async function main(): Promise<void> {
  const generatedJs = join(mkdtempSync(join(tmpdir(), "places-bench-")), "places.generated.mjs");
  const source = readFileSync(join(ROOT, "src", "places", "places.generated.ts"), "utf8");
  writeFileSync(generatedJs, stripTypeScriptTypes(source));
  const runs = Array.from({ length: 5 }, () => {
    const script = join(ROOT, "bench", "places.ts");
    const child = spawnSync(process.execPath, [script, "--cold", generatedJs], {
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1) as string) as Record<string, number>;
  });
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

if (process.argv[2] === "--cold") await cold(process.argv[3] as string);
else await main();
