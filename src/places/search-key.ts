/** Letters that Unicode compatibility decomposition leaves whole, spelled as ASCII. */
const LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * The form in which place names are compared: Unicode NFKD with the combining marks removed,
 * lower case, a few letters without a decomposition spelled out (ß → ss, ø → o, ł → l …),
 * apostrophes and ‘ayn/hamza signs dropped, every other run of non-letters and non-digits one
 * space, trimmed. So "São Paulo", "sao-paulo" and "SAO PAULO" all give "sao paulo", and
 * "Ta‘izz" and "Ta`izz" both "taizz".
 */
export function placeSearchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’‘`ʻʼʿʾ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
