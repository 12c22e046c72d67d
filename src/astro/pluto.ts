import * as Astronomy from "astronomy-engine";
import { PLUTO_CHEBYSHEV } from "./pluto-chebyshev.generated.ts";

const { startTt, segmentDays, degree, segments, coefficients } = PLUTO_CHEBYSHEV;
const COEFFICIENTS_PER_AXIS = degree + 1;
/** First TT (days from J2000) past the fit. */
const END_TT = startTt + segments * segmentDays;

/** Clenshaw sum of the series at `offset` in `coefficients`, at x ∈ [−1, 1] (c₀ already halved). */
function chebyshevSum(offset: number, x: number): number {
  let b1 = 0;
  let b2 = 0;
  for (let j = offset + COEFFICIENTS_PER_AXIS - 1; j > offset; j--) {
    const b0 = 2 * x * b1 - b2 + (coefficients[j] as number);
    b2 = b1;
    b1 = b0;
  }
  return x * b1 - b2 + (coefficients[offset] as number);
}

/**
 * Pluto's heliocentric position from the generated Chebyshev series (Clenshaw's recurrence;
 * Press et al., Numerical Recipes, 3rd ed., §5.8; segment layout as in Newhall 1989, Celest.
 * Mech. 45): a fit of astronomy-engine's numerically integrated Pluto, within 1.2e-6 AU of it
 * (scripts/generate-pluto.ts explains the fit and its error).
 *
 * @param tt Terrestrial Time in days from J2000 (astronomy-engine `AstroTime.tt`); the series
 *   cover 1792–2111.
 * @returns Position in AU, J2000 mean equator (EQJ), as `[x, y, z]`.
 * @throws {RangeError} if `tt` is outside the fitted range (the chart engine never asks for one).
 */
export function plutoHeliocentric(tt: number): [number, number, number] {
  if (!(tt >= startTt && tt <= END_TT)) {
    throw new RangeError(`Pluto series cover TT ${startTt}…${END_TT} days from J2000, not ${tt}`);
  }
  const segment = Math.min(Math.floor((tt - startTt) / segmentDays), segments - 1);
  const segmentStart = startTt + segment * segmentDays;
  const x = (2 * (tt - segmentStart)) / segmentDays - 1;
  const offset = segment * 3 * COEFFICIENTS_PER_AXIS;
  return [
    chebyshevSum(offset, x),
    chebyshevSum(offset + COEFFICIENTS_PER_AXIS, x),
    chebyshevSum(offset + 2 * COEFFICIENTS_PER_AXIS, x),
  ];
}

/**
 * Apparent geocentric vector of Pluto, computed exactly as astronomy-engine's
 * `GeoVector(Body.Pluto, time, true)` does, with the Chebyshev series in place of its integrator:
 * its light-time solver (`CorrectLightTravel`: iterate t′ = t − |P(t′) − E(t′)|/c until t′ moves by
 * under 1e-9 day) where both Pluto and the Earth (VSOP87, `HelioVector(Body.Earth, …)`) are taken
 * at the emission time t′, which also applies annual aberration to first order (astronomy-engine's
 * `BodyPosition`). Within 0.01″ of astronomy-engine's own result (test/astro/pluto.test.ts).
 *
 * @param time The observation instant (create it with `astroTime`, ./delta-t.ts).
 * @returns Earth → Pluto in AU, J2000 mean equator (EQJ), its `t` the observation time.
 * @throws {RangeError} outside the fitted range (see {@link plutoHeliocentric}); `Error` if the
 *   light-time iteration does not converge in 10 steps (astronomy-engine's limit; it converges in 3).
 */
export function plutoGeoVector(time: Astronomy.AstroTime): Astronomy.Vector {
  let emission = time;
  for (let iteration = 0; iteration < 10; iteration++) {
    const earth = Astronomy.HelioVector(Astronomy.Body.Earth, emission);
    const [px, py, pz] = plutoHeliocentric(emission.tt);
    const dx = px - earth.x;
    const dy = py - earth.y;
    const dz = pz - earth.z;
    const next = time.AddDays(-Math.hypot(dx, dy, dz) / Astronomy.C_AUDAY);
    if (Math.abs(next.tt - emission.tt) < 1e-9) return new Astronomy.Vector(dx, dy, dz, time);
    emission = next;
  }
  throw new Error("Pluto light-time iteration did not converge");
}
