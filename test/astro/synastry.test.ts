import { describe, expect, it } from "vitest";
import { DEFAULT_ORBS, findAspects } from "../../src/astro/aspects.ts";
import { type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { chartAspectPoints } from "../../src/astro/chart-points.ts";
import { houseOf } from "../../src/astro/houses.ts";
import { computeSynastry } from "../../src/astro/synastry.ts";

// Synastry's inter-chart aspects are the single-chart rule applied to the pair: the same aspects
// findAspects reports when the two charts' points stand in one list, restricted to cross pairs.

function request(overrides: Partial<ChartRequest>): ChartRequest {
  return {
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
    ...overrides,
  };
}

const PAIRS: [ChartRequest, ChartRequest][] = [
  [
    request({}),
    request({
      local: { year: 1987, month: 11, day: 3, hour: 6, minute: 5, second: 0 },
      timezone: "America/New_York",
      latitude: 40.7128,
      longitude: -74.006,
    }),
  ],
  [
    request({ local: { year: 1962, month: 2, day: 4, hour: 23, minute: 59, second: 0 } }),
    request({
      local: { year: 2001, month: 9, day: 30, hour: 12, minute: 0, second: 0 },
      timeKnown: false,
      timezone: "Asia/Tokyo",
      latitude: 35.68,
      longitude: 139.69,
    }),
  ],
];

describe("computeSynastry", () => {
  it("reports exactly the cross pairs findAspects reports for the two charts' points together", () => {
    for (const [ra, rb] of PAIRS) {
      const a = computeChart(ra);
      const b = computeChart(rb);
      const together = [
        ...chartAspectPoints(a).map((p) => ({ ...p, id: `1:${p.id}` })),
        ...chartAspectPoints(b).map((p) => ({ ...p, id: `2:${p.id}` })),
      ];
      const expected = findAspects(together, DEFAULT_ORBS)
        .filter((x) => x.a.startsWith("1:") && x.b.startsWith("2:"))
        .map((x) => ({ ...x, a: x.a.slice(2), b: x.b.slice(2) }));
      const synastry = computeSynastry(a, b, DEFAULT_ORBS);
      expect(synastry.aspects.length).toBeGreaterThan(5);
      expect(synastry.aspects).toEqual(
        expected.map((x) => ({ ...x, orb: Math.round(x.orb * 1e6) / 1e6 })),
      );
    }
  });

  it("places each chart's bodies in the other's houses, or null without a birth time", () => {
    const [ra, rb] = PAIRS[1] as [ChartRequest, ChartRequest];
    const a = computeChart(ra);
    const b = computeChart(rb);
    const synastry = computeSynastry(a, b, DEFAULT_ORBS);
    expect(synastry.first_in_second_houses).toBeNull();
    const overlays = synastry.second_in_first_houses ?? [];
    expect(overlays.map((o) => o.body)).toEqual(chartAspectPoints(b).map((p) => p.id));
    for (const o of overlays) {
      const body = b.bodies.find((x) => x.id === o.body);
      expect(o.house).toBe(houseOf(body?.longitude as number, a.houses?.cusps ?? []));
    }
  });
});
