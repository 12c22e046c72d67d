import { and, desc, eq, lt, or } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { readings } from "./schema.ts";

/** A reading row as stored. */
export type ReadingRow = typeof readings.$inferSelect;

/** The statement that inserts a reading, for a `db.batch` with its job. */
export function insertReadingStatement(db: Db, row: ReadingRow): BatchItem<"sqlite"> {
  return db.insert(readings).values(row);
}

/** Finds a reading by id within one owner (another owner's reading looks missing). */
export async function findReading(
  db: Db,
  owner: string,
  id: string,
): Promise<ReadingRow | undefined> {
  return named("reading_get", () => readingQuery(db, owner, id).get());
}

/** The query of `reading_get`: reading `id` of `owner` (primary key). */
export function readingQuery(db: Db, owner: string, id: string) {
  return db
    .select()
    .from(readings)
    .where(and(eq(readings.id, id), eq(readings.owner, owner)));
}

/** Finds a reading by id for the job consumer (the job's owner is checked by the caller). */
export async function findReadingById(db: Db, id: string): Promise<ReadingRow | undefined> {
  return db.select().from(readings).where(eq(readings.id, id)).get();
}

/** The statement that stores a reading's content and marks it ready. */
export function readyReadingStatement(
  db: Db,
  id: string,
  content: unknown,
  narrative: string,
  now: number,
) {
  return db
    .update(readings)
    .set({ status: "ready", content, narrative, finishedAt: now })
    .where(eq(readings.id, id));
}

/** The statement that marks a reading failed (its job failed or was cancelled). */
export function failReadingStatement(db: Db, id: string, now: number) {
  return db
    .update(readings)
    .set({ status: "failed", finishedAt: now })
    .where(and(eq(readings.id, id), eq(readings.status, "pending")));
}

/** A page of `owner`'s readings, newest first, after the `before` id. */
export async function listReadings(
  db: Db,
  owner: string,
  options: { before?: string; limit: number },
): Promise<ReadingRow[]> {
  return named("reading_list", () => readingListQuery(db, owner, options).all());
}

/** The query of `reading_list` (`readings_owner_id_idx`): see {@link listReadings}. */
export function readingListQuery(
  db: Db,
  owner: string,
  options: { before?: string; limit: number },
) {
  return db
    .select()
    .from(readings)
    .where(
      and(eq(readings.owner, owner), options.before ? lt(readings.id, options.before) : undefined),
    )
    .orderBy(desc(readings.id))
    .limit(options.limit);
}

/** Deletes one reading of `owner`; true when it existed. */
export async function deleteReading(db: Db, owner: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(readings)
    .where(and(eq(readings.id, id), eq(readings.owner, owner)))
    .returning({ id: readings.id });
  return rows.length > 0;
}

/**
 * The owner's readings of a chart: those it is the chart of, and the synastry readings it is the
 * second chart of (`readings_chart_idx`, `readings_partner_chart_idx`).
 */
function ofChart(owner: string, chartId: string) {
  return and(
    or(eq(readings.chartId, chartId), eq(readings.partnerChartId, chartId)),
    eq(readings.owner, owner),
  );
}

/**
 * The jobs of a chart's readings, synastry readings it is the second chart of included (to cancel
 * those still queued when the chart is erased).
 */
export async function chartReadingJobIds(
  db: Db,
  owner: string,
  chartId: string,
): Promise<string[]> {
  const rows = await db
    .select({ jobId: readings.jobId })
    .from(readings)
    .where(ofChart(owner, chartId));
  return rows.map((r) => r.jobId);
}

/**
 * The statement that deletes every reading of a chart, synastry readings it is the second chart
 * of included (erasing the chart erases them).
 */
export function deleteChartReadingsStatement(db: Db, owner: string, chartId: string) {
  return db.delete(readings).where(ofChart(owner, chartId));
}
