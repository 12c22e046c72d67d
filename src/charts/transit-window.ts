import { julianDayFromEpochMs } from "../astro/math.ts";
import { PLANET_IDS, type PlanetId } from "../astro/planet-longitude.ts";
import { formatUtc } from "../astro/time/local-time.ts";

/** The longest transit range, in days: a year, leap years included. */
export const MAX_TRANSIT_RANGE_DAYS = 366;

/**
 * The longest range the Moon takes part in, in days. The Moon perfects about 1,500 aspects to a
 * chart's points a year, each a root to find: a month keeps its CPU near the year without it
 * (bench/transits.ts). Longer ranges leave it out by default and refuse it when asked.
 */
export const MOON_MAX_RANGE_DAYS = 31;

/**
 * Earliest instant and the end (exclusive) of the instants transits are served for, ms since the
 * epoch: 1799-12-31T00:00Z … 2101-01-01T23:59:59Z, every instant a chart can stand for (local
 * dates 1800–2100 with offsets from UTC−12 to UTC+14, LMT included), so a chart's own instant is
 * always a valid `at`. The engine is good well beyond (Pluto's series cover 1792–2111).
 */
export const TRANSIT_EARLIEST_MS = Date.UTC(1799, 11, 31);
export const TRANSIT_LATEST_MS = Date.UTC(2101, 0, 2);

/** When transits are asked for: one instant, or a range. Times are ISO 8601 UTC to the second. */
export type TransitWindow = { at: string } | { from: string; to: string };

/** A validated transit time, normalized: UTC to the second (fractions dropped), `Z`. */
export function normalizeInstant(iso: string): string {
  return formatUtc(Math.floor(Date.parse(iso) / 1000));
}

/** The window's instants as Julian days (UT). */
export function windowJulianDays(
  window: TransitWindow,
): { at: number } | { from: number; to: number } {
  const jd = (iso: string) => julianDayFromEpochMs(Date.parse(iso));
  return "at" in window ? { at: jd(window.at) } : { from: jd(window.from), to: jd(window.to) };
}

/** The length of a range in days (0 for an instant). */
function windowDays(window: TransitWindow): number {
  return "at" in window ? 0 : (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000;
}

/**
 * The transiting bodies when none are named: the Sun to Pluto, without the Moon for ranges longer
 * than {@link MOON_MAX_RANGE_DAYS}.
 */
export function defaultTransitBodies(window: TransitWindow): PlanetId[] {
  return windowDays(window) > MOON_MAX_RANGE_DAYS
    ? PLANET_IDS.filter((b) => b !== "moon")
    : [...PLANET_IDS];
}
