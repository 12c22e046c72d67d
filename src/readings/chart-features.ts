import type { Aspect } from "../astro/aspects.ts";
import type { ChartData } from "../astro/chart.ts";
import { signedDifference } from "../astro/math.ts";
import { PLANET_IDS } from "../astro/planet-longitude.ts";
import type { Sign } from "../astro/signs.ts";
import type { CorpusBody, Element, Modality, PatternKey } from "./corpus/types.ts";

/**
 * What a reading draws from a chart besides single placements: element and modality balance,
 * the chart ruler, stelliums and aspect patterns. Pure functions of the chart; deterministic.
 */

/** The ten planets, in chart order: the bodies counted for balance, stelliums and patterns. */
export const PLANETS = PLANET_IDS satisfies readonly CorpusBody[];

/** A planet. */
export type Planet = (typeof PLANETS)[number];

const ELEMENT_OF: Record<Sign, Element> = {
  aries: "fire",
  leo: "fire",
  sagittarius: "fire",
  taurus: "earth",
  virgo: "earth",
  capricorn: "earth",
  gemini: "air",
  libra: "air",
  aquarius: "air",
  cancer: "water",
  scorpio: "water",
  pisces: "water",
};

const MODALITY_OF: Record<Sign, Modality> = {
  aries: "cardinal",
  cancer: "cardinal",
  libra: "cardinal",
  capricorn: "cardinal",
  taurus: "fixed",
  leo: "fixed",
  scorpio: "fixed",
  aquarius: "fixed",
  gemini: "mutable",
  virgo: "mutable",
  sagittarius: "mutable",
  pisces: "mutable",
};

/** Modern rulers of the signs (Uranus, Neptune and Pluto for Aquarius, Pisces and Scorpio). */
export const RULER_OF: Record<Sign, Planet> = {
  aries: "mars",
  taurus: "venus",
  gemini: "mercury",
  cancer: "moon",
  leo: "sun",
  virgo: "mercury",
  libra: "venus",
  scorpio: "pluto",
  sagittarius: "jupiter",
  capricorn: "saturn",
  aquarius: "uranus",
  pisces: "neptune",
};

/** A planet's sign and house (null when the birth time is unknown). */
export interface PlanetPlacement {
  body: Planet;
  sign: Sign;
  house: number | null;
  longitude: number;
}

/** The ten planets' placements, in {@link PLANETS} order. */
export function planetPlacements(chart: ChartData): PlanetPlacement[] {
  return PLANETS.map((id) => {
    const b = chart.bodies.find((x) => x.id === id);
    if (!b) throw new Error(`chart has no ${id}`);
    return { body: id, sign: b.sign, house: b.house, longitude: b.longitude };
  });
}

/** Counts per element or modality, with the dominant one (≥ 4 of 10 and alone at the top) and those with none. */
export interface Balance<K extends string> {
  counts: Record<K, number>;
  dominant: K | null;
  lacking: K[];
}

function balance<K extends string>(
  keys: readonly K[],
  of: (s: Sign) => K,
  placements: PlanetPlacement[],
): Balance<K> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const p of placements) counts[of(p.sign)] += 1;
  const max = Math.max(...keys.map((k) => counts[k]));
  const top = keys.filter((k) => counts[k] === max);
  return {
    counts,
    dominant: max >= 4 && top.length === 1 ? (top[0] as K) : null,
    lacking: keys.filter((k) => counts[k] === 0),
  };
}

/** Element balance of the ten planets. */
export function elementBalance(placements: PlanetPlacement[]): Balance<Element> {
  return balance(["fire", "earth", "air", "water"] as const, (s) => ELEMENT_OF[s], placements);
}

/** Modality balance of the ten planets. */
export function modalityBalance(placements: PlanetPlacement[]): Balance<Modality> {
  return balance(["cardinal", "fixed", "mutable"] as const, (s) => MODALITY_OF[s], placements);
}

/** A stellium: three or more planets in one sign or one house, in {@link PLANETS} order. */
export interface Stellium {
  by: "sign" | "house";
  sign?: Sign;
  house?: number;
  bodies: Planet[];
}

/** Stelliums by sign, then by house (houses only when known), in zodiac and house order. */
export function stelliums(placements: PlanetPlacement[]): Stellium[] {
  const out: Stellium[] = [];
  const bySign = new Map<Sign, Planet[]>();
  const byHouse = new Map<number, Planet[]>();
  for (const p of placements) {
    bySign.set(p.sign, [...(bySign.get(p.sign) ?? []), p.body]);
    if (p.house !== null) byHouse.set(p.house, [...(byHouse.get(p.house) ?? []), p.body]);
  }
  const signOrder = Object.keys(ELEMENT_OF) as Sign[];
  for (const [sign, bodies] of [...bySign].sort(
    (a, b) => signOrder.indexOf(a[0]) - signOrder.indexOf(b[0]),
  )) {
    if (bodies.length >= 3) out.push({ by: "sign", sign, bodies });
  }
  for (const [house, bodies] of [...byHouse].sort((a, b) => a[0] - b[0])) {
    if (bodies.length >= 3) out.push({ by: "house", house, bodies });
  }
  return out;
}

/** An aspect pattern among planets, bodies in {@link PLANETS} order. */
export interface Pattern {
  key: PatternKey;
  bodies: Planet[];
}

/** Orb for the quincunx (150°) in a yod, degrees: it is a minor aspect, so kept tight. */
export const YOD_QUINCUNX_ORB = 3;

/**
 * Grand trines, grand crosses, T-squares (those not inside a grand cross) and yods among the ten
 * planets, from the chart's aspects (with the chart's orbs) and, for the yod's quincunxes (150°),
 * the longitudes with an orb of {@link YOD_QUINCUNX_ORB}°.
 */
export function aspectPatterns(chart: ChartData, placements: PlanetPlacement[]): Pattern[] {
  const planets = new Set<string>(PLANETS);
  const has = new Map<string, Aspect["type"]>();
  for (const a of chart.aspects) {
    if (planets.has(a.a) && planets.has(a.b)) {
      has.set(`${a.a}|${a.b}`, a.type);
      has.set(`${a.b}|${a.a}`, a.type);
    }
  }
  const is = (x: Planet, y: Planet, type: Aspect["type"]) => has.get(`${x}|${y}`) === type;
  const lon = new Map(placements.map((p) => [p.body, p.longitude]));
  const quincunx = (x: Planet, y: Planet) =>
    Math.abs(Math.abs(signedDifference(lon.get(x) as number, lon.get(y) as number)) - 150) <=
    YOD_QUINCUNX_ORB;

  const out: Pattern[] = [];
  const n = PLANETS.length;
  const P = PLANETS;
  const crosses: Planet[][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++) {
        const [a, b, c] = [P[i], P[j], P[k]] as [Planet, Planet, Planet];
        if (is(a, b, "trine") && is(b, c, "trine") && is(a, c, "trine")) {
          out.push({ key: "grand_trine", bodies: [a, b, c] });
        }
        for (let l = k + 1; l < n; l++) {
          const d = P[l] as Planet;
          const four = [a, b, c, d];
          // A grand cross: two oppositions whose ends all square each other.
          const pairs: [Planet, Planet, Planet, Planet][] = [
            [a, b, c, d],
            [a, c, b, d],
            [a, d, b, c],
          ];
          for (const [w, x, y, z] of pairs) {
            if (
              is(w, x, "opposition") &&
              is(y, z, "opposition") &&
              is(w, y, "square") &&
              is(w, z, "square") &&
              is(x, y, "square") &&
              is(x, z, "square")
            ) {
              crosses.push(four);
              out.push({ key: "grand_cross", bodies: four });
            }
          }
        }
      }
  const inCross = (bodies: Planet[]) => crosses.some((c) => bodies.every((b) => c.includes(b)));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [P[i], P[j]] as [Planet, Planet];
      for (const apex of P) {
        if (apex === a || apex === b) continue;
        if (is(a, b, "opposition") && is(a, apex, "square") && is(b, apex, "square")) {
          const bodies = [a, b, apex].sort((x, y) => P.indexOf(x) - P.indexOf(y));
          if (!inCross(bodies)) out.push({ key: "t_square", bodies });
        }
        if (is(a, b, "sextile") && quincunx(a, apex) && quincunx(b, apex)) {
          out.push({
            key: "yod",
            bodies: [a, b, apex].sort((x, y) => P.indexOf(x) - P.indexOf(y)),
          });
        }
      }
    }
  return out;
}
