import * as Astronomy from "astronomy-engine";
import { describe, expect, it } from "vitest";
import { astroTime } from "../../src/astro/delta-t.ts";
import { apparentGeoVector, earthState } from "../../src/astro/light-time.ts";
import { ARCSEC_PER_DEG, DEG_PER_RAD } from "../../src/astro/math.ts";

// The shared-Earth light-time solution against astronomy-engine's own GeoVector(body, t, true),
// which evaluates the Earth's VSOP87 series again at every iteration.

/** 1,000 instants spread over 1800–2100 (UT). */
const INSTANTS = Array.from({ length: 1000 }, (_, i) => 2378497 + i * 109.7 + (i % 13) * 0.29);
const BODIES = [
  Astronomy.Body.Sun,
  Astronomy.Body.Mercury,
  Astronomy.Body.Venus,
  Astronomy.Body.Mars,
  Astronomy.Body.Jupiter,
  Astronomy.Body.Saturn,
  Astronomy.Body.Uranus,
  Astronomy.Body.Neptune,
  Astronomy.Body.Pluto,
];

function angleArcsec(a: Astronomy.Vector, b: Astronomy.Vector): number {
  const cross = Math.hypot(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
  return Math.atan2(cross, a.x * b.x + a.y * b.y + a.z * b.z) * DEG_PER_RAD * ARCSEC_PER_DEG;
}

describe("apparentGeoVector with one Earth state per instant", () => {
  it("matches GeoVector(body, t, true) within 0.001″ for the Sun, the planets and Pluto", () => {
    const worst: string[] = [];
    for (const body of BODIES) {
      const position = (time: Astronomy.AstroTime) => Astronomy.HelioVector(body, time);
      let worstAngle = 0;
      for (const jd of INSTANTS) {
        const time = astroTime(jd);
        const actual = apparentGeoVector(position, earthState(time), time);
        const expected = Astronomy.GeoVector(body, time, true);
        expect(actual.t.tt).toBe(time.tt);
        worstAngle = Math.max(worstAngle, angleArcsec(actual, expected));
      }
      worst.push(`${body} ${worstAngle.toExponential(1)}″`);
      expect(worstAngle, body).toBeLessThan(0.001);
    }
    console.log(`shared Earth state vs GeoVector, worst: ${worst.join(", ")}`);
  });

  it("gives the Earth's velocity and the Sun's pull on it", () => {
    const time = astroTime(2451545);
    const { r, v, a } = earthState(time);
    const distance = Math.hypot(...r);
    expect(distance).toBeGreaterThan(0.98);
    expect(distance).toBeLessThan(1.02);
    expect(Math.hypot(...v)).toBeCloseTo(0.0172, 3); // ~2π AU per year
    expect(Math.hypot(...a) * distance ** 2).toBeCloseTo(0.01720209895 ** 2, 10);
  });
});
