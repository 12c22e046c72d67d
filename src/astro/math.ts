/**
 * Small angle helpers shared by the chart engine. All angles are in degrees unless a name says
 * otherwise.
 */

/** A 3-vector `[x, y, z]`; its frame and unit are given where it is used. */
export type Vec3 = readonly [number, number, number];

/** Degrees per radian. */
export const DEG_PER_RAD = 180 / Math.PI;
/** Radians per degree. */
export const RAD_PER_DEG = Math.PI / 180;
/** Arcseconds per degree. */
export const ARCSEC_PER_DEG = 3600;

/** Reduces an angle in degrees to [0, 360). */
export function normalizeDegrees(degrees: number): number {
  const r = degrees % 360;
  // `r + 360` can round to exactly 360 for tiny negative r.
  return r < 0 ? (r + 360) % 360 : r;
}

/** Signed smallest difference `a − b` in degrees, in (−180, 180]. */
export function signedDifference(a: number, b: number): number {
  const d = normalizeDegrees(a - b);
  return d > 180 ? d - 360 : d;
}

/** Sine of an angle in degrees. */
export function sinDeg(degrees: number): number {
  return Math.sin(degrees * RAD_PER_DEG);
}

/** Cosine of an angle in degrees. */
export function cosDeg(degrees: number): number {
  return Math.cos(degrees * RAD_PER_DEG);
}

/** Tangent of an angle in degrees. */
export function tanDeg(degrees: number): number {
  return Math.tan(degrees * RAD_PER_DEG);
}

/** `atan2(y, x)` in degrees, reduced to [0, 360). */
export function atan2Deg(y: number, x: number): number {
  return normalizeDegrees(Math.atan2(y, x) * DEG_PER_RAD);
}

/** Julian day of the J2000.0 epoch (2000-01-01T12:00:00 TT), in days. */
export const J2000 = 2451545.0;

/** Julian day (UT) of the Unix epoch, 1970-01-01T00:00:00Z. */
export const JD_UNIX_EPOCH = 2440587.5;

/** Converts Unix epoch milliseconds (UTC) to a Julian day number (UT), in days. */
export function julianDayFromEpochMs(epochMs: number): number {
  return JD_UNIX_EPOCH + epochMs / 86_400_000;
}
