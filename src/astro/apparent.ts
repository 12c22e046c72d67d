import * as Astronomy from "astronomy-engine";
import type { Vec3 } from "./math.ts";

/**
 * Apparent geocentric positions and their rates from one state (position and velocity) per body
 * per instant: astronomy-engine's light-time and aberration model, solved without evaluating the
 * ephemeris again inside the light-time iteration.
 */

/** Position in AU and velocity in AU/day, EQJ, of a body at one instant. */
export interface State {
  readonly position: Vec3;
  readonly velocity: Vec3;
}

/** An apparent geocentric vector and its rate of change. */
export interface ApparentVector {
  /** Earth → body in AU, EQJ, light time and annual aberration applied. */
  readonly position: Vec3;
  /** d(position)/dt in AU/day, light time's own rate included. */
  readonly velocity: Vec3;
}

/**
 * The Sun's gravitational parameter GM☉ in AU³/day²: the square of the Gaussian gravitational
 * constant k = 0.01720209895 (IAU 1976 System of Astronomical Constants).
 */
const GM_SUN = 0.01720209895 ** 2;

/** The Sun's heliocentric state: the origin, at rest. */
export const SUN_STATE: State = { position: [0, 0, 0], velocity: [0, 0, 0] };

/** A heliocentric state from astronomy-engine's `StateVector`. */
export function stateOf(s: Astronomy.StateVector): State {
  return { position: [s.x, s.y, s.z], velocity: [s.vx, s.vy, s.vz] };
}

/**
 * A heliocentric state moved by `dt` days along a Keplerian arc to second order:
 * r + v·dt + a·dt²/2 and v + a·dt, with a = −GM☉ r/|r|³ (the Sun's pull alone). Over a light time
 * τ (≤ 0.3 day for the planets) what this leaves out, the difference between the series' own
 * second derivative and the Sun's pull (≤ 5e-6 AU/day², Mercury's; on the Earth it is mostly the
 * Moon's pull) and the third-order term, moves a position by under 3e-7 AU and a velocity by under
 * 6e-6·τ AU/day (test/astro/apparent.test.ts).
 *
 * @param state The state at t (AU, AU/day); the origin stays at rest.
 * @param dt Days from t, negative into the past.
 * @returns `[position, velocity]` at t + dt.
 */
function keplerStep(state: State, dt: number): [Vec3, Vec3] {
  const [x, y, z] = state.position;
  const [vx, vy, vz] = state.velocity;
  const r = Math.hypot(x, y, z);
  const k = r === 0 ? 0 : -GM_SUN / (r * r * r);
  const half = (dt * dt) / 2;
  return [
    [x + vx * dt + k * x * half, y + vy * dt + k * y * half, z + vz * dt + k * z * half],
    [vx + k * x * dt, vy + k * y * dt, vz + k * z * dt],
  ];
}

/**
 * Apparent geocentric vector of the Sun, a planet or Pluto, and its rate.
 *
 * The model is astronomy-engine's `GeoVector(body, t, true)`: the light-time equation
 * t′ = t − |P(t′) − E(t′)|/c solved by iteration until t′ moves by under 1e-9 day
 * (`CorrectLightTravel`), with the Earth also taken at t′, which applies the annual aberration to
 * first order. Here P and E at t′ come from one state each at t, moved along a Keplerian arc
 * ({@link keplerStep}), instead of evaluating VSOP87 twice per iteration: within 0.001″ of
 * `GeoVector` (test/astro/apparent.test.ts).
 *
 * The rate differentiates the same model: with g = P(t′) − E(t′), u = Ṗ(t′) − Ė(t′) and the
 * light time τ = |g|/c, ġ = u·(1 − τ̇) and τ̇ = (ĝ·u/c)/(1 + ĝ·u/c).
 *
 * @param body The body's heliocentric state at t (AU, AU/day; {@link SUN_STATE} for the Sun).
 * @param earth The Earth's heliocentric state at t (astronomy-engine `HelioState(Body.Earth, t)`).
 * @returns Earth → body (AU) and its rate (AU/day), EQJ.
 * @throws {Error} if the iteration does not converge in 10 steps (astronomy-engine's limit; it
 *   takes 3 or 4).
 */
export function apparentVector(body: State, earth: State): ApparentVector {
  let lightTime = 0;
  for (let iteration = 0; iteration < 10; iteration++) {
    const [p, pv] = keplerStep(body, -lightTime);
    const [e, ev] = keplerStep(earth, -lightTime);
    const g: Vec3 = [p[0] - e[0], p[1] - e[1], p[2] - e[2]];
    const distance = Math.hypot(g[0], g[1], g[2]);
    const next = distance / Astronomy.C_AUDAY;
    if (Math.abs(next - lightTime) < 1e-9) {
      const u: Vec3 = [pv[0] - ev[0], pv[1] - ev[1], pv[2] - ev[2]];
      const radial = (g[0] * u[0] + g[1] * u[1] + g[2] * u[2]) / distance / Astronomy.C_AUDAY;
      const factor = 1 - radial / (1 + radial);
      return { position: g, velocity: [u[0] * factor, u[1] * factor, u[2] * factor] };
    }
    lightTime = next;
  }
  throw new Error("light-time iteration did not converge");
}

/**
 * Apparent geocentric vector of the Moon: the geometric Moon at t − r/c, as Swiss Ephemeris's
 * apparent Moon amounts to (its aberration is barycentric; see ./bodies.ts). From the state at t,
 * r − v·τ with τ = |r|/c ≈ 1.3 s; the ½·a·τ² left out is under 2e-14 AU (1e-9″).
 *
 * @param moon The Moon's geometric geocentric state at t, EQJ, AU and AU/day
 *   (astronomy-engine `GeoMoonState`).
 * @returns Earth → Moon in AU, EQJ.
 */
export function apparentMoonPosition(moon: State): Vec3 {
  const [x, y, z] = moon.position;
  const [vx, vy, vz] = moon.velocity;
  const lightTime = Math.hypot(x, y, z) / Astronomy.C_AUDAY;
  return [x - vx * lightTime, y - vy * lightTime, z - vz * lightTime];
}
