import type { AspectType } from "../astro/aspects.ts";
import type { ChartData } from "../astro/chart.ts";
import type { PlanetId } from "../astro/planet-longitude.ts";
import type { TransitEvent } from "../astro/transits.ts";
import { transitsOfChart } from "../charts/compute-transits.ts";
import type { TransitWindow } from "../charts/transit-window.ts";
import type { ComposedReading, ReadingDetail, ReadingSection } from "./compose-reading.ts";
import { CORPORA, type Language } from "./corpus/index.ts";
import { RELATION_CORPORA } from "./corpus/relations.ts";
import type { AspectFamily } from "./corpus/relations-types.ts";
import { CORPUS_BODIES, type CorpusBody, type Passage } from "./corpus/types.ts";

/** How many transits each detail level discusses. */
const TRANSIT_LIMIT: Record<ReadingDetail, number> = { brief: 3, standard: 8, full: 24 };

/** Transiting bodies by weight, slowest first: a range reading discusses the weightiest transits. */
const BODY_WEIGHT: readonly PlanetId[] = [
  "pluto",
  "neptune",
  "uranus",
  "saturn",
  "jupiter",
  "mars",
  "sun",
  "venus",
  "mercury",
  "moon",
];

/** Natal points by weight: the lights and angles first, then the corpus order. */
const NATAL_WEIGHT: readonly string[] = [
  "sun",
  "moon",
  "ascendant",
  "midheaven",
  ...CORPUS_BODIES.filter((b) => b !== "sun" && b !== "moon"),
];

/** The family of an aspect type, as the corpus groups them. */
export function aspectFamily(type: AspectType): AspectFamily {
  if (type === "conjunction") return "conjunction";
  return type === "sextile" || type === "trine" ? "harmonious" : "challenging";
}

/** The corpus point a chart point reads as (the node is the mean node; the true node is left out). */
export function corpusPoint(id: string): CorpusBody | "ascendant" | "midheaven" | undefined {
  if (id === "mean_node") return "node";
  if (id === "ascendant" || id === "midheaven") return id;
  return (CORPUS_BODIES as readonly string[]).includes(id) ? (id as CorpusBody) : undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A passage's text for the detail level, or nothing when the reading already used it. */
export function oncePer(used: Set<string>, detail: ReadingDetail) {
  return (p: Passage): string[] => {
    const text = detail === "brief" ? p.short : p.long;
    if (used.has(text)) return [];
    used.add(text);
    return [text];
  };
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * Writes a transit reading: the sky at `window.at`, or over `window.from`–`to`, against a natal
 * chart, from the transit corpus of a language. Deterministic. At an instant the tightest aspects
 * come first; over a range the weightiest (slowest transiting body, then the lights and angles)
 * are chosen and told in order of time. Each transit's lead sentence states the facts (bodies,
 * aspect, orb or dates); a corpus passage is used once per reading. `placements` are the
 * transiting bodies at the instant (or the range's start), with the natal house they transit.
 */
export function composeTransitReading(
  chart: ChartData,
  window: TransitWindow,
  options: { detail: ReadingDetail; language: Language },
): ComposedReading {
  const { phrases: names } = CORPORA[options.language];
  const { transits: corpus, phrases } = RELATION_CORPORA[options.language];
  const { detail } = options;
  const once = oncePer(new Set(), detail);
  const pointName = (id: string) => {
    const p = corpusPoint(id) as CorpusBody | "ascendant" | "midheaven";
    return p === "ascendant" || p === "midheaven" ? phrases.angleName[p] : names.bodyName[p];
  };
  const title = (body: PlanetId, type: AspectType, natal: string) =>
    `${capitalize(names.bodyName[body].replace(/^the /, ""))} ${names.aspectName[type]} natal ${pointName(natal).replace(/^the /, "")}`;
  const passages = (body: PlanetId, type: AspectType) => [
    ...once(corpus.bodies[body]),
    ...(detail === "brief" ? [] : once(corpus.families[aspectFamily(type)])),
  ];

  const result = transitsOfChart(null, chart, window);
  // Placements: the sky at the instant, or at the range's start.
  const sky = "at" in window ? result : transitsOfChart(null, chart, { at: window.from });
  const placements = (("positions" in sky && sky.positions) || []).map((p) => ({
    body: p.id as CorpusBody,
    sign: p.sign,
    house: p.natal_house,
  }));
  const sections: ReadingSection[] = [];
  if ("aspects" in result) {
    const aspects = result.aspects
      .filter((a) => corpusPoint(a.b) !== undefined)
      .sort((x, y) => x.orb - y.orb || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    sections.push({
      key: "overview",
      title: phrases.titles.overview,
      body: null,
      text: phrases.transitOverviewAt(day(result.at), aspects.length),
    });
    aspects.slice(0, TRANSIT_LIMIT[detail]).forEach((a, i) => {
      const body = a.a as PlanetId;
      sections.push({
        key: `transit.${i + 1}.${body}-${a.type}-${a.b}`,
        title: title(body, a.type, a.b),
        body,
        text: [
          phrases.transitAtLead(
            names.bodyName[body],
            names.aspectName[a.type],
            pointName(a.b),
            a.orb,
            a.applying,
          ),
          ...passages(body, a.type),
        ].join(" "),
      });
    });
  } else {
    const events = result.events.filter((e) => corpusPoint(e.natal) !== undefined);
    const rank = (e: TransitEvent) =>
      BODY_WEIGHT.indexOf(e.transiting) * 100 +
      NATAL_WEIGHT.indexOf(corpusPoint(e.natal) as string);
    const when = (e: TransitEvent) => e.exact_at[0] ?? e.enters_orb_at ?? result.from;
    const chosen = events
      .map((e, order) => ({ e, order }))
      .sort((x, y) => rank(x.e) - rank(y.e) || x.order - y.order)
      .slice(0, TRANSIT_LIMIT[detail])
      .sort((x, y) => when(x.e).localeCompare(when(y.e)) || x.order - y.order);
    sections.push({
      key: "overview",
      title: phrases.titles.overview,
      body: null,
      text: phrases.transitOverviewRange(day(result.from), day(result.to), events.length),
    });
    chosen.forEach(({ e }, i) => {
      sections.push({
        key: `transit.${i + 1}.${e.transiting}-${e.type}-${e.natal}`,
        title: title(e.transiting, e.type, e.natal),
        body: e.transiting,
        text: [
          phrases.transitRangeLead(
            names.bodyName[e.transiting],
            names.aspectName[e.type],
            pointName(e.natal),
            [...new Set(e.exact_at.map(day))],
            e.enters_orb_at === null ? null : day(e.enters_orb_at),
            e.leaves_orb_at === null ? null : day(e.leaves_orb_at),
          ),
          ...passages(e.transiting, e.type),
        ].join(" "),
      });
    });
  }
  const text = `# ${phrases.transitTitle}\n\n${sections.map((s) => `## ${s.title}\n\n${s.text}`).join("\n\n")}\n`;
  return { placements, sections, text };
}
