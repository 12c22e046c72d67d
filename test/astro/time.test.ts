import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCalendarDate,
  type Disambiguation,
  formatUtc,
  type LocalDateTime,
  LocalTimeError,
  resolveLocalTime,
} from "../../src/astro/time/local-time.ts";
import { TZ_ZONES } from "../../src/astro/time/tzdata.generated.ts";
import { isKnownZone, TZDB_VERSION, utcOffsetAt } from "../../src/astro/time/zones.ts";
import fixture from "../fixtures/charts.sample.json";

/** Every zone a chart may name: the tables' names but the "Factory" placeholder. */
const ZONES = Object.keys(TZ_ZONES).filter((name) => name !== "Factory");
const epoch = (iso: string) => Date.parse(iso) / 1000;

function local(date: string, time = "00:00:00"): LocalDateTime {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  return { year, month, day, hour, minute, second };
}

/** The wall-clock reading of an instant in a zone, from utcOffsetAt. */
function wallClock(zone: string, epochSeconds: number): LocalDateTime {
  const d = new Date((epochSeconds + utcOffsetAt(zone, epochSeconds)) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Runs `fn` and returns the LocalTimeError it throws. */
function localTimeError(fn: () => unknown): LocalTimeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LocalTimeError) return e;
    throw e;
  }
  throw new Error("expected a LocalTimeError");
}

describe("tz data", () => {
  it("is tzdata 2025b", () => {
    expect(TZDB_VERSION).toBe("2025b");
  });

  it("knows every zone of the fixture, and links", () => {
    const names = [...fixture.charts, ...fixture.polar_charts].map((c) => c.input.timezone);
    for (const name of [...names, ...fixture.dst_edges.map((e) => e.timezone)]) {
      expect(isKnownZone(name), name).toBe(true);
    }
    for (const name of ["UTC", "Etc/GMT+5", "US/Eastern", "Asia/Calcutta", "Europe/Kyiv"]) {
      expect(isKnownZone(name), name).toBe(true);
    }
    expect(Object.keys(TZ_ZONES).length).toBe(598);
    expect(ZONES.every(isKnownZone)).toBe(true);
  });

  it("rejects what is not a zone name", () => {
    for (const name of [
      "LMT",
      "Mars/Olympus_Mons",
      "europe/oslo",
      "",
      "constructor",
      "__proto__",
      "Factory", // tzdata's "time zone unknown" placeholder
    ]) {
      expect(isKnownZone(name), name).toBe(false);
    }
    expect(localTimeError(() => utcOffsetAt("Mars/Olympus_Mons", 0)).code).toBe("unknown_timezone");
  });
});

describe("fixture charts", () => {
  const charts = [...fixture.charts, ...fixture.polar_charts];
  it.each(charts.map((c) => [c.id, c] as const))("%s", (_, chart) => {
    const { date, time, timezone, longitude } = chart.input;
    const r = resolveLocalTime(local(date, time), timezone, longitude, "compatible");
    expect(formatUtc(r.epochSeconds)).toBe(chart.utc);
    expect(r.utcOffsetSeconds).toBe(chart.utc_offset_seconds);
    expect(r.source).toBe("tzdb");
    expect(r.adjustment).toBeNull();
  });
});

describe("DST edges", () => {
  it.each(fixture.dst_edges.map((e) => [`${e.timezone} ${e.date} ${e.time}`, e] as const))(
    "%s",
    (_, edge) => {
      const at = local(edge.date, edge.time);
      const fold0 = epoch(edge.utc_fold0);
      const fold1 = epoch(edge.utc_fold1);
      const candidates = [Math.min(fold0, fold1), Math.max(fold0, fold1)];
      const expected: Record<Exclude<Disambiguation, "reject">, number> = {
        compatible: fold0,
        earlier: candidates[0] as number,
        later: candidates[1] as number,
      };
      for (const [disambiguation, instant] of Object.entries(expected)) {
        const r = resolveLocalTime(at, edge.timezone, 0, disambiguation as Disambiguation);
        expect(r.epochSeconds, disambiguation).toBe(instant);
        expect(r.utcOffsetSeconds).toBe(utcOffsetAt(edge.timezone, instant));
        expect(r.adjustment).toEqual({ kind: edge.kind, disambiguation, candidates });
      }
      const error = localTimeError(() => resolveLocalTime(at, edge.timezone, 0, "reject"));
      expect(error.code).toBe(`${edge.kind}_local_time`);
      expect(error.candidates).toEqual(candidates);
      expect(error.message).toContain(edge.timezone);
    },
  );
});

describe("history", () => {
  const offsetOf = (zone: string, date: string, time: string) =>
    resolveLocalTime(local(date, time), zone, 0, "reject").utcOffsetSeconds;

  it("keeps backzone histories the runtime's ICU data folds into links", () => {
    expect(offsetOf("Atlantic/Reykjavik", "1922-04-10", "18:48:42")).toBe(-3600);
    expect(offsetOf("Europe/Oslo", "1960-07-01", "12:00")).toBe(7200);
    expect(offsetOf("Europe/Berlin", "1960-07-01", "12:00")).toBe(3600);
  });

  it("has local mean time before standard time, and wartime double summer time", () => {
    expect(offsetOf("Europe/Oslo", "1894-12-31", "12:00")).toBe(2580);
    expect(offsetOf("Atlantic/Reykjavik", "1907-06-01", "12:00")).toBe(-5280);
    expect(offsetOf("Europe/London", "1941-06-01", "12:00")).toBe(7200);
    expect(offsetOf("Europe/Berlin", "1945-06-15", "12:00")).toBe(10800);
  });

  it("follows the rules to the end of 2101", () => {
    expect(utcOffsetAt("America/New_York", epoch("2101-03-13T06:59:59Z"))).toBe(-18000);
    expect(utcOffsetAt("America/New_York", epoch("2101-03-13T07:00:00Z"))).toBe(-14400);
    expect(utcOffsetAt("America/New_York", epoch("2101-11-06T06:00:00Z"))).toBe(-18000);
    expect(offsetOf("Australia/Sydney", "2100-01-15", "12:00")).toBe(39600);
  });
});

describe("LMT", () => {
  it("uses longitude × 240 s, rounded to the second", () => {
    const r = resolveLocalTime(local("1805-02-04", "04:33:00"), "LMT", -0.1278, "reject");
    expect(r).toEqual({
      epochSeconds: epoch("1805-02-04T04:33:31Z"),
      utcOffsetSeconds: -31,
      source: "lmt",
      adjustment: null,
    });
    expect(resolveLocalTime(local("2000-01-01"), "LMT", 180, "compatible").utcOffsetSeconds).toBe(
      43200,
    );
    const zero = resolveLocalTime(local("2000-01-01"), "LMT", -0.001, "compatible");
    expect(Object.is(zero.utcOffsetSeconds, 0)).toBe(true);
  });

  it("rejects a longitude that is not one", () => {
    for (const longitude of [Number.NaN, 180.5, -181, Number.POSITIVE_INFINITY]) {
      expect(() => resolveLocalTime(local("2000-01-01"), "LMT", longitude, "compatible")).toThrow(
        RangeError,
      );
    }
  });
});

describe("invalid input", () => {
  it.each([
    ["2025-02-29", "12:00"],
    ["1900-02-29", "12:00"],
    ["2023-04-31", "12:00"],
    ["2023-13-01", "12:00"],
    ["2023-00-10", "12:00"],
    ["2023-01-00", "12:00"],
    ["2023-01-32", "12:00"],
    ["2023-01-01", "24:00"],
    ["2023-01-01", "12:60"],
    ["2023-01-01", "12:00:60"],
    ["2023-01-01", "-1:00"],
  ])("%s %s is not a date", (date, time) => {
    const error = localTimeError(() => checkCalendarDate(local(date, time)));
    expect(error.code).toBe("invalid_date");
    expect(
      localTimeError(() => resolveLocalTime(local(date, time), "UTC", 0, "compatible")).code,
    ).toBe("invalid_date");
  });

  it("names the problem", () => {
    expect(() => checkCalendarDate(local("2025-02-29"))).toThrow(/February 2025 has 28 days/);
    expect(() => checkCalendarDate({ ...local("2025-01-01"), hour: 1.5 })).toThrow(/integers/);
  });

  it("accepts real dates", () => {
    for (const [date, time] of [
      ["2000-02-29", "00:00"],
      ["2024-02-29", "23:59:59"],
      ["1600-02-29", "12:00"],
      ["2023-12-31", "23:59:59"],
    ] as const) {
      expect(() => checkCalendarDate(local(date, time))).not.toThrow();
    }
  });

  it("bounds years to 1800–2100", () => {
    for (const date of ["1799-12-31", "2101-01-01", "0001-01-01"]) {
      const error = localTimeError(() => resolveLocalTime(local(date), "UTC", 0, "compatible"));
      expect(error.code).toBe("year_out_of_range");
      expect(error.message).toMatch(/1800–2100/);
    }
    const first = resolveLocalTime(local("1800-01-01"), "Pacific/Kiritimati", 0, "reject");
    expect(formatUtc(first.epochSeconds)).toBe("1800-01-01T10:29:20Z");
    const last = resolveLocalTime(local("2100-12-31", "23:59:59"), "Etc/GMT+12", 0, "reject");
    expect(formatUtc(last.epochSeconds)).toBe("2101-01-01T11:59:59Z");
  });

  it("reports an unknown zone", () => {
    const error = localTimeError(() =>
      resolveLocalTime(local("2000-01-01"), "Europe/Atlantis", 0, "compatible"),
    );
    expect(error.code).toBe("unknown_timezone");
    expect(error.message).toContain("Europe/Atlantis");
  });
});

describe("formatUtc", () => {
  it("writes ISO 8601 UTC to the second", () => {
    expect(formatUtc(0)).toBe("1970-01-01T00:00:00Z");
    expect(formatUtc(1_767_323_045)).toBe("2026-01-02T03:04:05Z");
    expect(formatUtc(-5_364_662_400)).toBe("1800-01-01T00:00:00Z");
    expect(() => formatUtc(1.5)).toThrow(RangeError);
    expect(() => formatUtc(1e15)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const zone = fc.constantFrom(...ZONES);
  // Instants whose wall-clock reading stays within 1800–2100 in every zone.
  const instant = fc.integer({
    min: epoch("1800-01-02T00:00:00Z"),
    max: epoch("2100-12-30T00:00:00Z"),
  });

  it("resolves an instant's wall-clock reading back to it, with earlier or later", () => {
    fc.assert(
      fc.property(zone, instant, (z, t) => {
        const wall = wallClock(z, t);
        const earlier = resolveLocalTime(wall, z, 0, "earlier");
        const later = resolveLocalTime(wall, z, 0, "later");
        expect([earlier.epochSeconds, later.epochSeconds]).toContain(t);
        expect(earlier.adjustment?.kind ?? "ambiguous").toBe("ambiguous");
        if (earlier.epochSeconds !== later.epochSeconds) {
          expect(earlier.adjustment?.candidates).toEqual([
            earlier.epochSeconds,
            later.epochSeconds,
          ]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps offsets within ±16 h", () => {
    fc.assert(
      fc.property(zone, fc.integer({ min: -6e9, max: 5e9 }), (z, t) => {
        expect(Math.abs(utcOffsetAt(z, t))).toBeLessThanOrEqual(16 * 3600);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every valid local time an instant that reads back as it, or says why not", () => {
    const localTime = fc.record({
      year: fc.integer({ min: 1800, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(zone, localTime, (z, l) => {
        const r = resolveLocalTime(l, z, 0, "compatible");
        expect(r.utcOffsetSeconds).toBe(utcOffsetAt(z, r.epochSeconds));
        if (r.adjustment?.kind === "nonexistent") {
          for (const c of r.adjustment.candidates) expect(wallClock(z, c)).not.toEqual(l);
        } else {
          expect(wallClock(z, r.epochSeconds)).toEqual(l);
          for (const c of r.adjustment?.candidates ?? []) expect(wallClock(z, c)).toEqual(l);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts exactly the dates the proleptic Gregorian calendar has", () => {
    const fields = fc.record({
      year: fc.integer({ min: 1600, max: 2400 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.constant(0),
      second: fc.constant(0),
    });
    fc.assert(
      fc.property(fields, (l) => {
        const d = new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour));
        const real =
          d.getUTCFullYear() === l.year &&
          d.getUTCMonth() === l.month - 1 &&
          d.getUTCDate() === l.day &&
          d.getUTCHours() === l.hour;
        let accepted = true;
        try {
          checkCalendarDate(l);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});
