import { ANGLE_IN_SIGN } from "./en/angle-in-sign.ts";
import { ASPECT_TYPES } from "./en/aspect-types.ts";
import { ASPECTS } from "./en/aspects.ts";
import { ELEMENTS, MODALITIES } from "./en/balance.ts";
import { BODY_IN_HOUSE } from "./en/body-in-house.ts";
import { BODY_IN_SIGN } from "./en/body-in-sign.ts";
import { CHART_RULER } from "./en/chart-ruler.ts";
import { PATTERNS } from "./en/patterns.ts";
import { PHRASES } from "./en/phrases.ts";
import { STELLIUM } from "./en/stellium.ts";
import type { Corpus, Phrases } from "./types.ts";

/** Languages a reading can be written in. A new language is a folder beside `en/` and a line here. */
export const LANGUAGES = ["en"] as const;

/** A reading language (ISO 639-1). */
export type Language = (typeof LANGUAGES)[number];

/** The corpus and phrases of every language. */
export const CORPORA: Record<Language, { corpus: Corpus; phrases: Phrases }> = {
  en: {
    corpus: {
      language: "en",
      bodyInSign: BODY_IN_SIGN,
      bodyInHouse: BODY_IN_HOUSE,
      angleInSign: ANGLE_IN_SIGN,
      aspectTypes: ASPECT_TYPES,
      aspects: ASPECTS,
      elements: ELEMENTS,
      modalities: MODALITIES,
      chartRuler: CHART_RULER,
      stellium: STELLIUM,
      patterns: PATTERNS,
    },
    phrases: PHRASES,
  },
};
