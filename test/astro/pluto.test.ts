import * as Astronomy from "astronomy-engine";
import { describe, expect, it } from "vitest";
import { apparentVector } from "../../src/astro/apparent.ts";
import { astroTime } from "../../src/astro/delta-t.ts";
import { ARCSEC_PER_DEG, DEG_PER_RAD } from "../../src/astro/math.ts";
import { earthState } from "../../src/astro/planet-longitude.ts";
import { plutoHeliocentric, plutoHeliocentricState } from "../../src/astro/pluto.ts";
import { PLUTO_CHEBYSHEV } from "../../src/astro/pluto-chebyshev.generated.ts";

// The Chebyshev series against what they replace: astronomy-engine's integrated Pluto. The fit
// can't be exact: the integrator's output is a piecewise cubic whose velocity jumps every 146 days
// (a ~1e-6 AU ripple, scripts/generate-pluto.ts), so the bounds are just above that ripple.

const J2000 = 2451545.0;
/** Instants spread over 1799–2102 (UT), 1,500 of them, none on a segment boundary by design. */
const INSTANTS = Array.from(
  { length: 1500 },
  (_, i) => 2378131.5 + 0.5 + i * 73.77 + (i % 7) * 0.31,
);

/** Angle between two vectors, in arcseconds. */
function angleArcsec(a: Astronomy.Vector, b: Astronomy.Vector): number {
  const cross = Math.hypot(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
  const dot = a.x * b.x + a.y * b.y + a.z * b.z;
  return Math.atan2(cross, dot) * DEG_PER_RAD * ARCSEC_PER_DEG;
}

describe("Pluto from Chebyshev series", () => {
  it("covers 1799-01-01 … 2101-12-31 TT with margin", () => {
    const { startTt, segmentDays, segments, degree, coefficients } = PLUTO_CHEBYSHEV;
    expect(startTt).toBeLessThan(2378131.5 - J2000 - 1);
    expect(startTt + segments * segmentDays).toBeGreaterThan(2488798.5 - J2000 + 1);
    expect(coefficients).toHaveLength(segments * 3 * (degree + 1));
  });

  it("stays within 1.2e-6 AU of astronomy-engine's heliocentric Pluto", () => {
    let worst = 0;
    for (const jd of INSTANTS) {
      const time = astroTime(jd);
      const expected = Astronomy.HelioVector(Astronomy.Body.Pluto, time);
      const [x, y, z] = plutoHeliocentric(time.tt);
      worst = Math.max(worst, Math.hypot(x - expected.x, y - expected.y, z - expected.z));
    }
    console.log(
      `Pluto series vs astronomy-engine, heliocentric: worst ${worst.toExponential(2)} AU`,
    );
    expect(worst).toBeLessThan(1.2e-6);
  });

  it("gives the apparent geocentric direction of GeoVector(Pluto, t, true) within 0.01″", () => {
    let worstAngle = 0;
    let worstDistance = 0;
    for (const jd of INSTANTS) {
      const time = astroTime(jd);
      const expected = Astronomy.GeoVector(Astronomy.Body.Pluto, time, true);
      const [x, y, z] = apparentVector(plutoHeliocentricState(time.tt), earthState(time)).position;
      const actual = new Astronomy.Vector(x, y, z, time);
      worstAngle = Math.max(worstAngle, angleArcsec(actual, expected));
      worstDistance = Math.max(worstDistance, Math.abs(actual.Length() - expected.Length()));
    }
    console.log(
      `Pluto series vs astronomy-engine, apparent geocentric: worst ${worstAngle.toFixed(4)}″, ` +
        `distance ${worstDistance.toExponential(2)} AU`,
    );
    expect(worstAngle).toBeLessThan(0.01);
    expect(worstDistance).toBeLessThan(1.2e-6);
  });

  it("has the series' derivative as velocity", () => {
    const { startTt, segmentDays } = PLUTO_CHEBYSHEV;
    const h = 0.5;
    let worst = 0;
    for (const jd of INSTANTS) {
      const tt = astroTime(jd).tt;
      const intoSegment = (tt - startTt) % segmentDays;
      if (intoSegment < h || intoSegment > segmentDays - h) continue; // a difference across segments
      const { velocity } = plutoHeliocentricState(tt);
      const before = plutoHeliocentric(tt - h);
      const after = plutoHeliocentric(tt + h);
      for (let k = 0; k < 3; k++) {
        const difference = ((after[k] as number) - (before[k] as number)) / (2 * h);
        worst = Math.max(worst, Math.abs(difference - (velocity[k] as number)));
      }
    }
    // Pluto moves ~0.003 AU/day; h²/6 of its third derivative is ~1e-13 AU/day.
    expect(worst).toBeLessThan(1e-11);
  });

  it("is continuous across segment boundaries", () => {
    const { startTt, segmentDays, segments } = PLUTO_CHEBYSHEV;
    for (let s = 1; s < segments; s++) {
      const boundary = startTt + s * segmentDays;
      const [x0, y0, z0] = plutoHeliocentric(boundary - 1e-6);
      const [x1, y1, z1] = plutoHeliocentric(boundary + 1e-6);
      expect(Math.hypot(x1 - x0, y1 - y0, z1 - z0)).toBeLessThan(2e-6);
      // The velocity steps too (the segments are fitted apart): by under 5e-7 AU/day, which moves
      // Pluto's geocentric speed by under 1e-6 °/day.
      const [u0, v0, w0] = plutoHeliocentricState(boundary - 1e-6).velocity;
      const [u1, v1, w1] = plutoHeliocentricState(boundary + 1e-6).velocity;
      expect(Math.hypot(u1 - u0, v1 - v0, w1 - w0)).toBeLessThan(5e-7);
    }
  });

  it("refuses instants outside the series with a RangeError", () => {
    const { startTt, segmentDays, segments } = PLUTO_CHEBYSHEV;
    expect(() => plutoHeliocentric(startTt - 1)).toThrow(RangeError);
    expect(() => plutoHeliocentric(startTt + segments * segmentDays + 1)).toThrow(RangeError);
    expect(() => plutoHeliocentric(Number.NaN)).toThrow(RangeError);
    expect(() => plutoHeliocentricState(astroTime(2600000).tt)).toThrow(RangeError);
  });
});
