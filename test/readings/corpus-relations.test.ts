import { describe, expect, it } from "vitest";
import { type ChartRequest, computeChart } from "../../src/astro/chart.ts";
import { PLANET_IDS } from "../../src/astro/planet-longitude.ts";
import { composeSynastryReading } from "../../src/readings/compose-synastry-reading.ts";
import { composeTransitReading } from "../../src/readings/compose-transit-reading.ts";
import { SYNASTRY } from "../../src/readings/corpus/en/synastry.ts";
import { TRANSITS } from "../../src/readings/corpus/en/transits.ts";
import { CORPUS_BODIES, HOUSE_KEYS, type Passage } from "../../src/readings/corpus/types.ts";

// The English transit and synastry passages: complete, the agreed lengths (as the natal corpus),
// no sign or house named, no absolutes, no sentence twice; and the composers using each passage
// once, deterministically.

const FAMILIES = ["challenging", "conjunction", "harmonious"];

const PASSAGES: [string, Passage][] = [
  ...Object.entries(TRANSITS.bodies).map(([k, p]): [string, Passage] => [`transits.${k}`, p]),
  ...Object.entries(TRANSITS.families).map(([k, p]): [string, Passage] => [`transits.${k}`, p]),
  ...Object.entries(SYNASTRY.bodies).map(([k, p]): [string, Passage] => [`synastry.${k}`, p]),
  ...Object.entries(SYNASTRY.families).map(([k, p]): [string, Passage] => [`synastry.${k}`, p]),
  ...Object.entries(SYNASTRY.houses).map(([k, p]): [string, Passage] => [`houses.${k}`, p]),
];

const TEXTS: [string, string][] = PASSAGES.flatMap(([label, p]): [string, string][] => [
  [`${label}.short`, p.short],
  [`${label}.long`, p.long],
]);

function sentences(text: string): string[] {
  return text.trim().split(/(?<=[.!?])\s+/);
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

const SIGNS =
  /\b(aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)\b/i;

describe("English transit and synastry corpus", () => {
  it("covers every transiting body, corpus body, family and house, and nothing else", () => {
    expect(Object.keys(TRANSITS.bodies).sort()).toEqual([...PLANET_IDS].sort());
    expect(Object.keys(TRANSITS.families).sort()).toEqual(FAMILIES);
    expect(Object.keys(SYNASTRY.bodies).sort()).toEqual([...CORPUS_BODIES].sort());
    expect(Object.keys(SYNASTRY.families).sort()).toEqual(FAMILIES);
    expect(Object.keys(SYNASTRY.houses).sort()).toEqual([...HOUSE_KEYS].sort());
    for (const [label, p] of PASSAGES)
      expect(Object.keys(p).sort(), label).toEqual(["long", "short"]);
  });

  it("keeps short to one sentence of 12–30 words and long to 2–4 sentences of 40–90", () => {
    for (const [label, p] of PASSAGES) {
      expect(sentences(p.short), `${label}.short`).toHaveLength(1);
      expect(words(p.short) >= 12 && words(p.short) <= 30, `${label}.short`).toBe(true);
      const count = sentences(p.long).length;
      expect(count >= 2 && count <= 4, `${label}.long has ${count} sentences`).toBe(true);
      const n = words(p.long);
      expect(n >= 40 && n <= 90, `${label}.long has ${n} words`).toBe(true);
    }
  });

  it("writes tidy ASCII sentences naming no sign and no house, without absolutes", () => {
    for (const [label, text] of TEXTS) {
      expect(text, label).toMatch(/^[A-Z][\x20-\x7e]*[.!?]$/);
      expect(text, label).not.toMatch(/\s{2,}/);
      expect(text, label).not.toMatch(SIGNS);
      expect(text, label).not.toMatch(/\bhouses?\b/i);
      expect(text, label).not.toMatch(/\b(always|never|guaranteed|certainly|destined)\b/i);
      expect(text, label).not.toMatch(/\b(todo|tbd|fixme|lorem|undefined|null)\b|[{}<>[\]$\\]/i);
    }
  });

  it("shares no sentence between passages", () => {
    const seen = new Map<string, string>();
    for (const [label, text] of TEXTS) {
      for (const s of sentences(text)) {
        const normalized = s.toLowerCase().replace(/[^a-z ]/g, "");
        expect(seen.get(normalized), `"${s}" in ${label}`).toBeUndefined();
        seen.set(normalized, label);
      }
    }
  });
});

const LONDON: ChartRequest = {
  local: { year: 1990, month: 6, day: 15, hour: 14, minute: 30, second: 0 },
  timeKnown: true,
  timezone: "Europe/London",
  latitude: 51.5074,
  longitude: -0.1278,
  houseSystem: "placidus",
  zodiac: "tropical",
  ayanamsa: null,
  disambiguation: "compatible",
  orbs: {},
};

function paragraphsOnce(text: string) {
  const paragraphs = text.split(/\n\n/).filter((p) => !p.startsWith("#"));
  const passages = PASSAGES.flatMap(([, p]) => [p.short, p.long]);
  for (const passage of passages) {
    const uses = paragraphs.join(" ").split(passage).length - 1;
    expect(uses, passage).toBeLessThanOrEqual(1);
  }
}

describe("transit and synastry composers", () => {
  it("write deterministic readings that state the facts and use each passage once", () => {
    const chart = computeChart(LONDON);
    const partner = computeChart({
      ...LONDON,
      local: { year: 1987, month: 11, day: 3, hour: 6, minute: 5, second: 0 },
      timezone: "America/New_York",
      latitude: 40.7128,
      longitude: -74.006,
    });
    for (const detail of ["brief", "standard", "full"] as const) {
      const range = { from: "2026-01-01T00:00:00Z", to: "2026-07-01T00:00:00Z" };
      const transit = composeTransitReading(chart, range, { detail, language: "en" });
      expect(composeTransitReading(chart, range, { detail, language: "en" })).toEqual(transit);
      expect(transit.sections[0]?.text).toContain("From 2026-01-01 to 2026-07-01");
      expect(transit.sections.length).toBeGreaterThan(1);
      expect(transit.placements).toHaveLength(10);
      paragraphsOnce(transit.text);
      expect(transit.text.match(/\ba [aeio]\w*/i)?.[0]).toBeUndefined();
      const at = composeTransitReading(
        chart,
        { at: "2026-03-20T12:00:00Z" },
        { detail, language: "en" },
      );
      expect(at.placements).toHaveLength(10);
      expect(at.sections[1]?.text).toMatch(/^Transiting \w+ is in \w+ to your natal \w+ \(orb/);
      const synastry = composeSynastryReading(chart, partner, { detail, language: "en" });
      expect(synastry.sections[0]?.text).toMatch(/^Your Sun is in Gemini/);
      expect(synastry.sections.some((s) => s.key.startsWith("overlay."))).toBe(true);
      expect(synastry.placements).toHaveLength(11);
      paragraphsOnce(synastry.text);
    }
  });
});
