import { z } from "@hono/zod-openapi";

/**
 * Control characters (`\p{Cc}`: C0, DEL and C1); the line and paragraph separators U+2028 and
 * U+2029, which break a log line or a listing like a newline does; and the Unicode bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible in a list
 * or a dashboard, and the bidi ones reorder what is shown around them ("Trojan Source",
 * CVE-2021-42574).
 */
const HIDDEN_CONTROLS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * A character that shows: anything but white space, the default-ignorable code points (zero-width
 * spaces and joiners, U+FEFF, variation selectors, tags, Hangul fillers…), the other format
 * characters (`\p{Cf}`: interlinear annotation marks, Egyptian format controls…), the
 * noncharacters (U+FDD0…, U+FFFF…) and the braille blank U+2800, all of which render as nothing.
 */
const VISIBLE =
  /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Noncharacter_Code_Point}\u2800]/u;

/** Half of a surrogate pair alone: not text, and stored as U+FFFD, unlike what was echoed. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A free-text label a person reads back (a key's name, a webhook's description): a string of at
 * most `max` characters (code points: zod counts an emoji as one) of well-formed Unicode without
 * {@link HIDDEN_CONTROLS}. Other Unicode is kept as sent. With `required`, it must also show
 * something: at least one {@link VISIBLE} character (a name of spaces or zero-width characters
 * alone would list as blank).
 */
export function plainText(max: number, required = false) {
  const text = z
    .string()
    .min(required ? 1 : 0)
    .max(max, { abort: true })
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: "must be well-formed Unicode (a lone surrogate half is not)",
      abort: true,
    })
    .refine((text) => !HIDDEN_CONTROLS.test(text), {
      message:
        "must not contain control characters, line or paragraph separators, or bidirectional embedding, override or isolate characters",
      abort: true,
    });
  return required
    ? text.refine((value) => value === "" || VISIBLE.test(value), {
        message: "must show at least one character: not only spaces or invisible characters",
      })
    : text;
}
