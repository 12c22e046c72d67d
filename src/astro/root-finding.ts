/**
 * Brent's method for a root of a continuous function in a bracket: bisection safeguarded inverse
 * quadratic interpolation and secant steps. It converges superlinearly on smooth functions and
 * never does worse than bisection, so it always ends within `tolerance` of a sign change.
 * Source: R. P. Brent, Algorithms for Minimization without Derivatives (1973), ch. 4 (`zero`);
 * W. H. Press et al., Numerical Recipes, 3rd ed. (2007), §9.3 (`zbrent`).
 *
 * @param f the function; only its sign at the ends matters for the bracket.
 * @param a one end of the bracket.
 * @param b the other end.
 * @param fa f(a), already known to the caller.
 * @param fb f(b); fa and fb must not have the same strict sign.
 * @param tolerance the largest acceptable distance from the root, in the argument's unit (> 0).
 * @returns x with a root of f within `tolerance` of it (an end itself when f is 0 there).
 * @throws {RangeError} when fa and fb have the same strict sign (no bracket).
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  tolerance: number,
): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa > 0 === fb > 0) throw new RangeError("brentRoot: f(a) and f(b) have the same sign");
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  // 100 iterations is far past need: bisection alone halves any bracket below 1e-30 of itself.
  for (let i = 0; i < 100; i++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Inverse quadratic interpolation (secant when a = c).
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}
