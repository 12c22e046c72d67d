import * as Astronomy from "astronomy-engine";
import {
  apparentMoonPosition,
  apparentVector,
  type State,
  SUN_STATE,
  stateOf,
} from "./apparent.ts";
import type { BodyId } from "./bodies.ts";
import { astroTime } from "./delta-t.ts";
import { eclipticFrame, toEcliptic } from "./ecliptic-frame.ts";
import { plutoHeliocentricState } from "./pluto.ts";

/** The bodies that transit: the Sun, the Moon and the planets (not the nodes or Lilith). */
export const PLANET_IDS = [
  "sun",
  "moon",
  "mercury",
  "venus",
  "mars",
  "jupiter",
  "saturn",
  "uranus",
  "neptune",
  "pluto",
] as const satisfies readonly BodyId[];

/** One of {@link PLANET_IDS}. */
export type PlanetId = (typeof PLANET_IDS)[number];

/** astronomy-engine's body for each planet it computes from VSOP87 (and the Sun). */
export const ASTRONOMY_BODY: Record<Exclude<PlanetId, "moon" | "pluto">, Astronomy.Body> = {
  sun: Astronomy.Body.Sun,
  mercury: Astronomy.Body.Mercury,
  venus: Astronomy.Body.Venus,
  mars: Astronomy.Body.Mars,
  jupiter: Astronomy.Body.Jupiter,
  saturn: Astronomy.Body.Saturn,
  uranus: Astronomy.Body.Uranus,
  neptune: Astronomy.Body.Neptune,
};

/**
 * Heliocentric state of the Sun (the origin), a planet or Pluto at one instant: astronomy-engine's
 * VSOP87 series and their derivatives (`HelioState`), Pluto from its Chebyshev series (./pluto.ts).
 *
 * @param body Any of {@link PLANET_IDS} but the Moon.
 * @param time The instant (create it with `astroTime`, ./delta-t.ts).
 * @returns Position in AU and velocity in AU/day, J2000 mean equator (EQJ).
 */
export function heliocentricState(
  body: Exclude<PlanetId, "moon">,
  time: Astronomy.AstroTime,
): State {
  if (body === "sun") return SUN_STATE;
  if (body === "pluto") return plutoHeliocentricState(time.tt);
  return stateOf(Astronomy.HelioState(ASTRONOMY_BODY[body], time));
}

/** The Earth's heliocentric state (VSOP87, `HelioState(Body.Earth, …)`), AU and AU/day, EQJ. */
export function earthState(time: Astronomy.AstroTime): State {
  return stateOf(Astronomy.HelioState(Astronomy.Body.Earth, time));
}

/** The Moon's geometric geocentric state (`GeoMoonState`), AU and AU/day, EQJ. */
export function moonState(time: Astronomy.AstroTime): State {
  return stateOf(Astronomy.GeoMoonState(time));
}

/**
 * The apparent geocentric ecliptic longitude of one planet (or the Sun or Moon) at one instant, in
 * degrees [0, 360), true equinox and ecliptic of date: the same functions `computeBodies`
 * (./bodies.ts) calls for that body, without the other twelve bodies and the speeds. Transit
 * root-finding evaluates longitudes thousands of times. test/astro/transits.test.ts holds it equal
 * to `computeBodies` (1e-9°) so the two cannot drift.
 *
 * - Sun, planets, Pluto: {@link apparentVector} from the body's and the Earth's states.
 * - The Moon: {@link apparentMoonPosition}, the geometric Moon at t − r/c.
 *
 * @param body the body.
 * @param jdUt Julian day (UT), in days; valid 1800–2100 like the rest of the engine.
 */
export function planetLongitude(body: PlanetId, jdUt: number): number {
  const time = astroTime(jdUt);
  const frame = eclipticFrame(time);
  const vector =
    body === "moon"
      ? apparentMoonPosition(moonState(time))
      : apparentVector(heliocentricState(body, time), earthState(time)).position;
  return toEcliptic(frame, vector).longitude;
}
