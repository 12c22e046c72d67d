import {
  type Angles,
  clampLatitude,
  eclipticOnCircle,
  isWesternCrossing,
  longitudeOfRightAscension,
} from "./angles.ts";
import { cosDeg, DEG_PER_RAD, normalizeDegrees, signedDifference, sinDeg, tanDeg } from "./math.ts";

/**
 * House systems, defined as in the Swiss Ephemeris documentation §6 (house systems; "SE §6"
 * below) and R. W. Holden, "The Elements of House Division" (1977; "Holden 1977" below).
 */
export const HOUSE_SYSTEMS = [
  "placidus",
  "koch",
  "equal",
  "whole_sign",
  "porphyry",
  "regiomontanus",
  "campanus",
] as const;
export type HouseSystem = (typeof HOUSE_SYSTEMS)[number];

export interface Houses {
  /** The system actually used: `porphyry` when the requested one is undefined at the latitude. */
  system: HouseSystem;
  requestedSystem: HouseSystem;
  /** Twelve cusp longitudes in degrees, house 1 first, each in [0, 360). */
  cusps: number[];
  /** True when `system` differs from `requestedSystem`. */
  fallback: boolean;
}

/**
 * House cusps for a chart's angles at a geographic latitude (degrees, north positive).
 *
 * Placidus and Koch divide the semi-arcs of points that rise and set. Inside the polar circles
 * (|latitude| ≥ 90° − ε) some ecliptic points never rise or set and both are undefined; there,
 * as Swiss Ephemeris does, the cusps are Porphyry's and `fallback` is true. Every system is
 * finite for every latitude in [−90, 90]: the poles themselves are taken a hair inside.
 *
 * Inside the polar circles, when the midheaven is below the horizon, Regiomontanus and Campanus
 * follow Swiss Ephemeris: the chart is turned so that cusp 1 is the (eastern) ascendant and cusp
 * 10 is the meridian point above the horizon (midheaven + 180°), and the houses then run
 * clockwise through the zodiac.
 */
export function computeHouses(requested: HouseSystem, angles: Angles, latitude: number): Houses {
  const phi = clampLatitude(latitude);
  const polar = Math.abs(phi) >= 90 - angles.obliquity;
  if (polar && (requested === "placidus" || requested === "koch")) {
    return {
      system: "porphyry",
      requestedSystem: requested,
      cusps: porphyry(angles),
      fallback: true,
    };
  }
  const cusps = CUSPS[requested](angles, phi);
  return { system: requested, requestedSystem: requested, cusps, fallback: false };
}

/**
 * The house (1–12) holding an ecliptic longitude: house n runs from cusp n up to, not including,
 * cusp n + 1. Cusps may run clockwise (polar Regiomontanus and Campanus); houses then run from
 * cusp n down to cusp n + 1.
 */
export function houseOf(longitude: number, cusps: readonly number[]): number {
  let turn = 0;
  for (let i = 0; i < 12; i++) turn += signedDifference(cusps[(i + 1) % 12], cusps[i]);
  const direction = turn < 0 ? -1 : 1;
  for (let i = 0; i < 12; i++) {
    const width = normalizeDegrees(direction * (cusps[(i + 1) % 12] - cusps[i]));
    if (normalizeDegrees(direction * (longitude - cusps[i])) < width) return i + 1;
  }
  // Unreachable for a closed sequence of cusps; nearest cusp before the point otherwise.
  let best = 0;
  for (let i = 1; i < 12; i++) {
    if (normalizeDegrees(longitude - cusps[i]) < normalizeDegrees(longitude - cusps[best])) {
      best = i;
    }
  }
  return best + 1;
}

type CuspFunction = (angles: Angles, phi: number) => number[];

const CUSPS: Record<HouseSystem, CuspFunction> = {
  placidus,
  koch,
  equal: (a) => Array.from({ length: 12 }, (_, i) => normalizeDegrees(a.ascendant + 30 * i)),
  whole_sign: (a) => {
    const first = a.ascendant - (a.ascendant % 30);
    return Array.from({ length: 12 }, (_, i) => normalizeDegrees(first + 30 * i));
  },
  porphyry,
  regiomontanus,
  campanus,
};

/**
 * Twelve cusps from the angles and the intermediate cusps 11, 12, 2 and 3; cusps 4 to 9 are
 * their opposites, as in every quadrant system.
 */
function quadrantCusps(
  ascendant: number,
  midheaven: number,
  c11: number,
  c12: number,
  c2: number,
  c3: number,
): number[] {
  const east = [ascendant, c2, c3, midheaven + 180, c11 + 180, c12 + 180];
  return [...east, ...east.map((c) => c + 180)].map(normalizeDegrees);
}

/**
 * Porphyry: each quadrant of the ecliptic between the angles is trisected (Holden 1977; SE §6).
 */
function porphyry(a: Angles): number[] {
  const q4 = normalizeDegrees(a.ascendant - a.midheaven); // midheaven to ascendant, < 180
  const q1 = 180 - q4; // ascendant to imum coeli
  return quadrantCusps(
    a.ascendant,
    a.midheaven,
    a.midheaven + q4 / 3,
    a.midheaven + (2 * q4) / 3,
    a.ascendant + q1 / 3,
    a.ascendant + (2 * q1) / 3,
  );
}

/**
 * Placidus: cusp 11 (12) is the ecliptic point that has covered two thirds (one third) of its
 * diurnal semi-arc since rising, one third (two thirds) of it still to go before culminating, so
 * its right ascension α satisfies α = ARMC + SDA(δ)/3 (2·SDA/3), with SDA = acos(−tan φ · tan δ)
 * and, on the ecliptic, tan δ = tan ε · sin α. Cusps 3 and 2 are the opposites of cusps 9 and 8,
 * the points one and two thirds of their semi-arc past the meridian: α = ARMC − SDA/3 (− 2·SDA/3).
 * (Holden 1977; SE §6.)
 *
 * With T = tan φ · tan ε (|T| < 1 outside the polar circles), h(α) = α − ARMC − f · SDA has
 * h′ = 1 − f · T cos α / √(1 − T² sin² α) ≥ 1 − (2/3)|T| > 0: one root, found by Newton's method
 * kept inside a bracket, to 1e−10°.
 */
function placidus(a: Angles, phi: number): number[] {
  const t = tanDeg(phi) * tanDeg(a.obliquity);
  const cusp = (fraction: number) =>
    longitudeOfRightAscension(a.armc + placidusOffset(a.armc, fraction, t), a.obliquity);
  return quadrantCusps(
    a.ascendant,
    a.midheaven,
    cusp(1 / 3),
    cusp(2 / 3),
    cusp(-2 / 3) + 180,
    cusp(-1 / 3) + 180,
  );
}

/**
 * Solves x = fraction · acos(−t · sin(ARMC + x)) for x in degrees (see {@link placidus}).
 * h(x) = x − fraction · SDA is increasing, and for fraction > 0 negative at 0 and positive at
 * 180 · fraction (mirrored for fraction < 0), so the root lies between them.
 */
function placidusOffset(armc: number, fraction: number, t: number): number {
  let lo = Math.min(0, 180 * fraction);
  let hi = Math.max(0, 180 * fraction);
  let x = 90 * fraction; // the root on the equator, where every semi-arc is 90°
  for (let i = 0; i < 100; i++) {
    const u = Math.max(-1, Math.min(1, -t * sinDeg(armc + x)));
    const h = x - fraction * Math.acos(u) * DEG_PER_RAD;
    if (h < 0) lo = x;
    else hi = x;
    const slope = 1 - (fraction * t * cosDeg(armc + x)) / Math.sqrt(Math.max(1e-300, 1 - u * u));
    let next = x - h / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-10) return next;
    x = next;
  }
  return x;
}

/**
 * Koch (birthplace, GOH): the midheaven degree's diurnal semi-arc SDA = 90° + asin(tan φ · tan δ)
 * (δ its declination) is trisected in time; cusps 11 and 12 are the ascendants at ARMC − 2·SDA/3 and ARMC − SDA/3,
 * cusps 2 and 3 those at ARMC + SDA/3 and ARMC + 2·SDA/3 (Holden 1977; SE §6).
 */
function koch(a: Angles, phi: number): number[] {
  const tanPhi = tanDeg(phi);
  // Ascensional difference of the midheaven degree, whose declination has tan δ = tan ε · sin ARMC.
  const sinDifference = Math.max(-1, Math.min(1, tanPhi * tanDeg(a.obliquity) * sinDeg(a.armc)));
  const semiArc = 90 + Math.asin(sinDifference) * DEG_PER_RAD;
  const asc = (k: number) => eclipticOnCircle(a.armc + 90 + (k * semiArc) / 3, tanPhi, a.obliquity);
  return quadrantCusps(a.ascendant, a.midheaven, asc(-2), asc(-1), asc(1), asc(2));
}

/**
 * Regiomontanus: the celestial equator is divided into twelve 30° arcs from the east point; the
 * house circles through those points and the north and south points of the horizon cut the
 * ecliptic at the cusps. The circle of cusp 11 (3) has pole tan P = tan φ · sin 30°, that of
 * cusp 12 (2) tan P = tan φ · sin 60°, at oblique ascensions ARMC + 30°, + 60°, + 120°, + 150°
 * (Holden 1977; SE §6).
 */
function regiomontanus(a: Angles, phi: number): number[] {
  const tanPhi = tanDeg(phi);
  const cusp = (offset: number, sine: number) =>
    eclipticOnCircle(a.armc + offset, tanPhi * sine, a.obliquity);
  const half = Math.sqrt(3) / 2;
  return turnIfPolar(a, phi, cusp(30, 0.5), cusp(60, half), cusp(120, half), cusp(150, 0.5));
}

/**
 * Campanus: the prime vertical is divided into twelve 30° arcs from the east point; the house
 * circles through those points and the north and south points of the horizon cut the ecliptic at
 * the cusps. A house circle tilted A from the horizon (A = 60° for cusps 11 and 3, 30° for 12 and
 * 2) has pole sin P = sin φ · cos A and meets the equator atan(tan A / cos φ) before (cusps 11,
 * 12) or after (2, 3) the east point (Holden 1977; SE §6).
 */
function campanus(a: Angles, phi: number): number[] {
  const cusp = (tilt: number, side: number) => {
    const pole = Math.asin(sinDeg(phi) * cosDeg(tilt)) * DEG_PER_RAD;
    const shift = Math.atan(tanDeg(tilt) / cosDeg(phi)) * DEG_PER_RAD;
    return eclipticOnCircle(a.armc + 90 + side * shift, tanDeg(pole), a.obliquity);
  };
  return turnIfPolar(a, phi, cusp(60, -1), cusp(30, -1), cusp(30, 1), cusp(60, 1));
}

/**
 * Twelve Regiomontanus or Campanus cusps. Inside the polar circles, when the midheaven is below
 * the horizon, the formulas give the western horizon point: Swiss Ephemeris then turns cusps 10–3
 * by 180°, keeping cusp 1 on the eastern horizon and cusp 10 above the horizon.
 */
function turnIfPolar(a: Angles, phi: number, c11: number, c12: number, c2: number, c3: number) {
  const formulaAscendant = eclipticOnCircle(a.armc + 90, tanDeg(phi), a.obliquity);
  const turn =
    Math.abs(phi) >= 90 - a.obliquity && isWesternCrossing(formulaAscendant, a.midheaven) ? 180 : 0;
  return quadrantCusps(
    a.ascendant,
    a.midheaven + turn,
    c11 + turn,
    c12 + turn,
    c2 + turn,
    c3 + turn,
  );
}
