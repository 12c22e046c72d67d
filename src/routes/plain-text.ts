import { z } from "@hono/zod-openapi";

/**
 * Control characters (`\p{Cc}`: C0, DEL and C1), and the Unicode bidirectional embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible in a list or a
 * dashboard, and the bidi ones reorder what is shown around them ("Trojan Source",
 * CVE-2021-42574).
 */
const HIDDEN_CONTROLS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** Half of a surrogate pair alone: not text, and stored as U+FFFD, unlike what was echoed. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A free-text label a person reads back (a key's name, a webhook's description): a string of at
 * most `max` UTF-16 units of well-formed Unicode without {@link HIDDEN_CONTROLS}. Other Unicode
 * is kept as sent.
 */
export function plainText(max: number, min = 0) {
  return z
    .string()
    .min(min)
    .max(max, { abort: true })
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: "must be well-formed Unicode (a lone surrogate half is not)",
      abort: true,
    })
    .refine((text) => !HIDDEN_CONTROLS.test(text), {
      message:
        "must not contain control characters or bidirectional embedding, override or isolate characters",
    });
}
