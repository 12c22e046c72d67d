import { describe, expect, it } from "vitest";
import { ASPECT_ANGLES } from "../../src/astro/aspects.ts";
import { ASPECT_TYPES } from "../../src/readings/corpus/en/aspect-types.ts";
import { ASPECTS, pairKey } from "../../src/readings/corpus/en/aspects.ts";
import { CORPUS_BODIES, type Passage } from "../../src/readings/corpus/types.ts";

// The English aspect passages: complete (55 pairs × 3 families, 5 aspect types), the agreed
// lengths, and nothing that contradicts the chart (no sign or house names) or reads as a draft.

const FAMILIES = ["challenging", "conjunction", "harmonious"];

/** Every unordered pair of distinct corpus bodies, keyed in CORPUS_BODIES order. */
const EXPECTED_PAIRS: string[] = [];
for (let i = 0; i < CORPUS_BODIES.length; i++) {
  for (let j = i + 1; j < CORPUS_BODIES.length; j++) {
    EXPECTED_PAIRS.push(`${CORPUS_BODIES[i]}-${CORPUS_BODIES[j]}`);
  }
}

/** Every passage with a label for failure messages. */
const PASSAGES: [string, Passage][] = [
  ...Object.entries(ASPECTS).flatMap(([pair, families]) =>
    Object.entries(families).map(([family, passage]): [string, Passage] => [
      `${pair}.${family}`,
      passage,
    ]),
  ),
  ...Object.entries(ASPECT_TYPES).map(([type, passage]): [string, Passage] => [
    `aspectTypes.${type}`,
    passage,
  ]),
];

/** Every text (short and long) with a label. */
const TEXTS: [string, string][] = PASSAGES.flatMap(([label, p]): [string, string][] => [
  [`${label}.short`, p.short],
  [`${label}.long`, p.long],
]);

/** Sentences end in ., ! or ? followed by whitespace or the end of the text. */
function sentences(text: string): string[] {
  return text.trim().split(/(?<=[.!?])\s+/);
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

const SIGNS =
  /\b(aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)\b/i;
const HOUSES = /\b(house|houses)\b/i;
const PLACEHOLDERS = /\b(todo|tbd|fixme|lorem|ipsum|xxx|undefined|null)\b|[{}<>[\]$\\]/i;

describe("English aspect corpus", () => {
  it("has all 55 pairs, each with exactly the three families", () => {
    expect(EXPECTED_PAIRS).toHaveLength(55);
    expect(Object.keys(ASPECTS).sort()).toEqual([...EXPECTED_PAIRS].sort());
    for (const pair of EXPECTED_PAIRS) {
      expect(Object.keys(ASPECTS[pair] ?? {}).sort(), pair).toEqual(FAMILIES);
    }
    expect(PASSAGES).toHaveLength(165 + 5);
  });

  it("has all 5 aspect types and no others", () => {
    expect(Object.keys(ASPECT_TYPES).sort()).toEqual(Object.keys(ASPECT_ANGLES).sort());
  });

  it("gives every passage exactly a short and a long string", () => {
    for (const [label, p] of PASSAGES) {
      expect(Object.keys(p).sort(), label).toEqual(["long", "short"]);
      expect(typeof p.short, label).toBe("string");
      expect(typeof p.long, label).toBe("string");
    }
  });

  it("pairKey is symmetric, orders by CORPUS_BODIES and matches the keys", () => {
    for (const a of CORPUS_BODIES) {
      for (const b of CORPUS_BODIES) {
        expect(pairKey(a, b)).toBe(pairKey(b, a));
        if (a === b) continue;
        const key = pairKey(a, b);
        expect(ASPECTS[key], key).toBeDefined();
        const [first, second] = key.split("-");
        expect(CORPUS_BODIES.indexOf(first as never)).toBeLessThan(
          CORPUS_BODIES.indexOf(second as never),
        );
      }
    }
    expect(pairKey("moon", "sun")).toBe("sun-moon");
    expect(pairKey("node", "mars")).toBe("mars-node");
    expect(pairKey("pluto", "neptune")).toBe("neptune-pluto");
  });

  it("keeps short to one sentence of 12–30 words", () => {
    for (const [label, p] of PASSAGES) {
      expect(sentences(p.short), `${label}.short`).toHaveLength(1);
      const n = words(p.short);
      expect(n >= 12 && n <= 30, `${label}.short has ${n} words`).toBe(true);
    }
  });

  it("keeps long to 2–4 sentences of 40–90 words in all", () => {
    for (const [label, p] of PASSAGES) {
      const count = sentences(p.long).length;
      expect(count >= 2 && count <= 4, `${label}.long has ${count} sentences`).toBe(true);
      const n = words(p.long);
      expect(n >= 40 && n <= 90, `${label}.long has ${n} words`).toBe(true);
    }
  });

  it("writes tidy sentences: capitalized, terminated, single-spaced, plain ASCII", () => {
    for (const [label, text] of TEXTS) {
      expect(text, label).toBe(text.trim());
      expect(text, label).not.toMatch(/\s{2,}/);
      expect(text, label).toMatch(/^[A-Z]/);
      expect(text, label).toMatch(/[.!?]$/);
      expect(text, label).toMatch(/^[\x20-\x7e]+$/);
      for (const s of sentences(text)) expect(s, label).toMatch(/^[A-Z]/);
    }
  });

  it("names no sign and no house", () => {
    for (const [label, text] of TEXTS) {
      expect(text, label).not.toMatch(SIGNS);
      expect(text, label).not.toMatch(HOUSES);
    }
  });

  it("has no placeholders", () => {
    for (const [label, text] of TEXTS) expect(text, label).not.toMatch(PLACEHOLDERS);
  });

  it("avoids absolute statements", () => {
    for (const [label, text] of TEXTS) {
      expect(text, label).not.toMatch(/\b(always|never|guaranteed|certainly|destined)\b/i);
    }
  });

  it("shares no sentence between passages (or between a short and its long)", () => {
    const seen = new Map<string, string>();
    for (const [label, text] of TEXTS) {
      for (const s of sentences(text)) {
        const normalized = s.toLowerCase().replace(/[^a-z ]/g, "");
        const earlier = seen.get(normalized);
        expect(earlier, `"${s}" in ${label} repeats ${earlier}`).toBeUndefined();
        seen.set(normalized, label);
      }
    }
  });
});
