import { and, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { charts } from "./schema.ts";

/** A chart row as stored. `input` and `chart` are the JSON documents. */
export type ChartRow = typeof charts.$inferSelect;

/** Inserts one chart row. */
export async function insertChart(db: Db, row: ChartRow): Promise<void> {
  await db.insert(charts).values(row);
}

/**
 * Finds a chart by id within one owner. Another owner's chart is indistinguishable from a missing
 * one (callers answer 404), so ids do not leak across accounts.
 */
export async function findChart(db: Db, owner: string, id: string): Promise<ChartRow | undefined> {
  return db
    .select()
    .from(charts)
    .where(and(eq(charts.id, id), eq(charts.owner, owner)))
    .get();
}
