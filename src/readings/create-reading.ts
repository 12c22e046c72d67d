import type { ChartData } from "../astro/chart.ts";
import type { ChartCacheEnv } from "../cache/chart-cache.ts";
import type { ChartRequestInput } from "../charts/chart-input.ts";
import { CHART_ID } from "../charts/chart-resource.ts";
import { synastryOfCharts } from "../charts/compare-charts.ts";
import { transitWindowOf } from "../charts/compute-transits.ts";
import { createChart } from "../charts/create-chart.ts";
import { resolveChart } from "../charts/resolve-chart.ts";
import type { TransitWindow } from "../charts/transit-window.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { failJobStatement, insertJobStatement, type JobRow } from "../db/jobs.ts";
import { named } from "../db/named.ts";
import { failReadingStatement, insertReadingStatement, type ReadingRow } from "../db/readings.ts";
import { READING_JOB_MAX_ATTEMPTS } from "../jobs/config.ts";
import { enqueueReadingJob } from "../jobs/enqueue.ts";
import { newId } from "../lib/ids.ts";
import type { ReadingDetail } from "./compose-reading.ts";
import type { Language } from "./corpus/index.ts";

/** Reading kinds: of one chart, of transits to it, of two charts together. */
export const READING_KINDS = ["natal", "transit", "synastry"] as const;

/** A reading kind. */
export type ReadingKind = (typeof READING_KINDS)[number];

/**
 * What a reading is asked for: a stored chart by id, or a chart request to store first; for
 * `transit` the window (`at`, or `from` and `to`), for `synastry` the second chart likewise.
 */
export interface ReadingRequest {
  chart_id?: string | undefined;
  chart?: ChartRequestInput | undefined;
  kind: ReadingKind;
  partner_chart_id?: string | undefined;
  partner_chart?: ChartRequestInput | undefined;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  detail: ReadingDetail;
  language: Language;
}

/** What a reading stores besides its chart: the second chart, and a transit reading's window. */
export interface ReadingSubject {
  partnerChartId?: string | null;
  parameters?: TransitWindow | null;
}

/** A reading request that names no chart of this owner. */
export class ChartNotFoundError extends Error {
  constructor(id: string) {
    super(`No chart ${id} for this account.`);
    this.name = "ChartNotFoundError";
  }
}

/** The queue refused the job's message: the job and reading were failed, visibly. */
export class QueueUnavailableError extends Error {
  readonly jobId: string;
  constructor(jobId: string, cause: unknown) {
    super(
      `The job queue is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "QueueUnavailableError";
    this.jobId = jobId;
  }
}

/**
 * The rows of a new reading and its job, not yet stored: the reading `pending`, the job `queued`
 * with no attempts, `max_attempts` from the queue's retries, created and queued at `at` (ms).
 */
export function newReadingJob(
  owner: string,
  chartId: string,
  options: Pick<ReadingRequest, "kind" | "detail" | "language"> & ReadingSubject,
  at: number,
): { reading: ReadingRow; job: JobRow } {
  const readingId = newId("rdg");
  const jobId = newId("job");
  return {
    reading: {
      id: readingId,
      owner,
      chartId,
      kind: options.kind,
      partnerChartId: options.partnerChartId ?? null,
      parameters: options.parameters ?? null,
      detail: options.detail,
      language: options.language,
      status: "pending",
      jobId,
      content: null,
      narrative: null,
      createdAt: at,
      finishedAt: null,
    },
    job: {
      id: jobId,
      owner,
      type: `reading.${options.kind}`,
      status: "queued",
      attempts: 0,
      maxAttempts: READING_JOB_MAX_ATTEMPTS,
      progress: 0,
      payload: { reading_id: readingId },
      result: null,
      errorCode: null,
      errorMessage: null,
      createdAt: at,
      queuedAt: at,
      startedAt: null,
      finishedAt: null,
      leaseExpiresAt: null,
    },
  };
}

/**
 * Accepts a reading: checks the charts (a synastry's two must share a zodiac), then stores a chart
 * given inline (an equal chart of the owner is reused) and a synastry's inline second chart
 * likewise, so a refused request stores nothing; inserts the pending reading and its queued job
 * in one `db.batch`, then sends the job's message. Nothing is left queued without a message: if the send fails, the job and the
 * reading are failed (`queue_unavailable`) and the error is thrown.
 *
 * @throws {ChartNotFoundError} when `chart_id` names no chart of `owner`.
 * @throws {LocalTimeError} when an inline chart's local time cannot be honoured.
 * @throws {UnknownPlaceError} when an inline chart's `place_id` names no place.
 * @throws {ChartReferenceNotFoundError} when `partner_chart_id` names no chart of `owner`.
 * @throws {InlineChartError} when `partner_chart`'s local time or place cannot be honoured.
 * @throws {ZodiacMismatchError} when a synastry's charts use different zodiacs.
 * @throws {QueueUnavailableError} when the queue refuses the message.
 */
export async function createReading(
  deps: { db: Db; env: ChartCacheEnv & { READING_JOBS: Queue } },
  owner: string,
  request: ReadingRequest,
  now: () => number = Date.now,
): Promise<{ job: JobRow; reading: ReadingRow }> {
  const { db } = deps;
  // Every check runs before anything is stored: a refused reading leaves no inline chart behind.
  let chartData: ChartData;
  if (request.chart) {
    chartData = (await createChart(deps, owner, { ...request.chart, store: false })).chart;
  } else {
    const id = request.chart_id as string;
    const row = CHART_ID.test(id) ? await findChart(db, owner, id) : undefined;
    if (!row) throw new ChartNotFoundError(id);
    chartData = row.chart as ChartData;
  }
  const subject: ReadingSubject = {};
  const partnerReference = { id: request.partner_chart_id, chart: request.partner_chart };
  if (request.kind === "synastry") {
    const partner = await resolveChart(deps, owner, partnerReference, "partner_chart_id", false);
    // Refused now rather than failed in the job: the comparison itself checks the zodiacs.
    synastryOfCharts({ id: request.chart_id ?? null, chart: chartData }, partner);
    subject.partnerChartId = partner.id;
  } else if (request.kind === "transit") {
    subject.parameters = transitWindowOf(request);
  }
  // Accepted: store the inline charts (computing them above left them in the chart cache).
  const chartId = request.chart
    ? ((await createChart(deps, owner, { ...request.chart, store: true })).chart.id as string)
    : (request.chart_id as string);
  if (request.kind === "synastry" && request.partner_chart) {
    subject.partnerChartId = (
      await resolveChart(deps, owner, partnerReference, "partner_chart_id", true)
    ).id;
  }
  const { reading, job } = newReadingJob(owner, chartId, { ...request, ...subject }, now());
  await named("reading_create", () =>
    db.batch([insertReadingStatement(db, reading), insertJobStatement(db, job)]),
  );
  try {
    await enqueueReadingJob(deps.env.READING_JOBS, { job_id: job.id, owner });
  } catch (error) {
    const failed = now();
    await db.batch([
      failJobStatement(
        db,
        job.id,
        { code: "queue_unavailable", message: "The job could not be queued." },
        failed,
      ),
      failReadingStatement(db, reading.id, failed),
    ]);
    throw new QueueUnavailableError(job.id, error);
  }
  return { job, reading };
}
