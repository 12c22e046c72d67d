/** Small English helpers shared by the phrase tables (src/readings/corpus/en/*phrases.ts). */

/** "A, B and C" (one item: itself; none: ""). */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Capitalizes the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The noun with its indefinite article by its first letter: "an opposition", "a trine", "an air
 * sign". A leading "u" keeps "a" (a unique, a Uranus): enough for the corpus's aspect, pattern,
 * element and modality names, none of which starts with a silent consonant.
 */
export function withArticle(noun: string): string {
  return `${/^[aeio]/i.test(noun) ? "an" : "a"} ${noun}`;
}
