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
 * Finds the major aspects between every pair of points, within the given orbs. Where two aspect
 * types would both match (only possible with very wide orbs), the tighter one is kept.
 *
 * Applying versus separating follows from the speeds: with d = λa − λb reduced to (−180, 180],
 * the separation |d| changes at rate sign(d)·(va − vb) degrees/day; the aspect is applying when that
 * rate moves |d| toward the exact angle.
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
      const d = signedDifference(p.longitude, q.longitude);
      const separation = Math.abs(d);
      let best: { type: AspectType; angle: number; orb: number } | undefined;
      for (const [type, angle] of Object.entries(ASPECT_ANGLES) as [AspectType, number][]) {
        const orb = Math.abs(separation - angle);
        if (orb <= orbs[type] && (best === undefined || orb < best.orb)) {
          best = { type, angle, orb };
        }
      }
      if (!best) continue;
      const rate = Math.sign(d) * (p.speed - q.speed);
      aspects.push({
        a: p.id,
        b: q.id,
        type: best.type,
        angle: best.angle,
        orb: best.orb,
        applying: (separation - best.angle) * rate < 0,
      });
    }
  }
  return aspects;
}
