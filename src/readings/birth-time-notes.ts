import type { Sensitivity } from "../astro/sensitivity/compute-sensitivity.ts";
import type { Sign } from "../astro/signs.ts";
import { CORPUS_BODIES, type CorpusBody } from "./corpus/types.ts";

/** How close to the stated birth time a change must be for the reading to mention it, minutes. */
export const READING_SENSITIVE_MINUTES = 10;

/** At most this many changes are mentioned, nearest first. */
export const READING_SENSITIVE_LIMIT = 4;

/**
 * A placement the reading states that a small error in the birth time would alter: the value the
 * chart has, the value it would have with a birth `offsetSeconds` away (negative: earlier).
 */
export type BirthTimeNote =
  | {
      kind: "angle_sign";
      subject: "ascendant" | "midheaven";
      current: Sign;
      alternative: Sign;
      offsetSeconds: number;
    }
  | {
      kind: "body_sign";
      subject: CorpusBody;
      current: Sign;
      alternative: Sign;
      offsetSeconds: number;
    }
  | {
      kind: "body_house";
      subject: CorpusBody;
      current: number;
      alternative: number;
      offsetSeconds: number;
    };

/** The chart body each corpus body reads from (the node is the mean node, as in the composer). */
const CORPUS_BODY_OF_CHART = new Map<string, CorpusBody>(
  CORPUS_BODIES.map((b) => [b === "node" ? "mean_node" : b, b]),
);

/**
 * The birth-time notes of a reading: for the placements the reading states (ascendant and
 * midheaven signs, each corpus body's sign and house), the nearest change within
 * {@link READING_SENSITIVE_MINUTES} of the stated time, nearest first (placement order breaks
 * ties), at most {@link READING_SENSITIVE_LIMIT}. Deterministic for a given sensitivity.
 */
export function birthTimeNotes(sensitivity: Sensitivity): BirthTimeNote[] {
  const limit = READING_SENSITIVE_MINUTES * 60;
  const notes: BirthTimeNote[] = [];
  for (const p of sensitivity.placements) {
    const nearest = [...p.changes].sort(
      (x, y) => Math.abs(x.rootSeconds) - Math.abs(y.rootSeconds),
    )[0];
    if (!nearest || Math.abs(nearest.rootSeconds) > limit) continue;
    // Before the birth the other value is the one the change came from; after, the one it goes to.
    const after = nearest.rootSeconds >= 0;
    const alternative = after ? nearest.to : nearest.from;
    const offsetSeconds = nearest.offsetSeconds;
    if (p.kind === "angle_sign") {
      notes.push({
        kind: "angle_sign",
        subject: p.subject as "ascendant" | "midheaven",
        current: p.value as Sign,
        alternative: alternative as Sign,
        offsetSeconds,
      });
      continue;
    }
    const body = CORPUS_BODY_OF_CHART.get(p.subject);
    if (!body) continue;
    if (p.kind === "body_sign") {
      notes.push({
        kind: "body_sign",
        subject: body,
        current: p.value as Sign,
        alternative: alternative as Sign,
        offsetSeconds,
      });
    } else if (p.kind === "body_house") {
      notes.push({
        kind: "body_house",
        subject: body,
        current: p.value as number,
        alternative: alternative as number,
        offsetSeconds,
      });
    }
  }
  return notes
    .map((note, order) => ({ note, order }))
    .sort(
      (x, y) =>
        Math.abs(x.note.offsetSeconds) - Math.abs(y.note.offsetSeconds) || x.order - y.order,
    )
    .slice(0, READING_SENSITIVE_LIMIT)
    .map(({ note }) => note);
}
