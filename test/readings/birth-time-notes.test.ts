import { describe, expect, it } from "vitest";
import { type ChartData, type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { computeSensitivity } from "../../src/astro/sensitivity/compute-sensitivity.ts";
import { signOf } from "../../src/astro/signs.ts";
import {
  type BirthTimeNote,
  birthTimeNotes,
  READING_SENSITIVE_LIMIT,
  READING_SENSITIVE_MINUTES,
} from "../../src/readings/birth-time-notes.ts";
import { composeReading } from "../../src/readings/compose-reading.ts";
import { PHRASES } from "../../src/readings/corpus/en/phrases.ts";
import fixture from "../fixtures/charts.sample.json";

interface FixtureChart {
  input: { date: string; time: string; timezone: string; latitude: number; longitude: number };
  utc: string;
}
const CHARTS = fixture.charts as unknown as FixtureChart[];

function request(c: FixtureChart, timeKnown = true): ChartRequest {
  const [year, month, day] = c.input.date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second] = c.input.time.split(":").map(Number) as [number, number, number];
  return {
    local: { year, month, day, hour, minute, second },
    timeKnown,
    timezone: c.input.timezone,
    latitude: c.input.latitude,
    longitude: c.input.longitude,
    houseSystem: "placidus",
    zodiac: "tropical",
    ayanamsa: null,
    disambiguation: "compatible",
    orbs: {},
  };
}

function notesOf(c: FixtureChart): BirthTimeNote[] {
  const sensitivity = computeSensitivity(
    {
      birthEpochSeconds: Date.parse(c.utc) / 1000,
      latitude: c.input.latitude,
      longitude: c.input.longitude,
      houseSystem: "placidus",
      ayanamsa: null,
    },
    READING_SENSITIVE_MINUTES * 60,
  );
  return birthTimeNotes(sensitivity);
}

/** The value a note says the chart has now. */
function currentIn(chart: ChartData, note: BirthTimeNote): string | number | null | undefined {
  const body = chart.bodies.find(
    (b) => b.id === (note.subject === "node" ? "mean_node" : note.subject),
  );
  if (note.kind === "angle_sign") {
    const angles = chart.angles as NonNullable<ChartData["angles"]>;
    return signOf(note.subject === "ascendant" ? angles.ascendant : angles.midheaven).sign;
  }
  return note.kind === "body_sign" ? body?.sign : body?.house;
}

const WITH_NOTES = CHARTS.map((c) => ({ c, notes: notesOf(c) })).filter((x) => x.notes.length > 0);

describe("birth-time notes in readings", () => {
  it("finds sample charts with placements that change within ten minutes, nearest first", () => {
    expect(WITH_NOTES.length).toBeGreaterThan(5);
    for (const { c, notes } of WITH_NOTES) {
      const chart = computeChart(request(c));
      expect(notes.length).toBeLessThanOrEqual(READING_SENSITIVE_LIMIT);
      const offsets = notes.map((n) => Math.abs(n.offsetSeconds));
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      for (const n of notes) {
        expect(Math.abs(n.offsetSeconds)).toBeLessThanOrEqual(READING_SENSITIVE_MINUTES * 60);
        expect(n.current, `${n.kind} ${n.subject}`).toBe(currentIn(chart, n));
        expect(n.alternative).not.toBe(n.current);
      }
    }
  });

  it("names each sensitive placement with its alternative after the overview, deterministically", () => {
    for (const { c, notes } of WITH_NOTES) {
      const chart = computeChart(request(c));
      const options = {
        detail: "standard" as const,
        language: "en" as const,
        birthTimeNotes: notes,
      };
      const reading = composeReading(chart, options);
      expect(composeReading(chart, options)).toEqual(reading);
      expect(reading.sections[1]?.key).toBe("birth_time");
      const text = reading.sections[1]?.text ?? "";
      expect(text.startsWith(PHRASES.sensitiveIntro)).toBe(true);
      expect(text.endsWith(PHRASES.sensitiveAdvice)).toBe(true);
      for (const n of notes) {
        const alternative =
          n.kind === "body_house"
            ? `your ${PHRASES.houseOrdinal(n.alternative)}`
            : PHRASES.signName[n.alternative];
        expect(text).toContain(`would be in ${alternative} rather than`);
        expect(text).toContain(n.offsetSeconds >= 0 ? "later," : "earlier,");
      }
      const brief = composeReading(chart, { ...options, detail: "brief" });
      const briefText = brief.sections.find((s) => s.key === "birth_time")?.text ?? "";
      expect(briefText.match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });

  it("writes the example sentence of the issue", () => {
    expect(PHRASES.sensitiveChange("your ascendant", "Virgo", "Leo", 4, true)).toBe(
      "With a birth time 4 minutes later, your ascendant would be in Virgo rather than Leo.",
    );
    expect(PHRASES.sensitiveChange("Mars", "your third house", "your fourth house", 0, false)).toBe(
      "With a birth time less than a minute earlier, Mars would be in your third house rather than your fourth house.",
    );
  });

  it("keeps the corpus style: plain ASCII, capitalized sentences, no absolutes", () => {
    const texts = [
      PHRASES.sensitiveIntro,
      PHRASES.sensitiveAdvice,
      PHRASES.sensitiveChange("the Moon", "Aries", "Pisces", 1, true),
    ];
    for (const text of texts) {
      expect(text).toMatch(/^[\x20-\x7e]+$/);
      for (const s of text.split(/(?<=[.!?])\s+/)) expect(s).toMatch(/^[A-Z].*[.!?]$/);
      expect(text).not.toMatch(/\b(always|never|guaranteed|certainly|destined|fated)\b/i);
    }
  });

  it("leaves the section out without notes and for charts without a birth time", () => {
    const { c, notes } = WITH_NOTES[0] as { c: FixtureChart; notes: BirthTimeNote[] };
    const known = composeReading(computeChart(request(c)), { detail: "full", language: "en" });
    expect(known.sections.some((s) => s.key === "birth_time")).toBe(false);
    const unknown = composeReading(computeChart(request(c, false)), {
      detail: "full",
      language: "en",
      birthTimeNotes: notes,
    });
    const section = unknown.sections.filter((s) => s.key === "birth_time");
    expect(section).toHaveLength(1);
    expect(section[0]?.text).toContain("Your birth time is unknown");
  });
});
