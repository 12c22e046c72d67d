import type { ChartData } from "../astro/chart.ts";
import { synastryOfCharts } from "../charts/compare-charts.ts";
import type { ComposedReading, ReadingDetail, ReadingSection } from "./compose-reading.ts";
import { aspectFamily, corpusPoint, oncePer } from "./compose-transit-reading.ts";
import { CORPORA, type Language } from "./corpus/index.ts";
import { RELATION_CORPORA } from "./corpus/relations.ts";
import { CORPUS_BODIES, type CorpusBody, type HouseKey } from "./corpus/types.ts";

/** How many inter-chart aspects each detail level discusses (closest first); full: all. */
const ASPECT_LIMIT: Record<ReadingDetail, number> = { brief: 3, standard: 8, full: Infinity };

/** How many houses of overlays each detail level discusses (most occupied first); else all. */
const OVERLAY_LIMIT: Record<ReadingDetail, number> = { brief: 3, standard: 12, full: 12 };

/** A chart's body; a chart from `computeChart` has them all. */
function bodyOf(chart: ChartData, id: string): ChartData["bodies"][number] {
  const body = chart.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`chart has no ${id}`);
  return body;
}

function isCorpusBody(id: string): boolean {
  const p = corpusPoint(id);
  return p !== undefined && p !== "ascendant" && p !== "midheaven";
}

/**
 * Writes a synastry reading addressed to the first chart's owner ("you") about the second
 * ("them"), from the synastry corpus of a language. Deterministic. Aspects between the two
 * charts' planets and nodes (the single-chart rule, natal orbs), closest first, then the
 * partner's planets in the reader's houses (omitted, with a sentence why, when the reader's birth
 * time is unknown). A corpus passage is used once per reading. `placements` are the partner's
 * bodies: their sign, and the house of the reader's chart they fall in.
 *
 * @throws {ZodiacMismatchError} when the charts use different zodiacs (refused when the reading
 *   was asked for).
 * @throws {Error} if a chart lacks a body (a chart from `computeChart` never does).
 */
export function composeSynastryReading(
  chart: ChartData,
  partner: ChartData,
  options: { detail: ReadingDetail; language: Language },
): ComposedReading {
  const { phrases: names } = CORPORA[options.language];
  const { synastry: corpus, phrases } = RELATION_CORPORA[options.language];
  const { detail } = options;
  const once = oncePer(new Set(), detail);
  const result = synastryOfCharts({ id: null, chart }, { id: null, chart: partner });
  const order = (id: string) => CORPUS_BODIES.indexOf(corpusPoint(id) as CorpusBody);
  const aspects = result.aspects
    .filter((a) => isCorpusBody(a.a) && isCorpusBody(a.b))
    .sort((x, y) => x.orb - y.orb || order(x.a) - order(y.a) || order(x.b) - order(y.b));
  const sign = (c: ChartData, id: string) => names.signName[bodyOf(c, id).sign];

  const sections: ReadingSection[] = [
    {
      key: "overview",
      title: phrases.titles.overview,
      body: null,
      text: phrases.synastryOverview(
        sign(chart, "sun"),
        sign(chart, "moon"),
        sign(partner, "sun"),
        sign(partner, "moon"),
        aspects.length,
      ),
    },
  ];
  aspects.slice(0, ASPECT_LIMIT[detail]).forEach((a, i) => {
    const yours = corpusPoint(a.a) as CorpusBody;
    const theirs = corpusPoint(a.b) as CorpusBody;
    sections.push({
      key: `synastry.${i + 1}.${yours}-${a.type}-${theirs}`,
      title: `Your ${names.bodyName[yours].replace(/^the /, "")} ${names.aspectName[a.type]} their ${names.bodyName[theirs].replace(/^the /, "")}`,
      body: yours,
      text: [
        phrases.synastryAspectLead(
          names.bodyName[yours],
          names.bodyName[theirs],
          names.aspectName[a.type],
          a.orb,
        ),
        ...once(corpus.bodies[yours]),
        ...(detail === "brief" ? [] : once(corpus.bodies[theirs])),
        ...(detail === "brief" ? [] : once(corpus.families[aspectFamily(a.type)])),
      ].join(" "),
    });
  });

  const overlays = (result.second_in_first_houses ?? []).filter((o) => isCorpusBody(o.body));
  if (result.second_in_first_houses === null) {
    sections.push({
      key: "overlays",
      title: phrases.titles.overlays,
      body: null,
      text: phrases.noOverlays,
    });
  } else {
    const byHouse = new Map<number, CorpusBody[]>();
    for (const o of overlays) {
      byHouse.set(o.house, [...(byHouse.get(o.house) ?? []), corpusPoint(o.body) as CorpusBody]);
    }
    const houses = [...byHouse.entries()]
      .sort((x, y) => y[1].length - x[1].length || x[0] - y[0])
      .slice(0, OVERLAY_LIMIT[detail])
      .sort((x, y) => x[0] - y[0]);
    for (const [house, bodies] of houses) {
      sections.push({
        key: `overlay.${house}`,
        title: `${phrases.titles.overlays}: ${names.houseOrdinal(house)}`,
        body: null,
        text: [
          phrases.overlayLead(
            bodies.map((b) => names.bodyName[b]),
            names.houseOrdinal(house),
          ),
          ...once(corpus.houses[String(house) as HouseKey]),
        ].join(" "),
      });
    }
  }

  const placements = CORPUS_BODIES.map((body) => {
    const id = body === "node" ? "mean_node" : body;
    const house = overlays.find((o) => o.body === id)?.house ?? null;
    return { body, sign: bodyOf(partner, id).sign, house };
  });
  const text = `# ${phrases.synastryTitle}\n\n${sections.map((s) => `## ${s.title}\n\n${s.text}`).join("\n\n")}\n`;
  return { placements, sections, text };
}
