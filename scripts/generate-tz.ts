/**
 * Regenerates src/astro/time/tzdata.generated.ts from the system's IANA tz database.
 *
 *     npm run tz:generate [-- --zoneinfo=/usr/share/zoneinfo] [--no-verify]
 *
 * Why our own data: the Workers runtime's ICU data folds ~100 zones into links before 1970
 * (Atlantic/Reykjavik is Africa/Abidjan, Europe/Oslo is Europe/Berlin), which is wrong for births
 * there. The source must be built with `backzone` (Debian's tzdata is): the script refuses a
 * database where Atlantic/Reykjavik or Europe/Oslo is a link.
 *
 * How:
 * 1. `tzdata.zi` (the whole database as zic source) gives the version and every Zone and Link name.
 * 2. For each name, the compiled TZif file (RFC 8536, v2+ 64-bit section) gives the transitions and
 *    UT offsets; past its last transition the footer POSIX TZ string (RFC 8536 §3.3, with the
 *    extensions of §3.3.1: hours −167…167 in rule times) extends it to the end of 2101.
 * 3. Each history is cut to 1800-01-01 … 2101-12-31 UTC (earlier transitions only fix the offset in
 *    force at 1800), reduced to UT offset changes, and encoded in the format documented in
 *    src/astro/time/tz-table.ts (also written at the top of the generated file). Identical tables
 *    are stored once; names map to table indices.
 * 4. Verification (skip with --no-verify): every table decodes back exactly with the runtime
 *    decoder; each link's table equals its target's; tzdata.zi compiled here with `zic -b fat` gives
 *    the same tables as the installed files (so they are that source, backzone included); and
 *    `zdump -v` (the C library's own reading of TZif and TZ strings) lists exactly the same offset
 *    changes from 1800 to 2101 for every name. Not `-b slim`: Debian 12's zic (glibc 2.36) drops
 *    Asia/Gaza's and Asia/Hebron's predicted transitions after 2072 in slim output.
 *
 * Deterministic: names are sorted by code unit, tables numbered in order of first use, and nothing
 * depends on the clock or the locale.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeTable, TABLE_EPOCH, TABLE_UNITS, TERMINATORS } from "../src/astro/time/tz-table.ts";

/** End of the tables (exclusive): 2102-01-01T00:00:00Z. */
const TABLE_END = Date.UTC(2102, 0, 1) / 1000;
const OUT_FILE = "src/astro/time/tzdata.generated.ts";

interface Transition {
  time: number;
  offset: number;
}
/** A UT offset history: `initial` before the first transition. */
interface History {
  initial: number;
  transitions: Transition[];
}

// ---------------------------------------------------------------------------------------------
// tzdata.zi

interface TzSource {
  version: string;
  zones: string[];
  /** link name → target */
  links: Map<string, string>;
}

function readTzdataZi(path: string): TzSource {
  const lines = readFileSync(path, "utf8").split("\n");
  const version = /^# version (\S+)$/.exec(lines[0] ?? "")?.[1];
  if (!version) throw new Error(`${path}: first line is not "# version …"`);
  const zones: string[] = [];
  const links = new Map<string, string>();
  for (const line of lines) {
    const f = line.split(/\s+/);
    if (f[0] === "Z" && f[1]) zones.push(f[1]);
    if (f[0] === "L" && f[1] && f[2]) links.set(f[2], f[1]);
  }
  for (const name of ["Atlantic/Reykjavik", "Europe/Oslo"]) {
    if (!zones.includes(name))
      throw new Error(`${path}: ${name} is not a Zone: not built with backzone`);
  }
  return { version, zones, links };
}

// ---------------------------------------------------------------------------------------------
// TZif (RFC 8536)

interface Tzif {
  transitions: Transition[];
  /** UT offset of time type 0, in force before the first transition (RFC 8536 §3.2). */
  type0Offset: number;
  footer: string;
}

function parseTzif(buf: Buffer, name: string): Tzif {
  const header = (at: number) => {
    if (buf.toString("latin1", at, at + 4) !== "TZif") throw new Error(`${name}: not TZif`);
    const count = (i: number) => buf.readUInt32BE(at + 20 + 4 * i);
    return {
      version: buf[at + 4] ?? 0,
      isutcnt: count(0),
      isstdcnt: count(1),
      leapcnt: count(2),
      timecnt: count(3),
      typecnt: count(4),
      charcnt: count(5),
    };
  };
  const v1 = header(0);
  if (v1.version < 0x32) throw new Error(`${name}: TZif version 1 has no 64-bit data or footer`);
  const v1Size =
    v1.timecnt * 5 + v1.typecnt * 6 + v1.charcnt + v1.leapcnt * 8 + v1.isstdcnt + v1.isutcnt;
  const at = 44 + v1Size;
  const h = header(at);
  if (h.leapcnt !== 0) throw new Error(`${name}: leap-second ("right/") data is not supported`);
  if (h.typecnt === 0) throw new Error(`${name}: no time types`);
  let p = at + 44;
  const times: number[] = [];
  for (let i = 0; i < h.timecnt; i++, p += 8) times.push(Number(buf.readBigInt64BE(p)));
  const indices = [...buf.subarray(p, p + h.timecnt)];
  p += h.timecnt;
  const typeOffsets: number[] = [];
  for (let i = 0; i < h.typecnt; i++, p += 6) typeOffsets.push(buf.readInt32BE(p));
  p += h.charcnt + h.isstdcnt + h.isutcnt;
  if (buf[p] !== 0x0a) throw new Error(`${name}: footer does not start with a newline`);
  const end = buf.indexOf(0x0a, p + 1);
  if (end < 0) throw new Error(`${name}: footer does not end with a newline`);
  const transitions = times.map((time, i) => {
    const offset = typeOffsets[indices[i] ?? -1];
    if (offset === undefined) throw new Error(`${name}: transition ${i} has a bad type index`);
    if (i > 0 && time <= (times[i - 1] ?? 0)) throw new Error(`${name}: times not increasing`);
    return { time, offset };
  });
  return {
    transitions,
    type0Offset: typeOffsets[0] ?? 0,
    footer: buf.toString("latin1", p + 1, end),
  };
}

// ---------------------------------------------------------------------------------------------
// POSIX TZ strings (POSIX.1-2017 §8.3, RFC 8536 §3.3)

type RuleDate =
  | { kind: "J"; day: number } // Jn: 1…365, February 29 never counted
  | { kind: "n"; day: number } // n: 0…365, February 29 counted
  | { kind: "M"; month: number; week: number; weekday: number }; // Mm.w.d, week 5 = last
interface Rule {
  date: RuleDate;
  /** Local time of day of the change, in seconds (−167 h … 167 h). */
  time: number;
}
interface PosixTz {
  stdOffset: number;
  dst?: { offset: number; start: Rule; end: Rule };
}

function parsePosixTz(tz: string): PosixTz {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`TZ string "${tz}": ${what} at ${i}`);
  };
  const name = () => {
    const m = (tz[i] === "<" ? /^<[A-Za-z0-9+-]{3,}>/ : /^[A-Za-z]{3,}/).exec(tz.slice(i));
    if (!m) fail("bad zone abbreviation");
    i += (m as RegExpExecArray)[0].length;
  };
  // [+-]hh[:mm[:ss]] → seconds; POSIX offsets count west-positive, rule times may be negative.
  const duration = (maxHours: number) => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?/.exec(tz.slice(i));
    if (!m) return fail("bad time");
    const [all, sign, hh, mm = "0", ss = "0"] = m;
    if (Number(hh) > maxHours || Number(mm) > 59 || Number(ss) > 59) fail("time out of range");
    i += all.length;
    const s = Number(hh) * 3600 + Number(mm) * 60 + Number(ss);
    return sign === "-" ? -s : s;
  };
  const rule = (): Rule => {
    if (tz[i] !== ",") fail("expected ','");
    i++;
    const m = /^(?:M(\d{1,2})\.(\d)\.(\d)|J(\d{1,3})|(\d{1,3}))/.exec(tz.slice(i));
    if (!m) return fail("bad rule date");
    const [, month, week, weekday, julian, zeroBased] = m.map(Number);
    let date: RuleDate;
    if (m[1] !== undefined) {
      date = { kind: "M", month, week, weekday };
      if (date.month < 1 || date.month > 12 || date.week < 1 || date.week > 5 || date.weekday > 6)
        fail("bad Mm.w.d");
    } else if (m[4] !== undefined) {
      date = { kind: "J", day: julian };
      if (date.day < 1 || date.day > 365) fail("bad Jn");
    } else {
      date = { kind: "n", day: zeroBased };
      if (date.day > 365) fail("bad n");
    }
    i += m[0].length;
    let time = 7200;
    if (tz[i] === "/") {
      i++;
      time = duration(167);
    }
    return { date, time };
  };

  name();
  const stdOffset = -duration(24);
  if (i === tz.length) return { stdOffset };
  name();
  let dstOffset = stdOffset + 3600;
  if (tz[i] !== ",") dstOffset = -duration(24);
  const start = rule();
  const end = rule();
  if (i !== tz.length) fail("trailing characters");
  return { stdOffset, dst: { offset: dstOffset, start, end } };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysFromCivil = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Days since 1970-01-01 of a rule date in `year`. */
function ruleDay(date: RuleDate, year: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  if (date.kind === "J") return jan1 + date.day - 1 + (isLeap(year) && date.day >= 60 ? 1 : 0);
  if (date.kind === "n") return jan1 + date.day;
  const first = daysFromCivil(year, date.month, 1);
  const monthLength = daysFromCivil(year, date.month + 1, 1) - first;
  const firstWeekday = (((first + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  let day = ((date.weekday - firstWeekday + 7) % 7) + 7 * (date.week - 1);
  while (day >= monthLength) day -= 7;
  return first + day;
}

/**
 * Offset changes the TZ string implies in `(after, TABLE_END)`, starting from `current`, the offset
 * of the last explicit transition. As in tzcode's localtime.c, that offset holds until the TZ
 * string's next change: `zic -b slim` relies on it (America/Ojinaga's last explicit transition,
 * 2022-10-30 to CST, falls where the string alone would still say CDT).
 */
function footerTransitions(tz: PosixTz, after: number, current: number): Transition[] {
  const { dst } = tz;
  if (!dst) {
    // Readers disagree on a mismatch here (tzcode keeps `current`, glibc the string): refuse it.
    if (tz.stdOffset !== current) throw new Error("TZ string disagrees with the last transition");
    return [];
  }
  const events: { time: number; offset: number; order: number }[] = [];
  const firstYear = Number.isFinite(after) ? new Date(after * 1000).getUTCFullYear() - 1 : 1799;
  for (let y = firstYear; y <= 2102; y++) {
    // The start is given in standard local time, the end in daylight local time.
    const start = ruleDay(dst.start.date, y) * 86400 + dst.start.time - tz.stdOffset;
    const end = ruleDay(dst.end.date, y) * 86400 + dst.end.time - dst.offset;
    events.push(
      { time: start, offset: dst.offset, order: 1 },
      { time: end, offset: tz.stdOffset, order: 0 },
    );
  }
  // At equal instants the end applies first, so all-year DST ("…,0/0,J365/25") stays daylight.
  events.sort((a, b) => a.time - b.time || a.order - b.order);
  const out: Transition[] = [];
  let offset = current;
  events.forEach((e, k) => {
    // Of events at one instant only the last counts (all-year DST: an end and a start).
    if (e.time === events[k + 1]?.time) return;
    if (e.time <= after || e.time >= TABLE_END || e.offset === offset) return;
    out.push({ time: e.time, offset: e.offset });
    offset = e.offset;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Histories and encoding

/** The zone's UT offset history, cut to [TABLE_EPOCH, TABLE_END) and reduced to offset changes. */
function historyOf(file: string, name: string): History {
  const tzif = parseTzif(readFileSync(file), name);
  const last = tzif.transitions.at(-1);
  let all: Transition[];
  try {
    const tail = footerTransitions(
      parsePosixTz(tzif.footer),
      last?.time ?? Number.NEGATIVE_INFINITY,
      last?.offset ?? tzif.type0Offset,
    );
    all = [...tzif.transitions, ...tail];
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  let initial = tzif.type0Offset;
  const transitions: Transition[] = [];
  let current = initial;
  for (const t of all) {
    if (t.time >= TABLE_END) break;
    if (t.time <= TABLE_EPOCH) initial = t.offset;
    else if (t.offset !== current) transitions.push(t);
    current = t.offset;
  }
  return { initial, transitions };
}

const base36 = (n: number) => n.toString(36);

/** Encodes a history in the format of src/astro/time/tz-table.ts. */
function encodeHistory(h: History): string {
  const offsets = [h.initial];
  for (const t of h.transitions) if (!offsets.includes(t.offset)) offsets.push(t.offset);
  if (offsets.length * 3 > TERMINATORS.length) throw new Error("too many distinct offsets");
  let body = "";
  let previous = TABLE_EPOCH;
  for (const t of h.transitions) {
    const delta = t.time - previous;
    const unit = TABLE_UNITS.findIndex((u) => delta % u === 0);
    body += base36(delta / TABLE_UNITS[unit]) + TERMINATORS[offsets.indexOf(t.offset) * 3 + unit];
    previous = t.time;
  }
  return `${offsets.map(base36).join(",")};${body}`;
}

function sameHistory(a: History, b: History): boolean {
  return (
    a.initial === b.initial &&
    a.transitions.length === b.transitions.length &&
    a.transitions.every(
      (t, i) => t.time === b.transitions[i]?.time && t.offset === b.transitions[i]?.offset,
    )
  );
}

const HEADER = `// GENERATED by scripts/generate-tz.ts (npm run tz:generate). Do not edit.
//
// The IANA tz database, built with backzone: every Zone and Link name of tzdata.zi, each zone's UT
// offset history from 1800-01-01 to 2101-12-31 UTC, from the compiled TZif files (RFC 8536)
// extended past their last transition with the footer TZ string.
//
// TZ_ZONES maps a name to an index into TZ_TABLES; identical histories share one table.
// A table (decoded by tz-table.ts, lazily per zone):
//   table      = offsets ";" transition*
//   offsets    = UT offsets in seconds east of Greenwich, signed base 36, ","-separated;
//                offsets[0] is in force before the first transition (so at 1800-01-01)
//   transition = [0-9a-z]+ (base-36 count of units since the previous transition, the first
//                counted from 1800-01-01T00:00:00Z) then one terminator character c; with
//                k = "${TERMINATORS}".indexOf(c):
//                unit = [${TABLE_UNITS.join(", ")}][k % 3] seconds, new offset = offsets[floor(k / 3)]
// Only UT offset changes are transitions; times strictly increase.
`;

function emit(version: string, names: string[], histories: Map<string, History>): string {
  const tables: string[] = [];
  const indexOf = new Map<string, number>();
  const zoneLines: string[] = [];
  for (const name of names) {
    const encoded = encodeHistory(histories.get(name) as History);
    let index = indexOf.get(encoded);
    if (index === undefined) {
      index = tables.length;
      tables.push(encoded);
      indexOf.set(encoded, index);
    }
    zoneLines.push(`  ${JSON.stringify(name)}: ${index},`);
  }
  return `${HEADER}
/** Version of the IANA tz database the tables come from. */
export const TZDB_VERSION = ${JSON.stringify(version)};

/** Encoded UT offset histories (format above). */
export const TZ_TABLES: readonly string[] = [
${tables.map((t) => `  ${JSON.stringify(t)},`).join("\n")}
];

/** Every Zone and Link name → index into TZ_TABLES. */
export const TZ_ZONES: Readonly<Record<string, number>> = {
${zoneLines.join("\n")}
};
`;
}

// ---------------------------------------------------------------------------------------------
// Verification

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function verifyRoundTrip(names: string[], histories: Map<string, History>): void {
  for (const name of names) {
    const h = histories.get(name) as History;
    const d = decodeTable(encodeHistory(h));
    const back: History = {
      initial: d.initialOffset,
      transitions: [...d.times].map((time, i) => ({ time, offset: d.offsets[i] as number })),
    };
    if (!sameHistory(h, back)) throw new Error(`${name}: table does not decode back exactly`);
  }
}

function verifyWithZic(zi: string, names: string[], histories: Map<string, History>): void {
  const dir = mkdtempSync(join(tmpdir(), "orrery-tz-"));
  try {
    execFileSync("zic", ["-b", "fat", "-d", dir, zi], { stdio: "inherit" });
    for (const name of names) {
      if (!sameHistory(historyOf(join(dir, name), name), histories.get(name) as History)) {
        throw new Error(`${name}: installed TZif and tzdata.zi compiled here disagree`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

/** Offset changes from 1800 to 2101 as `zdump -v` lists them (a pair of lines per change). */
function zdumpTransitions(zoneinfo: string, names: string[]): Map<string, Transition[]> {
  const out = new Map<string, Transition[]>(names.map((n) => [n, []]));
  const points = new Map<string, Transition[]>(names.map((n) => [n, []]));
  const line = /^(\S+) +\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (-?\d+) UT = .* gmtoff=(-?\d+)$/;
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50);
    const text = execFileSync("zdump", ["-v", "-c", "1800,2102", ...batch], {
      env: { TZDIR: zoneinfo, PATH: process.env.PATH },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    for (const l of text.split("\n")) {
      const m = line.exec(l);
      if (!m) continue;
      const [, name = "", mon = "", d, hh, mm, ss, y, off] = m;
      const time =
        Date.UTC(
          Number(y),
          MONTHS.indexOf(mon) / 3,
          Number(d),
          Number(hh),
          Number(mm),
          Number(ss),
        ) / 1000;
      points.get(name)?.push({ time, offset: Number(off) });
    }
  }
  for (const [name, list] of points) {
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1] as Transition;
      const b = list[k] as Transition;
      if (b.time === a.time + 1 && b.offset !== a.offset) out.get(name)?.push(b);
    }
  }
  return out;
}

function verifyWithZdump(zoneinfo: string, names: string[], histories: Map<string, History>): void {
  const listed = zdumpTransitions(zoneinfo, names);
  for (const name of names) {
    const ours = (histories.get(name) as History).transitions;
    const theirs = listed.get(name) ?? [];
    const same =
      ours.length === theirs.length &&
      ours.every((t, i) => t.time === theirs[i]?.time && t.offset === theirs[i]?.offset);
    if (!same) throw new Error(`${name}: zdump lists other offset changes than our table`);
  }
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const args = process.argv.slice(2);
  const zoneinfo =
    args.find((a) => a.startsWith("--zoneinfo="))?.slice("--zoneinfo=".length) ??
    "/usr/share/zoneinfo";
  const verify = !args.includes("--no-verify");
  const zi = join(zoneinfo, "tzdata.zi");
  const source = readTzdataZi(zi);
  const names = [...source.zones, ...source.links.keys()].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (new Set(names).size !== names.length) throw new Error("tzdata.zi: duplicate names");

  const histories = new Map(names.map((n) => [n, historyOf(join(zoneinfo, n), n)]));
  for (const [link, target] of source.links) {
    const t = histories.get(target);
    if (!t || !sameHistory(t, histories.get(link) as History)) {
      throw new Error(`link ${link} → ${target}: tables differ`);
    }
  }
  const text = emit(source.version, names, histories);

  if (verify) {
    verifyRoundTrip(names, histories);
    if (hasTool("zic")) verifyWithZic(zi, names, histories);
    else console.warn("zic not found: skipped the check against tzdata.zi");
    if (hasTool("zdump")) verifyWithZdump(zoneinfo, names, histories);
    else console.warn("zdump not found: skipped the check against the C library");
  }
  writeFileSync(OUT_FILE, text);
  const tables = new Set(names.map((n) => encodeHistory(histories.get(n) as History))).size;
  console.log(
    `${OUT_FILE}: tzdata ${source.version}, ${names.length} names, ${tables} tables, ` +
      `${text.length} bytes${verify ? ", verified" : ""}`,
  );
}

main();
