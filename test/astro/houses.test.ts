import * as Astronomy from "astronomy-engine";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type Angles, computeAngles } from "../../src/astro/angles.ts";
import { AYANAMSAS, type Ayanamsa, ayanamsaDegrees } from "../../src/astro/ayanamsa.ts";
import { type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { computeHouses, HOUSE_SYSTEMS, type HouseSystem, houseOf } from "../../src/astro/houses.ts";
import {
  ARCSEC_PER_DEG,
  cosDeg,
  J2000,
  julianDayFromEpochMs,
  normalizeDegrees,
  signedDifference,
  sinDeg,
  tanDeg,
} from "../../src/astro/math.ts";
import fixture from "../fixtures/charts.sample.json";

/** The parts of a reference chart (Swiss Ephemeris 2.10.03) these tests read. */
interface ReferenceChart {
  input: { date: string; time: string; latitude: number; longitude: number; place: string | null };
  utc: string;
  expected: {
    julian_day_ut: number;
    angles: { ascendant: number; midheaven: number; armc: number; vertex: number };
    houses: Record<HouseSystem, number[]>;
    house_warnings?: Partial<Record<HouseSystem, string>>;
    ayanamsa_lahiri: number;
  };
}

const charts = [...fixture.charts, ...fixture.polar_charts] as unknown as ReferenceChart[];
const cases = charts.map((chart) => ({
  chart,
  name: `${chart.input.date} ${chart.input.time} at ${chart.input.latitude}°`,
  // From the exact UTC instant: the fixture's julian_day_ut is rounded to 1e-6 d (0.09 s, 1.3″ of ARMC).
  jdUt: julianDayFromEpochMs(Date.parse(chart.utc)),
}));

/** Tolerances in arcseconds (DESIGN.md); ARMC and vertex are ours, tight enough to catch drift. */
const TOLERANCE = { ascendant: 5, midheaven: 5, armc: 1, vertex: 5, cusp: 30, lahiri: 10 };

const arcsec = (a: number, b: number) => Math.abs(signedDifference(a, b)) * ARCSEC_PER_DEG;

/** Worst error per quantity, printed once per suite for the docs. */
function worstTracker(suite: string) {
  const worst: Record<string, number> = {};
  afterAll(() => {
    const parts = Object.entries(worst).map(([k, v]) => `${k} ${v.toFixed(3)}″`);
    console.log(`[${suite}] worst vs Swiss Ephemeris: ${parts.join(", ")}`);
  });
  return (quantity: string, error: number) => {
    worst[quantity] = Math.max(worst[quantity] ?? 0, error);
    return error;
  };
}

describe("computeAngles against Swiss Ephemeris", () => {
  const track = worstTracker("angles");

  it.each(cases)("$name", ({ chart, jdUt }) => {
    expect(Math.abs(jdUt - chart.expected.julian_day_ut)).toBeLessThan(1e-6);
    const a = computeAngles(jdUt, chart.input.latitude, chart.input.longitude);
    const e = chart.expected.angles;
    expect(track("armc", arcsec(a.armc, e.armc))).toBeLessThanOrEqual(TOLERANCE.armc);
    expect(track("ascendant", arcsec(a.ascendant, e.ascendant))).toBeLessThanOrEqual(
      TOLERANCE.ascendant,
    );
    expect(track("midheaven", arcsec(a.midheaven, e.midheaven))).toBeLessThanOrEqual(
      TOLERANCE.midheaven,
    );
    expect(track("vertex", arcsec(a.vertex, e.vertex))).toBeLessThanOrEqual(TOLERANCE.vertex);
    expect(a.descendant).toBeCloseTo(normalizeDegrees(a.ascendant + 180), 9);
    expect(a.imumCoeli).toBeCloseTo(normalizeDegrees(a.midheaven + 180), 9);
  });
});

describe("computeHouses against Swiss Ephemeris", () => {
  const track = worstTracker("houses");
  const rows = cases.flatMap((c) => HOUSE_SYSTEMS.map((system) => ({ ...c, system })));

  it.each(rows)("$system, $name", ({ chart, jdUt, system }) => {
    const { latitude, longitude } = chart.input;
    const houses = computeHouses(system, computeAngles(jdUt, latitude, longitude), latitude);
    const fellBack = chart.expected.house_warnings?.[system] !== undefined;
    expect(houses.fallback).toBe(fellBack);
    expect(houses.requestedSystem).toBe(system);
    expect(houses.system).toBe(fellBack ? "porphyry" : system);
    const expected = chart.expected.houses[system];
    const errors = houses.cusps.map((cusp, i) => track(system, arcsec(cusp, expected[i])));
    expect(Math.max(...errors), `cusps ${houses.cusps.join(", ")}`).toBeLessThanOrEqual(
      TOLERANCE.cusp,
    );
  });
});

describe("ayanamsaDegrees", () => {
  const track = worstTracker("ayanamsa");

  it.each(cases)("Lahiri, $name", ({ chart, jdUt }) => {
    const error = arcsec(ayanamsaDegrees("lahiri", jdUt), chart.expected.ayanamsa_lahiri);
    expect(track("lahiri", error)).toBeLessThanOrEqual(TOLERANCE.lahiri);
  });

  /** The ayanamsa without nutation in longitude. */
  const mean = (kind: Ayanamsa, jdUt: number) =>
    ayanamsaDegrees(kind, jdUt) - Astronomy.e_tilt(Astronomy.MakeTime(jdUt - J2000)).dpsi / 3600;

  // Swiss Ephemeris definitions (t0 in TT, mean value at t0). Ours precess with IAU 2006 from J2000
  // back to t0 where SE uses the definition's own model: under 1″ apart at t0.
  it.each([
    { kind: "lahiri", t0: 2435553.5, value: 23.250182778 - 0.004658035 },
    { kind: "fagan_bradley", t0: 2433282.42346, value: 24.042044444 },
    { kind: "krishnamurti", t0: 2415020.0, value: 360 - 337.636111 },
  ] as const)("$kind is $value° (mean) at JD $t0 TT", ({ kind, t0, value }) => {
    const time = Astronomy.MakeTime(t0 - J2000);
    expect(arcsec(mean(kind, t0 - (time.tt - time.ut)), value)).toBeLessThan(1);
  });

  it("every kind grows by IAU 2006 general precession, 50.288″ a year at J2000", () => {
    for (const kind of AYANAMSAS) {
      const years = 50;
      const rate =
        (mean(kind, J2000 + 182.625 * years) - mean(kind, J2000 - 182.625 * years)) / years;
      expect(rate * ARCSEC_PER_DEG).toBeCloseTo(50.288, 3);
    }
  });
});

describe("house properties", () => {
  const instant = fc.double({ min: 2378496.5, max: 2488069.5, noNaN: true }); // 1800–2100
  const latitude = fc.oneof(
    fc.double({ min: -90, max: 90, noNaN: true }),
    fc.double({ min: 60, max: 70, noNaN: true }).map((x) => (x > 65 ? x : -x)), // polar circles
    fc.constantFrom(-90, 90, 0, -89.9999999, 89.9999999, 1e-12, -1e-12, 66.56, -66.56, 23.44),
  );
  const longitude = fc.double({ min: -180, max: 180, noNaN: true });
  const place = fc.record({ jdUt: instant, latitude, longitude });
  const RUNS = { numRuns: 500 };
  const QUADRANT: readonly HouseSystem[] = [
    "placidus",
    "koch",
    "porphyry",
    "regiomontanus",
    "campanus",
  ];

  /** Inside a polar circle with the midheaven below the horizon (SE turns Regio/Campanus). */
  const turned = (a: Angles, phi: number) => {
    const declination = Math.asin(sinDeg(a.obliquity) * sinDeg(a.midheaven)) * (180 / Math.PI);
    return phi >= 0 ? 90 - phi + declination < 0 : -90 - phi + declination > 0;
  };

  it("angles are finite, in [0, 360), with the ascendant rising on the eastern horizon", () => {
    fc.assert(
      fc.property(place, ({ jdUt, latitude, longitude }) => {
        const a = computeAngles(jdUt, latitude, longitude);
        for (const value of Object.values(a)) {
          expect(value >= 0 && value < 360).toBe(true);
        }
        if (Math.abs(latitude) > 89.9) return; // the horizon is the equator: no east
        // Hour angle and altitude of the ascendant (Meeus eqs. 13.3, 13.6).
        const ra = Math.atan2(sinDeg(a.ascendant) * cosDeg(a.obliquity), cosDeg(a.ascendant));
        const dec = Math.asin(sinDeg(a.obliquity) * sinDeg(a.ascendant));
        const hourAngle = (a.armc * Math.PI) / 180 - ra;
        const altitude =
          sinDeg(latitude) * Math.sin(dec) + cosDeg(latitude) * Math.cos(dec) * Math.cos(hourAngle);
        expect(Math.abs(altitude)).toBeLessThan(1e-9);
        expect(Math.sin(hourAngle)).toBeLessThan(0);
      }),
      RUNS,
    );
  });

  it("every system: 12 finite cusps in [0, 360), opposite cusps 180° apart, houseOf agrees", () => {
    fc.assert(
      fc.property(place, ({ jdUt, latitude, longitude }) => {
        const a = computeAngles(jdUt, latitude, longitude);
        for (const system of HOUSE_SYSTEMS) {
          const { cusps } = computeHouses(system, a, latitude);
          expect(cusps).toHaveLength(12);
          for (const c of cusps) expect(Number.isFinite(c) && c >= 0 && c < 360).toBe(true);
          for (let i = 0; i < 6; i++) {
            expect(Math.abs(signedDifference(cusps[i + 6], cusps[i]))).toBeCloseTo(180, 9);
          }
          for (let i = 0; i < 12; i++) {
            const gap = signedDifference(cusps[(i + 1) % 12], cusps[i]);
            if (Math.abs(gap) < 1e-9) continue; // an empty house at a pole
            expect(houseOf(cusps[i], cusps)).toBe(i + 1);
            expect(houseOf(normalizeDegrees(cusps[i] + gap / 2), cusps)).toBe(i + 1);
          }
        }
      }),
      RUNS,
    );
  });

  it("equal and whole-sign houses are 30° apart, from the ascendant and its sign", () => {
    fc.assert(
      fc.property(place, ({ jdUt, latitude, longitude }) => {
        const a = computeAngles(jdUt, latitude, longitude);
        const equal = computeHouses("equal", a, latitude).cusps;
        const whole = computeHouses("whole_sign", a, latitude).cusps;
        expect(equal[0]).toBe(a.ascendant);
        expect(whole[0]).toBe(Math.floor(a.ascendant / 30) * 30);
        for (let i = 0; i < 12; i++) {
          expect(signedDifference(equal[(i + 1) % 12], equal[i])).toBeCloseTo(30, 9);
          expect(signedDifference(whole[(i + 1) % 12], whole[i])).toBeCloseTo(30, 9);
        }
      }),
      RUNS,
    );
  });

  it("quadrant systems: zodiacal order, cusp 1 the ascendant, cusp 10 the midheaven", () => {
    fc.assert(
      fc.property(place, ({ jdUt, latitude, longitude }) => {
        const a = computeAngles(jdUt, latitude, longitude);
        const polar = Math.abs(latitude) >= 90 - a.obliquity;
        for (const system of QUADRANT) {
          const houses = computeHouses(system, a, latitude);
          expect(houses.fallback).toBe(polar && (system === "placidus" || system === "koch"));
          // SE turns polar Regiomontanus and Campanus when the midheaven is below the horizon:
          // cusp 10 is then the meridian point above it and the houses run clockwise.
          const turn = (system === "regiomontanus" || system === "campanus") && turned(a, latitude);
          const sense = turn ? -1 : 1;
          const { cusps } = houses;
          for (let i = 0; i < 12; i++) {
            const gap = sense * signedDifference(cusps[(i + 1) % 12], cusps[i]);
            expect(gap > 0 && gap < 180, `${system} gap ${i + 1}: ${gap}`).toBe(true);
          }
          expect(arcsec(cusps[0], a.ascendant)).toBeLessThan(1e-6);
          expect(arcsec(cusps[9], a.midheaven + (turn ? 180 : 0))).toBeLessThan(1e-6);
        }
      }),
      RUNS,
    );
  });

  it("Placidus cusps 11 and 12 are 1/3 and 2/3 of their diurnal semi-arc east of the meridian", () => {
    const outsidePolar = fc.record({
      jdUt: instant,
      latitude: fc.double({ min: -66.5, max: 66.5, noNaN: true }),
      longitude,
    });
    fc.assert(
      fc.property(outsidePolar, ({ jdUt, latitude, longitude }) => {
        const a = computeAngles(jdUt, latitude, longitude);
        const { cusps } = computeHouses("placidus", a, latitude);
        for (const [cusp, fraction] of [
          [cusps[10], 1 / 3],
          [cusps[11], 2 / 3],
        ] as const) {
          const ra = Math.atan2(sinDeg(cusp) * cosDeg(a.obliquity), cosDeg(cusp)) * (180 / Math.PI);
          const tanDec = tanDeg(a.obliquity) * sinDeg(ra);
          const semiArc = Math.acos(-tanDeg(latitude) * tanDec) * (180 / Math.PI);
          expect(arcsec(ra - a.armc, fraction * semiArc)).toBeLessThan(1e-3);
        }
      }),
      RUNS,
    );
  });
});

describe("whole-sign house 1 is the sign of the ascendant shown", () => {
  // At the poles the ascendant is 0° or 180° up to rounding; found by a fresh-user trial: at
  // latitude −90 the chart said 180° (Libra rising) while house 1 was Virgo, cast from 179.9999999°.
  const chart = (latitude: number, iso: string, zodiac: Partial<ChartRequest> = {}) => {
    const [date, time] = iso.split("T") as [string, string];
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    const [hour, minute] = time.split(":").map(Number) as [number, number];
    return computeChart({
      local: { year, month, day, hour, minute, second: 0 },
      timeKnown: true,
      timezone: "UTC",
      latitude,
      longitude: 0,
      houseSystem: "whole_sign",
      zodiac: "tropical",
      ayanamsa: null,
      disambiguation: "compatible",
      orbs: {},
      ...zodiac,
    });
  };

  it("at the poles and near them, tropical and sidereal, every hour of two days", () => {
    let checked = 0;
    for (const latitude of [-90, 90, -89.9999, 89.9999, 0]) {
      for (const day of ["1950-06-01", "2000-03-20"]) {
        for (let hour = 0; hour < 24; hour++) {
          for (const zodiac of [{}, { zodiac: "sidereal", ayanamsa: "lahiri" } as const]) {
            const iso = `${day}T${String(hour).padStart(2, "0")}:35`;
            const c = chart(latitude, iso, zodiac);
            const ascendant = c.angles?.ascendant as number;
            const cusp1 = c.houses?.cusps[0] as number;
            expect(cusp1, `${latitude} ${iso} ${JSON.stringify(zodiac)}`).toBe(
              Math.floor(ascendant / 30) * 30,
            );
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(480);
  });

  it("the fresh-user case: latitude −90, 1950-06-01 15:00 UTC", () => {
    const c = chart(-90, "1950-06-01T15:00");
    expect(c.houses?.cusps[0]).toBe(Math.floor((c.angles?.ascendant as number) / 30) * 30);
  });
});
