/**
 * The bundled gazetteer: GeoNames populated places of at least 15,000 people and capitals
 * (`places.generated.ts`, made by scripts/generate-places.ts; data CC BY 4.0). Decoded and
 * indexed once per isolate, on the first search or lookup, so requests that never touch places
 * pay nothing but the module's evaluation.
 */
import { PLACE_ROWS, PLACE_ZONES } from "./places.generated.ts";
import { placeSearchKey } from "./search-key.ts";

/** A place of the gazetteer, as the API returns it. */
export interface Place {
  /** `plc_` and the GeoNames id. */
  id: string;
  geonames_id: number;
  /** The GeoNames name (local or English, with diacritics). */
  name: string;
  ascii_name: string;
  /** ISO 3166-1 alpha-2. */
  country_code: string;
  /** GeoNames admin1 code (a US state's postal code, a FIPS or ISO 3166-2 suffix elsewhere). */
  admin1_code: string | null;
  /** Degrees, north positive (WGS 84). */
  latitude: number;
  /** Degrees, east positive (WGS 84). */
  longitude: number;
  population: number;
  /** IANA zone name from GeoNames; a Zone or Link of our tz tables. */
  timezone: string;
}

/** A gazetteer search: `q` any text, `country` ISO 3166-1 alpha-2 upper case, `limit` ≥ 1. */
export interface PlaceQuery {
  q: string;
  country?: string | undefined;
  limit: number;
}

interface Index {
  byGeonamesId: Map<number, Place>;
  /** Search keys of every name, ASCII name and alternate name, and the place each belongs to. */
  keys: string[];
  keyPlace: Place[];
  /** Whether each key is of an alternate name (ranked after the place's own names). */
  keyIsAlternate: boolean[];
}

let index: Index | undefined;

const PLACE_ID = /^plc_([1-9][0-9]{0,9})$/;

/** Decodes every row and the search keys of its names (about 60,000 keys). */
function buildIndex(): Index {
  const byGeonamesId = new Map<number, Place>();
  const keys: string[] = [];
  const keyPlace: Place[] = [];
  const keyIsAlternate: boolean[] = [];
  for (const row of PLACE_ROWS) {
    const [id, name, ascii, country, admin1, lat, lon, population, zone, alternates] = row.split(
      "|",
    ) as [string, string, string, string, string, string, string, string, string, string];
    const geonamesId = Number(id);
    const place: Place = {
      id: `plc_${id}`,
      geonames_id: geonamesId,
      name,
      ascii_name: ascii === "" ? name : ascii,
      country_code: country,
      admin1_code: admin1 === "" ? null : admin1,
      latitude: Number(lat),
      longitude: Number(lon),
      population: Number(population),
      timezone: PLACE_ZONES[Number(zone)] as string,
    };
    byGeonamesId.set(geonamesId, place);
    const own = new Set([placeSearchKey(name), placeSearchKey(place.ascii_name)]);
    // The generator already dropped alternates whose key equals another name's.
    const others = alternates === "" ? [] : alternates.split(",").map(placeSearchKey);
    for (const key of [...own, ...others]) {
      keys.push(key);
      keyPlace.push(place);
      keyIsAlternate.push(!own.has(key));
    }
  }
  return { byGeonamesId, keys, keyPlace, keyIsAlternate };
}

function gazetteer(): Index {
  index ??= buildIndex();
  return index;
}

/**
 * Places whose name, ASCII name or (for places of 300,000 people or more) Latin-script alternate
 * name starts with the query, compared by `placeSearchKey` (case, accents and punctuation
 * ignored). Ranked in tiers, each by population (largest first, ties by GeoNames id): the place's
 * own name equal to the query; an alternate name equal to it (Cologne); the own name starting
 * with it; an alternate name starting with it. A query with no letter or digit matches nothing.
 * Cost: a linear scan of the keys, about a millisecond (bench/places.ts).
 */
export function searchPlaces(query: PlaceQuery): Place[] {
  const prefix = placeSearchKey(query.q);
  if (prefix === "") return [];
  const { keys, keyPlace, keyIsAlternate } = gazetteer();
  const tiers = new Map<Place, number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!key.startsWith(prefix)) continue;
    const place = keyPlace[i] as Place;
    if (query.country !== undefined && place.country_code !== query.country) continue;
    const tier = (key.length === prefix.length ? 0 : 2) + (keyIsAlternate[i] ? 1 : 0);
    tiers.set(place, Math.min(tier, tiers.get(place) ?? tier));
  }
  return [...tiers.entries()]
    .sort(
      ([a, aTier], [b, bTier]) =>
        aTier - bTier || b.population - a.population || a.geonames_id - b.geonames_id,
    )
    .slice(0, query.limit)
    .map(([place]) => place);
}

/** The place with this id (`plc_` and a GeoNames id), or undefined when there is none. */
export function findPlace(id: string): Place | undefined {
  const match = PLACE_ID.exec(id);
  if (!match) return undefined;
  return gazetteer().byGeonamesId.get(Number(match[1]));
}
