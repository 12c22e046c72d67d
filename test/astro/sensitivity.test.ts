import { describe, expect, it } from "vitest";
import { computeAngles } from "../../src/astro/angles.ts";
import type { Ayanamsa } from "../../src/astro/ayanamsa.ts";
import { BODY_IDS, computeBodies } from "../../src/astro/bodies.ts";
import { type ChartData, computeChart } from "../../src/astro/chart.ts";
import { computeHouses, HOUSE_SYSTEMS, type HouseSystem } from "../../src/astro/houses.ts";
import { julianDayFromEpochMs, signedDifference } from "../../src/astro/math.ts";
import {
  computeSensitivity,
  type PlacementSensitivity,
  type Sensitivity,
} from "../../src/astro/sensitivity/compute-sensitivity.ts";
import type { PlacementValue } from "../../src/astro/sensitivity/placements.ts";
import { createSampler, type SensitivityChart } from "../../src/astro/sensitivity/sampler.ts";
import { signOf } from "../../src/astro/signs.ts";
import fixture from "../fixtures/charts.sample.json";

// Brute-force verification of the birth-time sensitivity: every reported change is checked with
// the full chart engine (computeChart) one second before and one second after it, and instants
// between changes are checked to hold the values the report implies.

interface FixtureChart {
  input: { latitude: number; longitude: number };
  utc: string;
}

const CHARTS = [...fixture.charts, ...fixture.polar_charts] as unknown as FixtureChart[];

/** The full chart at a UTC instant (epoch seconds), cast in UTC so the instant is exact. */
function chartAt(chart: SensitivityChart, epochSeconds: number): ChartData {
  const d = new Date(epochSeconds * 1000);
  return computeChart({
    local: {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    timeKnown: true,
    timezone: "UTC",
    latitude: chart.latitude,
    longitude: chart.longitude,
    houseSystem: chart.houseSystem,
    zodiac: chart.ayanamsa ? "sidereal" : "tropical",
    ayanamsa: chart.ayanamsa,
    disambiguation: "compatible",
    orbs: {},
  });
}

/** A placement's value as the full chart states it. */
function valueIn(data: ChartData, p: PlacementSensitivity): PlacementValue {
  const angles = data.angles as NonNullable<ChartData["angles"]>;
  const cusps = (data.houses as NonNullable<ChartData["houses"]>).cusps;
  const body = data.bodies.find((b) => b.id === p.subject);
  switch (p.kind) {
    case "angle_sign":
      return signOf(p.subject === "ascendant" ? angles.ascendant : angles.midheaven).sign;
    case "cusp_sign":
      return signOf(cusps[Number(p.subject.slice(5)) - 1] as number).sign;
    case "body_sign":
      return body?.sign as PlacementValue;
    case "body_house":
      return body?.house as number;
  }
}

/** The value the report implies at an offset that is not within a second of a change. */
function impliedValue(p: PlacementSensitivity, offset: number): PlacementValue {
  let value = p.value;
  for (const c of p.changes) if (c.rootSeconds <= offset && c.rootSeconds > 0) value = c.to;
  for (const c of [...p.changes].reverse()) {
    if (c.rootSeconds >= offset && c.rootSeconds < 0) value = c.from;
  }
  return value;
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function verify(chart: SensitivityChart, s: Sensitivity, seed: number) {
  const birth = chartAt(chart, chart.birthEpochSeconds);
  for (const p of s.placements) {
    const label = `${p.kind} ${p.subject}`;
    expect(p.value, `${label} at birth`).toBe(valueIn(birth, p));
    p.changes.forEach((c, i) => {
      const at = chart.birthEpochSeconds + c.offsetSeconds;
      expect(valueIn(chartAt(chart, at - 1), p), `${label} 1 s before ${c.offsetSeconds}`).toBe(
        c.from,
      );
      expect(valueIn(chartAt(chart, at + 1), p), `${label} 1 s after ${c.offsetSeconds}`).toBe(
        c.to,
      );
      expect(Math.abs(c.offsetSeconds)).toBeLessThanOrEqual(s.windowSeconds);
      const next = p.changes[i + 1];
      if (next) expect(next.from, `${label} changes chain`).toBe(c.to);
    });
  }
  // Between changes: a few instants away from every change hold what the report implies.
  const next = random(seed);
  const changeTimes = s.placements.flatMap((p) => p.changes.map((c) => c.rootSeconds));
  for (let k = 0; k < 3; k++) {
    const offset = Math.round((2 * next() - 1) * s.windowSeconds);
    if (changeTimes.some((t) => Math.abs(t - offset) < 2)) continue;
    const data = chartAt(chart, chart.birthEpochSeconds + offset);
    for (const p of s.placements) {
      expect(valueIn(data, p), `${p.kind} ${p.subject} at ${offset} s`).toBe(
        impliedValue(p, offset),
      );
    }
  }
}

function sensitivityChart(
  c: FixtureChart,
  houseSystem: HouseSystem,
  ayanamsa: Ayanamsa | null = null,
): SensitivityChart {
  return {
    birthEpochSeconds: Date.parse(c.utc) / 1000,
    latitude: c.input.latitude,
    longitude: c.input.longitude,
    houseSystem,
    ayanamsa,
  };
}

describe("birth-time sensitivity against brute-force recomputation", () => {
  it.each(
    CHARTS.map((c, i) => ({
      c,
      i,
      system: HOUSE_SYSTEMS[i % HOUSE_SYSTEMS.length] as HouseSystem,
    })),
  )(
    "sample chart $i ($c.input.latitude°, $system): every change at ±1 s, values between",
    ({ c, i, system }) => {
      const chart = sensitivityChart(c, system, i % 5 === 4 ? "lahiri" : null);
      const s = computeSensitivity(chart, 30 * 60);
      verify(chart, s, i + 1);
    },
  );

  it("a twelve-hour window across many ephemeris nodes (the Moon changes sign)", () => {
    // Chart 0 with the widest window: 25 ephemeris nodes, one at birth, the Moon's change polished.
    const chart = sensitivityChart(CHARTS[0] as FixtureChart, "placidus");
    const s = computeSensitivity(chart, 720 * 60);
    expect(s.counts.ephemeris).toBeGreaterThan(26);
    const moon = s.placements.find((p) => p.kind === "body_sign" && p.subject === "moon");
    expect(moon?.changes.map((c) => [c.from, c.to])).toEqual([["libra", "scorpio"]]);
    expect(s.placements.filter((p) => p.changes.length > 0).length).toBeGreaterThan(20);
    verify(chart, s, 99);
  });

  it("flags whole-sign cusp changes as jumps and continuous crossings as not", () => {
    const chart = sensitivityChart(CHARTS[1] as FixtureChart, "whole_sign");
    const s = computeSensitivity(chart, 120 * 60);
    const cusp = s.placements.find((p) => p.subject === "cusp_1");
    const asc = s.placements.find((p) => p.subject === "ascendant");
    expect(cusp?.changes.length).toBeGreaterThan(0);
    expect(cusp?.changes.every((c) => c.jump)).toBe(true);
    expect(asc?.changes.every((c) => !c.jump)).toBe(true);
    expect(cusp?.changes.map((c) => c.offsetSeconds)).toEqual(
      asc?.changes.map((c) => c.offsetSeconds),
    );
  });

  it("reports the house-system fallback and polar latitude", () => {
    const polar = (fixture.polar_charts as unknown as FixtureChart[])[0] as FixtureChart;
    const s = computeSensitivity(sensitivityChart(polar, "placidus"), 600);
    expect(s.houseSystem).toEqual({ requested: "placidus", used: "porphyry", fallback: true });
    expect(s.polar).toBe(true);
  });

  it("interpolates body longitudes within 1e-7° of the ephemeris (the true node 1e-4°)", () => {
    const chart = sensitivityChart(CHARTS[2] as FixtureChart, "placidus");
    const sampler = createSampler(chart, 6 * 3600);
    for (const offset of [-20_000, -1234, 0, 777, 9000, 21_599]) {
      const exact = computeBodies(julianDayFromEpochMs((chart.birthEpochSeconds + offset) * 1000));
      const state = sampler.at(offset);
      BODY_IDS.forEach((id, k) => {
        const error = Math.abs(
          signedDifference(state.bodies[k] as number, exact[k]?.longitude as number),
        );
        expect(error, `${id} at ${offset} s`).toBeLessThan(id === "true_node" ? 1e-4 : 1e-7);
      });
    }
  });

  it("outside the polar circles every angle and cusp advances faster than the Moon (the no-skip argument)", () => {
    // The scan's guarantee rests on this: checked over a day in 60 s steps up to 66.4° north and
    // south, for every house system. The Moon moves at most 15.4°/day.
    for (const latitude of [0, 45, 60, 66.4, -66.4]) {
      for (const system of HOUSE_SYSTEMS) {
        let previous: number[] | null = null;
        let slowest = Infinity;
        for (let i = 0; i <= 1440; i++) {
          const jdUt = 2448058 + i / 1440;
          const a = computeAngles(jdUt, latitude, 0);
          const h = computeHouses(system, a, latitude);
          const now =
            system === "whole_sign"
              ? [a.ascendant, a.midheaven]
              : [a.ascendant, a.midheaven, ...h.cusps];
          if (previous) {
            for (const [k, x] of now.entries()) {
              slowest = Math.min(slowest, signedDifference(x, previous[k] as number) * 1440);
            }
          }
          previous = now;
        }
        expect(slowest, `${system} at ${latitude}°`).toBeGreaterThan(50);
      }
    }
  });

  it("refuses windows outside 1–43200 s", () => {
    const chart = sensitivityChart(CHARTS[0] as FixtureChart, "placidus");
    expect(() => computeSensitivity(chart, 0)).toThrow(RangeError);
    expect(() => computeSensitivity(chart, 43_201)).toThrow(RangeError);
  });
});
