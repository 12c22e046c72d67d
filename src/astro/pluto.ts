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
 * Same shape as astronomy-engine's `HelioVector(Body.Pluto, time)`, which it replaces.
 *
 * @param time The instant; only its TT is used (the series cover 1792–2111).
 * @returns Position in AU, J2000 mean equator (EQJ).
 * @throws {RangeError} if `time` is outside the fitted range (the chart engine never asks for one).
 */
export function plutoHeliocentric(time: Astronomy.AstroTime): Astronomy.Vector {
  const { tt } = time;
  if (!(tt >= startTt && tt <= END_TT)) {
    throw new RangeError(`Pluto series cover TT ${startTt}…${END_TT} days from J2000, not ${tt}`);
  }
  const segment = Math.min(Math.floor((tt - startTt) / segmentDays), segments - 1);
  const segmentStart = startTt + segment * segmentDays;
  const x = (2 * (tt - segmentStart)) / segmentDays - 1;
  const offset = segment * 3 * COEFFICIENTS_PER_AXIS;
  return new Astronomy.Vector(
    chebyshevSum(offset, x),
    chebyshevSum(offset + COEFFICIENTS_PER_AXIS, x),
    chebyshevSum(offset + 2 * COEFFICIENTS_PER_AXIS, x),
    time,
  );
}
