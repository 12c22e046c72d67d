import { normalizeDegrees } from "./math.ts";

/** The twelve signs of the zodiac, in order from 0° ecliptic longitude. */
export const SIGNS = [
  "aries",
  "taurus",
  "gemini",
  "cancer",
  "leo",
  "virgo",
  "libra",
  "scorpio",
  "sagittarius",
  "capricorn",
  "aquarius",
  "pisces",
] as const;

/** A zodiac sign. */
export type Sign = (typeof SIGNS)[number];

/**
 * The sign an ecliptic longitude falls in, and the degree within it.
 * @param longitude ecliptic longitude in degrees (any real number; reduced to [0, 360)).
 * @returns `sign` and `signDegree` in [0, 30) degrees.
 */
export function signOf(longitude: number): { sign: Sign; signDegree: number } {
  const lon = normalizeDegrees(longitude);
  const index = Math.min(11, Math.floor(lon / 30));
  return { sign: SIGNS[index] as Sign, signDegree: lon - index * 30 };
}
