import * as Astronomy from "astronomy-engine";
import { astroTime } from "./delta-t.ts";
import {
  type EclipticFrame,
  type EclipticPoint,
  eclipticFrame,
  toEcliptic,
} from "./ecliptic-frame.ts";
import { meanLilithPosition, meanNodeLongitude, trueNodeLongitude } from "./lunar-points.ts";
import { signedDifference } from "./math.ts";
import { plutoGeoVector } from "./pluto.ts";

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
 * Half-width of the central difference that gives every speed, in days (14.4 minutes).
 * Truncation error is h²/6 · λ‴: under 2e-6 °/day even for the Moon (λ‴ ≲ 0.1 °/day³). Noise is
 * (position noise)/h: positions repeat to ~1e-12° and astronomy-engine's light-time solver
 * converges to 1e-9 d, so under 1e-8 °/day. Both are far below the 0.001 °/day at which a
 * retrograde flag starts to count; a wider step would blur the Moon's speed, a narrower one buys
 * nothing. (SE differences the true node over ±0.1 d; against SE, ±0.01 d and ±0.1 d agree equally.)
 */
const SPEED_STEP_DAYS = 0.01;

/** Ecliptic position of one body in one of the three frames (index 0 = t − h, 1 = t, 2 = t + h). */
type Sampler = (frame: EclipticFrame, index: number) => EclipticPoint;

/** Apparent position of a planet or the Sun: light time and aberration (astronomy-engine). */
function planetSampler(body: Astronomy.Body): Sampler {
  return (frame) => toEcliptic(frame, Astronomy.GeoVector(body, frame.time, true));
}

/**
 * Positions and speeds of the Sun, Moon, planets, Pluto, the mean and true lunar nodes and the
 * mean lunar apogee (Lilith) at one instant: apparent geocentric, true equinox and ecliptic of date,
 * as Swiss Ephemeris computes them by default.
 *
 * - Sun … Pluto: astronomy-engine (VSOP87 planets, the Moon from the Improved Lunar Ephemeris via
 *   Montenbruck & Pfleger; Pluto from Chebyshev series fitted to astronomy-engine's numerical
 *   integration, ./pluto.ts, which spare each isolate the integrator's warm-up), corrected for
 *   light time and annual aberration (`GeoVector(…, true)`, or its exact equivalent for Pluto),
 *   rotated from J2000 to the true ecliptic of date (IAU 2006 precession, IAU 2000B nutation).
 *   astronomy-engine returns the Moon geometric; it is taken at t − r/c, which with SE's
 *   barycentric aberration is what SE's apparent Moon amounts to.
 * - Nodes and Lilith: ./lunar-points.ts.
 * - ΔT: Swiss Ephemeris's (./delta-t.ts).
 * - Speeds: central differences of the apparent longitude over ±{@link SPEED_STEP_DAYS}, frames
 *   (precession, nutation) included, like SE's apparent speeds.
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
  const frames = [
    eclipticFrame(now.AddDays(-SPEED_STEP_DAYS)),
    eclipticFrame(now),
    eclipticFrame(now.AddDays(SPEED_STEP_DAYS)),
  ];
  // Geometric Moon states (EQJ, AU, AU/day) for the true node. The middle one also gives the light
  // time for the apparent Moon; it changes by under a millisecond within ±h, so one value serves.
  const moonStates = frames.map((frame) => Astronomy.GeoMoonState(frame.time));
  const moonNow = moonStates[1] as Astronomy.StateVector;
  const lightTimeDays = Math.hypot(moonNow.x, moonNow.y, moonNow.z) / Astronomy.C_AUDAY;

  const samplers: Record<BodyId, Sampler> = {
    sun: planetSampler(Astronomy.Body.Sun),
    moon: (frame) => toEcliptic(frame, Astronomy.GeoMoon(frame.time.AddDays(-lightTimeDays))),
    mercury: planetSampler(Astronomy.Body.Mercury),
    venus: planetSampler(Astronomy.Body.Venus),
    mars: planetSampler(Astronomy.Body.Mars),
    jupiter: planetSampler(Astronomy.Body.Jupiter),
    saturn: planetSampler(Astronomy.Body.Saturn),
    uranus: planetSampler(Astronomy.Body.Uranus),
    neptune: planetSampler(Astronomy.Body.Neptune),
    pluto: (frame) => toEcliptic(frame, plutoGeoVector(frame.time)),
    mean_node: (frame) => ({ longitude: meanNodeLongitude(frame), latitude: 0 }),
    true_node: (frame, index) => ({
      longitude: trueNodeLongitude(frame, moonStates[index] as Astronomy.StateVector),
      latitude: 0,
    }),
    mean_lilith: meanLilithPosition,
  };

  return BODY_IDS.map((id) => {
    const sample = samplers[id];
    const [before, at, after] = frames.map((frame, index) => sample(frame, index)) as [
      EclipticPoint,
      EclipticPoint,
      EclipticPoint,
    ];
    const speed = signedDifference(after.longitude, before.longitude) / (2 * SPEED_STEP_DAYS);
    return { id, longitude: at.longitude, latitude: at.latitude, speed, retrograde: speed < 0 };
  });
}
