import type { Phrases } from "../types.ts";
import { list, sentence, withArticle } from "./grammar.ts";

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

/** English words and lead sentences around the corpus passages. */
export const PHRASES: Phrases = {
  bodyName: {
    sun: "the Sun",
    moon: "the Moon",
    mercury: "Mercury",
    venus: "Venus",
    mars: "Mars",
    jupiter: "Jupiter",
    saturn: "Saturn",
    uranus: "Uranus",
    neptune: "Neptune",
    pluto: "Pluto",
    node: "the North Node",
  },
  signName: {
    aries: "Aries",
    taurus: "Taurus",
    gemini: "Gemini",
    cancer: "Cancer",
    leo: "Leo",
    virgo: "Virgo",
    libra: "Libra",
    scorpio: "Scorpio",
    sagittarius: "Sagittarius",
    capricorn: "Capricorn",
    aquarius: "Aquarius",
    pisces: "Pisces",
  },
  aspectName: {
    conjunction: "conjunction",
    sextile: "sextile",
    square: "square",
    trine: "trine",
    opposition: "opposition",
  },
  elementName: { fire: "fire", earth: "earth", air: "air", water: "water" },
  modalityName: { cardinal: "cardinal", fixed: "fixed", mutable: "mutable" },
  patternName: {
    grand_trine: "grand trine",
    t_square: "T-square",
    grand_cross: "grand cross",
    yod: "yod",
  },
  houseOrdinal: (house) => `${ORDINALS[house - 1]} house`,
  readingTitle: "Your natal reading",
  titles: {
    overview: "Overview",
    angles: "Rising sign and midheaven",
    aspects: "Aspects",
    balance: "Balance of elements and modalities",
    chartRuler: "Chart ruler",
    stelliums: "Stelliums",
    patterns: "Aspect patterns",
    birthTime: "About your birth time",
  },
  placementLead: (body, sign, house) =>
    house
      ? `${sentence(body)} is in ${sign}, in your ${house}.`
      : `${sentence(body)} is in ${sign}.`,
  noHouse: (body) =>
    `Without a birth time the house of ${body} can't be known, so this section speaks to its sign alone.`,
  angleLead: (angle, sign) =>
    angle === "ascendant"
      ? `Your ascendant, the rising sign, is ${sign}.`
      : `Your midheaven, the top of the chart, is in ${sign}.`,
  aspectLead: (a, b, aspect, orb, applying) =>
    `${sentence(a)} and ${b} form ${withArticle(aspect)} (orb ${orb.toFixed(1)}°, ${applying ? "applying" : "separating"}).`,
  chartRulerLead: (ruler, ascendantSign, sign, house) =>
    `Your chart ruler is ${ruler}, ruler of your ${ascendantSign} ascendant; it is in ${sign}${house ? `, in your ${house}` : ""}.`,
  elementDominantLead: (element, count, total) =>
    `${count} of your ${total} planets are in ${element} signs.`,
  elementLackingLead: (element) => `None of your planets is in ${withArticle(element)} sign.`,
  modalityDominantLead: (modality, count, total) =>
    `${count} of your ${total} planets are in ${modality} signs.`,
  modalityLackingLead: (modality) => `None of your planets is in ${withArticle(modality)} sign.`,
  stelliumLead: (bodies, where) => `${sentence(list(bodies))} are gathered in ${where}.`,
  patternLead: (bodies, pattern) => `${sentence(list(bodies))} form ${withArticle(pattern)}.`,
  unknownTime: (moonFrom, moonTo) =>
    moonFrom === moonTo
      ? `Your birth time is unknown, so this reading uses noon and leaves out your rising sign, midheaven and houses, which change every few minutes. The Moon stayed in ${moonFrom} all that day.`
      : `Your birth time is unknown, so this reading uses noon and leaves out your rising sign, midheaven and houses, which change every few minutes. The Moon moved from ${moonFrom} into ${moonTo} that day, so your Moon sign depends on the hour you were born.`,
  sensitiveIntro:
    "Some placements in this chart change within a few minutes of the stated birth time, so they rest on the clock being right.",
  sensitiveChange: (subject, alternative, current, minutes, later) => {
    const span =
      minutes === 0 ? "less than a minute" : minutes === 1 ? "a minute" : `${minutes} minutes`;
    return `With a birth time ${span} ${later ? "later" : "earlier"}, ${subject} would be in ${alternative} rather than ${current}.`;
  },
  sensitiveAdvice:
    "Birth times are often rounded or remembered loosely, so if yours is uncertain by a few minutes, read these placements as possibilities rather than settled facts. A birth certificate or hospital record may help to settle them.",
  overview: (sun, moon, rising) =>
    rising
      ? `You were born with the Sun in ${sun}, the Moon in ${moon} and ${rising} rising. The sections below take each part of your chart in turn.`
      : `You were born with the Sun in ${sun} and the Moon in ${moon}. The sections below take each part of your chart in turn.`,
};
