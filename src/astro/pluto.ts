import type { State } from "./apparent.ts";
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
  return positionAt(locate(tt));
}

/** Where `tt` falls in the series: its segment's first coefficient and x ∈ [−1, 1] in it. */
interface SeriesPoint {
  offset: number;
  x: number;
}

/** @throws {RangeError} if `tt` is outside the fitted range. */
function locate(tt: number): SeriesPoint {
  if (!(tt >= startTt && tt <= END_TT)) {
    throw new RangeError(`Pluto series cover TT ${startTt}…${END_TT} days from J2000, not ${tt}`);
  }
  const segment = Math.min(Math.floor((tt - startTt) / segmentDays), segments - 1);
  const segmentStart = startTt + segment * segmentDays;
  return {
    offset: segment * 3 * COEFFICIENTS_PER_AXIS,
    x: (2 * (tt - segmentStart)) / segmentDays - 1,
  };
}

function positionAt({ offset, x }: SeriesPoint): [number, number, number] {
  return [
    chebyshevSum(offset, x),
    chebyshevSum(offset + COEFFICIENTS_PER_AXIS, x),
    chebyshevSum(offset + 2 * COEFFICIENTS_PER_AXIS, x),
  ];
}

/**
 * Rate of the series at `offset`, d/dx Σ cₖ·Tₖ(x) = Σ k·cₖ·Uₖ₋₁(x), with the Chebyshev polynomials
 * of the second kind from U₀ = 1, U₁ = 2x, Uₖ = 2x·Uₖ₋₁ − Uₖ₋₂ (Abramowitz & Stegun 22.7.5, 22.8.2).
 */
function chebyshevDerivative(offset: number, x: number): number {
  let sum = 0;
  let u0 = 1;
  let u1 = 2 * x;
  for (let k = 1; k < COEFFICIENTS_PER_AXIS; k++) {
    sum += k * (coefficients[offset + k] as number) * u0;
    const u2 = 2 * x * u1 - u0;
    u0 = u1;
    u1 = u2;
  }
  return sum;
}

/**
 * Pluto's heliocentric state from the Chebyshev series: {@link plutoHeliocentric}'s position and
 * the series' own derivative as velocity (chain rule: d/dt = (2/segmentDays)·d/dx).
 *
 * @param tt Terrestrial Time in days from J2000; the series cover 1792–2111.
 * @returns Position in AU and velocity in AU/day, J2000 mean equator (EQJ).
 * @throws {RangeError} if `tt` is outside the fitted range (the chart engine never asks for one).
 */
export function plutoHeliocentricState(tt: number): State {
  const point = locate(tt);
  const { offset, x } = point;
  const scale = 2 / segmentDays;
  return {
    position: positionAt(point),
    velocity: [
      scale * chebyshevDerivative(offset, x),
      scale * chebyshevDerivative(offset + COEFFICIENTS_PER_AXIS, x),
      scale * chebyshevDerivative(offset + 2 * COEFFICIENTS_PER_AXIS, x),
    ],
  };
}
