import { computeAngles } from "./angles.ts";
import {
  type Aspect,
  type AspectPoint,
  type AspectType,
  DEFAULT_ORBS,
  findAspects,
  type Orbs,
} from "./aspects.ts";
import { type Ayanamsa, ayanamsaDegrees } from "./ayanamsa.ts";
import { BODY_IDS, type BodyId, type BodyPosition, computeBodies } from "./bodies.ts";
import { deltaTSeconds } from "./delta-t.ts";
import { computeHouses, type HouseSystem, houseOf } from "./houses.ts";
import { julianDayFromEpochMs, normalizeDegrees, signedDifference } from "./math.ts";
import { type Sign, signOf } from "./signs.ts";
import {
  checkCalendarDate,
  type Disambiguation,
  formatUtc,
  type LocalDateTime,
  resolveLocalTime,
} from "./time/local-time.ts";
import { TZDB_VERSION } from "./time/zones.ts";
import { ENGINE_VERSION, EPHEMERIS } from "./version.ts";

/** What a chart is computed from: validated birth data and options. */
export interface ChartRequest {
  /** Local civil date and time of birth (wall clock at the birthplace). */
  local: LocalDateTime;
  /** False when only the date is known: the chart is cast for local noon without angles or houses. */
  timeKnown: boolean;
  /** IANA zone name, or `"LMT"` for local mean time at `longitude`. */
  timezone: string;
  /** Geographic latitude in degrees, north positive, [−90, 90]. */
  latitude: number;
  /** Geographic longitude in degrees, east positive, [−180, 180]. */
  longitude: number;
  houseSystem: HouseSystem;
  zodiac: "tropical" | "sidereal";
  /** Sidereal only; null for the tropical zodiac. */
  ayanamsa: Ayanamsa | null;
  disambiguation: Disambiguation;
  /** Orb overrides in degrees, merged over {@link DEFAULT_ORBS}. */
  orbs: Partial<Orbs>;
}

/** A warning attached to a chart: a stable code and a sentence for people. */
export interface ChartWarning {
  code: "local_time_adjusted" | "house_system_fallback" | "houses_reversed" | "time_unknown";
  message: string;
}

/** One body in the chart (API contract). Angles in degrees, speed in degrees/day. */
export interface ChartBody {
  id: BodyId;
  longitude: number;
  latitude: number;
  speed: number;
  retrograde: boolean;
  sign: Sign;
  sign_degree: number;
  /** 1–12; null when the birth time is unknown. */
  house: number | null;
}

/** A computed natal chart: the API contract of `POST /v1/charts` (without `id`). */
export interface ChartData {
  /** The UTC instant of birth, ISO 8601 to the second. */
  utc: string;
  /** Offset of local time from UTC in seconds, positive east of Greenwich. */
  utc_offset_seconds: number;
  /** Julian day (UT) of the instant, days. */
  julian_day_ut: number;
  time_known: boolean;
  bodies: ChartBody[];
  angles: { ascendant: number; midheaven: number; descendant: number; imum_coeli: number } | null;
  houses: { system: HouseSystem; requested_system: HouseSystem; cusps: number[] } | null;
  aspects: Aspect[];
  zodiac: "tropical" | "sidereal";
  ayanamsa: Ayanamsa | null;
  /** Degrees; null for the tropical zodiac. */
  ayanamsa_value: number | null;
  /** For unknown birth times: the Moon's ecliptic longitude at the start and end of the local day. */
  moon_range: { start_longitude: number; end_longitude: number; span_degrees: number } | null;
  warnings: ChartWarning[];
  provenance: {
    engine_version: string;
    ephemeris: string;
    tz_database: string;
    timezone: string;
    utc_offset_seconds: number;
    utc_offset_source: "tzdb" | "lmt";
    disambiguation: Disambiguation;
    local_time_adjustment: "ambiguous" | "nonexistent" | null;
    delta_t_seconds: number;
    house_system_fallback: boolean;
  };
}

/** Bodies taking part in aspects: the ten planets and the nodes (not Lilith); the angles join them. */
export const ASPECTING: ReadonlySet<string> = new Set<BodyId>(
  BODY_IDS.filter((b) => b !== "mean_lilith"),
);

/** The mean and true node are always within a few degrees: their conjunction says nothing. */
function isNodePair(a: string, b: string): boolean {
  return a.endsWith("_node") && b.endsWith("_node");
}

/** Rounds to 1e-6 (degrees: 0.0036″; days: 0.09 s), far below the engine's accuracy. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A longitude rounded to 1e-6 degree and still in [0, 360): 359.9999999 becomes 0, not 360. */
function roundLongitude(degrees: number): number {
  const r = round6(normalizeDegrees(degrees));
  return r >= 360 ? 0 : r;
}

function epochSecondsToJd(epochSeconds: number): number {
  return julianDayFromEpochMs(epochSeconds * 1000);
}

function moonLongitudeAt(local: LocalDateTime, request: ChartRequest, shift: number): number {
  const resolved = resolveLocalTime(local, request.timezone, request.longitude, "compatible");
  const moon = computeBodies(epochSecondsToJd(resolved.epochSeconds)).find((b) => b.id === "moon");
  return normalizeDegrees((moon as BodyPosition).longitude - shift);
}

/**
 * Computes a natal chart: local time → UTC (IANA tz database with backzone, or LMT), apparent
 * geocentric positions of date, angles, house cusps, signs, houses and aspects, in the tropical or
 * a sidereal zodiac.
 *
 * @throws {LocalTimeError} for dates that do not exist, years outside 1800–2100, unknown zones, and
 *   local times rejected under `disambiguation: "reject"`.
 */
export function computeChart(request: ChartRequest): ChartData {
  const local: LocalDateTime = request.timeKnown
    ? request.local
    : { ...request.local, hour: 12, minute: 0, second: 0 };
  checkCalendarDate(local);
  const resolved = resolveLocalTime(
    local,
    request.timezone,
    request.longitude,
    request.disambiguation,
  );
  const jdUt = epochSecondsToJd(resolved.epochSeconds);
  const warnings: ChartWarning[] = [];

  // Sidereal positions are tropical ones less the ayanamsa; speeds less its rate (~0.00004°/day).
  const shift = request.ayanamsa ? ayanamsaDegrees(request.ayanamsa, jdUt) : 0;
  const shiftRate = request.ayanamsa
    ? (ayanamsaDegrees(request.ayanamsa, jdUt + 1) - ayanamsaDegrees(request.ayanamsa, jdUt - 1)) /
      2
    : 0;

  let angles: ChartData["angles"] = null;
  let houses: ChartData["houses"] = null;
  let fallback = false;
  if (request.timeKnown) {
    const a = computeAngles(jdUt, request.latitude, request.longitude);
    const ascendant = normalizeDegrees(a.ascendant - shift);
    const midheaven = normalizeDegrees(a.midheaven - shift);
    angles = {
      ascendant: roundLongitude(ascendant),
      midheaven: roundLongitude(midheaven),
      descendant: roundLongitude(ascendant + 180),
      imum_coeli: roundLongitude(midheaven + 180),
    };
    // Whole-sign houses start at the ascendant's sign in the zodiac in use, so they are cast from
    // the shifted ascendant as shown (rounded: at the poles the ascendant sits on 0° or 180° and
    // may round up onto the next sign); every other system is a rotation of its tropical cusps.
    const h =
      request.houseSystem === "whole_sign"
        ? computeHouses("whole_sign", { ...a, ascendant: angles.ascendant }, request.latitude)
        : computeHouses(request.houseSystem, a, request.latitude);
    const cusps =
      request.houseSystem === "whole_sign"
        ? h.cusps
        : h.cusps.map((c) => normalizeDegrees(c - shift));
    houses = {
      system: h.system,
      requested_system: request.houseSystem,
      cusps: cusps.map(roundLongitude),
    };
    fallback = h.fallback;
    // Inside the polar circles, with the midheaven below the horizon, Regiomontanus and Campanus
    // cusps run clockwise from the ascendant and cusp 10 is the imum coeli (as the Swiss Ephemeris
    // casts them): say so, since a reader expects cusp 10 to be the midheaven.
    const quadrantFromMc = h.system === "regiomontanus" || h.system === "campanus";
    if (quadrantFromMc && Math.abs(signedDifference(h.cusps[9] as number, a.midheaven)) > 90) {
      warnings.push({
        code: "houses_reversed",
        message: `At latitude ${request.latitude}° the midheaven is below the horizon: ${h.system} cusps run clockwise from the ascendant and cusp 10 is the imum coeli.`,
      });
    }
    if (h.fallback) {
      warnings.push({
        code: "house_system_fallback",
        message: `${request.houseSystem} houses are undefined at latitude ${request.latitude}° (inside the polar circle); ${h.system} houses are used instead.`,
      });
    }
  } else {
    warnings.push({
      code: "time_unknown",
      message:
        "The birth time is unknown: positions are for local noon, and the angles, houses and house placements are omitted. The Moon moves about 13° a day: see moon_range.",
    });
  }

  const positions = computeBodies(jdUt);
  const bodies: ChartBody[] = positions.map((p) => {
    // Rounded first, so sign, degree in sign and house all agree with the longitude shown.
    const longitude = roundLongitude(p.longitude - shift);
    const { sign, signDegree } = signOf(longitude);
    // In a sidereal chart the speed is against the stars (less the ayanamsa's rate), and
    // `retrograde` follows the speed shown.
    const speed = round6(p.speed - shiftRate);
    return {
      id: p.id,
      longitude,
      latitude: round6(p.latitude),
      speed,
      retrograde: request.ayanamsa ? speed < 0 : p.retrograde,
      sign,
      sign_degree: round6(signDegree),
      house: houses ? houseOf(longitude, houses.cusps) : null,
    };
  });

  const orbs: Orbs = { ...DEFAULT_ORBS, ...request.orbs };
  const points: AspectPoint[] = bodies
    .filter((b) => ASPECTING.has(b.id))
    .map((b) => ({ id: b.id, longitude: b.longitude, speed: b.speed }));
  if (angles) {
    points.push({ id: "ascendant", longitude: angles.ascendant, speed: 0 });
    points.push({ id: "midheaven", longitude: angles.midheaven, speed: 0 });
  }
  const aspects = findAspects(points, orbs, isNodePair).map((x) => ({ ...x, orb: round6(x.orb) }));

  if (resolved.adjustment) {
    const { kind, candidates } = resolved.adjustment;
    const happened = kind === "ambiguous" ? "happened twice" : "did not happen";
    warnings.push({
      code: "local_time_adjusted",
      message: `The local time ${happened} in ${request.timezone} (a clock change); with disambiguation "${request.disambiguation}" it was read as ${formatUtc(resolved.epochSeconds)} (candidates ${formatUtc(candidates[0])} and ${formatUtc(candidates[1])}).`,
    });
  }

  let moonRange: ChartData["moon_range"] = null;
  if (!request.timeKnown) {
    const start = moonLongitudeAt({ ...local, hour: 0 }, request, shift);
    const end = moonLongitudeAt({ ...local, hour: 23, minute: 59, second: 59 }, request, shift);
    moonRange = {
      start_longitude: roundLongitude(start),
      end_longitude: roundLongitude(end),
      span_degrees: round6(normalizeDegrees(end - start)),
    };
  }

  return {
    utc: formatUtc(resolved.epochSeconds),
    utc_offset_seconds: resolved.utcOffsetSeconds,
    julian_day_ut: jdUt,
    time_known: request.timeKnown,
    bodies,
    angles,
    houses,
    aspects,
    zodiac: request.zodiac,
    ayanamsa: request.ayanamsa,
    ayanamsa_value: request.ayanamsa ? round6(shift) : null,
    moon_range: moonRange,
    warnings,
    provenance: {
      engine_version: ENGINE_VERSION,
      ephemeris: EPHEMERIS,
      tz_database: `IANA tz ${TZDB_VERSION} (with backzone)`,
      timezone: request.timezone,
      utc_offset_seconds: resolved.utcOffsetSeconds,
      utc_offset_source: resolved.source,
      disambiguation: request.disambiguation,
      local_time_adjustment: resolved.adjustment?.kind ?? null,
      delta_t_seconds: Math.round(deltaTSeconds(jdUt) * 1000) / 1000,
      house_system_fallback: fallback,
    },
  };
}

/** Re-exported for the API layer's schema of orb overrides. */
export type { AspectType };
