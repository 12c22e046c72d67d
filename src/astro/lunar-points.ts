import * as Astronomy from "astronomy-engine";
import type { EclipticFrame, EclipticPoint } from "./ecliptic-frame.ts";
import { atan2Deg, cosDeg, DEG_PER_RAD, normalizeDegrees, sinDeg } from "./math.ts";

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
 * [0, 360); its latitude is 0.
 *
 * The orbit's plane at one instant is spanned by the Moon's position r and velocity v, so its
 * angular momentum h = r × v is normal to it; with both in the true ecliptic of date, the ascending
 * node points along ẑ × h = (−h_y, h_x, 0), i.e. λ = atan2(h_x, −h_y). SE 2.10 with the Moshier
 * ephemeris (`lunar_osc_elem`) uses the geometric Moon for this, without light time or aberration;
 * so does this function. An error ε in the direction of v across the orbit plane moves the node by
 * about ε / sin(5.1°) ≈ 11 ε, which is why the Moon's velocity has to be good.
 *
 * @param frame The ecliptic frame of the instant.
 * @param moon The Moon's geometric geocentric state at `frame.time`, EQJ, AU and AU/day
 *   (astronomy-engine `GeoMoonState`).
 */
export function trueNodeLongitude(frame: EclipticFrame, moon: Astronomy.StateVector): number {
  const { x, y, z, vx, vy, vz } = Astronomy.RotateState(frame.rotation, moon);
  const hx = y * vz - z * vy;
  const hy = z * vx - x * vz;
  return atan2Deg(hx, -hy);
}
