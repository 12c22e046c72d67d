import { describe, expect, it } from "vitest";
import { SIGNS, type Sign } from "../../src/astro/signs.ts";
import { ANGLE_IN_SIGN } from "../../src/readings/corpus/en/angle-in-sign.ts";
import { BODY_IN_SIGN } from "../../src/readings/corpus/en/body-in-sign.ts";
import { CORPUS_BODIES, type Passage } from "../../src/readings/corpus/types.ts";

/** Names and adjectives for each sign; a passage may use only its own sign's. */
const SIGN_WORDS: Record<Sign, string[]> = {
  aries: ["aries", "arian", "arians"],
  taurus: ["taurus", "taurean", "taureans"],
  gemini: ["gemini", "geminian", "geminis"],
  cancer: ["cancer", "cancerian", "cancerians"],
  leo: ["leo", "leonine", "leos"],
  virgo: ["virgo", "virgoan", "virgos"],
  libra: ["libra", "libran", "librans"],
  scorpio: ["scorpio", "scorpionic", "scorpios"],
  sagittarius: ["sagittarius", "sagittarian", "sagittarians"],
  capricorn: ["capricorn", "capricornian", "capricorns"],
  aquarius: ["aquarius", "aquarian", "aquarians"],
  pisces: ["pisces", "piscean", "pisceans"],
};

const HOUSE_WORDS =
  /\b(houses?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(st|nd|rd|th))\b/i;

const PLACEHOLDERS = /todo|tbd|lorem|xxx|[{}<>]/i;

const FILLER =
  /\b(you are unique|the stars say|destined|fated|you will (always|never|meet|find|get|become))\b/i;

const ANGLES = ["ascendant", "midheaven"] as const;

interface Entry {
  label: string;
  sign: Sign;
  passage: Passage;
}

function entries(): Entry[] {
  const out: Entry[] = [];
  for (const body of CORPUS_BODIES) {
    for (const sign of SIGNS) {
      out.push({ label: `bodyInSign.${body}.${sign}`, sign, passage: BODY_IN_SIGN[body]?.[sign] });
    }
  }
  for (const angle of ANGLES) {
    for (const sign of SIGNS) {
      out.push({
        label: `angleInSign.${angle}.${sign}`,
        sign,
        passage: ANGLE_IN_SIGN[angle]?.[sign],
      });
    }
  }
  return out;
}

function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 0);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function otherSignPattern(own: Sign): RegExp {
  const words = SIGNS.filter((s) => s !== own).flatMap((s) => SIGN_WORDS[s]);
  return new RegExp(`\\b(${words.join("|")})\\b`, "i");
}

/** Collects every failure so one run reports all of them, not just the first. */
function check(test: (entry: Entry) => string | null): string[] {
  const problems: string[] = [];
  for (const entry of entries()) {
    const problem = test(entry);
    if (problem !== null) problems.push(`${entry.label}: ${problem}`);
  }
  return problems;
}

describe("corpus: body and angle in sign (en)", () => {
  it("has a passage for every body and angle in every sign, and nothing else", () => {
    expect(Object.keys(BODY_IN_SIGN).sort()).toEqual([...CORPUS_BODIES].sort());
    for (const body of CORPUS_BODIES) {
      expect(Object.keys(BODY_IN_SIGN[body]).sort()).toEqual([...SIGNS].sort());
    }
    expect(Object.keys(ANGLE_IN_SIGN).sort()).toEqual([...ANGLES].sort());
    for (const angle of ANGLES) {
      expect(Object.keys(ANGLE_IN_SIGN[angle]).sort()).toEqual([...SIGNS].sort());
    }
    const problems = check(({ passage }) =>
      typeof passage?.short === "string" && typeof passage?.long === "string"
        ? null
        : "missing short or long",
    );
    expect(problems).toEqual([]);
    expect(entries()).toHaveLength(CORPUS_BODIES.length * 12 + 24);
  });

  it("writes short as one sentence of 12-30 words", () => {
    const problems = check(({ passage }) => {
      const n = sentences(passage.short).length;
      const w = wordCount(passage.short);
      if (n !== 1) return `short has ${n} sentences`;
      if (w < 12 || w > 30) return `short has ${w} words`;
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("writes long as 2-4 sentences of 40-90 words", () => {
    const problems = check(({ passage }) => {
      const n = sentences(passage.long).length;
      const w = wordCount(passage.long);
      if (n < 2 || n > 4) return `long has ${n} sentences`;
      if (w < 40 || w > 90) return `long has ${w} words`;
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("ends every sentence with punctuation and starts it with a capital", () => {
    const problems = check(({ passage }) => {
      for (const s of [...sentences(passage.short), ...sentences(passage.long)]) {
        if (!/^[A-Z]/.test(s)) return `sentence does not start with a capital: ${s}`;
        if (!/[.!?]$/.test(s)) return `sentence does not end with punctuation: ${s}`;
      }
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("never names another sign", () => {
    const problems = check(({ sign, passage }) => {
      const hit = `${passage.short} ${passage.long}`.match(otherSignPattern(sign));
      return hit ? `names another sign: ${hit[0]}` : null;
    });
    expect(problems).toEqual([]);
  });

  it("never mentions houses or ordinals", () => {
    const problems = check(({ passage }) => {
      const hit = `${passage.short} ${passage.long}`.match(HOUSE_WORDS);
      return hit ? `mentions ${hit[0]}` : null;
    });
    expect(problems).toEqual([]);
  });

  it("has no placeholders and only plain ASCII text with straight quotes", () => {
    const problems = check(({ passage }) => {
      const text = `${passage.short} ${passage.long}`;
      const hit = text.match(PLACEHOLDERS);
      if (hit) return `placeholder: ${hit[0]}`;
      if (!/^[\x20-\x7E]*$/.test(text)) return "non-ASCII character";
      if (/\s{2,}/.test(text) || text !== text.trim()) return "stray whitespace";
      return null;
    });
    expect(problems).toEqual([]);
  });

  it("avoids filler, fortune-telling and absolute promises", () => {
    const problems = check(({ passage }) => {
      const hit = `${passage.short} ${passage.long}`.match(FILLER);
      return hit ? `filler: ${hit[0]}` : null;
    });
    expect(problems).toEqual([]);
  });

  it("repeats no sentence anywhere in the two files", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { label, passage } of entries()) {
      for (const s of [...sentences(passage.short), ...sentences(passage.long)]) {
        const key = s.toLowerCase().replace(/[^a-z0-9 ]/g, "");
        const prior = seen.get(key);
        if (prior !== undefined) duplicates.push(`${label} repeats ${prior}: ${s}`);
        else seen.set(key, label);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
