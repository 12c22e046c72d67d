import * as Astronomy from "astronomy-engine";

/**
 * The Sun's gravitational parameter GM☉ in AU³/day²: the square of the Gaussian gravitational
 * constant k = 0.01720209895 (IAU 1976 System of Astronomical Constants).
 */
const GM_SUN = 0.01720209895 ** 2;

/** Heliocentric position, velocity and acceleration of the Earth at one instant (EQJ, AU, days). */
export interface EarthState {
  /** The instant, TT in days from J2000. */
  readonly tt: number;
  /** Position `[x, y, z]` in AU (astronomy-engine's VSOP87 Earth). */
  readonly r: readonly [number, number, number];
  /** Velocity in AU/day (the series' derivative). */
  readonly v: readonly [number, number, number];
  /** Acceleration in AU/day², the Sun's gravity alone: −GM☉ r/|r|³. */
  readonly a: readonly [number, number, number];
}

/**
 * The Earth's state at an instant, from astronomy-engine's `HelioState(Body.Earth, …)` (VSOP87
 * position and its derivative), with the Sun's gravity as the acceleration.
 *
 * @param time The instant (create it with `astroTime`, ./delta-t.ts).
 */
export function earthState(time: Astronomy.AstroTime): EarthState {
  const s = Astronomy.HelioState(Astronomy.Body.Earth, time);
  const k = -GM_SUN / Math.hypot(s.x, s.y, s.z) ** 3;
  return { tt: time.tt, r: [s.x, s.y, s.z], v: [s.vx, s.vy, s.vz], a: [k * s.x, k * s.y, k * s.z] };
}

/** A body's heliocentric position at an instant (EQJ, AU), e.g. `HelioVector(body, time)`. */
export type HeliocentricPosition = (time: Astronomy.AstroTime) => {
  x: number;
  y: number;
  z: number;
};

/**
 * Apparent geocentric vector of a body: astronomy-engine's `GeoVector(body, time, true)` (its
 * `CorrectLightTravel` solver: iterate t′ = t − |P(t′) − E(t′)|/c until t′ moves by under 1e-9 day,
 * with the Earth also taken at t′, which applies annual aberration to first order), except that
 * E(t′) is extrapolated from one {@link EarthState} at t, E(t) + v·Δ + a·Δ²/2 with Δ = t′ − t,
 * instead of evaluating VSOP87 again at every iteration of every body. The light time Δ is at most
 * 0.25 day (Pluto); what the extrapolation leaves out, the planets' and the Moon's pull on the
 * Earth (≲ 2e-6 AU/day² in all) over Δ²/2, is under 1e-7 AU: under 0.001″ for every body
 * (test/astro/light-time.test.ts).
 *
 * @param position The body's heliocentric position as a function of time.
 * @param earth The Earth's state at `time` ({@link earthState}).
 * @param time The observation instant.
 * @returns Earth → body in AU, J2000 mean equator (EQJ), its `t` the observation time.
 * @throws {Error} if the iteration does not converge in 10 steps (astronomy-engine's limit; it takes 3).
 */
export function apparentGeoVector(
  position: HeliocentricPosition,
  earth: EarthState,
  time: Astronomy.AstroTime,
): Astronomy.Vector {
  const { r, v, a } = earth;
  let emission = time;
  for (let iteration = 0; iteration < 10; iteration++) {
    const dt = emission.tt - earth.tt;
    const p = position(emission);
    const dx = p.x - (r[0] + dt * (v[0] + (dt * a[0]) / 2));
    const dy = p.y - (r[1] + dt * (v[1] + (dt * a[1]) / 2));
    const dz = p.z - (r[2] + dt * (v[2] + (dt * a[2]) / 2));
    const next = time.AddDays(-Math.hypot(dx, dy, dz) / Astronomy.C_AUDAY);
    if (Math.abs(next.tt - emission.tt) < 1e-9) return new Astronomy.Vector(dx, dy, dz, time);
    emission = next;
  }
  throw new Error("light-time iteration did not converge");
}
