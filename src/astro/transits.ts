import {
  ASPECT_ANGLES,
  type Aspect,
  type AspectPoint,
  type AspectType,
  aspectBetween,
  type Orbs,
} from "./aspects.ts";
import { type Ayanamsa, ayanamsaDegrees } from "./ayanamsa.ts";
import { computeBodies } from "./bodies.ts";
import type { ChartData } from "./chart.ts";
import { chartAspectPoints } from "./chart-points.ts";
import { houseOf } from "./houses.ts";
import { normalizeDegrees, signedDifference } from "./math.ts";
import { type PlanetId, planetLongitude } from "./planet-longitude.ts";
import { brentRoot } from "./root-finding.ts";
import { type Sign, signOf } from "./signs.ts";
import { formatUtc } from "./time/local-time.ts";

/**
 * Default transit orbs in degrees: tighter than natal orbs (./aspects.ts), since a transit is an
 * event in time and 1–2° already spans days for the Sun and months for the slow planets.
 */
export const TRANSIT_ORBS: Orbs = {
  conjunction: 2,
  opposition: 2,
  square: 1.5,
  trine: 1.5,
  sextile: 1,
};

/**
 * The sampling step per transiting body, in days, for bracketing roots. Two bounds make it safe:
 *
 * 1. max|speed| × step ≤ 16°, far under 180°, so a change of sign of the wrapped difference
 *    between two samples is a true crossing (the jump at ±180° moves it by ~360°, a crossing by at
 *    most 16°). Max speeds: Moon 15.4°/d, Mercury 2.2, Venus 1.26, Sun 1.02, Mars 0.8, Jupiter
 *    0.25, Saturn 0.13, Uranus 0.07, Neptune and Pluto 0.04.
 * 2. 2 × step is less than the shortest time between two stations of the body, so at most one
 *    station lies within any two steps and a change of sign of successive longitude increments
 *    finds every station. Shortest gaps over 1800–2100 with this engine (a scan of the
 *    increments, ±2 days): Mercury 19 d, Venus 40, Mars 60, Jupiter 116, Saturn 132, Uranus 145,
 *    Neptune and Pluto 155; the Sun and Moon never station.
 *
 * Between stations the longitude is monotonic, so each sample interval then holds at most one
 * root of `longitude − target − level` for every target and level: a sign change brackets exactly
 * one, and no sign change means none. Retrograde loops (up to three passes of one point) are the
 * roots in successive station-free pieces.
 */
export const TRANSIT_STEP_DAYS: Record<PlanetId, number> = {
  sun: 5,
  moon: 1,
  mercury: 3,
  venus: 5,
  mars: 5,
  jupiter: 10,
  saturn: 10,
  uranus: 15,
  neptune: 15,
  pluto: 15,
};

/** Root tolerance: half a second, in days, so every reported time (to the second) is within 1 s. */
const ROOT_TOLERANCE_DAYS = 0.5 / 86_400;

/** Half-width of the central difference of `planetLongitude` for speeds near stations, days. */
const SPEED_STEP_DAYS = 0.01;

/** A natal point transits are measured against: an ecliptic longitude in degrees. */
export interface NatalPoint {
  id: string;
  longitude: number;
}

/** What to look for: transiting bodies, orbs, and the natal chart's zodiac. */
export interface TransitOptions {
  bodies: readonly PlanetId[];
  /** Maximum orb per aspect type, degrees; 0 leaves the type out. */
  orbs: Orbs;
  /** Sidereal natal charts: the ayanamsa taken off the transiting longitudes; null for tropical. */
  ayanamsa: Ayanamsa | null;
}

/** A transiting body at one instant, in the natal chart's zodiac. */
export interface TransitPosition {
  id: PlanetId;
  /** Ecliptic longitude, degrees [0, 360). */
  longitude: number;
  /** Degrees per day. */
  speed: number;
  retrograde: boolean;
  sign: Sign;
  sign_degree: number;
  /** The natal house the body transits (1–12); null when the birth time is unknown. */
  natal_house: number | null;
}

/** The sky against a natal chart at one instant. */
export interface TransitsAt {
  at: string;
  julian_day_ut: number;
  positions: TransitPosition[];
  /** `a` is the transiting body, `b` the natal point (natal speed 0: natal points are fixed). */
  aspects: Aspect[];
}

/** One passage of a transiting body through the orb of an aspect to a natal point. */
export interface TransitEvent {
  transiting: PlanetId;
  natal: string;
  type: AspectType;
  /** The aspect's exact angle, degrees. */
  angle: number;
  /** Times of perfection (exact aspect) in the range, ISO 8601 UTC to the second; up to three with retrogradation. */
  exact_at: string[];
  /** When the orb was entered; null when already in orb at the start of the range. */
  enters_orb_at: string | null;
  /** When the orb is left; null when still in orb at the end of the range. */
  leaves_orb_at: string | null;
}

/**
 * The natal points of a chart: the points its own aspects use ({@link chartAspectPoints}), whose
 * speeds transits ignore (a natal point is fixed).
 */
export function natalPoints(chart: ChartData): NatalPoint[] {
  return chartAspectPoints(chart).map(({ id, longitude }) => ({ id, longitude }));
}

/** ISO 8601 UTC, to the nearest second, of a Julian day (UT). */
function jdToIso(jdUt: number): string {
  return formatUtc(Math.round((jdUt - 2440587.5) * 86_400));
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The transiting bodies at one instant and their aspects to the natal points, by the single-chart
 * aspect rule ({@link aspectBetween}) with transit orbs. Positions are `computeBodies`'s (the same
 * as a chart's), less the ayanamsa for sidereal charts.
 *
 * @param natal natal points (see {@link natalPoints}).
 * @param cusps the natal house cusps, or null when the birth time is unknown.
 * @param jdUt the instant, Julian day (UT).
 */
export function transitsAt(
  natal: readonly NatalPoint[],
  cusps: readonly number[] | null,
  jdUt: number,
  options: TransitOptions,
): TransitsAt {
  const shift = options.ayanamsa ? ayanamsaDegrees(options.ayanamsa, jdUt) : 0;
  const wanted = new Set<string>(options.bodies);
  const positions: TransitPosition[] = computeBodies(jdUt)
    .filter((b) => wanted.has(b.id))
    .map((b) => {
      const longitude = round6(normalizeDegrees(b.longitude - shift)) % 360;
      const { sign, signDegree } = signOf(longitude);
      return {
        id: b.id as PlanetId,
        longitude,
        speed: round6(b.speed),
        retrograde: b.retrograde,
        sign,
        sign_degree: round6(signDegree),
        natal_house: cusps ? houseOf(longitude, cusps) : null,
      };
    });
  const aspects: Aspect[] = [];
  for (const p of positions) {
    for (const n of natal) {
      const aspect = aspectBetween(p, { ...n, speed: 0 } satisfies AspectPoint, options.orbs);
      if (aspect && options.orbs[aspect.type] > 0)
        aspects.push({ ...aspect, orb: round6(aspect.orb) });
    }
  }
  return { at: jdToIso(jdUt), julian_day_ut: jdUt, positions, aspects };
}

/** A sampled longitude: time (JD UT) and longitude (degrees). */
interface Sample {
  t: number;
  lon: number;
}

/** The body's samples over [from, to]: the grid, the ends, and every station in between. */
function sampleBody(lon: (t: number) => number, from: number, to: number, step: number): Sample[] {
  // One step beyond each end, so a station just inside the range still shows as a turn.
  const times = [from - step];
  for (let t = from; t < to; t += step) times.push(t);
  times.push(to, to + step);
  const grid = times.map((t) => ({ t, lon: lon(t) }));
  const speed = (t: number) =>
    signedDifference(lon(t + SPEED_STEP_DAYS), lon(t - SPEED_STEP_DAYS)) / (2 * SPEED_STEP_DAYS);
  const stations: Sample[] = [];
  for (let k = 1; k + 1 < grid.length; k++) {
    const before = signedDifference((grid[k] as Sample).lon, (grid[k - 1] as Sample).lon);
    const after = signedDifference((grid[k + 1] as Sample).lon, (grid[k] as Sample).lon);
    if (before === 0 || after === 0 || before > 0 === after > 0) continue;
    // The increments turn: one station lies in (t[k−1], t[k+1]), where the speed changes sign.
    const a = (grid[k - 1] as Sample).t;
    const b = (grid[k + 1] as Sample).t;
    const va = speed(a);
    const vb = speed(b);
    if (va > 0 === vb > 0 && va !== 0 && vb !== 0) continue;
    const t = brentRoot(speed, a, b, va, vb, ROOT_TOLERANCE_DAYS);
    if (t > from && t < to) stations.push({ t, lon: lon(t) });
  }
  return [...grid.filter((s) => s.t >= from && s.t <= to), ...stations].sort((x, y) => x.t - y.t);
}

/**
 * The times in [from, to] where `signedDifference(lon, target) = level`, by Brent's method
 * (./root-finding.ts) in each sample interval where the difference changes sign; see
 * {@link TRANSIT_STEP_DAYS} for why that finds each root exactly once.
 */
function crossings(
  samples: readonly Sample[],
  lon: (t: number) => number,
  target: number,
  level: number,
): number[] {
  const roots: number[] = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const s = samples[i] as Sample;
    const u = samples[i + 1] as Sample;
    const ds = signedDifference(s.lon, target);
    const du = signedDifference(u.lon, target);
    // A jump at ±180° is not a crossing: a true one moves the difference by under 180°.
    if (ds - level < 0 === du - level < 0 || Math.abs(du - ds) >= 180) continue;
    const g = (t: number) => signedDifference(lon(t), target) - level;
    roots.push(brentRoot(g, s.t, u.t, ds - level, du - level, ROOT_TOLERANCE_DAYS));
  }
  return roots;
}

/**
 * Every passage of the transiting bodies through the orbs of aspects to the natal points in
 * [from, to]: when each orb is entered and left, and every perfection in it. A perfection is a
 * root of the continuous signed difference λ(t) − (λnatal ± angle), wrapped to (−180°, 180°],
 * found by bracketing on a per-body grid ({@link TRANSIT_STEP_DAYS}) split at the body's stations,
 * then Brent's method to half a second. Longitudes come from {@link planetLongitude}, one body at
 * a time. Events are ordered by the time they start (the range's start when already in orb).
 *
 * @param natal natal points (see {@link natalPoints}).
 * @param from start of the range, Julian day (UT).
 * @param to end of the range, Julian day (UT); `to > from`.
 */
export function transitEvents(
  natal: readonly NatalPoint[],
  from: number,
  to: number,
  options: TransitOptions,
): TransitEvent[] {
  const found: { start: number; order: number; event: TransitEvent }[] = [];
  let order = 0;
  for (const body of options.bodies) {
    const lon = (t: number) =>
      normalizeDegrees(
        planetLongitude(body, t) - (options.ayanamsa ? ayanamsaDegrees(options.ayanamsa, t) : 0),
      );
    const samples = sampleBody(lon, from, to, TRANSIT_STEP_DAYS[body]);
    for (const point of natal) {
      for (const [type, angle] of Object.entries(ASPECT_ANGLES) as [AspectType, number][]) {
        const orb = options.orbs[type];
        if (orb <= 0) continue;
        for (const offset of angle === 0 || angle === 180 ? [angle] : [angle, -angle]) {
          const target = normalizeDegrees(point.longitude + offset);
          for (const event of orbPassages(samples, lon, target, orb)) {
            found.push({
              start: event.start,
              order: order++,
              event: {
                transiting: body,
                natal: point.id,
                type,
                angle,
                exact_at: event.exact.map(jdToIso),
                enters_orb_at: event.enters === null ? null : jdToIso(event.enters),
                leaves_orb_at: event.leaves === null ? null : jdToIso(event.leaves),
              },
            });
          }
        }
      }
    }
  }
  return found.sort((x, y) => x.start - y.start || x.order - y.order).map((f) => f.event);
}

/** The in-orb intervals of one target, with their perfections (Julian days). */
function orbPassages(
  samples: readonly Sample[],
  lon: (t: number) => number,
  target: number,
  orb: number,
): { start: number; enters: number | null; leaves: number | null; exact: number[] }[] {
  const first = samples[0] as Sample;
  const boundaries = [
    ...crossings(samples, lon, target, orb),
    ...crossings(samples, lon, target, -orb),
  ].sort((x, y) => x - y);
  const inOrb = Math.abs(signedDifference(first.lon, target)) <= orb;
  if (!inOrb && boundaries.length === 0) return [];
  // Between stations the difference is monotonic, so every boundary crossing toggles in/out.
  const intervals: {
    start: number;
    enters: number | null;
    leaves: number | null;
    exact: number[];
  }[] = [];
  let open: (typeof intervals)[number] | null = inOrb
    ? { start: first.t, enters: null, leaves: null, exact: [] }
    : null;
  for (const t of boundaries) {
    if (open) {
      open.leaves = t;
      intervals.push(open);
      open = null;
    } else {
      open = { start: t, enters: t, leaves: null, exact: [] };
    }
  }
  if (open) intervals.push(open);
  for (const t of crossings(samples, lon, target, 0)) {
    const holder = intervals.find((i) => t >= i.start && (i.leaves === null || t <= i.leaves));
    holder?.exact.push(t);
  }
  return intervals;
}
