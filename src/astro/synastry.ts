import { type Aspect, aspectBetween, type Orbs } from "./aspects.ts";
import { ASPECTING, type ChartData } from "./chart.ts";
import { chartAspectPoints } from "./chart-points.ts";
import { houseOf } from "./houses.ts";

/** One body of one chart placed in the other chart's houses. */
export interface HouseOverlay {
  body: string;
  /** 1–12, the house of the other chart the body falls in. */
  house: number;
}

/** Two charts compared: inter-chart aspects and house overlays. */
export interface Synastry {
  /** `a` is a point of the first chart, `b` of the second. */
  aspects: Aspect[];
  /** The first chart's bodies in the second chart's houses; null when the second's time is unknown. */
  first_in_second_houses: HouseOverlay[] | null;
  /** The second chart's bodies in the first chart's houses; null when the first's time is unknown. */
  second_in_first_houses: HouseOverlay[] | null;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function overlays(bodies: ChartData["bodies"], other: ChartData): HouseOverlay[] | null {
  const cusps = other.houses?.cusps;
  if (!cusps) return null;
  return bodies
    .filter((b) => ASPECTING.has(b.id))
    .map((b) => ({ body: b.id, house: houseOf(b.longitude, cusps) }));
}

/**
 * Synastry of two charts: every aspect between a point of the first and a point of the second, by
 * the single-chart rule ({@link aspectBetween}: the same types, orbs and applying/separating from
 * the two points' speeds, as if the points stood in one chart), and each chart's bodies in the
 * other's houses. Both charts must use the same zodiac (and ayanamsa); the caller checks.
 *
 * Unlike within one chart, the mean node of one chart and the true node of the other are paired:
 * across charts their contact is information, not a tautology.
 *
 * @param orbs maximum orb per aspect type, degrees.
 */
export function computeSynastry(first: ChartData, second: ChartData, orbs: Orbs): Synastry {
  const aspects: Aspect[] = [];
  const right = chartAspectPoints(second);
  for (const p of chartAspectPoints(first)) {
    for (const q of right) {
      const aspect = aspectBetween(p, q, orbs);
      if (aspect) aspects.push({ ...aspect, orb: round6(aspect.orb) });
    }
  }
  return {
    aspects,
    first_in_second_houses: overlays(first.bodies, second),
    second_in_first_houses: overlays(second.bodies, first),
  };
}
