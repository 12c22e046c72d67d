import type { ComposedReading } from "./compose-reading.ts";

/**
 * Optional narrative through Workers AI: a model rewrites the composed reading (the grounded
 * draft) into flowing prose. The draft stays the source of truth: a rewrite that fails, times out,
 * comes back empty or drops any placement's sign or house is discarded, and the job keeps the
 * composed reading with the reason recorded.
 */

/** The part of the Workers AI binding this uses (`env.AI.run` for text generation models). */
export interface TextGenerator {
  run(
    model: string,
    input: { messages: { role: "system" | "user"; content: string }[] },
  ): Promise<unknown>;
}

/** How long a rewrite may take before the composed reading is kept, ms. */
export const NARRATE_TIMEOUT_MS = 20_000;

const INSTRUCTIONS =
  "You rewrite natal astrology readings into warm, flowing prose for the person they describe. " +
  "Keep every Markdown heading, and every planet, sign and house exactly as written. Add no new " +
  "astrological claims, predictions, or medical, legal or financial advice. Answer with the " +
  "rewritten reading in Markdown only.";

/** The outcome of a rewrite: the new text, or why the composed text was kept. */
export type NarrationResult = { text: string } | { error: string };

/** Every phrase the rewrite must keep: each section's title (it names the sign and the house). */
function groundingPhrases(draft: ComposedReading): string[] {
  return draft.sections.map((s) => s.title);
}

/**
 * Asks `ai` to rewrite `draft.text` with `model`, within {@link NARRATE_TIMEOUT_MS}.
 * Never throws: failures come back as `{ error }`.
 */
export async function narrate(
  ai: TextGenerator,
  model: string,
  draft: ComposedReading,
  timeoutMs: number = NARRATE_TIMEOUT_MS,
): Promise<NarrationResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<NarrationResult>((resolve) => {
    timer = setTimeout(() => resolve({ error: `timed out after ${timeoutMs} ms` }), timeoutMs);
  });
  const rewrite = ai
    .run(model, {
      messages: [
        { role: "system", content: INSTRUCTIONS },
        { role: "user", content: draft.text },
      ],
    })
    .then((output): NarrationResult => {
      const text = (output as { response?: unknown } | null)?.response;
      if (typeof text !== "string" || text.trim() === "")
        return { error: "the model returned no text" };
      const missing = groundingPhrases(draft).filter((phrase) => !text.includes(phrase));
      if (missing.length > 0) {
        return { error: `the rewrite dropped ${missing.length} section(s), e.g. "${missing[0]}"` };
      }
      return { text };
    })
    .catch(
      (e: unknown): NarrationResult => ({
        error: `the model failed: ${e instanceof Error ? e.message : String(e)}`,
      }),
    );
  try {
    return await Promise.race([rewrite, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
