// CPU of transit searches on Node, with the modules the Worker runs: a 366-day range with the
// default bodies (Sun to Pluto without the Moon), a 31-day range with the Moon, one instant, and a
// synastry, each on natal charts spread over 1900–2010; warm (after one pass of each).
// Usage: flock /tmp/orrery-measure.lock npm run bench:transits -- [natal charts = 12]
import type { ChartRequest } from "../src/astro/chart.ts";
import { machineInfo, writeResult } from "./lib.ts";

/** `n` London charts, one every 10 years and 37 days from 1900, at varied hours. */
function natalRequests(n: number): ChartRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    local: {
      year: 1900 + 10 * i,
      month: 1 + (i % 12),
      day: 1 + ((i * 37) % 28),
      hour: (i * 7) % 24,
      minute: 30,
      second: 0,
    },
    timeKnown: true,
    timezone: "Europe/London",
    latitude: 51.5074,
    longitude: -0.1278,
    houseSystem: "placidus",
    zodiac: "tropical",
    ayanamsa: null,
    disambiguation: "compatible",
    orbs: {},
  }));
}

interface Row {
  name: string;
  ops: number;
  cpu_ms_per_op: number;
  cpu_ms_max: number;
  events_per_op: number;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 12);
  const { computeChart } = await import("../src/astro/chart.ts");
  const { DEFAULT_ORBS } = await import("../src/astro/aspects.ts");
  const { PLANET_IDS } = await import("../src/astro/planet-longitude.ts");
  const { computeSynastry } = await import("../src/astro/synastry.ts");
  const { natalPoints, TRANSIT_ORBS, transitEvents, transitsAt } = await import(
    "../src/astro/transits.ts"
  );
  const charts = natalRequests(n).map((q) => computeChart(q));
  const from = 2460676.5; // 2025-01-01T00:00:00Z
  const withoutMoon = PLANET_IDS.filter((b) => b !== "moon");
  const cases: { name: string; run: (c: (typeof charts)[number]) => number }[] = [
    {
      name: "transits 366 days, Sun–Pluto without the Moon",
      run: (c) =>
        transitEvents(natalPoints(c), from, from + 366, {
          bodies: withoutMoon,
          orbs: TRANSIT_ORBS,
          ayanamsa: null,
        }).length,
    },
    {
      name: "transits 31 days, Sun–Pluto with the Moon",
      run: (c) =>
        transitEvents(natalPoints(c), from, from + 31, {
          bodies: PLANET_IDS,
          orbs: TRANSIT_ORBS,
          ayanamsa: null,
        }).length,
    },
    {
      name: "transits at one instant",
      run: (c) =>
        transitsAt(natalPoints(c), c.houses?.cusps ?? null, from, {
          bodies: PLANET_IDS,
          orbs: TRANSIT_ORBS,
          ayanamsa: null,
        }).aspects.length,
    },
    {
      name: "synastry",
      run: (c) => computeSynastry(c, charts[0] as typeof c, DEFAULT_ORBS).aspects.length,
    },
  ];
  const rows: Row[] = cases.map(({ name, run }) => {
    run(charts[0] as (typeof charts)[number]); // warm-up
    let total = 0;
    let max = 0;
    let events = 0;
    for (const chart of charts) {
      const c0 = process.cpuUsage();
      events += run(chart);
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      total += ms;
      max = Math.max(max, ms);
    }
    return {
      name,
      ops: charts.length,
      cpu_ms_per_op: Number((total / charts.length).toFixed(2)),
      cpu_ms_max: Number(max.toFixed(2)),
      events_per_op: Math.round(events / charts.length),
    };
  });
  const result = {
    ...machineInfo(),
    rows,
  };
  console.table(rows);
  writeResult("transits", result);
}

await main();
