import * as Astronomy from "astronomy-engine";
import { astroTime } from "./delta-t.ts";
import { atan2Deg, cosDeg, normalizeDegrees, signedDifference, sinDeg, tanDeg } from "./math.ts";

/**
 * The chart's angles, in degrees: ecliptic longitudes of date in [0, 360), except `obliquity`.
 */
export interface Angles {
  /** Right ascension of the meridian (local apparent sidereal time as an angle). */
  armc: number;
  /** True obliquity of the ecliptic of date (mean obliquity plus nutation in obliquity). */
  obliquity: number;
  /** Ecliptic point on the eastern horizon. */
  ascendant: number;
  /** Ecliptic point on the meridian, at right ascension `armc`. */
  midheaven: number;
  descendant: number;
  imumCoeli: number;
  /** Ecliptic point on the western prime vertical. */
  vertex: number;
}

/**
 * Latitudes closer to a pole than this are computed a hair away from it: at the pole itself
 * `tan(latitude)` is infinite and the horizon is the equator. Swiss Ephemeris does the same.
 */
const POLE_MARGIN = 1e-9;

/** Clamps a geographic latitude in degrees to just inside the poles. */
export function clampLatitude(latitude: number): number {
  return Math.max(-90 + POLE_MARGIN, Math.min(90 - POLE_MARGIN, latitude));
}

/**
 * Longitude where the ecliptic crosses a circle of position: the great circle that meets the
 * equator at right ascension `obliqueAscension` (its eastern point) and is tilted like the
 * horizon of a place at latitude P, the circle's pole (`tanPole` = tan P):
 *
 *   λ = atan2(sin OA, cos OA · cos ε − tan P · sin ε)
 *
 * With OA = ARMC + 90° and P = the geographic latitude this is the ascendant (Meeus,
 * Astronomical Algorithms, 2nd ed., ch. 14, eq. 14.2); Regiomontanus, Campanus and Koch cusps are
 * the same formula with other poles and oblique ascensions (Holden, "The Elements of House
 * Division", 1977; Swiss Ephemeris documentation §6). Of the two antipodal crossings it returns the one reached by continuity
 * from the equator, which is the eastern one whenever the midheaven is above the horizon.
 */
export function eclipticOnCircle(
  obliqueAscension: number,
  tanPole: number,
  obliquity: number,
): number {
  return atan2Deg(
    sinDeg(obliqueAscension),
    cosDeg(obliqueAscension) * cosDeg(obliquity) - tanPole * sinDeg(obliquity),
  );
}

/**
 * Ecliptic longitude of the ecliptic point with right ascension α (Meeus ch. 13, eq. 13.3 with
 * β = 0, inverted: tan λ = tan α / cos ε, in the quadrant of α). At α = ARMC it is the midheaven.
 */
export function longitudeOfRightAscension(rightAscension: number, obliquity: number): number {
  return atan2Deg(sinDeg(rightAscension), cosDeg(rightAscension) * cosDeg(obliquity));
}

/**
 * Whether the ascendant formula returned the western crossing of the horizon. That happens only
 * inside the polar circles, when the midheaven is below the horizon: the eastern horizon point
 * always lies within 180° after the midheaven in zodiacal order (both right ascension and
 * longitude grow eastward from the meridian), so a formula result before the midheaven is the
 * western one. Swiss Ephemeris tests the same condition ("AC on wrong side").
 */
export function isWesternCrossing(formulaAscendant: number, midheaven: number): boolean {
  return signedDifference(formulaAscendant, midheaven) < 0;
}

/**
 * Ascendant, midheaven, vertex and ARMC for an instant and a place.
 *
 * ARMC is Greenwich apparent sidereal time (Meeus ch. 12; astronomy-engine's `SiderealTime`: the
 * IERS 2010 Earth rotation angle plus the equation of the equinoxes) plus the east longitude. The
 * obliquity is the true obliquity of date (Meeus ch. 22; `e_tilt`), as Swiss Ephemeris
 * `swe_houses` uses. Both rest on
 * astronomy-engine's ΔT and its short IAU 2000B nutation; against Swiss Ephemeris they agree to
 * about 0.4″ over 1800–2100.
 *
 * - Midheaven: tan λ = tan ARMC / cos ε (Meeus eq. 13.3).
 * - Ascendant: tan λ = −cos ARMC / (sin ε · tan φ + cos ε · sin ARMC) (Meeus eq. 14.2), turned by
 *   180° when that is the western horizon point (inside the polar circles), so it is always the
 *   point rising in the east, as Swiss Ephemeris reports it.
 * - Vertex: the ascendant formula for the co-latitude at ARMC − 180° (the western prime
 *   vertical). Between the tropics the formula can land on the eastern side; like Swiss
 *   Ephemeris we then turn it to the west. On the equator the prime vertical is the equator and
 *   the vertex is an equinox point.
 *
 * @param jdUt Julian day (UT).
 * @param latitude Geographic latitude in degrees, north positive, in [−90, 90].
 * @param longitude Geographic longitude in degrees, east positive.
 */
export function computeAngles(jdUt: number, latitude: number, longitude: number): Angles {
  const time = astroTime(jdUt);
  const obliquity = Astronomy.e_tilt(time).tobl;
  const armc = normalizeDegrees(Astronomy.SiderealTime(time) * 15 + longitude);
  const phi = clampLatitude(latitude);

  const midheaven = longitudeOfRightAscension(armc, obliquity);
  const formulaAscendant = eclipticOnCircle(armc + 90, tanDeg(phi), obliquity);
  const ascendant = isWesternCrossing(formulaAscendant, midheaven)
    ? normalizeDegrees(formulaAscendant + 180)
    : formulaAscendant;

  // The pole of the prime vertical is the co-latitude: tan(±90° − φ) = cot φ.
  let vertex = latitude === 0 ? 180 : eclipticOnCircle(armc - 90, 1 / tanDeg(phi), obliquity);
  if (Math.abs(latitude) <= obliquity && signedDifference(vertex, midheaven) > 0) {
    vertex = normalizeDegrees(vertex + 180);
  }

  return {
    armc,
    obliquity,
    ascendant,
    midheaven,
    descendant: normalizeDegrees(ascendant + 180),
    imumCoeli: normalizeDegrees(midheaven + 180),
    vertex,
  };
}
