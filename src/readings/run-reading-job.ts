import type { ChartData } from "../astro/chart.ts";
import { computeSensitivity } from "../astro/sensitivity/compute-sensitivity.ts";
import type { ChartInput } from "../charts/chart-input.ts";
import { sensitivityChartOf } from "../charts/chart-sensitivity.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import type { JobRow } from "../db/jobs.ts";
import { succeedJobStatement } from "../db/jobs.ts";
import { findReadingById, readyReadingStatement } from "../db/readings.ts";
import { PermanentJobError } from "../jobs/errors.ts";
import { prepareReadingEvent, sendDeliveries } from "../webhooks/emit.ts";
import { birthTimeNotes, READING_SENSITIVE_MINUTES } from "./birth-time-notes.ts";
import { composeReading, type ReadingDetail } from "./compose-reading.ts";
import { composeRelationReading } from "./compose-relation-reading.ts";
import type { Language } from "./corpus/index.ts";
import { narrate, type TextGenerator } from "./narrate.ts";

/** What a reading job needs besides D1: a clock, the webhooks queue, and optionally a narrator. */
export interface ReadingJobDeps {
  now?: () => number;
  /** Queue `WEBHOOKS`, for the `reading.completed` deliveries. */
  webhooks?: Queue;
  /** Workers AI and a model name, to rewrite the composed text (see ./narrate.ts). */
  narrator?: { ai: TextGenerator; model: string } | undefined;
}

/**
 * Does the work of a claimed reading job (`reading.natal`, `reading.transit`, `reading.synastry`):
 * composes the reading from its stored chart (and a synastry's second chart) and
 * commits the reading (ready) and the job (succeeded) in one `db.batch`, so a reading is never
 * ready while its job is not, nor the reverse; the same batch writes the `reading.completed`
 * webhook deliveries, whose messages go to `webhooks` after it. Acking comes after this returns.
 * With a narrator, the composed text is rewritten first; a failed or ungrounded rewrite keeps the
 * composed text and records why in the reading's `narrative_error`.
 *
 * @throws {PermanentJobError} `reading_not_found` or `chart_not_found` (erased meanwhile): retrying
 *   cannot help. Any other error (D1 unavailable…) is transient.
 */
export async function runReadingJob(db: Db, job: JobRow, deps: ReadingJobDeps = {}): Promise<void> {
  const now = deps.now ?? Date.now;
  const readingId = (job.payload as { reading_id?: unknown }).reading_id;
  const reading = typeof readingId === "string" ? await findReadingById(db, readingId) : undefined;
  if (!reading || reading.owner !== job.owner) {
    throw new PermanentJobError(
      "reading_not_found",
      "The reading this job writes no longer exists.",
    );
  }
  const chart = await findChart(db, job.owner, reading.chartId);
  if (!chart) {
    throw new PermanentJobError("chart_not_found", "The chart of this reading was erased.");
  }
  const data = chart.chart as ChartData;
  // Transit and synastry readings are composed from their own corpus; natal ones below.
  const relation = await composeRelationReading(db, reading, data);
  // Placements a few minutes' error in the birth time would change: the reading names them.
  const notes =
    data.time_known && !relation
      ? birthTimeNotes(
          computeSensitivity(
            sensitivityChartOf(chart.input as ChartInput, data),
            READING_SENSITIVE_MINUTES * 60,
          ),
        )
      : [];
  const composed =
    relation ??
    composeReading(data, {
      detail: reading.detail as ReadingDetail,
      language: reading.language as Language,
      birthTimeNotes: notes,
    });
  // The composed reading is the grounded draft; a model may rewrite its text, never its facts.
  const narration = deps.narrator
    ? await narrate(deps.narrator.ai, deps.narrator.model, composed)
    : undefined;
  const content =
    narration && "text" in narration
      ? { ...composed, text: narration.text, narrative_error: null }
      : { ...composed, narrative_error: narration?.error ?? null };
  const narrative = narration && "text" in narration ? "ai" : "composed";
  const at = now();
  // The `reading.completed` deliveries are written with the commit (only if the job did succeed).
  const event = await prepareReadingEvent(db, {
    type: "reading.completed",
    owner: job.owner,
    jobId: job.id,
    jobStatus: "succeeded",
    readingId: reading.id,
    at,
  });
  await db.batch([
    readyReadingStatement(db, reading.id, content, narrative, at),
    succeedJobStatement(db, job.id, { reading_id: reading.id }, at),
    ...event.statements,
  ]);
  await sendDeliveries(deps.webhooks, event.deliveryIds);
}
