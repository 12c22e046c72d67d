import { describe, expect, it } from "vitest";
import { type ChartData, type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { HOUSE_SYSTEMS } from "../../src/astro/houses.ts";
import { composeReading, type ReadingDetail } from "../../src/readings/compose-reading.ts";
import { PHRASES } from "../../src/readings/corpus/en/phrases.ts";
import fixture from "../fixtures/charts.sample.json";

interface FixtureChart {
  input: { date: string; time: string; timezone: string; latitude: number; longitude: number };
}
const CHARTS = [...fixture.charts, ...fixture.polar_charts] as unknown as FixtureChart[];

function request(c: FixtureChart, overrides: Partial<ChartRequest> = {}): ChartRequest {
  const [year, month, day] = c.input.date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second] = c.input.time.split(":").map(Number) as [number, number, number];
  return {
    local: { year, month, day, hour, minute, second },
    timeKnown: true,
    timezone: c.input.timezone,
    latitude: c.input.latitude,
    longitude: c.input.longitude,
    houseSystem: "placidus",
    zodiac: "tropical",
    ayanamsa: null,
    disambiguation: "compatible",
    orbs: {},
    ...overrides,
  };
}

const CHART_ID: Record<string, string> = { node: "mean_node" };

function expectPlacementsMatch(chart: ChartData, detail: ReadingDetail) {
  const reading = composeReading(chart, { detail, language: "en" });
  expect(reading.placements).toHaveLength(11);
  for (const p of reading.placements) {
    const body = chart.bodies.find((b) => b.id === (CHART_ID[p.body] ?? p.body));
    expect(p.sign).toBe(body?.sign);
    expect(p.house).toBe(body?.house);
    const section = reading.sections.find((s) => s.key === `placement.${p.body}`);
    expect(section?.body).toBe(p.body);
    const text = section?.text ?? "";
    expect(text).toContain(PHRASES.signName[p.sign]);
    if (p.house === null) {
      expect(text).toContain("can't be known");
    } else {
      expect(text).toContain(PHRASES.houseOrdinal(p.house));
    }
    // No other sign's name in the section, so it never contradicts the chart.
    for (const [sign, name] of Object.entries(PHRASES.signName)) {
      if (sign !== p.sign) expect(text, `${p.body}: ${text}`).not.toContain(name);
    }
    expect(reading.text).toContain(text);
  }
  // "an opposition", never "a opposition" (every aspect and pattern lead goes through here).
  expect(reading.text.match(/\ba [aeio]\w*/i)?.[0]).toBeUndefined();
  return reading;
}

describe("composeReading", () => {
  it.each(CHARTS.map((c, i) => [i + 1, c] as const))(
    "names each placement's sign and house as sample chart %i has them",
    (_, c) => {
      for (const houseSystem of HOUSE_SYSTEMS) {
        const chart = computeChart(request(c, { houseSystem }));
        for (const detail of ["brief", "standard", "full"] as const)
          expectPlacementsMatch(chart, detail);
      }
    },
  );

  it("says why placements have no house when the birth time is unknown", () => {
    const chart = computeChart(request(CHARTS[0] as FixtureChart, { timeKnown: false }));
    const reading = expectPlacementsMatch(chart, "standard");
    expect(reading.placements.every((p) => p.house === null)).toBe(true);
    expect(reading.sections.map((s) => s.key)).toContain("birth_time");
    expect(reading.sections.some((s) => s.key.startsWith("angle."))).toBe(false);
    expect(reading.text).toContain("Your birth time is unknown");
  });

  it("is deterministic and grows with detail", () => {
    const chart = computeChart(request(CHARTS[3] as FixtureChart));
    const a = composeReading(chart, { detail: "standard", language: "en" });
    const b = composeReading(structuredClone(chart), { detail: "standard", language: "en" });
    expect(b).toEqual(a);
    const brief = composeReading(chart, { detail: "brief", language: "en" }).text.length;
    const full = composeReading(chart, { detail: "full", language: "en" }).text.length;
    expect(brief).toBeLessThan(a.text.length);
    expect(a.text.length).toBeLessThan(full);
  });

  it("writes Markdown with a heading per section", () => {
    const chart = computeChart(request(CHARTS[0] as FixtureChart));
    const reading = composeReading(chart, { detail: "full", language: "en" });
    expect(reading.text.startsWith(`# ${PHRASES.readingTitle}\n`)).toBe(true);
    for (const s of reading.sections) expect(reading.text).toContain(`## ${s.title}\n\n${s.text}`);
    expect(reading.sections.map((s) => s.key)).toEqual(
      expect.arrayContaining(["overview", "angle.ascendant", "chart_ruler"]),
    );
  });
});
