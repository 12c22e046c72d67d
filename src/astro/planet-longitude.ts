import * as Astronomy from "astronomy-engine";
import type { BodyId } from "./bodies.ts";
import { astroTime } from "./delta-t.ts";
import { eclipticFrame, toEcliptic } from "./ecliptic-frame.ts";
import { plutoGeoVector } from "./pluto.ts";

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

const ASTRONOMY_BODY: Record<Exclude<PlanetId, "moon" | "pluto">, Astronomy.Body> = {
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
 * The apparent geocentric ecliptic longitude of one planet (or the Sun or Moon) at one instant, in
 * degrees [0, 360), true equinox and ecliptic of date: the same model and the same calls as
 * `computeBodies` (./bodies.ts) for that body, without the other twelve bodies and the two extra
 * frames `computeBodies` spends on speeds. Transit root-finding evaluates longitudes thousands of
 * times; one body costs 0.012–0.042 ms CPU on Node against 0.75 ms for `computeBodies`.
 * test/astro/transits.test.ts holds it equal to `computeBodies` (1e-9°) so the two cannot drift.
 *
 * - Planets and the Sun: `GeoVector(body, t, true)` (light time and aberration), rotated to the
 *   true ecliptic of date (./ecliptic-frame.ts); Pluto from its Chebyshev series (./pluto.ts).
 * - The Moon: `GeoMoon` (geometric) taken at t − r/c, as `computeBodies` does.
 *
 * @param body the body.
 * @param jdUt Julian day (UT), in days; valid 1800–2100 like the rest of the engine.
 */
export function planetLongitude(body: PlanetId, jdUt: number): number {
  const time = astroTime(jdUt);
  const frame = eclipticFrame(time);
  if (body === "moon") {
    const geometric = Astronomy.GeoMoon(time);
    const lightTimeDays = Math.hypot(geometric.x, geometric.y, geometric.z) / Astronomy.C_AUDAY;
    return toEcliptic(frame, Astronomy.GeoMoon(time.AddDays(-lightTimeDays))).longitude;
  }
  if (body === "pluto") return toEcliptic(frame, plutoGeoVector(time)).longitude;
  return toEcliptic(frame, Astronomy.GeoVector(ASTRONOMY_BODY[body], time, true)).longitude;
}
