/**
 * IANA time zones from our own copy of the tz database (with backzone), not the runtime's ICU data,
 * which folds ~100 zones into links before 1970. Tables: `tzdata.generated.ts`, made by
 * `scripts/generate-tz.ts` from the compiled TZif files (RFC 8536); format in `tz-table.ts`.
 */
import { LocalTimeError } from "./errors.ts";
import { decodeTable, tableOffsetAt, transitionIndexAt, type ZoneTable } from "./tz-table.ts";
import { TZ_TABLES, TZ_ZONES, TZDB_VERSION as VERSION } from "./tzdata.generated.ts";

/** Version of the IANA tz database behind every conversion, e.g. "2025b". */
export const TZDB_VERSION: string = VERSION;

// Decoded on first use: most Workers isolates only ever see a handful of zones.
const decoded = new Map<number, ZoneTable>();

/**
 * The tz database's "Factory" zone is a placeholder meaning "time zone unknown" (UT with the
 * abbreviation "-00", tzdata's `factory` file); a birth in it would silently be cast in UT.
 */
const PLACEHOLDER_ZONE = "Factory";

/**
 * Whether `name` is a Zone or Link of the tz database, spelled exactly as there (case-sensitive,
 * e.g. "Europe/Oslo", "US/Eastern", "UTC"), other than the "Factory" placeholder. "LMT" is not a
 * zone; `resolveLocalTime` handles it.
 */
export function isKnownZone(name: string): boolean {
  return name !== PLACEHOLDER_ZONE && Object.hasOwn(TZ_ZONES, name);
}

function tableOf(zone: string): ZoneTable {
  if (!isKnownZone(zone)) {
    throw new LocalTimeError("unknown_timezone", `unknown time zone "${zone}"`);
  }
  const index = TZ_ZONES[zone];
  let table = decoded.get(index);
  if (!table) {
    table = decodeTable(TZ_TABLES[index]);
    decoded.set(index, table);
  }
  return table;
}

/**
 * The UT offset of `zone` at an instant, in seconds, positive east of Greenwich (local time =
 * UTC + offset). Exact from 1800-01-01 to 2101-12-31 UTC; before that the offset in force at 1800,
 * after it the last one (DST is no longer applied after 2101).
 * @param epochSeconds the instant, seconds since 1970-01-01T00:00:00Z.
 * @throws {LocalTimeError} code "unknown_timezone" when `isKnownZone(zone)` is false.
 */
export function utcOffsetAt(zone: string, epochSeconds: number): number {
  return tableOffsetAt(tableOf(zone), epochSeconds);
}

/** A change of UT offset: seconds since the epoch, offsets in seconds, positive east. */
export interface OffsetTransition {
  epochSeconds: number;
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * The offset in force at `startEpochSeconds` and every change of it in
 * `(startEpochSeconds, endEpochSeconds]`, oldest first.
 * @throws {LocalTimeError} code "unknown_timezone" when `isKnownZone(zone)` is false.
 */
export function offsetTransitionsBetween(
  zone: string,
  startEpochSeconds: number,
  endEpochSeconds: number,
): { offsetAtStart: number; transitions: OffsetTransition[] } {
  const table = tableOf(zone);
  const first = transitionIndexAt(table, startEpochSeconds);
  const offsetAtStart = first < 0 ? table.initialOffset : table.offsets[first];
  const transitions: OffsetTransition[] = [];
  let offsetBefore = offsetAtStart;
  for (let i = first + 1; i < table.times.length && table.times[i] <= endEpochSeconds; i++) {
    transitions.push({ epochSeconds: table.times[i], offsetBefore, offsetAfter: table.offsets[i] });
    offsetBefore = table.offsets[i];
  }
  return { offsetAtStart, transitions };
}
