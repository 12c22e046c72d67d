import { describe, expect, it } from "vitest";
import { BODY_IDS } from "../../src/astro/bodies.ts";
import { warmUpChartEngine } from "../../src/astro/warm-up.ts";

describe("the engine's start-up warm-up", () => {
  // The warm-up only helps a first request's chart through the code it runs: it must take the full
  // path (every body, angles, quadrant houses without fallback, aspects, a tz table), not a shortcut.
  it("casts full charts on the common path: every body, Placidus cusps, aspects, a tz offset", () => {
    const charts = warmUpChartEngine();
    expect(charts.map((c) => c.utc)).toEqual(["2000-01-01T12:00:00Z", "1900-01-01T12:00:00Z"]);
    for (const chart of charts) {
      expect(chart.bodies.map((b) => b.id)).toEqual([...BODY_IDS]);
      expect(chart.houses).toMatchObject({ system: "placidus", requested_system: "placidus" });
      expect(chart.houses?.cusps).toHaveLength(12);
      expect(chart.angles).not.toBeNull();
      expect(chart.aspects.length).toBeGreaterThan(0);
      expect(chart.provenance).toMatchObject({
        timezone: "Europe/London",
        utc_offset_source: "tzdb",
        house_system_fallback: false,
      });
      expect(chart.warnings).toEqual([]);
    }
    const [j2000] = charts;
    expect(j2000?.julian_day_ut).toBe(2451545);
    // The Sun at 2000-01-01 12:00 UT (about a minute before J2000.0, 12:00 TT): apparent longitude
    // 280.369° (mean longitude 280.466° less the equation of centre near perihelion and
    // aberration); a broken engine fails here rather than at startup.
    expect(j2000?.bodies[0]?.longitude).toBeCloseTo(280.3687, 3);
  });
});
