import { BODY_IDS } from "../bodies.ts";
import { houseOf } from "../houses.ts";
import { signedDifference } from "../math.ts";
import { SIGNS, type Sign, signOf } from "../signs.ts";
import type { ChartState } from "./sampler.ts";

/** What a placement is: an angle's sign, a cusp's sign, a body's house or a body's sign. */
export type PlacementKind = "angle_sign" | "cusp_sign" | "body_house" | "body_sign";

/** A placement's value: a sign, or a house number 1–12. */
export type PlacementValue = Sign | number;

/**
 * One discrete placement of a chart and the continuous quantity behind it.
 *
 * `crossing(state, from, to)`, for two adjacent values, is a signed angle in degrees, (−180, 180],
 * whose sign differs on the two sides of the change from `from` to `to`: the longitude minus the
 * sign boundary between them, or the body's longitude minus the cusp between the two houses. Its
 * zero is the instant of the change; root finding runs on it.
 */
export interface Placement {
  kind: PlacementKind;
  /** `ascendant`, `midheaven`, `cusp_1` … `cusp_12`, or a body id. */
  subject: string;
  value(state: ChartState): PlacementValue;
  /** Whether a change from `from` to `to` crosses exactly one boundary (neighbouring values). */
  adjacent(from: PlacementValue, to: PlacementValue): boolean;
  crossing(state: ChartState, from: PlacementValue, to: PlacementValue): number;
}

/** Whether two positions on a cycle of twelve are neighbours. */
function neighbours(a: number, b: number): boolean {
  const step = (((b - a) % 12) + 12) % 12;
  return step === 1 || step === 11;
}

function signPlacement(
  kind: PlacementKind,
  subject: string,
  longitude: (s: ChartState) => number,
): Placement {
  const index = (v: PlacementValue) => SIGNS.indexOf(v as Sign);
  return {
    kind,
    subject,
    value: (s) => signOf(longitude(s)).sign,
    adjacent: (from, to) => neighbours(index(from), index(to)),
    crossing: (s, from, to) => {
      // Forward into the next sign crosses that sign's first degree; backward, `from`'s first.
      const forward = (index(to) - index(from) + 12) % 12 === 1;
      return signedDifference(longitude(s), 30 * (forward ? index(to) : index(from)));
    },
  };
}

function housePlacement(subject: string, body: number): Placement {
  const longitude = (s: ChartState) => s.bodies[body] as number;
  return {
    kind: "body_house",
    subject,
    value: (s) => houseOf(longitude(s), s.cusps),
    adjacent: (from, to) => neighbours(from as number, to as number),
    crossing: (s, from, to) => {
      // Houses h and h + 1 meet at cusp h + 1 (index h); h and h − 1 at cusp h (index h − 1).
      const h = from as number;
      const forward = ((to as number) - h + 12) % 12 === 1;
      return signedDifference(longitude(s), s.cusps[forward ? h % 12 : h - 1] as number);
    },
  };
}

/**
 * Every placement the sensitivity reports, in response order: the ascendant's and midheaven's
 * signs, the twelve cusps' signs, each body's sign, each body's house.
 */
export function chartPlacements(): Placement[] {
  return [
    signPlacement("angle_sign", "ascendant", (s) => s.ascendant),
    signPlacement("angle_sign", "midheaven", (s) => s.midheaven),
    ...Array.from({ length: 12 }, (_, i) =>
      signPlacement("cusp_sign", `cusp_${i + 1}`, (s) => s.cusps[i] as number),
    ),
    ...BODY_IDS.map((id, k) => signPlacement("body_sign", id, (s) => s.bodies[k] as number)),
    ...BODY_IDS.map((id, k) => housePlacement(id, k)),
  ];
}
