import { DEFAULT_ORBS, type Orbs } from "../astro/aspects.ts";
import type { Ayanamsa } from "../astro/ayanamsa.ts";
import type { ChartData, ChartRequest } from "../astro/chart.ts";
import type { HouseSystem } from "../astro/houses.ts";
import type { Disambiguation, LocalDateTime } from "../astro/time/local-time.ts";
import { TZDB_VERSION } from "../astro/time/zones.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { canonicalJson, sha256Hex } from "../cache/canonical.ts";
import { findPlace } from "../places/gazetteer.ts";

/**
 * A chart request as the API validated it (snake_case, schema defaults applied). The birthplace
 * is either `place_id` or all of `latitude`, `longitude` and `timezone` (the schema enforces it).
 */
export interface ChartRequestInput {
  datetime: string;
  time_known: boolean;
  timezone?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  place_id?: string | undefined;
  house_system: HouseSystem;
  zodiac: "tropical" | "sidereal";
  ayanamsa?: Ayanamsa | undefined;
  disambiguation: Disambiguation;
  orbs?: Partial<Record<keyof Orbs, number | undefined>> | undefined;
  store: boolean;
}

/**
 * A chart request in its one canonical form: `datetime` with seconds (a date alone when the time
 * is unknown), the ayanamsa given for sidereal charts and absent for tropical ones, every orb
 * present. Equal requests written differently normalize to equal values; this is the `input`
 * stored with a chart and echoed in responses.
 */
export interface ChartInput {
  datetime: string;
  time_known: boolean;
  timezone: string;
  latitude: number;
  longitude: number;
  house_system: HouseSystem;
  zodiac: "tropical" | "sidereal";
  ayanamsa?: Ayanamsa | undefined;
  disambiguation: Disambiguation;
  orbs: Orbs;
  store: boolean;
  /**
   * The gazetteer place the request named with `place_id`, whose coordinates and zone are the
   * `latitude`, `longitude` and `timezone` above; absent when the request gave coordinates.
   */
  place?: ChartPlace | undefined;
}

/** The gazetteer place of a chart, as recorded in its input. */
export interface ChartPlace {
  /** `plc_` and the GeoNames id. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country_code: string;
}

/** A chart request names a `place_id` the gazetteer does not hold. */
export class UnknownPlaceError extends Error {
  readonly placeId: string;
  constructor(placeId: string) {
    super(`No place ${placeId} in the gazetteer: find ids with GET /v1/places.`);
    this.name = "UnknownPlaceError";
    this.placeId = placeId;
  }
}

/** A chart as the API returns it: the computed chart with its id, time of storing and input. */
export interface ChartResource extends ChartData {
  id: string | null;
  created_at: string | null;
  input: ChartInput;
}

/** Splits `YYYY-MM-DD[THH:MM[:SS]]` (already matched by the schema) into its fields. */
export function parseLocalDateTime(datetime: string): LocalDateTime {
  const [date = "", time = "00:00:00"] = datetime.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  return { year, month, day, hour, minute, second };
}

/**
 * The birthplace of a request: the gazetteer place's coordinates and GeoNames zone for a
 * `place_id`, else the request's own coordinates and zone.
 * @throws {UnknownPlaceError} when `place_id` names no place.
 * @throws {TypeError} when the request has neither form (the schema refuses such requests).
 */
function resolveBirthplace(
  request: ChartRequestInput,
): Pick<ChartInput, "latitude" | "longitude" | "timezone" | "place"> {
  if (request.place_id !== undefined) {
    const place = findPlace(request.place_id);
    if (!place) throw new UnknownPlaceError(request.place_id);
    return {
      latitude: place.latitude,
      longitude: place.longitude,
      timezone: place.timezone,
      place: { id: place.id, name: place.name, country_code: place.country_code },
    };
  }
  const { latitude, longitude, timezone } = request;
  if (latitude === undefined || longitude === undefined || timezone === undefined) {
    throw new TypeError("a chart request needs place_id or latitude, longitude and timezone");
  }
  return { latitude, longitude, timezone };
}

/**
 * Applies the defaults the schema leaves implicit, resolves a `place_id` to its place, and writes
 * every value one way.
 * @throws {UnknownPlaceError} when `place_id` names no place.
 */
export function normalizeChartInput(request: ChartRequestInput): ChartInput {
  const birthplace = resolveBirthplace(request);
  const orbs: Orbs = { ...DEFAULT_ORBS };
  for (const [type, orb] of Object.entries(request.orbs ?? {})) {
    if (orb !== undefined) orbs[type as keyof Orbs] = orb;
  }
  const [date, time] = request.datetime.split("T");
  return {
    datetime: time === undefined || time.length > 5 ? request.datetime : `${date}T${time}:00`,
    time_known: request.time_known,
    timezone: birthplace.timezone,
    latitude: birthplace.latitude,
    longitude: birthplace.longitude,
    house_system: request.house_system,
    zodiac: request.zodiac,
    ayanamsa: request.zodiac === "sidereal" ? (request.ayanamsa ?? "lahiri") : undefined,
    disambiguation: request.disambiguation,
    orbs,
    store: request.store,
    ...(birthplace.place ? { place: birthplace.place } : {}),
  };
}

/**
 * Hex SHA-256 of the canonical JSON (keys sorted) of a normalized input without `store`, together
 * with the engine and tz versions: equal inputs hash equal, and a new engine or new tz data never
 * matches a chart the old one computed, in KV or among stored charts. A chart by `place_id` hashes
 * its resolved coordinates and zone and its `place`: the same place always gives the same hash
 * (until the gazetteer moves it), and it differs from the hash of the same coordinates given
 * directly, whose input records no place; the computed charts are equal.
 */
export function chartInputHash(input: ChartInput): Promise<string> {
  const { store: _store, ...chartDefining } = input;
  return sha256Hex(
    canonicalJson({
      engine_version: ENGINE_VERSION,
      tzdb_version: TZDB_VERSION,
      input: chartDefining,
    }),
  );
}

/** Maps a normalized input to the chart engine's request. */
export function toChartRequest(input: ChartInput): ChartRequest {
  return {
    local: parseLocalDateTime(input.datetime),
    timeKnown: input.time_known,
    timezone: input.timezone,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem: input.house_system,
    zodiac: input.zodiac,
    ayanamsa: input.ayanamsa ?? null,
    disambiguation: input.disambiguation,
    orbs: input.orbs,
  };
}
