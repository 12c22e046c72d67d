// Birth-time sensitivity on Node: CPU per chart for several windows, with the evaluation counts
// (cheap angle/cusp frames, full ephemeris calls) behind it. Same TypeScript modules as the Worker
// (inside workerd the clock stands still while code runs, so CPU is timed here).
// Usage: flock /tmp/orrery-measure.lock npm run bench:sensitivity -- [charts per window = 200]
import { HOUSE_SYSTEMS } from "../src/astro/houses.ts";
import { computeSensitivity } from "../src/astro/sensitivity/compute-sensitivity.ts";
import type { SensitivityChart } from "../src/astro/sensitivity/sampler.ts";
import { machineInfo, percentile, rng, writeResult } from "./lib.ts";

const N = Number(process.argv[2] ?? 200);
const WINDOWS_MINUTES = [10, 30, 120, 720];

/** Birthplaces from the tropics to 60° N/S (as bench/engine.ts), latitude and east longitude. */
const PLACES = [
  [51.5074, -0.1278],
  [40.7128, -74.006],
  [19.076, 72.8777],
  [-33.8688, 151.2093],
  [-23.5505, -46.6333],
  [35.6762, 139.6503],
  [6.5244, 3.3792],
  [60.1699, 24.9384],
  [-41.2865, 174.7762],
] as const;

/** `n` charts: instants spread over 1800–2100, the places above, house systems in rotation. */
function sampleCharts(n: number, seed: number): SensitivityChart[] {
  const r = rng(seed);
  const start = Date.UTC(1800, 0, 1) / 1000;
  const span = Date.UTC(2100, 0, 1) / 1000 - start;
  return Array.from({ length: n }, (_, i) => {
    const [latitude, longitude] = PLACES[i % PLACES.length] as readonly [number, number];
    return {
      birthEpochSeconds: start + Math.floor(r() * span),
      latitude,
      longitude,
      houseSystem: HOUSE_SYSTEMS[i % HOUSE_SYSTEMS.length] as (typeof HOUSE_SYSTEMS)[number],
      ayanamsa: null,
    };
  });
}

// Warm-up over other charts, so the numbers are of a warm isolate.
for (const c of sampleCharts(50, 99)) computeSensitivity(c, 1800);

const charts = sampleCharts(N, 5);
const rows = WINDOWS_MINUTES.map((minutes) => {
  const cpuMs: number[] = [];
  let frames = 0;
  let ephemeris = 0;
  let changes = 0;
  for (const c of charts) {
    const c0 = process.cpuUsage();
    const s = computeSensitivity(c, minutes * 60);
    const used = process.cpuUsage(c0);
    cpuMs.push((used.user + used.system) / 1000);
    frames += s.counts.frames;
    ephemeris += s.counts.ephemeris;
    changes += s.placements.reduce((k, p) => k + p.changes.length, 0);
  }
  const mean = cpuMs.reduce((a, b) => a + b, 0) / cpuMs.length;
  return {
    window_minutes: minutes,
    charts: charts.length,
    cpu_ms_mean: Number(mean.toFixed(2)),
    cpu_ms_p50: Number(percentile(cpuMs, 50).toFixed(2)),
    cpu_ms_p95: Number(percentile(cpuMs, 95).toFixed(2)),
    frames_mean: Math.round(frames / charts.length),
    ephemeris_calls_mean: Number((ephemeris / charts.length).toFixed(1)),
    changes_mean: Number((changes / charts.length).toFixed(1)),
  };
});

const result = {
  ...machineInfo(),
  rows,
};
console.table(rows);
writeResult("sensitivity", result);
