import type { PlanetId } from "../../astro/planet-longitude.ts";
import type { CorpusBody, HouseKey, Passage } from "./types.ts";

/** Aspect families, as the natal pair passages group them. */
export type AspectFamily = "conjunction" | "harmonious" | "challenging";

/**
 * What transit readings are composed from, in one language: what each transiting body brings
 * while it aspects a natal point, and what each aspect family feels like as a passing event.
 * Passages never name a sign, a house or a date: the composer's lead sentences state those.
 */
export interface TransitCorpus {
  bodies: Record<PlanetId, Passage>;
  families: Record<AspectFamily, Passage>;
}

/**
 * What synastry readings are composed from, in one language: what each body brings to a contact
 * between two charts, what each aspect family does between two people, and what the partner's
 * planets bring to each of the reader's houses.
 */
export interface SynastryCorpus {
  bodies: Record<CorpusBody, Passage>;
  families: Record<AspectFamily, Passage>;
  houses: Record<HouseKey, Passage>;
}

/**
 * The words and lead sentences of transit and synastry readings in one language: they state the
 * facts (bodies, aspects, dates, houses) around the corpus passages.
 */
export interface RelationPhrases {
  transitTitle: string;
  synastryTitle: string;
  titles: { overview: string; overlays: string };
  /** "your ascendant", "your midheaven". */
  angleName: { ascendant: string; midheaven: string };
  /** Transit overview at one instant (`date` YYYY-MM-DD, UTC). */
  transitOverviewAt: (date: string, count: number) => string;
  /** Transit overview of a range. */
  transitOverviewRange: (from: string, to: string, count: number) => string;
  /** "Transiting Saturn is in square to your natal Sun (orb 0.4°, applying)." */
  transitAtLead: (
    body: string,
    aspect: string,
    natal: string,
    orb: number,
    applying: boolean,
  ) => string;
  /** A range event: perfection dates and the orb's edges (null: before or after the range). */
  transitRangeLead: (
    body: string,
    aspect: string,
    natal: string,
    exact: string[],
    enters: string | null,
    leaves: string | null,
  ) => string;
  /** Synastry overview: each chart's Sun and Moon signs and the number of contacts. */
  synastryOverview: (
    yourSun: string,
    yourMoon: string,
    theirSun: string,
    theirMoon: string,
    count: number,
  ) => string;
  /** "Your Venus and their Mars form a trine (orb 1.2°)." */
  synastryAspectLead: (yours: string, theirs: string, aspect: string, orb: number) => string;
  /** "Their Sun and Venus fall in your seventh house." */
  overlayLead: (bodies: string[], house: string) => string;
  /** Why there are no overlays: the reader's birth time is unknown. */
  noOverlays: string;
}
