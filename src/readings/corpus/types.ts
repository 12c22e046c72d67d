import type { AspectType } from "../../astro/aspects.ts";
import type { Sign } from "../../astro/signs.ts";

/**
 * The shape of an interpretation corpus: the data a reading is composed from, one module per
 * language (`src/readings/corpus/<language>/`). Passages speak to the reader ("you"), never name
 * the sign or house they belong to a second time in a way that could contradict the chart (the
 * composer writes the placement's lead sentence itself), and are plain, warm and specific.
 */

/** Bodies the corpus interprets. `node` is the lunar north node (mean or true, whichever the reading uses). */
export const CORPUS_BODIES = [
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
  "node",
] as const;

/** A body the corpus interprets. */
export type CorpusBody = (typeof CORPUS_BODIES)[number];

/** Houses as corpus keys, "1" … "12". */
export const HOUSE_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;

/** A house key. */
export type HouseKey = (typeof HOUSE_KEYS)[number];

/** The four elements and the three modalities of the signs. */
export type Element = "fire" | "earth" | "air" | "water";
/** A modality (quality) of the signs. */
export type Modality = "cardinal" | "fixed" | "mutable";

/** Aspect patterns the composer detects. */
export type PatternKey = "grand_trine" | "t_square" | "grand_cross" | "yod";

/**
 * One interpretation: `short` is one sentence (brief readings); `long` is two to four sentences
 * that stand alone without `short` (standard and full readings).
 */
export interface Passage {
  short: string;
  long: string;
}

/**
 * A body pair's key: the two bodies in {@link CORPUS_BODIES} order joined by "-", e.g.
 * `"sun-moon"`, `"venus-node"`.
 */
export type PairKey = `${CorpusBody}-${CorpusBody}`;

/** What an aspect between a pair means, by family: the conjunction, the easy and the hard aspects. */
export interface PairPassages {
  conjunction: Passage;
  /** Sextile and trine. */
  harmonious: Passage;
  /** Square and opposition. */
  challenging: Passage;
}

/** Every passage a reading can draw on, in one language. */
export interface Corpus {
  language: string;
  bodyInSign: Record<CorpusBody, Record<Sign, Passage>>;
  bodyInHouse: Record<CorpusBody, Record<HouseKey, Passage>>;
  angleInSign: { ascendant: Record<Sign, Passage>; midheaven: Record<Sign, Passage> };
  /** One sentence on what each aspect type does in general, used before pair passages. */
  aspectTypes: Record<AspectType, Passage>;
  /** Keyed by {@link PairKey} for every unordered pair of distinct corpus bodies (55 pairs). */
  aspects: Record<string, PairPassages>;
  elements: Record<Element, { dominant: Passage; lacking: Passage }>;
  modalities: Record<Modality, { dominant: Passage; lacking: Passage }>;
  /** The chart ruler (ruler of the ascendant's sign), by ruling planet (modern rulers). */
  chartRuler: Record<
    | "sun"
    | "moon"
    | "mercury"
    | "venus"
    | "mars"
    | "jupiter"
    | "saturn"
    | "uranus"
    | "neptune"
    | "pluto",
    Passage
  >;
  /** Three or more bodies in one sign, or in one house. */
  stellium: { sign: Record<Sign, Passage>; house: Record<HouseKey, Passage> };
  patterns: Record<PatternKey, Passage>;
}

/** The bodies a reading places: the corpus bodies, with the node as the chart's mean node. */
export type PlacedBody = CorpusBody;

/**
 * The words and sentence templates around the corpus passages in one language: names, ordinals,
 * titles and the lead sentences the composer writes (which name the sign and house as the chart
 * has them).
 */
export interface Phrases {
  bodyName: Record<CorpusBody, string>;
  signName: Record<Sign, string>;
  aspectName: Record<AspectType, string>;
  elementName: Record<Element, string>;
  modalityName: Record<Modality, string>;
  patternName: Record<PatternKey, string>;
  /** "tenth house" for 10. */
  houseOrdinal: (house: number) => string;
  readingTitle: string;
  titles: {
    overview: string;
    angles: string;
    aspects: string;
    balance: string;
    chartRuler: string;
    stelliums: string;
    patterns: string;
    birthTime: string;
  };
  /** "Your Sun is in Gemini, in the ninth house." */
  placementLead: (body: string, sign: string, house: string | null) => string;
  /** Why a placement has no house: the birth time is unknown. */
  noHouse: (body: string) => string;
  /** "Your ascendant (rising sign) is Libra." */
  angleLead: (angle: "ascendant" | "midheaven", sign: string) => string;
  /** "The Sun and the Moon are in trine (orb 0.3°, applying)." */
  aspectLead: (a: string, b: string, aspect: string, orb: number, applying: boolean) => string;
  /** "Your chart ruler is Venus, the ruler of your Libra ascendant; it is in Taurus, in the eighth house." */
  chartRulerLead: (
    ruler: string,
    ascendantSign: string,
    sign: string,
    house: string | null,
  ) => string;
  /** "Most of your planets are in fire signs (5 of 10)." */
  elementDominantLead: (element: string, count: number, total: number) => string;
  elementLackingLead: (element: string) => string;
  modalityDominantLead: (modality: string, count: number, total: number) => string;
  modalityLackingLead: (modality: string) => string;
  /** "Sun, Mercury and Venus are gathered in Gemini." */
  stelliumLead: (bodies: string[], where: string) => string;
  /** "Sun, Moon and Jupiter form a grand trine." */
  patternLead: (bodies: string[], pattern: string) => string;
  /** Unknown birth time: why houses and angles are missing, and the Moon's range that day. */
  unknownTime: (moonFrom: string, moonTo: string) => string;
  /** Opening of the birth-time section of a chart whose placements change near the stated time. */
  sensitiveIntro: string;
  /**
   * "With a birth time 4 minutes later, your ascendant would be in Virgo rather than Leo."
   * `subject` is a sentence subject ("your ascendant", "Mars"); `alternative` and `current` are
   * what follows "in" ("Virgo", "your third house"); `minutes` is rounded, 0 for under half a minute.
   */
  sensitiveChange: (
    subject: string,
    alternative: string,
    current: string,
    minutes: number,
    later: boolean,
  ) => string;
  /** Closing advice of the birth-time section. */
  sensitiveAdvice: string;
  /** The overview's opening: the Sun, Moon and (when known) rising sign. */
  overview: (sun: string, moon: string, rising: string | null) => string;
}
