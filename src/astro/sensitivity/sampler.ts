import { computeAngles } from "../angles.ts";
import { type Ayanamsa, ayanamsaDegrees } from "../ayanamsa.ts";
import { computeBodies } from "../bodies.ts";
import { computeHouses, type HouseSystem } from "../houses.ts";
import { julianDayFromEpochMs, normalizeDegrees, signedDifference } from "../math.ts";

/** Where a chart's sensitivity is evaluated: the birth instant, the place and the chart's options. */
export interface SensitivityChart {
  /** The stated birth instant, whole seconds since 1970-01-01T00:00:00Z (UTC). */
  birthEpochSeconds: number;
  /** Geographic latitude in degrees, north positive. */
  latitude: number;
  /** Geographic longitude in degrees, east positive. */
  longitude: number;
  houseSystem: HouseSystem;
  /** Sidereal charts only; null for the tropical zodiac. */
  ayanamsa: Ayanamsa | null;
}

/**
 * The chart's moving parts at one instant, in the chart's zodiac, degrees in [0, 360): what
 * `computeChart` would give there for the angles, cusps and body longitudes.
 */
export interface ChartState {
  ascendant: number;
  midheaven: number;
  /** Twelve cusps, house 1 first. */
  cusps: number[];
  /** Body longitudes in `BODY_IDS` order (bodies.ts). */
  bodies: number[];
}

/** How much work a sampler did: cheap frames (angles and cusps) and full ephemeris calls. */
export interface SamplerCounts {
  /** Evaluations of the angles and cusps (one sidereal time, obliquity and house computation each). */
  frames: number;
  /** Calls of `computeBodies` (13 bodies with their speeds), the expensive part. */
  ephemeris: number;
}

/** Spacing of the ephemeris nodes the body longitudes are interpolated between, seconds (1 h). */
export const EPHEMERIS_NODE_SECONDS = 3600;

interface Node {
  offsetSeconds: number;
  /** Tropical longitudes, degrees, unwrapped against the previous node. */
  longitudes: number[];
  /** Degrees per second. */
  speeds: number[];
}

/**
 * Evaluates a chart at offsets from its birth instant, cheaply enough for root finding.
 *
 * Angles and cusps are computed exactly at every offset (`computeAngles`, `computeHouses`, as
 * `computeChart` does: whole-sign houses from the shifted ascendant, other systems rotated by the
 * ayanamsa). Body longitudes, which a full ephemeris call costs milliseconds for, are computed by
 * `computeBodies` at nodes at most {@link EPHEMERIS_NODE_SECONDS} apart across the window and
 * interpolated between them by cubic Hermite interpolation from each node's longitude and speed.
 * Its error is at most h⁴/384 · max|λ⁗| (h the node spacing in days) plus h/4 times the speed
 * error. Measured against `computeBodies` over the sample charts: under 3e−8° for the Moon and
 * 3e−9° for the other planets, nodes and Lilith, moving a house change (the cusp turns 0.004°/s)
 * by under 0.001 s; the true node, whose osculating longitude wobbles within hours, only to 3e−5°.
 * So sign changes of bodies, where a slow body can turn a tiny error into seconds, are polished on
 * the ephemeris itself: {@link exactAt}. The ayanamsa is evaluated at every offset.
 *
 * @param windowSeconds half-width of the window, seconds (> 0); offsets outside it are refused.
 * @throws {RangeError} for an offset outside [−windowSeconds, windowSeconds].
 */
export function createSampler(chart: SensitivityChart, windowSeconds: number) {
  const counts: SamplerCounts = { frames: 0, ephemeris: 0 };
  const jdAt = (offsetSeconds: number) =>
    julianDayFromEpochMs((chart.birthEpochSeconds + offsetSeconds) * 1000);

  const intervals = Math.max(1, Math.ceil((2 * windowSeconds) / EPHEMERIS_NODE_SECONDS));
  const spacing = (2 * windowSeconds) / intervals;
  const nodes: Node[] = [];
  for (let i = 0; i <= intervals; i++) {
    const offsetSeconds = -windowSeconds + i * spacing;
    counts.ephemeris += 1;
    const positions = computeBodies(jdAt(offsetSeconds));
    const previous = nodes.at(-1);
    nodes.push({
      offsetSeconds,
      longitudes: positions.map((p, k) =>
        previous
          ? (previous.longitudes[k] as number) +
            signedDifference(p.longitude, previous.longitudes[k] as number)
          : p.longitude,
      ),
      speeds: positions.map((p) => p.speed / 86_400),
    });
  }

  /** Tropical body longitudes at an offset, by cubic Hermite interpolation between two nodes. */
  function bodyLongitudes(offsetSeconds: number): number[] {
    const i = Math.min(intervals - 1, Math.floor((offsetSeconds + windowSeconds) / spacing));
    const a = nodes[i] as Node;
    const b = nodes[i + 1] as Node;
    const s = (offsetSeconds - a.offsetSeconds) / spacing;
    const h00 = (1 + 2 * s) * (1 - s) ** 2;
    const h10 = s * (1 - s) ** 2;
    const h01 = s * s * (3 - 2 * s);
    const h11 = s * s * (s - 1);
    return a.longitudes.map(
      (pa, k) =>
        h00 * pa +
        h10 * spacing * (a.speeds[k] as number) +
        h01 * (b.longitudes[k] as number) +
        h11 * spacing * (b.speeds[k] as number),
    );
  }

  /** Angles and cusps at an offset, in the chart's zodiac, and the ayanamsa used there. */
  function frameAt(offsetSeconds: number) {
    if (!(Math.abs(offsetSeconds) <= windowSeconds)) {
      throw new RangeError(`offset ${offsetSeconds} s is outside ±${windowSeconds} s`);
    }
    counts.frames += 1;
    const jdUt = jdAt(offsetSeconds);
    const shift = chart.ayanamsa ? ayanamsaDegrees(chart.ayanamsa, jdUt) : 0;
    const angles = computeAngles(jdUt, chart.latitude, chart.longitude);
    const ascendant = normalizeDegrees(angles.ascendant - shift);
    const cusps =
      chart.houseSystem === "whole_sign"
        ? computeHouses("whole_sign", { ...angles, ascendant }, chart.latitude).cusps
        : computeHouses(chart.houseSystem, angles, chart.latitude).cusps.map((c) =>
            normalizeDegrees(c - shift),
          );
    return { ascendant, midheaven: normalizeDegrees(angles.midheaven - shift), cusps, shift };
  }

  /** The chart's state at `offsetSeconds` from birth, body longitudes interpolated. */
  function at(offsetSeconds: number): ChartState {
    const { shift, ...frame } = frameAt(offsetSeconds);
    const bodies = bodyLongitudes(offsetSeconds).map((l) => normalizeDegrees(l - shift));
    return { ...frame, bodies };
  }

  /** The chart's state at `offsetSeconds` from birth with body longitudes from the ephemeris itself. */
  function exactAt(offsetSeconds: number): ChartState {
    const { shift, ...frame } = frameAt(offsetSeconds);
    counts.ephemeris += 1;
    const bodies = computeBodies(jdAt(offsetSeconds)).map((p) =>
      normalizeDegrees(p.longitude - shift),
    );
    return { ...frame, bodies };
  }

  const birthAngles = computeAngles(jdAt(0), chart.latitude, chart.longitude);
  const birthHouses = computeHouses(chart.houseSystem, birthAngles, chart.latitude);
  return {
    at,
    exactAt,
    counts,
    /** The house system used (Porphyry inside the polar circles for Placidus and Koch). */
    houseSystem: {
      requested: chart.houseSystem,
      used: birthHouses.system,
      fallback: birthHouses.fallback,
    },
    /** |latitude| ≥ 90° − obliquity: inside a polar circle. */
    polar: Math.abs(chart.latitude) >= 90 - birthAngles.obliquity,
  };
}
