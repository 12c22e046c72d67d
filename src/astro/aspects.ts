import { signedDifference } from "./math.ts";

/** The major (Ptolemaic) aspects and their exact angles in degrees. */
export const ASPECT_ANGLES = {
  conjunction: 0,
  sextile: 60,
  square: 90,
  trine: 120,
  opposition: 180,
} as const;

/** A major aspect type. */
export type AspectType = keyof typeof ASPECT_ANGLES;

/** {@link ASPECT_ANGLES} as a list, made once (every pair of points walks it). */
const ASPECT_LIST = Object.entries(ASPECT_ANGLES) as [AspectType, number][];

/** Maximum orb per aspect type, in degrees. */
export type Orbs = Record<AspectType, number>;

/**
 * Default orbs in degrees: wide for the conjunction and opposition, narrower for the square and
 * trine, narrowest for the sextile — the common modern practice for natal charts.
 */
export const DEFAULT_ORBS: Orbs = {
  conjunction: 8,
  opposition: 8,
  square: 7,
  trine: 7,
  sextile: 5,
};

/** A point that can form aspects: an ecliptic longitude (degrees) and its speed (degrees/day). */
export interface AspectPoint {
  id: string;
  longitude: number;
  /** Degrees/day; 0 for points that count as fixed (the angles). */
  speed: number;
}

/** An aspect between two points. */
export interface Aspect {
  a: string;
  b: string;
  type: AspectType;
  /** The aspect's exact angle in degrees. */
  angle: number;
  /** |separation − angle| in degrees. */
  orb: number;
  /** True when the separation is moving toward the exact angle. */
  applying: boolean;
}

/**
 * The major aspect between two points within the given orbs, or undefined when there is none.
 * Where two aspect types would both match (only possible with very wide orbs), the tighter one
 * is kept. This is the one aspect rule: charts, transits and synastry all use it.
 *
 * Applying versus separating follows from the speeds: with d = λp − λq reduced to (−180, 180],
 * the separation |d| changes at rate sign(d)·(vp − vq) degrees/day; the aspect is applying when that
 * rate moves |d| toward the exact angle.
 *
 * @param p the first point (reported as `a`).
 * @param q the second point (reported as `b`).
 * @param orbs maximum orb per aspect type, degrees.
 */
export function aspectBetween(p: AspectPoint, q: AspectPoint, orbs: Orbs): Aspect | undefined {
  const d = signedDifference(p.longitude, q.longitude);
  const separation = Math.abs(d);
  let best: { type: AspectType; angle: number; orb: number } | undefined;
  for (const [type, angle] of ASPECT_LIST) {
    const orb = Math.abs(separation - angle);
    if (orb <= orbs[type] && (best === undefined || orb < best.orb)) {
      best = { type, angle, orb };
    }
  }
  if (!best) return undefined;
  const rate = Math.sign(d) * (p.speed - q.speed);
  return {
    a: p.id,
    b: q.id,
    type: best.type,
    angle: best.angle,
    orb: best.orb,
    applying: (separation - best.angle) * rate < 0,
  };
}

/**
 * Finds the major aspects between every pair of points, within the given orbs, by
 * {@link aspectBetween}.
 *
 * @param points points in a fixed order; pairs are reported in that order (a before b).
 * @param orbs maximum orb per aspect type, degrees.
 * @param skip pairs never reported (e.g. the mean and true node, always conjunct).
 */
export function findAspects(
  points: readonly AspectPoint[],
  orbs: Orbs,
  skip: (a: string, b: string) => boolean = () => false,
): Aspect[] {
  const aspects: Aspect[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const p = points[i] as AspectPoint;
      const q = points[j] as AspectPoint;
      if (skip(p.id, q.id)) continue;
      const aspect = aspectBetween(p, q, orbs);
      if (aspect) aspects.push(aspect);
    }
  }
  return aspects;
}
