/**
 * The bundled gazetteer: GeoNames populated places of at least 15,000 people and capitals
 * (`places.generated.ts`, made by scripts/generate-places.ts; data CC BY 4.0), with a search index
 * built at generation time. The Worker only joins the keys into two strings on the first search
 * (a few milliseconds, once per isolate) and decodes the rows it returns.
 */
import {
  PLACE_ALTERNATE_KEYS,
  PLACE_NAME_KEYS,
  PLACE_ROWS,
  PLACE_ZONES,
} from "./places.generated.ts";
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

/**
 * One list of keys as a single string, `|key|key|…|`, and where each row's keys start in it,
 * so a match found with `indexOf` maps back to its row by binary search.
 */
interface KeyText {
  text: string;
  rowStarts: Int32Array;
}

function keyText(keysByRow: readonly string[]): KeyText {
  const rowStarts = new Int32Array(keysByRow.length);
  let offset = 0;
  keysByRow.forEach((keys, row) => {
    rowStarts[row] = offset;
    if (keys !== "") offset += keys.length + 1;
  });
  return { text: `|${keysByRow.filter((keys) => keys !== "").join("|")}|`, rowStarts };
}

/** The last row whose keys start at or before `position`. */
function rowAt(index: KeyText, position: number): number {
  let low = 0;
  let high = index.rowStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((index.rowStarts[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

let keyTexts: { own: KeyText; alternate: KeyText } | undefined;

function decodeRow(row: number): Place {
  const [id, name, ascii, country, admin1, lat, lon, population, zone] = (
    PLACE_ROWS[row] as string
  ).split("|") as [string, string, string, string, string, string, string, string, string];
  return {
    id: `plc_${id}`,
    geonames_id: Number(id),
    name,
    ascii_name: ascii === "" ? name : ascii,
    country_code: country,
    admin1_code: admin1 === "" ? null : admin1,
    latitude: Number(lat),
    longitude: Number(lon),
    population: Number(population),
    timezone: PLACE_ZONES[Number(zone)] as string,
  };
}

/** The country code of a row, without decoding the rest. */
function countryOf(row: number): string {
  return (PLACE_ROWS[row] as string).split("|", 4)[3] as string;
}

/**
 * Places whose name, ASCII name or (for places of 300,000 people or more) Latin-script alternate
 * name starts with the query, compared by `placeSearchKey` (case, accents and punctuation
 * ignored). Ranked in tiers, each by population (largest first, ties by GeoNames id): the place's
 * own name equal to the query; an alternate name equal to it (Cologne); the own name starting
 * with it; an alternate name starting with it. A query with no letter or digit matches nothing.
 * Cost: one `indexOf` scan of each key string and a binary search per match (bench/places.ts).
 */
export function searchPlaces(query: PlaceQuery): Place[] {
  const prefix = placeSearchKey(query.q);
  if (prefix === "") return [];
  keyTexts ??= { own: keyText(PLACE_NAME_KEYS), alternate: keyText(PLACE_ALTERNATE_KEYS) };
  // Rows are ordered by population, so tier * rows + row ranks a match.
  const rank = new Map<number, number>();
  const tiers = [keyTexts.own, keyTexts.alternate] as const;
  tiers.forEach((index, alternate) => {
    const needle = `|${prefix}`;
    for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
      const row = rowAt(index, at);
      if (query.country !== undefined && countryOf(row) !== query.country) continue;
      const exact = index.text[at + needle.length] === "|";
      const score = ((exact ? 0 : 2) + alternate) * PLACE_ROWS.length + row;
      rank.set(row, Math.min(score, rank.get(row) ?? score));
    }
  });
  return [...rank.entries()]
    .sort(([, a], [, b]) => a - b)
    .slice(0, query.limit)
    .map(([row]) => decodeRow(row));
}

const PLACE_ID = /^plc_([1-9][0-9]{0,9})$/;

/** The place with this id (`plc_` and a GeoNames id), or undefined when there is none. */
export function findPlace(id: string): Place | undefined {
  const match = PLACE_ID.exec(id);
  if (!match) return undefined;
  const row = PLACE_ROWS.findIndex((r) => r.startsWith(`${match[1]}|`));
  return row === -1 ? undefined : decodeRow(row);
}
