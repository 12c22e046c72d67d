import * as Astronomy from "astronomy-engine";
import { apparentMoonPosition, apparentVector } from "./apparent.ts";
import { astroTime } from "./delta-t.ts";
import {
  type EclipticMotion,
  type EclipticPoint,
  eclipticFrame,
  eclipticMotion,
  frameRate,
} from "./ecliptic-frame.ts";
import { meanLilithPosition, meanNodeLongitude, trueNodeMotion } from "./lunar-points.ts";
import { signedDifference, type Vec3 } from "./math.ts";
import {
  earthState,
  heliocentricState,
  moonState,
  PLANET_IDS,
  type PlanetId,
} from "./planet-longitude.ts";

/** The chart's bodies and points, in the order {@link computeBodies} returns them. */
export const BODY_IDS = [
  "sun",
  "moon",
  "mercury",
  "venus",
  "mars",
  "jupiter",
  "saturn",
  "uranus",
  "neptune",
  "pluto",
  "mean_node",
  "true_node",
  "mean_lilith",
] as const;

/** One of {@link BODY_IDS}. */
export type BodyId = (typeof BODY_IDS)[number];

/** Where a body is at one instant, geocentric, true equinox and ecliptic of date. */
export interface BodyPosition {
  id: BodyId;
  /** Ecliptic longitude in degrees, [0, 360). */
  longitude: number;
  /** Ecliptic latitude in degrees, [−90, 90]; exactly 0 for the nodes. */
  latitude: number;
  /** Rate of change of `longitude`, in degrees per day (negative when retrograde). */
  speed: number;
  /** `speed < 0`. */
  retrograde: boolean;
}

/**
 * Half-width, in days (14.4 minutes), of the two finite differences left in {@link computeBodies}:
 * the rate of the ecliptic frame (precession and nutation) and the Moon's acceleration, from
 * values at t ± h; and of the mean node's and Lilith's central differences. Truncation error is
 * h²/6 of the third derivative (h²/12 of the fourth for the acceleration): under 1e-6 of each
 * rate, the Moon's monthly terms included. Noise is (value noise)/h or /h²: positions repeat to
 * ~1e-16 relative, so under 1e-10 relative. (SE differences the true node over ±0.1 d.)
 */
const STEP_DAYS = 0.01;

/** The planets taken from heliocentric states through the light-time solution: all but the Moon. */
const PLANETS_FROM_STATES = PLANET_IDS.filter(
  (id): id is Exclude<PlanetId, "moon"> => id !== "moon",
);

/**
 * Positions and speeds of the Sun, Moon, planets, Pluto, the mean and true lunar nodes and the
 * mean lunar apogee (Lilith) at one instant: apparent geocentric, true equinox and ecliptic of date,
 * as Swiss Ephemeris computes them by default.
 *
 * - Sun … Pluto: astronomy-engine's VSOP87 planets with their series derivatives (`HelioState`),
 *   Pluto from Chebyshev series fitted to astronomy-engine's numerical integration (./pluto.ts,
 *   which spare each isolate the integrator's warm-up); light time and annual aberration as
 *   astronomy-engine's `GeoVector(…, true)` applies them, solved from one state per body
 *   (./apparent.ts, within 0.001″ of `GeoVector`); rotated from J2000 to the true ecliptic of date
 *   (IAU 2006 precession, IAU 2000B nutation). Speeds are the derivative of the same model, the
 *   frame's turning included (./ecliptic-frame.ts `eclipticMotion`), as SE's apparent speeds are.
 * - The Moon: astronomy-engine returns it geometric (the Improved Lunar Ephemeris via Montenbruck &
 *   Pfleger); it is taken at t − r/c, which with SE's barycentric aberration is what SE's apparent
 *   Moon amounts to. Its velocity is `GeoMoonState`'s; its acceleration, for the light time's rate
 *   and the true node's, is the second difference over ±{@link STEP_DAYS}.
 * - Nodes and Lilith: ./lunar-points.ts; the true node's speed is its derivative, the mean node's
 *   and Lilith's are central differences over ±{@link STEP_DAYS}.
 * - ΔT: Swiss Ephemeris's (./delta-t.ts).
 *
 * Against Swiss Ephemeris 2.10.03 (Moshier), 20,000 random instants in 1800–2100: longitudes and
 * latitudes within 24″ (Moon 10″, mean node and Lilith 1.5″, true node 62″), speeds within
 * 0.001 °/day (true node 0.015) except within about a degree of the Sun, where SE's gravitational
 * light deflection, which this code leaves out (≤ 2″ in position), makes SE's speeds jump.
 *
 * @param jdUt Julian day (UT), in days; valid 1800–2100 (astronomy-engine works well beyond).
 * @returns One {@link BodyPosition} per {@link BODY_IDS} entry, in that order.
 */
export function computeBodies(jdUt: number): BodyPosition[] {
  const now = astroTime(jdUt);
  const frame = eclipticFrame(now);
  const before = eclipticFrame(now.AddDays(-STEP_DAYS));
  const after = eclipticFrame(now.AddDays(STEP_DAYS));
  const rate = frameRate(before, after, STEP_DAYS);

  const motions = new Map<BodyId, EclipticMotion>();
  const earth = earthState(now);
  for (const id of PLANETS_FROM_STATES) {
    const apparent = apparentVector(heliocentricState(id, now), earth);
    motions.set(id, eclipticMotion(frame, rate, apparent.position, apparent.velocity));
  }

  // The Moon: geometric state at t, and its acceleration (r₊ − 2r + r₋)/h². GeoMoonState's position
  // is the mean of two positions ±0.864 s apart, r + a·(0.864 s)²/2: 1e-6 of a off, nothing here.
  const moon = moonState(now);
  const moonBefore = Astronomy.GeoMoon(before.time);
  const moonAfter = Astronomy.GeoMoon(after.time);
  const [x, y, z] = moon.position;
  const h2 = STEP_DAYS * STEP_DAYS;
  const acceleration: Vec3 = [
    (moonAfter.x - 2 * x + moonBefore.x) / h2,
    (moonAfter.y - 2 * y + moonBefore.y) / h2,
    (moonAfter.z - 2 * z + moonBefore.z) / h2,
  ];
  // Its apparent position moves with the velocity at t − τ: v − a·τ.
  const lightTime = Math.hypot(x, y, z) / Astronomy.C_AUDAY;
  const [vx, vy, vz] = moon.velocity;
  const moonVelocity: Vec3 = [
    vx - acceleration[0] * lightTime,
    vy - acceleration[1] * lightTime,
    vz - acceleration[2] * lightTime,
  ];
  motions.set("moon", eclipticMotion(frame, rate, apparentMoonPosition(moon), moonVelocity));
  motions.set("true_node", { ...trueNodeMotion(frame, rate, moon, acceleration), latitude: 0 });

  // The mean elements: polynomials in time, differenced over ±h.
  const meanNode = (f: typeof frame): EclipticPoint => ({
    longitude: meanNodeLongitude(f),
    latitude: 0,
  });
  for (const [id, position] of [
    ["mean_node", meanNode],
    ["mean_lilith", meanLilithPosition],
  ] as const) {
    const at = position(frame);
    const speed =
      signedDifference(position(after).longitude, position(before).longitude) / (2 * STEP_DAYS);
    motions.set(id, { ...at, speed });
  }

  return BODY_IDS.map((id) => {
    const { longitude, latitude, speed } = motions.get(id) as EclipticMotion;
    return { id, longitude, latitude, speed, retrograde: speed < 0 };
  });
}
