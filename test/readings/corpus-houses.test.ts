import { describe, expect, it } from "vitest";
import { SIGNS } from "../../src/astro/signs.ts";
import { ELEMENTS, MODALITIES } from "../../src/readings/corpus/en/balance.ts";
import { BODY_IN_HOUSE } from "../../src/readings/corpus/en/body-in-house.ts";
import { CHART_RULER } from "../../src/readings/corpus/en/chart-ruler.ts";
import { PATTERNS } from "../../src/readings/corpus/en/patterns.ts";
import { STELLIUM } from "../../src/readings/corpus/en/stellium.ts";
import { CORPUS_BODIES, HOUSE_KEYS, type Passage } from "../../src/readings/corpus/types.ts";

const ELEMENT_KEYS = ["fire", "earth", "air", "water"] as const;
const MODALITY_KEYS = ["cardinal", "fixed", "mutable"] as const;
const RULER_KEYS = [
  "sun",
  "moon",
  "mercury",
  "venus",
  "mars",
  "jupiter",
  "saturn",
  "uranus",
  "neptune",
  "pluto",
] as const;
const PATTERN_KEYS = ["grand_trine", "t_square", "grand_cross", "yod"] as const;

/** Where a passage may point: any sign or house it names must be its own, if it has one. */
type Scope =
  | { kind: "house"; house: string }
  | { kind: "sign"; sign: string }
  | { kind: "neither" };

interface Entry {
  where: string;
  passage: Passage;
  scope: Scope;
}

const entries: Entry[] = [];
for (const body of CORPUS_BODIES) {
  for (const house of HOUSE_KEYS) {
    entries.push({
      where: `bodyInHouse.${body}.${house}`,
      passage: BODY_IN_HOUSE[body][house],
      scope: { kind: "house", house },
    });
  }
}
for (const element of ELEMENT_KEYS) {
  for (const side of ["dominant", "lacking"] as const) {
    entries.push({
      where: `elements.${element}.${side}`,
      passage: ELEMENTS[element][side],
      scope: { kind: "neither" },
    });
  }
}
for (const modality of MODALITY_KEYS) {
  for (const side of ["dominant", "lacking"] as const) {
    entries.push({
      where: `modalities.${modality}.${side}`,
      passage: MODALITIES[modality][side],
      scope: { kind: "neither" },
    });
  }
}
for (const ruler of RULER_KEYS) {
  entries.push({
    where: `chartRuler.${ruler}`,
    passage: CHART_RULER[ruler],
    scope: { kind: "neither" },
  });
}
for (const sign of SIGNS) {
  entries.push({
    where: `stellium.sign.${sign}`,
    passage: STELLIUM.sign[sign],
    scope: { kind: "sign", sign },
  });
}
for (const house of HOUSE_KEYS) {
  entries.push({
    where: `stellium.house.${house}`,
    passage: STELLIUM.house[house],
    scope: { kind: "house", house },
  });
}
for (const pattern of PATTERN_KEYS) {
  entries.push({
    where: `patterns.${pattern}`,
    passage: PATTERNS[pattern],
    scope: { kind: "neither" },
  });
}

/** Sentences: text split after terminal punctuation followed by whitespace. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Sign names and their usual derived forms, mapped to the sign. */
const SIGN_WORDS: Record<string, string> = {
  aries: "aries",
  arian: "aries",
  arians: "aries",
  taurus: "taurus",
  taurean: "taurus",
  taureans: "taurus",
  gemini: "gemini",
  geminis: "gemini",
  geminian: "gemini",
  geminians: "gemini",
  cancer: "cancer",
  cancers: "cancer",
  cancerian: "cancer",
  cancerians: "cancer",
  leo: "leo",
  leos: "leo",
  leonian: "leo",
  leonians: "leo",
  virgo: "virgo",
  virgos: "virgo",
  virgoan: "virgo",
  virgoans: "virgo",
  libra: "libra",
  libras: "libra",
  libran: "libra",
  librans: "libra",
  scorpio: "scorpio",
  scorpios: "scorpio",
  scorpion: "scorpio",
  scorpions: "scorpio",
  sagittarius: "sagittarius",
  sagittarian: "sagittarius",
  sagittarians: "sagittarius",
  capricorn: "capricorn",
  capricorns: "capricorn",
  capricornian: "capricorn",
  capricornians: "capricorn",
  aquarius: "aquarius",
  aquarian: "aquarius",
  aquarians: "aquarius",
  pisces: "pisces",
  piscean: "pisces",
  pisceans: "pisces",
};

/** Every sign a text names. */
function signsNamed(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.flatMap((w) => (SIGN_WORDS[w] ? [SIGN_WORDS[w]] : []));
}

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Every house a text names, as a key "1" … "12": "tenth house", "10th house", "house 10". */
function housesNamed(text: string): string[] {
  const found: string[] = [];
  const before =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+house/gi;
  for (const m of text.matchAll(before)) {
    const w = (m[1] ?? "").toLowerCase();
    const i = ORDINALS.indexOf(w);
    found.push(i >= 0 ? String(i + 1) : String(Number.parseInt(w, 10)));
  }
  const after =
    /\bhouses?\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
  for (const m of text.matchAll(after)) {
    const w = (m[1] ?? "").toLowerCase();
    const i = NUMBER_WORDS.indexOf(w);
    found.push(i >= 0 ? String(i + 1) : String(Number.parseInt(w, 10)));
  }
  return found;
}

function texts(e: Entry): { field: "short" | "long"; text: string }[] {
  return [
    { field: "short", text: e.passage.short },
    { field: "long", text: e.passage.long },
  ];
}

describe("corpus (en): houses, balance, chart ruler, stellium, patterns", () => {
  it("covers every table completely", () => {
    expect(Object.keys(BODY_IN_HOUSE).sort()).toEqual([...CORPUS_BODIES].sort());
    for (const body of CORPUS_BODIES) {
      expect(Object.keys(BODY_IN_HOUSE[body]).sort()).toEqual([...HOUSE_KEYS].sort());
    }
    expect(Object.keys(ELEMENTS).sort()).toEqual([...ELEMENT_KEYS].sort());
    expect(Object.keys(MODALITIES).sort()).toEqual([...MODALITY_KEYS].sort());
    for (const v of [...Object.values(ELEMENTS), ...Object.values(MODALITIES)]) {
      expect(Object.keys(v).sort()).toEqual(["dominant", "lacking"]);
    }
    expect(Object.keys(CHART_RULER).sort()).toEqual([...RULER_KEYS].sort());
    expect(Object.keys(STELLIUM).sort()).toEqual(["house", "sign"]);
    expect(Object.keys(STELLIUM.sign).sort()).toEqual([...SIGNS].sort());
    expect(Object.keys(STELLIUM.house).sort()).toEqual([...HOUSE_KEYS].sort());
    expect(Object.keys(PATTERNS).sort()).toEqual([...PATTERN_KEYS].sort());
    expect(entries).toHaveLength(132 + 14 + 10 + 24 + 4);
    for (const e of entries) {
      expect(Object.keys(e.passage).sort(), e.where).toEqual(["long", "short"]);
      expect(typeof e.passage.short, e.where).toBe("string");
      expect(typeof e.passage.long, e.where).toBe("string");
    }
  });

  it("keeps short to one sentence of 12-30 words and long to 2-4 sentences of 40-90 words", () => {
    for (const e of entries) {
      const { short, long } = e.passage;
      expect(sentences(short), `${e.where}.short`).toHaveLength(1);
      expect(wordCount(short), `${e.where}.short`).toBeGreaterThanOrEqual(12);
      expect(wordCount(short), `${e.where}.short`).toBeLessThanOrEqual(30);
      const n = sentences(long).length;
      expect(n, `${e.where}.long`).toBeGreaterThanOrEqual(2);
      expect(n, `${e.where}.long`).toBeLessThanOrEqual(4);
      expect(wordCount(long), `${e.where}.long`).toBeGreaterThanOrEqual(40);
      expect(wordCount(long), `${e.where}.long`).toBeLessThanOrEqual(90);
    }
  });

  it("writes well-formed, plain ASCII sentences", () => {
    for (const e of entries) {
      for (const { field, text } of texts(e)) {
        const where = `${e.where}.${field}`;
        expect(text, where).toMatch(/^[A-Z]/);
        expect(text, where).toMatch(/[.!?]$/);
        expect(text, where).toMatch(/^[\x20-\x7E]+$/);
        expect(text, where).not.toMatch(/\s{2,}/);
        for (const s of sentences(text)) expect(s, where).toMatch(/^[A-Z]/);
      }
    }
  });

  it("has no placeholders", () => {
    for (const e of entries) {
      for (const { field, text } of texts(e)) {
        expect(text, `${e.where}.${field}`).not.toMatch(/todo|lorem|tbd|xxx|[{}]/i);
      }
    }
  });

  it("avoids gendered pronouns and absolute wording", () => {
    const banned =
      /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|always|never|destined|fated|guaranteed?)\b/i;
    for (const e of entries) {
      for (const { field, text } of texts(e)) {
        expect(text, `${e.where}.${field}`).not.toMatch(banned);
      }
    }
  });

  it("names only its own sign or house, as its scope allows", () => {
    for (const e of entries) {
      for (const { field, text } of texts(e)) {
        const where = `${e.where}.${field}`;
        const signs = signsNamed(text);
        const houses = housesNamed(text);
        const scope = e.scope;
        if (scope.kind === "house") {
          expect(signs, where).toEqual([]);
          for (const h of houses) expect(h, where).toBe(scope.house);
        } else if (scope.kind === "sign") {
          for (const s of signs) expect(s, where).toBe(scope.sign);
          expect(houses, where).toEqual([]);
          expect(text, where).not.toMatch(/\bhouses?\b/i);
        } else {
          expect(signs, where).toEqual([]);
          expect(houses, where).toEqual([]);
          expect(text, where).not.toMatch(/\bhouses?\b/i);
        }
      }
    }
  });

  it("the naming checks catch what they should", () => {
    expect(signsNamed("A stellium in Libra and two Scorpios.")).toEqual(["libra", "scorpio"]);
    expect(signsNamed("The library by the leopard enclosure.")).toEqual([]);
    expect(housesNamed("Your tenth house and the 4th house, not house 7.")).toEqual([
      "10",
      "4",
      "7",
    ]);
    expect(housesNamed("At first your house feels small.")).toEqual([]);
  });

  it("repeats no sentence anywhere across these tables", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries) {
      for (const { field, text } of texts(e)) {
        for (const s of sentences(text)) {
          const key = s.toLowerCase().replace(/\s+/g, " ");
          const prev = seen.get(key);
          if (prev !== undefined) dupes.push(`${prev} / ${e.where}.${field}: ${s}`);
          else seen.set(key, `${e.where}.${field}`);
        }
      }
    }
    expect(dupes).toEqual([]);
  });
});
