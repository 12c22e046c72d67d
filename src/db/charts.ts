import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "./client.ts";
import { named } from "./named.ts";
import { charts } from "./schema.ts";

/** A chart row as stored. `input` and `chart` are the JSON documents. */
export type ChartRow = typeof charts.$inferSelect;

/**
 * Inserts a chart unless the owner already has one with the same `inputHash`, and returns the row
 * that holds the chart: the new one, or the one already there. Two equal requests racing both
 * pass their lookups; the unique index on (owner, input_hash) lets one insert win and the other
 * gets the winner's row.
 */
export async function insertChartOnce(
  db: Db,
  row: ChartRow & { inputHash: string },
): Promise<ChartRow> {
  // Twice: the winner could be erased between our conflict and our read.
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await named("chart_insert", () => chartInsertQuery(db, row).all());
    if (inserted.length > 0) return row;
    const winner = await findChartByInputHash(db, row.owner, row.inputHash);
    if (winner) return winner;
  }
  throw new Error(`chart insert for input hash ${row.inputHash} neither inserted nor found`);
}

/** The query of `chart_insert`: inserts `row` unless its owner has a chart of its input hash. */
export function chartInsertQuery(db: Db, row: ChartRow & { inputHash: string }) {
  return db
    .insert(charts)
    .values(row)
    .onConflictDoNothing({ target: [charts.owner, charts.inputHash] })
    .returning({ id: charts.id });
}

/** The query of `chart_get`: chart `id` of `owner` (primary key). */
export function chartQuery(db: Db, owner: string, id: string) {
  return db
    .select()
    .from(charts)
    .where(and(eq(charts.id, id), eq(charts.owner, owner)));
}

/**
 * Finds a chart by id within one owner. Another owner's chart is indistinguishable from a missing
 * one (callers answer 404), so ids do not leak across accounts.
 */
export async function findChart(db: Db, owner: string, id: string): Promise<ChartRow | undefined> {
  return named("chart_get", () => chartQuery(db, owner, id).get());
}

/** The query of `chart_by_input_hash`: `owner`'s chart of an input (`charts_owner_input_hash_idx`). */
export function chartByInputHashQuery(db: Db, owner: string, inputHash: string) {
  return db
    .select()
    .from(charts)
    .where(and(eq(charts.owner, owner), eq(charts.inputHash, inputHash)));
}

/** The owner's chart computed from an equal input (unique per owner), if any. */
export async function findChartByInputHash(
  db: Db,
  owner: string,
  inputHash: string,
): Promise<ChartRow | undefined> {
  return named("chart_by_input_hash", () => chartByInputHashQuery(db, owner, inputHash).get());
}

/**
 * Up to `limit` of the owner's charts, newest first (ids are ULIDs, so by id), starting after
 * `beforeId` when given. Served by the (owner, id) index.
 */
export async function listChartRows(
  db: Db,
  owner: string,
  options: { limit: number; beforeId?: string | undefined },
): Promise<ChartRow[]> {
  return named("chart_list", () => chartListQuery(db, owner, options).all());
}

/** The query of `chart_list`: a page of `owner`'s charts, newest first (`charts_owner_id_idx`). */
export function chartListQuery(
  db: Db,
  owner: string,
  options: { limit: number; beforeId?: string | undefined },
) {
  const where = options.beforeId
    ? and(eq(charts.owner, owner), lt(charts.id, options.beforeId))
    : eq(charts.owner, owner);
  return db.select().from(charts).where(where).orderBy(desc(charts.id)).limit(options.limit);
}

/** Deletes one chart of the owner; false when there was none to delete. */
export async function deleteChartRow(db: Db, owner: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(charts)
    .where(and(eq(charts.id, id), eq(charts.owner, owner)))
    .returning({ id: charts.id });
  return deleted.length > 0;
}
