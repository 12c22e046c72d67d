/**
 * The compact transition-table format of `tzdata.generated.ts`, and its decoder. The encoder lives
 * in `scripts/generate-tz.ts`, which checks that this decoder reproduces every table exactly.
 *
 * A table is the UT offset history of one or more zones from 1800-01-01 to 2101-12-31 (UTC):
 *
 *     table       = offsets ";" transition*
 *     offsets     = offset ("," offset)*        distinct UT offsets in seconds, signed base 36;
 *                                               offsets[0] is in force before the first transition
 *     transition  = digit+ terminator           digit = [0-9a-z]: a base-36 count of `unit`s
 *                                               since the previous transition (the first one counts
 *                                               from TABLE_EPOCH)
 *     terminator  = one char of TERMINATORS     k = its index: unit = TABLE_UNITS[k % 3],
 *                                               new offset = offsets[floor(k / 3)]
 *
 * Only changes of UT offset are transitions (abbreviation- or isdst-only changes are dropped), and
 * times are strictly increasing. The unit lets the common case (transitions a multiple of 15 minutes
 * apart) take three digits for half a year.
 */

/** Start of the tables, 1800-01-01T00:00:00Z, in epoch seconds. */
export const TABLE_EPOCH = -5_364_662_400;

/** Time units of a transition delta, in seconds, selected by `terminatorIndex % 3`. */
export const TABLE_UNITS = [900, 60, 1] as const;

/**
 * Terminator characters: none is a base-36 digit, "," or ";", or needs escaping in a JS string.
 * 50 characters, so a table may hold up to 16 distinct offsets.
 */
export const TERMINATORS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+./:<=>?@[]^_{|}~";

/** A decoded table: `offsets[i]` (seconds east of Greenwich) is in force from `times[i]` on. */
export interface ZoneTable {
  /** UT offset in seconds before the first transition (and at 1800-01-01). */
  readonly initialOffset: number;
  /** Transition instants, epoch seconds, strictly increasing. */
  readonly times: Float64Array;
  /** UT offset in seconds in force from the matching instant in `times`. */
  readonly offsets: Int32Array;
}

/**
 * Decodes one encoded table (format above).
 * @throws {Error} when the string is not a well-formed table (a corrupt generated file).
 */
export function decodeTable(encoded: string): ZoneTable {
  const split = encoded.indexOf(";");
  if (split < 1) throw new Error("tz table: missing offsets");
  const offsetList = encoded
    .slice(0, split)
    .split(",")
    .map((s) => Number.parseInt(s, 36));
  if (offsetList.some((o) => !Number.isInteger(o))) throw new Error("tz table: bad offset");

  const times: number[] = [];
  const offsets: number[] = [];
  let time = TABLE_EPOCH;
  let count = 0;
  let digits = 0;
  for (let i = split + 1; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      count = count * 36 + (c - 48);
      digits++;
    } else if (c >= 97 && c <= 122) {
      count = count * 36 + (c - 87);
      digits++;
    } else {
      const k = TERMINATORS.indexOf(encoded[i]);
      const offset = offsetList[Math.floor(k / 3)];
      if (k < 0 || digits === 0 || offset === undefined) {
        throw new Error(`tz table: bad transition at character ${i}`);
      }
      time += count * TABLE_UNITS[k % 3];
      times.push(time);
      offsets.push(offset);
      count = 0;
      digits = 0;
    }
  }
  if (digits !== 0) throw new Error("tz table: truncated transition");
  return {
    initialOffset: offsetList[0],
    times: Float64Array.from(times),
    offsets: Int32Array.from(offsets),
  };
}

/**
 * Index of the last transition at or before `epochSeconds`, or -1 when none is (binary search).
 */
export function transitionIndexAt(table: ZoneTable, epochSeconds: number): number {
  let lo = 0;
  let hi = table.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.times[mid] <= epochSeconds) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** UT offset in seconds in force at `epochSeconds` according to `table`. */
export function tableOffsetAt(table: ZoneTable, epochSeconds: number): number {
  const i = transitionIndexAt(table, epochSeconds);
  return i < 0 ? table.initialOffset : table.offsets[i];
}
