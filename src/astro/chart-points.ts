import type { AspectPoint } from "./aspects.ts";
import { ASPECTING, type ChartData } from "./chart.ts";

/**
 * A chart's aspect points exactly as `computeChart` takes them for its own aspects: the aspecting
 * bodies (planets and nodes) with their speeds, then the ascendant and midheaven (speed 0) when
 * the birth time is known.
 */
export function chartAspectPoints(chart: ChartData): AspectPoint[] {
  const points: AspectPoint[] = chart.bodies
    .filter((b) => ASPECTING.has(b.id))
    .map((b) => ({ id: b.id, longitude: b.longitude, speed: b.speed }));
  if (chart.angles) {
    points.push({ id: "ascendant", longitude: chart.angles.ascendant, speed: 0 });
    points.push({ id: "midheaven", longitude: chart.angles.midheaven, speed: 0 });
  }
  return points;
}
