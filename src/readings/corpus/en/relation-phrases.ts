import type { RelationPhrases } from "../relations-types.ts";
import { list, sentence, withArticle } from "./grammar.ts";

/** "your natal Sun" from "the Sun". */
function bare(name: string): string {
  return name.replace(/^the /, "");
}

/** English lead sentences of transit and synastry readings. */
export const RELATION_PHRASES: RelationPhrases = {
  transitTitle: "Your transits",
  synastryTitle: "Your synastry reading",
  titles: { overview: "Overview", overlays: "Their planets in your houses" },
  angleName: { ascendant: "ascendant", midheaven: "midheaven" },
  transitOverviewAt: (date, count) =>
    count === 0
      ? `On ${date} no transiting planet is within orb of an aspect to your natal chart, so the sky leaves you a quiet day.`
      : `On ${date}, ${count} ${count === 1 ? "transit touches" : "transits touch"} your natal chart. The sections below take the most exact of them in turn.`,
  transitOverviewRange: (from, to, count) =>
    count === 0
      ? `From ${from} to ${to} no transiting planet comes within orb of an aspect to your natal chart.`
      : `From ${from} to ${to}, ${count} ${count === 1 ? "transit touches" : "transits touch"} your natal chart. The sections below take the slowest and weightiest of them in order of time.`,
  transitAtLead: (body, aspect, natal, orb, applying) =>
    `Transiting ${bare(body)} is in ${aspect} to your natal ${bare(natal)} (orb ${orb.toFixed(1)}°, ${applying ? "applying" : "separating"}).`,
  transitRangeLead: (body, aspect, natal, exact, enters, leaves) => {
    const when =
      exact.length === 0 ? "without becoming exact in this period" : `exact on ${list(exact)}`;
    const start = enters ? `from ${enters}` : "from the start of the period";
    const end = leaves ? `until ${leaves}` : "until its end";
    return `Transiting ${bare(body)} forms ${withArticle(aspect)} to your natal ${bare(natal)}, ${when}; it is in orb ${start} ${end}.`;
  },
  synastryOverview: (yourSun, yourMoon, theirSun, theirMoon, count) =>
    `Your Sun is in ${yourSun} and your Moon in ${yourMoon}; their Sun is in ${theirSun} and their Moon in ${theirMoon}. ${count} ${count === 1 ? "aspect links" : "aspects link"} your two charts, and the sections below take the closest in turn.`,
  synastryAspectLead: (yours, theirs, aspect, orb) =>
    `Your ${bare(yours)} and their ${bare(theirs)} form ${withArticle(aspect)} (orb ${orb.toFixed(1)}°).`,
  overlayLead: (bodies, house) =>
    `${sentence(`their ${list(bodies.map(bare))}`)} ${bodies.length === 1 ? "falls" : "fall"} in your ${house}.`,
  noOverlays:
    "Your birth time is unknown, so your houses, and where their planets fall in them, can't be known.",
};
