import { RELATION_PHRASES } from "./en/relation-phrases.ts";
import { SYNASTRY } from "./en/synastry.ts";
import { TRANSITS } from "./en/transits.ts";
import type { Language } from "./index.ts";
import type { RelationPhrases, SynastryCorpus, TransitCorpus } from "./relations-types.ts";

/** The transit and synastry corpora and their phrases, for every reading language. */
export const RELATION_CORPORA: Record<
  Language,
  { transits: TransitCorpus; synastry: SynastryCorpus; phrases: RelationPhrases }
> = {
  en: { transits: TRANSITS, synastry: SYNASTRY, phrases: RELATION_PHRASES },
};
