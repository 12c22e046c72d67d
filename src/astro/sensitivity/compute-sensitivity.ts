import type { HouseSystem } from "../houses.ts";
import { signedDifference } from "../math.ts";
import {
  chartPlacements,
  type Placement,
  type PlacementKind,
  type PlacementValue,
} from "./placements.ts";
import {
  type ChartState,
  createSampler,
  type SamplerCounts,
  type SensitivityChart,
} from "./sampler.ts";

/**
 * Spacing of the first scan, seconds. The earth turns 0.5° in 120 s. The scan does not rely on
 * this being small (see {@link computeSensitivity}); it bounds how long a reversal of direction
 * (only possible inside the polar circles) can hide from it.
 */
export const GRID_SECONDS = 120;

/** A scan interval is halved while an angle or cusp moves more than this across it, degrees. */
export const MAX_MOVE_DEGREES = 5;

/** Root brackets are narrowed to at most this many seconds before the change time is estimated. */
export const TOLERANCE_SECONDS = 0.5;

/**
 * A change whose quantity moves more than this across its final bracket (≤ 0.5 s) is a jump,
 * degrees: 1° in half a second is twenty times the earth's turning.
 */
export const JUMP_DEGREES = 1;

/** One change of a placement within the window. */
export interface PlacementChange {
  /** Seconds from the stated birth instant to the change, rounded to the second. */
  offsetSeconds: number;
  /** Unrounded estimate of the change instant, seconds from birth (within 0.5 s of the change). */
  rootSeconds: number;
  from: PlacementValue;
  to: PlacementValue;
  /**
   * True when the quantity jumps there rather than crossing the boundary continuously: whole-sign
   * cusps (they step by 30° when the ascendant changes sign), or the ascendant turning by 180°
   * inside the polar circles.
   */
  jump: boolean;
}

/** A placement at the birth instant and its changes within the window, in time order. */
export interface PlacementSensitivity {
  kind: PlacementKind;
  subject: string;
  value: PlacementValue;
  changes: PlacementChange[];
}

/** A chart's birth-time sensitivity over ±`windowSeconds`. */
export interface Sensitivity {
  windowSeconds: number;
  placements: PlacementSensitivity[];
  houseSystem: { requested: HouseSystem; used: HouseSystem; fallback: boolean };
  /** |latitude| ≥ 90° − obliquity: the ascendant and cusps can jump and run backwards. */
  polar: boolean;
  /** True when some angle or cusp was seen moving backwards through the zodiac in the window. */
  retrogradeMotion: boolean;
  counts: SamplerCounts;
}

/**
 * Birth-time sensitivity of a chart: for each placement (angle and cusp signs, body signs and
 * houses), every instant within ±`windowSeconds` of the stated birth at which it changes.
 *
 * Method. (1) Scan: the angles and cusps are evaluated every {@link GRID_SECONDS} from the birth
 * instant out to both window edges, and an interval is halved while any angle or cusp moves more
 * than {@link MAX_MOVE_DEGREES} across it (down to {@link TOLERANCE_SECONDS}), so every interval
 * holds a small, unambiguous motion whatever the latitude. (2) Bracket: a placement whose value
 * differs at an interval's ends changes inside it; while the two values are not neighbours (two
 * boundaries crossed) the interval is halved. (3) Refine: bisection on the crossing quantity (the
 * longitude less the sign boundary, or the body less the cusp; Press et al., Numerical Recipes,
 * 3rd ed., §9.1), to a bracket of at most {@link TOLERANCE_SECONDS}, then one false-position
 * step inside it (§9.2); the change is reported at that estimate rounded to the second, so it lies
 * within one second of the true change. Body sign changes are then polished on the ephemeris
 * itself ({@link polish}): body longitudes are otherwise interpolated (./sampler.ts).
 *
 * Why no change is skipped: outside the polar circles the ascendant, the midheaven and the cusps of
 * every system here advance monotonically through the zodiac as the earth turns (the ascendant at
 * 174 °/day or more, Koch cusps just outside the polar circle at 59 °/day or more, checked by
 * test/astro/sensitivity.test.ts), against at most 15.4 °/day for the Moon, so each sign and
 * house placement changes one way only and its values at an interval's ends reveal every change
 * inside it. Body signs change one way except at a station, where a planet moves under 0.001° a
 * minute. Inside the polar circles
 * that no longer holds: the ascendant turns by 180° when the ecliptic passes through the horizon
 * and cusps can run backwards, so a change and its reversal within one {@link GRID_SECONDS} step
 * could be missed; `polar` and `retrogradeMotion` say when that applies, and jumps are flagged.
 *
 * @param chart the birth instant, place and chart options.
 * @param windowSeconds half-width of the window, whole seconds, 1 to 43,200.
 * @throws {RangeError} for a window outside that range.
 */
export function computeSensitivity(chart: SensitivityChart, windowSeconds: number): Sensitivity {
  if (!(Number.isInteger(windowSeconds) && windowSeconds >= 1 && windowSeconds <= 43_200)) {
    throw new RangeError(`window ${windowSeconds} s is outside 1–43200 s`);
  }
  const sampler = createSampler(chart, windowSeconds);
  const memo = new Map<number, ChartState>();
  const stateAt = (t: number) => {
    let s = memo.get(t);
    if (!s) {
      s = sampler.at(t);
      memo.set(t, s);
    }
    return s;
  };
  const wholeSign = chart.houseSystem === "whole_sign";
  // Quantities that turn with the earth, whose motion sets the scan's intervals.
  const turning = (s: ChartState) =>
    wholeSign ? [s.ascendant, s.midheaven] : [s.ascendant, s.midheaven, ...s.cusps];

  let retrogradeMotion = false;
  const segments: [number, number][] = [];
  const scan = (a: number, b: number) => {
    const ta = turning(stateAt(a));
    const moves = turning(stateAt(b)).map((x, i) => signedDifference(x, ta[i] as number));
    const widest = Math.max(...moves.map(Math.abs));
    if (widest > MAX_MOVE_DEGREES && b - a > TOLERANCE_SECONDS) {
      const m = (a + b) / 2;
      scan(a, m);
      scan(m, b);
      return;
    }
    if (widest <= MAX_MOVE_DEGREES && moves.some((d) => d < 0)) retrogradeMotion = true;
    segments.push([a, b]);
  };
  const grid = [0];
  for (let t = GRID_SECONDS; t < windowSeconds; t += GRID_SECONDS) grid.push(t, -t);
  grid.push(windowSeconds, -windowSeconds);
  grid.sort((x, y) => x - y);
  for (let i = 0; i + 1 < grid.length; i++) scan(grid[i] as number, grid[i + 1] as number);

  const exactMemo = new Map<number, ChartState>();
  const exactAt = (t: number) => {
    let s = exactMemo.get(t);
    if (!s) {
      s = sampler.exactAt(t);
      exactMemo.set(t, s);
    }
    return s;
  };
  const birth = exactAt(0);
  const placements = chartPlacements().map((p) => {
    let changes: PlacementChange[] = [];
    for (const [a, b] of segments) {
      const va = p.value(stateAt(a));
      const vb = p.value(stateAt(b));
      if (va !== vb) locate(p, a, b, va, vb, stateAt, changes);
    }
    if (p.kind === "body_sign") {
      changes = changes.map((c) => (c.jump ? c : polish(p, c, exactAt, windowSeconds)));
    }
    changes.sort((x, y) => x.rootSeconds - y.rootSeconds);
    return { kind: p.kind, subject: p.subject, value: p.value(birth), changes };
  });

  return {
    windowSeconds,
    placements,
    houseSystem: sampler.houseSystem,
    polar: sampler.polar,
    retrogradeMotion,
    counts: { ...sampler.counts },
  };
}

/**
 * Finds the changes of one placement inside [a, b], whose ends hold `va` ≠ `vb`: halves the
 * interval until each part holds neighbouring values, then bisects the crossing quantity.
 */
function locate(
  p: Placement,
  a: number,
  b: number,
  va: PlacementValue,
  vb: PlacementValue,
  stateAt: (t: number) => ChartState,
  out: PlacementChange[],
): void {
  if (b - a <= TOLERANCE_SECONDS) {
    out.push(estimate(p, a, b, va, vb, stateAt));
    return;
  }
  const m = (a + b) / 2;
  const vm = p.value(stateAt(m));
  if (!p.adjacent(va, vb) || (vm !== va && vm !== vb)) {
    if (vm !== va) locate(p, a, m, va, vm, stateAt, out);
    if (vm !== vb) locate(p, m, b, vm, vb, stateAt, out);
    return;
  }
  // Bisection on the crossing quantity g: it has one sign at a and the other at b.
  const ga = p.crossing(stateAt(a), va, vb);
  const gm = p.crossing(stateAt(m), va, vb);
  if (Math.sign(gm) === Math.sign(ga)) locate(p, m, b, va, vb, stateAt, out);
  else locate(p, a, m, va, vb, stateAt, out);
}

/**
 * Re-finds a body's sign change on the ephemeris itself (body longitudes from `computeBodies`, not
 * interpolated): a bracket around the interpolated estimate, widened fourfold from ±4 s until the
 * crossing quantity changes sign across it, then bisection to {@link TOLERANCE_SECONDS} and a
 * false-position step. Interpolation errors (3e−5° at worst, the true node) would otherwise move
 * a slow body's change by seconds. Without a bracket inside the window the estimate stands.
 */
function polish(
  p: Placement,
  change: PlacementChange,
  exactAt: (t: number) => ChartState,
  windowSeconds: number,
): PlacementChange {
  const g = (t: number) => p.crossing(exactAt(t), change.from, change.to);
  const clamp = (t: number) => Math.max(-windowSeconds, Math.min(windowSeconds, t));
  let a = 0;
  let b = 0;
  let ga = 0;
  let gb = 0;
  for (let half = 4; ; half *= 4) {
    a = clamp(change.rootSeconds - half);
    b = clamp(change.rootSeconds + half);
    ga = g(a);
    gb = g(b);
    if (Math.sign(ga) !== Math.sign(gb)) break;
    if (half >= 4096) return change;
  }
  while (b - a > TOLERANCE_SECONDS) {
    const m = (a + b) / 2;
    const gm = g(m);
    if (Math.sign(gm) === Math.sign(ga)) {
      a = m;
      ga = gm;
    } else {
      b = m;
      gb = gm;
    }
  }
  const root = a + ((b - a) * ga) / (ga - gb);
  return { ...change, offsetSeconds: Math.round(root), rootSeconds: root };
}

/** The change inside a final bracket [a, b] (≤ 0.5 s): a false-position step on g, or a jump. */
function estimate(
  p: Placement,
  a: number,
  b: number,
  va: PlacementValue,
  vb: PlacementValue,
  stateAt: (t: number) => ChartState,
): PlacementChange {
  const adjacent = p.adjacent(va, vb);
  const ga = adjacent ? p.crossing(stateAt(a), va, vb) : 0;
  const gb = adjacent ? p.crossing(stateAt(b), va, vb) : 0;
  const jump = !adjacent || Math.abs(gb - ga) > JUMP_DEGREES || Math.sign(ga) === Math.sign(gb);
  const root = jump ? (a + b) / 2 : a + ((b - a) * ga) / (ga - gb);
  return { offsetSeconds: Math.round(root), rootSeconds: root, from: va, to: vb, jump };
}
