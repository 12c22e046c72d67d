import { describe, expect, it } from "vitest";
import { aspectBetween, DEFAULT_ORBS } from "../../src/astro/aspects.ts";
import { ayanamsaDegrees } from "../../src/astro/ayanamsa.ts";
import { computeBodies } from "../../src/astro/bodies.ts";
import { type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { julianDayFromEpochMs, signedDifference } from "../../src/astro/math.ts";
import { PLANET_IDS, type PlanetId, planetLongitude } from "../../src/astro/planet-longitude.ts";
import {
  natalPoints,
  TRANSIT_ORBS,
  type TransitEvent,
  transitEvents,
  transitsAt,
} from "../../src/astro/transits.ts";

// Transit perfection times against a brute-force scan: the signed difference sampled every minute,
// each change of sign a perfection. Brent's roots must land within 60 s of the scan's minute.

const jd = (iso: string) => julianDayFromEpochMs(Date.parse(iso));
const ms = (iso: string) => Date.parse(iso);
const MINUTE = 1 / 1440;

/** The body's longitude every minute over [from, to]. */
function scan(body: PlanetId, from: number, to: number): { t: number; lon: number }[] {
  const samples = [];
  for (let t = from; t <= to + 1e-9; t += MINUTE)
    samples.push({ t, lon: planetLongitude(body, t) });
  return samples;
}

/** Every minute of a scan where λ − target − level changes sign (not at the ±180° jump). */
function bruteForce(samples: { t: number; lon: number }[], target: number, level = 0): number[] {
  const roots: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1] as { t: number; lon: number };
    const b = samples[i] as { t: number; lon: number };
    const da = signedDifference(a.lon, target) - level;
    const db = signedDifference(b.lon, target) - level;
    if (da < 0 !== db < 0 && Math.abs(db - da) < 180) roots.push((a.t + b.t) / 2);
  }
  return roots;
}

function isoToJd(iso: string): number {
  return jd(iso);
}

function expectWithinMinute(found: string[], expected: number[], label: string) {
  expect(found.length, `${label}: ${found.join(", ")}`).toBe(expected.length);
  found.forEach((iso, i) => {
    const seconds = Math.abs(isoToJd(iso) - (expected[i] as number)) * 86_400;
    // The scan's midpoint is within 30 s of its root; ours within 1 s: 60 s leaves room for both.
    expect(seconds, `${label} #${i} ${iso}`).toBeLessThanOrEqual(60);
  });
}

function eventsFor(events: TransitEvent[], natal: string, type: string): TransitEvent[] {
  return events.filter((e) => e.natal === natal && e.type === type);
}

const SAMPLE: ChartRequest = {
  local: { year: 1990, month: 6, day: 15, hour: 14, minute: 30, second: 0 },
  timeKnown: true,
  timezone: "Europe/London",
  latitude: 51.5074,
  longitude: -0.1278,
  houseSystem: "placidus",
  zodiac: "tropical",
  ayanamsa: null,
  disambiguation: "compatible",
  orbs: {},
};

describe("planetLongitude", () => {
  it("equals computeBodies' longitude for every transiting body", () => {
    for (let i = 0; i < 40; i++) {
      const t = 2378496.5 + ((i * 7919.37) % 109_573);
      const bodies = computeBodies(t);
      for (const id of PLANET_IDS) {
        const expected = bodies.find((b) => b.id === id)?.longitude as number;
        expect(Math.abs(signedDifference(planetLongitude(id, t), expected)), id).toBeLessThan(1e-9);
      }
    }
  });
});

describe("transit perfection times against a minute-by-minute scan", () => {
  it("finds the Moon's perfections to every natal point over three days", () => {
    const natal = natalPoints(computeChart(SAMPLE));
    const from = jd("2024-03-01T00:00:00Z");
    const to = jd("2024-03-04T00:00:00Z");
    const events = transitEvents(natal, from, to, {
      bodies: ["moon"],
      orbs: TRANSIT_ORBS,
      ayanamsa: null,
    });
    expect(events.length).toBeGreaterThan(10);
    const moon = scan("moon", from, to);
    for (const point of natal.filter((p) => ["sun", "venus", "ascendant"].includes(p.id))) {
      for (const [type, offsets] of [
        ["conjunction", [0]],
        ["square", [90, -90]],
        ["trine", [120, -120]],
        ["opposition", [180]],
      ] as const) {
        const expected = offsets
          .flatMap((o) => bruteForce(moon, point.longitude + o))
          .sort((a, b) => a - b);
        const found = eventsFor(events, point.id, type)
          .flatMap((e) => e.exact_at)
          .sort();
        expectWithinMinute(found, expected, `moon ${type} ${point.id}`);
      }
    }
  });

  it("finds both passes of Mercury over a point at its station, a day apart", () => {
    // Mercury stations retrograde on 2024-04-01/02 near 27° Aries: a point just short of the
    // station longitude is passed twice within about a day, inside one 3-day sampling step.
    const from = jd("2024-03-30T00:00:00Z");
    const to = jd("2024-04-04T00:00:00Z");
    const mercury = scan("mercury", from, to);
    const peak = Math.max(...mercury.map((s) => s.lon));
    const natal = [{ id: "sun", longitude: peak - 0.01 }];
    const events = transitEvents(natal, from, to, {
      bodies: ["mercury"],
      orbs: TRANSIT_ORBS,
      ayanamsa: null,
    });
    const conjunctions = eventsFor(events, "sun", "conjunction");
    expect(conjunctions).toHaveLength(1);
    const [event] = conjunctions as [TransitEvent];
    expectWithinMinute(event.exact_at, bruteForce(mercury, peak - 0.01), "mercury");
    expect(event.exact_at).toHaveLength(2);
    expect(event.enters_orb_at).toBeNull();
    expect(event.leaves_orb_at).toBeNull();
  });

  it("finds the Sun's perfections and orb edges over a month", () => {
    const natal = natalPoints(computeChart(SAMPLE));
    const from = jd("2024-05-20T00:00:00Z");
    const to = jd("2024-06-20T00:00:00Z");
    const events = transitEvents(natal, from, to, {
      bodies: ["sun"],
      orbs: TRANSIT_ORBS,
      ayanamsa: null,
    });
    const sun = natal.find((p) => p.id === "sun")?.longitude as number;
    const sky = scan("sun", from, to);
    const [event] = eventsFor(events, "sun", "conjunction") as [TransitEvent];
    expectWithinMinute(event.exact_at, bruteForce(sky, sun), "sun return");
    expectWithinMinute([event.enters_orb_at as string], bruteForce(sky, sun, -2), "enters");
    expectWithinMinute([event.leaves_orb_at as string], bruteForce(sky, sun, 2), "leaves");
    for (const e of events) {
      const start = e.enters_orb_at ?? "2024-05-20T00:00:00Z";
      const end = e.leaves_orb_at ?? "2024-06-20T00:00:00Z";
      for (const exact of e.exact_at) {
        expect(ms(exact) >= ms(start) && ms(exact) <= ms(end), JSON.stringify(e)).toBe(true);
      }
    }
  });
});

describe("transitsAt", () => {
  it("reports computeBodies' positions and the single-chart aspect rule with fixed natal points", () => {
    const chart = computeChart(SAMPLE);
    const natal = natalPoints(chart);
    const t = jd("2025-01-01T12:00:00Z");
    const result = transitsAt(natal, chart.houses?.cusps ?? null, t, {
      bodies: PLANET_IDS,
      orbs: TRANSIT_ORBS,
      ayanamsa: null,
    });
    expect(result.at).toBe("2025-01-01T12:00:00Z");
    const bodies = computeBodies(t);
    for (const p of result.positions) {
      const b = bodies.find((x) => x.id === p.id);
      expect(Math.abs(signedDifference(p.longitude, b?.longitude as number))).toBeLessThan(1e-6);
      expect(p.natal_house).toBeGreaterThanOrEqual(1);
    }
    const expected = result.positions.flatMap((p) =>
      natal.flatMap((n) => {
        const a = aspectBetween(p, { ...n, speed: 0 }, TRANSIT_ORBS);
        return a ? [a.a + a.b + a.type + a.applying] : [];
      }),
    );
    expect(result.aspects.map((a) => a.a + a.b + a.type + a.applying)).toEqual(expected);
    expect(result.aspects.every((a) => a.orb <= DEFAULT_ORBS[a.type])).toBe(true);
  });
});

describe("transits to a sidereal chart", () => {
  it("measure the sky in the chart's zodiac: tropical less the ayanamsa, at an instant and over a range", () => {
    const chart = computeChart({ ...SAMPLE, zodiac: "sidereal", ayanamsa: "lahiri" });
    const natal = natalPoints(chart);
    const t = jd("2025-06-01T00:00:00Z");
    const options = {
      bodies: ["sun"] as PlanetId[],
      orbs: TRANSIT_ORBS,
      ayanamsa: "lahiri" as const,
    };
    const [sun] = transitsAt(natal, null, t, options).positions;
    const tropical = computeBodies(t)[0]?.longitude as number;
    const expected = tropical - ayanamsaDegrees("lahiri", t);
    expect(Math.abs(signedDifference(sun?.longitude as number, expected))).toBeLessThan(1e-5);
    // The sidereal solar return: the transiting Sun back on the natal sidereal Sun.
    const from = jd("2025-06-10T00:00:00Z");
    const to = jd("2025-06-20T00:00:00Z");
    const events = transitEvents(natal, from, to, options);
    const [ret] = eventsFor(events, "sun", "conjunction") as [TransitEvent];
    const target = natal.find((p) => p.id === "sun")?.longitude as number;
    const shifted = scan("sun", from, to).map((s) => ({
      t: s.t,
      lon: s.lon - ayanamsaDegrees("lahiri", s.t),
    }));
    expectWithinMinute(ret.exact_at, bruteForce(shifted, target), "sidereal return");
  });
});
