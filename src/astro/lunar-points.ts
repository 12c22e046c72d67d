import type * as Astronomy from "astronomy-engine";
import type { State } from "./apparent.ts";
import { type EclipticFrame, type EclipticPoint, type Matrix3, rotate } from "./ecliptic-frame.ts";
import { atan2Deg, cosDeg, DEG_PER_RAD, normalizeDegrees, sinDeg, type Vec3 } from "./math.ts";

/**
 * The Moon's nodes and mean apogee (Black Moon Lilith), as Swiss Ephemeris 2.10 defines them, all
 * apparent in the sense SE uses: referred to the true equinox and ecliptic of date.
 */

/** Julian centuries (TT) since J2000.0; astronomy-engine's `tt` is in days since J2000. */
function centuriesTT(time: Astronomy.AstroTime): number {
  return time.tt / 36525;
}

/**
 * Mean longitude of the Moon's ascending node, mean equinox of date, in degrees (not reduced):
 * Meeus, Astronomical Algorithms (2nd ed.), eq. 47.7, after Chapront-Touzé & Chapront's
 * ELP 2000-82B / Chapront et al. (1998). Within 0.4″ of SE's Moshier mean elements over 1800–2100.
 */
function meanNodeOfDate(t: number): number {
  return 125.0445479 + t * (-1934.1362891 + t * (0.0020754 + t * (1 / 467441 - t / 60616000)));
}

/** Mean longitude of the lunar perigee, mean equinox of date, in degrees; Meeus ch. 47 (Chapront). */
function meanPerigeeOfDate(t: number): number {
  return 83.3532465 + t * (4069.0137287 + t * (-0.01032 + t * (-1 / 80053 + t / 18999000)));
}

/** Mean inclination of the lunar orbit to the ecliptic, degrees (Astronomical Almanac 1996, D2). */
const MEAN_LUNAR_INCLINATION = 5.1453964;

/**
 * Apparent longitude of the mean ascending node, in degrees [0, 360); its latitude is 0 and its
 * motion is always retrograde (about −0.053°/day). Mean node of date (Meeus eq. 47.7) plus the
 * nutation in longitude, as SE does for apparent positions.
 *
 * @param frame The ecliptic frame of the instant.
 */
export function meanNodeLongitude(frame: EclipticFrame): number {
  return normalizeDegrees(meanNodeOfDate(centuriesTT(frame.time)) + frame.nutationInLongitude);
}

/**
 * Apparent position of the mean lunar apogee ("Black Moon Lilith"), in degrees.
 *
 * SE's definition (swemmoon.c, `swi_mean_apog`, reproduced here from its description): the mean
 * apogee is the mean perigee + 180°, and it lies on the mean lunar orbit, not on the ecliptic. With
 * u = apogee − node measured along the orbit (inclination i = 5.1453964°, node = mean node), the
 * point's ecliptic coordinates are λ = Ω + atan2(cos i · sin u, cos u) and β = asin(sin i · sin u),
 * so its latitude swings ±5.1° and its longitude differs from the bare mean apogee by up to 7′.
 * The nutation in longitude is then added. Matches SE within 1.5″ over 1800–2100.
 *
 * @param frame The ecliptic frame of the instant.
 */
export function meanLilithPosition(frame: EclipticFrame): EclipticPoint {
  const t = centuriesTT(frame.time);
  const node = meanNodeOfDate(t);
  const u = meanPerigeeOfDate(t) + 180 - node;
  const alongEcliptic = atan2Deg(cosDeg(MEAN_LUNAR_INCLINATION) * sinDeg(u), cosDeg(u));
  return {
    longitude: normalizeDegrees(node + alongEcliptic + frame.nutationInLongitude),
    latitude: Math.asin(sinDeg(MEAN_LUNAR_INCLINATION) * sinDeg(u)) * DEG_PER_RAD,
  };
}

/**
 * Longitude of the osculating ("true") ascending node of the Moon's geocentric orbit, in degrees
 * [0, 360), and its rate in degrees/day; its latitude is 0.
 *
 * The orbit's plane at one instant is spanned by the Moon's position r and velocity v, so its
 * angular momentum h = r × v is normal to it; with both in the true ecliptic of date, the ascending
 * node points along ẑ × h = (−h_y, h_x, 0), i.e. λ = atan2(h_x, −h_y). SE 2.10 with the Moshier
 * ephemeris (`lunar_osc_elem`) uses the geometric Moon for this, without light time or aberration;
 * so does this function. An error ε in the direction of v across the orbit plane moves the node by
 * about ε / sin(5.1°) ≈ 11 ε, which is why the Moon's velocity has to be good.
 *
 * The rate differentiates the same expression: in the ecliptic of date e_r = M·r and e_v = M·v,
 * so ė_r = M·v + Ṁ·r, ė_v = M·a + Ṁ·v, ḣ = ė_r × e_v + e_r × ė_v, and
 * dλ/dt = (h_x·ḣ_y − h_y·ḣ_x)/(h_x² + h_y²).
 *
 * @param frame The ecliptic frame of the instant.
 * @param rate The frame's rate per day (`frameRate`, ./ecliptic-frame.ts).
 * @param moon The Moon's geometric geocentric state at `frame.time`, EQJ, AU and AU/day
 *   (astronomy-engine `GeoMoonState`).
 * @param acceleration The Moon's geocentric acceleration at `frame.time`, EQJ, AU/day².
 */
export function trueNodeMotion(
  frame: EclipticFrame,
  rate: Matrix3,
  moon: State,
  acceleration: Vec3,
): { longitude: number; speed: number } {
  const [x, y, z] = rotate(frame.rotation.rot, moon.position);
  const v = rotate(frame.rotation.rot, moon.velocity);
  const [vx, vy, vz] = v;
  const hx = y * vz - z * vy;
  const hy = z * vx - x * vz;
  // ė_r and ė_v, each the motion in EQJ rotated plus the frame's own turning.
  const dr = add(v, rotate(rate, moon.position));
  const dv = add(rotate(frame.rotation.rot, acceleration), rotate(rate, moon.velocity));
  const dhx = dr[1] * vz - dr[2] * vy + (y * dv[2] - z * dv[1]);
  const dhy = dr[2] * vx - dr[0] * vz + (z * dv[0] - x * dv[2]);
  return {
    longitude: atan2Deg(hx, -hy),
    speed: ((hx * dhy - hy * dhx) / (hx * hx + hy * hy)) * DEG_PER_RAD,
  };
}

function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
