/**
 * The bundled gazetteer: GeoNames populated places of at least 15,000 people and capitals
 * (made by scripts/generate-places.ts; data CC BY 4.0), with a search index built at generation
 * time. The rows and search keys are one text module (`places.generated.txt`, format in
 * `places.generated.ts`), a single string the isolate gets at startup without parsing any
 * JavaScript for it; the first search or place lookup finds where its lines start (a few
 * milliseconds, once per isolate), and a search scans the key lines and decodes the rows it returns.
 */
import { PLACE_COUNT, PLACE_ZONES } from "./places.generated.ts";
import PLACE_DATA from "./places.generated.txt";
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

/** Where the data's lines start, found on the isolate's first search (one pass over the data). */
interface DataIndex {
  /** The start of each line, and last the data's length. */
  starts: Int32Array;
  /** The two blocks of key lines (own names, alternate names), each its own string to scan. */
  keyBlocks: { text: string; firstLine: number }[];
}

let dataIndex: DataIndex | undefined;

function indexData(): DataIndex {
  const starts = new Int32Array(3 * PLACE_COUNT + 1);
  let at = 0;
  for (let line = 0; line < starts.length; line++) {
    starts[line] = at;
    at = PLACE_DATA.indexOf("\n", at) + 1;
  }
  // Slices share the data's characters; scanning one block never runs on into the next.
  const keyBlocks = [1, 2].map((block) => ({
    text: PLACE_DATA.slice(starts[block * PLACE_COUNT], starts[(block + 1) * PLACE_COUNT]),
    firstLine: block * PLACE_COUNT,
  }));
  return { starts, keyBlocks };
}

/** Line `line` of the data, without its newline. */
function lineText(starts: Int32Array, line: number): string {
  return PLACE_DATA.slice(starts[line] as number, (starts[line + 1] as number) - 1);
}

/** The last line of `first` to `last` that starts at or before `position`. */
function lineAt(starts: Int32Array, first: number, last: number, position: number): number {
  let low = first;
  let high = last;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

function decodeRow(row: string): Place {
  const [id, name, ascii, country, admin1, lat, lon, population, zone] = row.split("|") as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
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
function countryOf(starts: Int32Array, row: number): string {
  return lineText(starts, row).split("|", 4)[3] as string;
}

/**
 * Places whose name, ASCII name or (for places of 300,000 people or more) Latin-script alternate
 * name starts with the query, compared by `placeSearchKey` (case, accents and punctuation
 * ignored). Ranked in tiers, each by population (largest first, ties by GeoNames id): the place's
 * own name equal to the query; an alternate name equal to it (Cologne); the own name starting
 * with it; an alternate name starting with it. A query with no letter or digit matches nothing.
 * Cost: one `indexOf` scan of each block of key lines and a binary search per match
 * (bench/places.ts).
 */
export function searchPlaces(query: PlaceQuery): Place[] {
  const prefix = placeSearchKey(query.q);
  if (prefix === "") return [];
  dataIndex ??= indexData();
  const { starts, keyBlocks } = dataIndex;
  // Rows are ordered by population, so tier * rows + row ranks a match.
  const rank = new Map<number, number>();
  const needle = `|${prefix}`;
  keyBlocks.forEach(({ text, firstLine }, alternate) => {
    const offset = starts[firstLine] as number;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const line = lineAt(starts, firstLine, firstLine + PLACE_COUNT - 1, offset + at);
      const row = line - firstLine;
      if (query.country !== undefined && countryOf(starts, row) !== query.country) continue;
      const next = text[at + needle.length];
      const exact = next === "|" || next === "\n";
      const score = ((exact ? 0 : 2) + alternate) * PLACE_COUNT + row;
      rank.set(row, Math.min(score, rank.get(row) ?? score));
    }
  });
  return [...rank.entries()]
    .sort(([, a], [, b]) => a - b)
    .slice(0, query.limit)
    .map(([row]) => decodeRow(lineText(starts, row)));
}

const PLACE_ID = /^plc_([1-9][0-9]{0,9})$/;

/** The place with this id (`plc_` and a GeoNames id), or undefined when there is none. */
export function findPlace(id: string): Place | undefined {
  const match = PLACE_ID.exec(id);
  if (!match) return undefined;
  // A row is a line that starts with its id and "|" (key lines start with "|" or are empty).
  const head = `${match[1]}|`;
  let at = 0;
  if (!PLACE_DATA.startsWith(head)) {
    at = PLACE_DATA.indexOf(`\n${head}`) + 1;
    if (at === 0) return undefined;
  }
  return decodeRow(PLACE_DATA.slice(at, PLACE_DATA.indexOf("\n", at)));
}
