import type { ChartData } from "../astro/chart.ts";
import { type Sign, signOf } from "../astro/signs.ts";
import type { BirthTimeNote } from "./birth-time-notes.ts";
import {
  aspectPatterns,
  elementBalance,
  modalityBalance,
  PLANETS,
  planetPlacements,
  RULER_OF,
  stelliums,
} from "./chart-features.ts";
import { CORPORA, type Language } from "./corpus/index.ts";
import {
  CORPUS_BODIES,
  type Corpus,
  type CorpusBody,
  type HouseKey,
  type Passage,
  type Phrases,
} from "./corpus/types.ts";

/** How much a reading says: `brief` one sentence per part, `standard` paragraphs, `full` everything. */
export type ReadingDetail = "brief" | "standard" | "full";

/** A body's place in the chart as the reading states it. */
export interface ReadingPlacement {
  body: CorpusBody;
  sign: Sign;
  /** 1–12; null when the birth time is unknown. */
  house: number | null;
}

/** One section of a reading. `body` is the celestial body a placement section is about. */
export interface ReadingSection {
  key: string;
  title: string;
  body: CorpusBody | null;
  text: string;
}

/** A composed reading: placements, sections, and the whole text in Markdown. */
export interface ComposedReading {
  placements: ReadingPlacement[];
  sections: ReadingSection[];
  text: string;
}

/** How many aspects each detail level discusses (tightest orb first); full discusses all. */
const ASPECT_LIMIT: Record<ReadingDetail, number> = { brief: 3, standard: 8, full: Infinity };

/** The chart body a corpus body reads from: the node is the mean node (steady, as most readings use). */
const CHART_BODY: Record<CorpusBody, string> = Object.fromEntries(
  CORPUS_BODIES.map((b) => [b, b === "node" ? "mean_node" : b]),
) as Record<CorpusBody, string>;

const CORPUS_BODY_OF = new Map(CORPUS_BODIES.map((b) => [CHART_BODY[b], b]));

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function houseKey(house: number): HouseKey {
  return String(house) as HouseKey;
}

/**
 * Writes a natal reading from a chart and the corpus of a language: deterministic (the same chart
 * and options give the same reading, word for word). Each placement section names the body's sign
 * and house exactly as the chart has them; with an unknown birth time it says why there is no
 * house, and the reading leaves out the angles, houses and chart ruler. With `birthTimeNotes`
 * (./birth-time-notes.ts: placements that change within minutes of the stated time), a
 * "birth_time" section after the overview names them: the nearest only at `brief`, all with an
 * opening and advice otherwise.
 *
 * @throws {Error} if the chart lacks a body (a chart from `computeChart` never does).
 */
export function composeReading(
  chart: ChartData,
  options: { detail: ReadingDetail; language: Language; birthTimeNotes?: BirthTimeNote[] },
): ComposedReading {
  const { corpus, phrases } = CORPORA[options.language];
  const { detail } = options;
  const pick = (p: Passage) => (detail === "brief" ? p.short : p.long);
  const sections: ReadingSection[] = [];
  const name = (b: CorpusBody) => phrases.bodyName[b];
  const house = (h: number | null) => (h === null ? null : phrases.houseOrdinal(h));

  const placements: ReadingPlacement[] = CORPUS_BODIES.map((body) => {
    const b = chart.bodies.find((x) => x.id === CHART_BODY[body]);
    if (!b) throw new Error(`chart has no ${CHART_BODY[body]}`);
    return { body, sign: b.sign, house: b.house };
  });
  const placementOf = (body: CorpusBody) =>
    placements[CORPUS_BODIES.indexOf(body)] as ReadingPlacement;

  const ascendantSign = chart.angles ? signOf(chart.angles.ascendant).sign : null;
  sections.push({
    key: "overview",
    title: phrases.titles.overview,
    body: null,
    text: phrases.overview(
      phrases.signName[placementOf("sun").sign],
      phrases.signName[placementOf("moon").sign],
      ascendantSign ? phrases.signName[ascendantSign] : null,
    ),
  });
  if (!chart.time_known && chart.moon_range) {
    sections.push({
      key: "birth_time",
      title: phrases.titles.birthTime,
      body: null,
      text: phrases.unknownTime(
        phrases.signName[signOf(chart.moon_range.start_longitude).sign],
        phrases.signName[signOf(chart.moon_range.end_longitude).sign],
      ),
    });
  }

  const notes = chart.time_known ? (options.birthTimeNotes ?? []) : [];
  if (notes.length > 0) {
    sections.push({
      key: "birth_time",
      title: phrases.titles.birthTime,
      body: null,
      text: birthTimeText(phrases, detail === "brief" ? notes.slice(0, 1) : notes, detail),
    });
  }

  for (const p of placements) {
    const sign = phrases.signName[p.sign];
    const parts = [phrases.placementLead(name(p.body), sign, house(p.house))];
    parts.push(pick(corpus.bodyInSign[p.body][p.sign]));
    parts.push(
      p.house === null
        ? phrases.noHouse(name(p.body))
        : pick(corpus.bodyInHouse[p.body][houseKey(p.house)]),
    );
    sections.push({
      key: `placement.${p.body}`,
      title: `${capitalize(name(p.body))} in ${sign}${p.house === null ? "" : `, ${house(p.house)}`}`,
      body: p.body,
      text: parts.join(" "),
    });
  }

  if (chart.angles && ascendantSign) {
    const midheavenSign = signOf(chart.angles.midheaven).sign;
    sections.push({
      key: "angle.ascendant",
      title: `${phrases.titles.angles}: ${phrases.signName[ascendantSign]} rising`,
      body: null,
      text: `${phrases.angleLead("ascendant", phrases.signName[ascendantSign])} ${pick(corpus.angleInSign.ascendant[ascendantSign])}`,
    });
    sections.push({
      key: "angle.midheaven",
      title: `${phrases.titles.angles}: midheaven in ${phrases.signName[midheavenSign]}`,
      body: null,
      text: `${phrases.angleLead("midheaven", phrases.signName[midheavenSign])} ${pick(corpus.angleInSign.midheaven[midheavenSign])}`,
    });
    if (detail !== "brief")
      sections.push(chartRulerSection(corpus, phrases, ascendantSign, placementOf, pick));
  }

  if (detail !== "brief") sections.push(...balanceSections(chart, corpus, phrases, pick));
  sections.push(...aspectSections(chart, corpus, phrases, detail, pick));
  if (detail !== "brief")
    sections.push(...stelliumAndPatternSections(chart, corpus, phrases, pick));

  const text = `# ${phrases.readingTitle}\n\n${sections.map((s) => `## ${s.title}\n\n${s.text}`).join("\n\n")}\n`;
  return { placements, sections, text };
}

/** The sentences of a birth-time section: one per note, with an opening and advice unless brief. */
function birthTimeText(phrases: Phrases, notes: BirthTimeNote[], detail: ReadingDetail): string {
  const sentences = notes.map((n) => {
    const minutes = Math.round(Math.abs(n.offsetSeconds) / 60);
    const later = n.offsetSeconds >= 0;
    if (n.kind === "body_house") {
      return phrases.sensitiveChange(
        phrases.bodyName[n.subject],
        `your ${phrases.houseOrdinal(n.alternative)}`,
        `your ${phrases.houseOrdinal(n.current)}`,
        minutes,
        later,
      );
    }
    const subject = n.kind === "angle_sign" ? `your ${n.subject}` : phrases.bodyName[n.subject];
    return phrases.sensitiveChange(
      subject,
      phrases.signName[n.alternative],
      phrases.signName[n.current],
      minutes,
      later,
    );
  });
  if (detail === "brief") return sentences.join(" ");
  return [phrases.sensitiveIntro, ...sentences, phrases.sensitiveAdvice].join(" ");
}

function chartRulerSection(
  corpus: Corpus,
  phrases: Phrases,
  ascendantSign: Sign,
  placementOf: (b: CorpusBody) => ReadingPlacement,
  pick: (p: Passage) => string,
): ReadingSection {
  const ruler = RULER_OF[ascendantSign];
  const at = placementOf(ruler);
  return {
    key: "chart_ruler",
    title: phrases.titles.chartRuler,
    body: ruler,
    text: `${phrases.chartRulerLead(
      phrases.bodyName[ruler],
      phrases.signName[ascendantSign],
      phrases.signName[at.sign],
      at.house === null ? null : phrases.houseOrdinal(at.house),
    )} ${pick(corpus.chartRuler[ruler])}`,
  };
}

function balanceSections(
  chart: ChartData,
  corpus: Corpus,
  phrases: Phrases,
  pick: (p: Passage) => string,
): ReadingSection[] {
  const placements = planetPlacements(chart);
  const total = PLANETS.length;
  const elements = elementBalance(placements);
  const modalities = modalityBalance(placements);
  const parts: string[] = [];
  if (elements.dominant) {
    const e = elements.dominant;
    parts.push(phrases.elementDominantLead(phrases.elementName[e], elements.counts[e], total));
    parts.push(pick(corpus.elements[e].dominant));
  }
  for (const e of elements.lacking) {
    parts.push(
      phrases.elementLackingLead(phrases.elementName[e]),
      pick(corpus.elements[e].lacking),
    );
  }
  if (modalities.dominant) {
    const m = modalities.dominant;
    parts.push(phrases.modalityDominantLead(phrases.modalityName[m], modalities.counts[m], total));
    parts.push(pick(corpus.modalities[m].dominant));
  }
  for (const m of modalities.lacking) {
    parts.push(
      phrases.modalityLackingLead(phrases.modalityName[m]),
      pick(corpus.modalities[m].lacking),
    );
  }
  return parts.length === 0
    ? []
    : [{ key: "balance", title: phrases.titles.balance, body: null, text: parts.join(" ") }];
}

function aspectSections(
  chart: ChartData,
  corpus: Corpus,
  phrases: Phrases,
  detail: ReadingDetail,
  pick: (p: Passage) => string,
): ReadingSection[] {
  const order = (b: CorpusBody) => CORPUS_BODIES.indexOf(b);
  const aspects = chart.aspects
    .map((a) => ({ ...a, ca: CORPUS_BODY_OF.get(a.a), cb: CORPUS_BODY_OF.get(a.b) }))
    .filter((a): a is typeof a & { ca: CorpusBody; cb: CorpusBody } => !!a.ca && !!a.cb)
    // Tightest first; ties broken by body order, so the reading is deterministic.
    .sort((x, y) => x.orb - y.orb || order(x.ca) - order(y.ca) || order(x.cb) - order(y.cb))
    .slice(0, ASPECT_LIMIT[detail]);
  return aspects.map((a) => {
    const [first, second] = order(a.ca) < order(a.cb) ? [a.ca, a.cb] : [a.cb, a.ca];
    const family =
      a.type === "conjunction"
        ? "conjunction"
        : a.type === "sextile" || a.type === "trine"
          ? "harmonious"
          : "challenging";
    const pair = corpus.aspects[`${first}-${second}`];
    if (!pair) throw new Error(`corpus has no aspect pair ${first}-${second}`);
    const parts = [
      phrases.aspectLead(
        phrases.bodyName[first],
        phrases.bodyName[second],
        phrases.aspectName[a.type],
        a.orb,
        a.applying,
      ),
    ];
    if (detail === "full") parts.push(corpus.aspectTypes[a.type].short);
    parts.push(pick(pair[family]));
    return {
      key: `aspect.${first}-${second}`,
      title: `${capitalize(phrases.bodyName[first])} ${phrases.aspectName[a.type]} ${phrases.bodyName[second]}`,
      body: null,
      text: parts.join(" "),
    };
  });
}

function stelliumAndPatternSections(
  chart: ChartData,
  corpus: Corpus,
  phrases: Phrases,
  pick: (p: Passage) => string,
): ReadingSection[] {
  const placements = planetPlacements(chart);
  const out: ReadingSection[] = [];
  for (const s of stelliums(placements)) {
    const names = s.bodies.map((b) => phrases.bodyName[b]);
    if (s.sign) {
      out.push({
        key: `stellium.sign.${s.sign}`,
        title: `${phrases.titles.stelliums}: ${phrases.signName[s.sign]}`,
        body: null,
        text: `${phrases.stelliumLead(names, phrases.signName[s.sign])} ${pick(corpus.stellium.sign[s.sign])}`,
      });
    } else if (s.house) {
      const where = `your ${phrases.houseOrdinal(s.house)}`;
      out.push({
        key: `stellium.house.${s.house}`,
        title: `${phrases.titles.stelliums}: ${phrases.houseOrdinal(s.house)}`,
        body: null,
        text: `${phrases.stelliumLead(names, where)} ${pick(corpus.stellium.house[houseKey(s.house)])}`,
      });
    }
  }
  for (const p of aspectPatterns(chart, placements)) {
    out.push({
      key: `pattern.${p.key}.${p.bodies.join("-")}`,
      title: `${phrases.titles.patterns}: ${phrases.patternName[p.key]}`,
      body: null,
      text: `${phrases.patternLead(
        p.bodies.map((b) => phrases.bodyName[b]),
        phrases.patternName[p.key],
      )} ${pick(corpus.patterns[p.key])}`,
    });
  }
  return out;
}
