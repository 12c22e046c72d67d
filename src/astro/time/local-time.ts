/**
 * Local civil time + IANA zone (or local mean time) → UTC instant, with Temporal's handling of local
 * times that happen twice or never. Pure domain code: no Workers or Hono imports.
 */
import { LocalTimeError } from "./errors.ts";
import { offsetTransitionsBetween, utcOffsetAt } from "./zones.ts";

export { LocalTimeError, type LocalTimeErrorCode } from "./errors.ts";

/** A wall-clock date and time, proleptic Gregorian calendar, no offset. All fields are integers. */
export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31, as the month allows */
  day: number;
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
  /** 0–59 (no leap seconds) */
  second: number;
}

/**
 * What to do with a local time that happens twice (clocks turned back) or never (clocks turned
 * forward), with the meanings of Temporal's `disambiguation` option.
 */
export type Disambiguation = "compatible" | "earlier" | "later" | "reject";

/** A local time resolved to an instant. */
export interface ResolvedTime {
  /** The UTC instant, whole seconds since 1970-01-01T00:00:00Z. */
  epochSeconds: number;
  /** UT offset used, in seconds, positive east of Greenwich (local = UTC + offset). */
  utcOffsetSeconds: number;
  /** "tzdb": from the tz database; "lmt": local mean time from longitude. */
  source: "tzdb" | "lmt";
  /** Set when the local time was ambiguous or nonexistent and `disambiguation` chose the instant. */
  adjustment: null | {
    kind: "ambiguous" | "nonexistent";
    disambiguation: Disambiguation;
    /** The two instants the local time could mean, epoch seconds, earlier first. */
    candidates: [earlierEpochSeconds: number, laterEpochSeconds: number];
  };
}

/** First local year `resolveLocalTime` accepts (the tz tables start at 1800-01-01 UTC). */
export const MIN_YEAR = 1800;
/** Last local year `resolveLocalTime` accepts (the tz tables end at 2101-12-31 UTC). */
export const MAX_YEAR = 2100;

const DAY = 86_400;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "1990-06-15T14:30:00", for messages. */
function formatLocal(local: LocalDateTime): string {
  const { year, month, day, hour, minute, second } = local;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/**
 * Checks that `local` names a real date and time of the proleptic Gregorian calendar: integer
 * fields, month 1–12, a day the month has (2025-02-29 and 1900-02-29 do not exist), hour 0–23 (no
 * 24:00), minute and second 0–59 (no leap seconds). Any integer year is accepted here.
 * @throws {LocalTimeError} code "invalid_date", naming the field at fault.
 */
export function checkCalendarDate(local: LocalDateTime): void {
  const { year, month, day, hour, minute, second } = local;
  const fail = (why: string): never => {
    throw new LocalTimeError("invalid_date", why);
  };
  if (![year, month, day, hour, minute, second].every(Number.isSafeInteger)) {
    fail("year, month, day, hour, minute and second must be integers");
  }
  if (month < 1 || month > 12) fail(`month ${month} does not exist (months are 1–12)`);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    fail(
      `${pad(year, 4)}-${pad(month)}-${pad(day)} does not exist: ` +
        `${MONTH_NAMES[month - 1]} ${year} has ${length} days`,
    );
  }
  if (hour < 0 || hour > 23) fail(`hour ${hour} does not exist (hours are 0–23)`);
  if (minute < 0 || minute > 59) fail(`minute ${minute} does not exist (minutes are 0–59)`);
  if (second < 0 || second > 59) {
    fail(`second ${second} does not exist (seconds are 0–59; leap seconds are not supported)`);
  }
}

/**
 * Resolves a local date and time in `timezone` to a UTC instant.
 *
 * `timezone` is an IANA name (see `isKnownZone`; our own tz database with backzone, exact for every
 * date it knows) or "LMT": local mean time at `longitude` (degrees, east positive, −180…180), with
 * offset `Math.round(longitude × 240)` seconds and no ambiguity.
 *
 * Local times that happen twice or never are resolved as Temporal does
 * (GetPossibleEpochNanoseconds and DisambiguatePossibleEpochNanoseconds in the Temporal spec):
 * - twice (ambiguous): "compatible" and "earlier" give the earlier instant, "later" the later;
 * - never (nonexistent, in a gap): with `n` = offset a day after − offset a day before,
 *   "compatible" and "later" give the last instant for the local time + n (for a simple gap: the
 *   local time read with the offset before the change, the later instant), "earlier" the first
 *   instant for the local time − n (read with the offset after the change, the earlier instant);
 * - "reject" throws instead.
 * Where Temporal's rule finds no instant (several changes within a day), the local time is read
 * with the offsets on either side of the change that skipped it.
 *
 * @throws {LocalTimeError} "invalid_date" (see `checkCalendarDate`); "year_out_of_range" outside
 *   1800–2100; "unknown_timezone"; with "reject", "ambiguous_local_time" or
 *   "nonexistent_local_time" carrying both `candidates`.
 * @throws {RangeError} for "LMT" with a longitude that is not a number in −180…180.
 */
export function resolveLocalTime(
  local: LocalDateTime,
  timezone: string,
  longitude: number,
  disambiguation: Disambiguation,
): ResolvedTime {
  checkCalendarDate(local);
  if (local.year < MIN_YEAR || local.year > MAX_YEAR) {
    throw new LocalTimeError(
      "year_out_of_range",
      `year ${local.year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  // The wall-clock reading as if it were UTC (years ≥ 1800, so Date.UTC's 0–99 quirk is moot).
  const wall =
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) / 1000;

  if (timezone === "LMT") {
    if (!(Math.abs(longitude) <= 180)) {
      throw new RangeError(`longitude ${longitude} is not a number of degrees in −180…180`);
    }
    const offset = Math.round(longitude * 240) + 0; // + 0 turns −0 into 0
    return {
      epochSeconds: wall - offset,
      utcOffsetSeconds: offset,
      source: "lmt",
      adjustment: null,
    };
  }

  const possible = possibleInstants(timezone, wall);
  if (possible.length === 1) {
    const epochSeconds = possible[0] as number;
    return resolved(timezone, epochSeconds, null);
  }
  if (possible.length > 1) {
    const candidates: [number, number] = [possible[0] as number, possible.at(-1) as number];
    if (disambiguation === "reject") {
      throw new LocalTimeError(
        "ambiguous_local_time",
        `${formatLocal(local)} happens twice in ${timezone} (clocks turned back): ` +
          `${formatUtc(candidates[0])} or ${formatUtc(candidates[1])}`,
        candidates,
      );
    }
    const epochSeconds = disambiguation === "later" ? candidates[1] : candidates[0];
    return resolved(timezone, epochSeconds, { kind: "ambiguous", disambiguation, candidates });
  }

  const [earlier, later] = gapInstants(timezone, wall);
  const candidates: [number, number] = [Math.min(earlier, later), Math.max(earlier, later)];
  if (disambiguation === "reject") {
    throw new LocalTimeError(
      "nonexistent_local_time",
      `${formatLocal(local)} does not exist in ${timezone} (clocks turned forward): ` +
        `${formatUtc(candidates[0])} or ${formatUtc(candidates[1])}`,
      candidates,
    );
  }
  const epochSeconds = disambiguation === "earlier" ? earlier : later;
  return resolved(timezone, epochSeconds, { kind: "nonexistent", disambiguation, candidates });
}

function resolved(
  zone: string,
  epochSeconds: number,
  adjustment: ResolvedTime["adjustment"],
): ResolvedTime {
  return {
    epochSeconds,
    utcOffsetSeconds: utcOffsetAt(zone, epochSeconds),
    source: "tzdb",
    adjustment,
  };
}

/**
 * Every instant whose local time in `zone` is `wall` (Temporal's GetPossibleEpochNanoseconds),
 * ascending. Offsets stay well within a day, so each such instant lies within a day of `wall` and
 * uses an offset in force somewhere in that window: trying each of those offsets finds them all,
 * however many changes are close together.
 */
function possibleInstants(zone: string, wall: number): number[] {
  const { offsetAtStart, transitions } = offsetTransitionsBetween(
    zone,
    wall - 2 * DAY,
    wall + 2 * DAY,
  );
  const offsets = new Set([offsetAtStart, ...transitions.map((t) => t.offsetAfter)]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const t = wall - offset;
    if (utcOffsetAt(zone, t) === offset && !instants.includes(t)) instants.push(t);
  }
  return instants.sort((a, b) => a - b);
}

/**
 * [earlier, later] for a local time in a gap: Temporal's DisambiguatePossibleEpochNanoseconds for
 * "earlier" and for "later"/"compatible".
 */
function gapInstants(zone: string, wall: number): [number, number] {
  const shift = utcOffsetAt(zone, wall + DAY) - utcOffsetAt(zone, wall - DAY);
  const earlier = possibleInstants(zone, wall - shift)[0];
  const later = possibleInstants(zone, wall + shift).at(-1);
  if (earlier !== undefined && later !== undefined) return [earlier, later];
  // Temporal asserts this cannot happen; it can when the offset a day before equals the one a day
  // after. Read the local time with the offsets around the change that skipped it.
  const { transitions } = offsetTransitionsBetween(zone, wall - 2 * DAY, wall + 2 * DAY);
  const skip = transitions.find(
    (t) => t.epochSeconds + t.offsetBefore <= wall && wall < t.epochSeconds + t.offsetAfter,
  );
  if (!skip) throw new Error(`no instant and no gap for ${wall} in ${zone}`);
  return [earlier ?? wall - skip.offsetAfter, later ?? wall - skip.offsetBefore];
}

/**
 * Formats an instant as ISO 8601 UTC to the second: `formatUtc(1767323045)` is
 * "2026-01-02T03:04:05Z".
 * @param epochSeconds whole seconds since 1970-01-01T00:00:00Z, within years 0000–9999.
 * @throws {RangeError} for a non-integer or an instant outside years 0000–9999.
 */
export function formatUtc(epochSeconds: number): string {
  if (!Number.isSafeInteger(epochSeconds)) {
    throw new RangeError(`${epochSeconds} is not a whole number of seconds`);
  }
  const date = new Date(epochSeconds * 1000);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`${epochSeconds} is outside years 0–9999`);
  return `${date.toISOString().slice(0, 19)}Z`;
}
