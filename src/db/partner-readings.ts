import { and, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { readings } from "./schema.ts";

/** The jobs of the synastry readings a chart is the second chart of (`readings_partner_chart_idx`). */
export async function partnerReadingJobIds(
  db: Db,
  owner: string,
  chartId: string,
): Promise<string[]> {
  const rows = await db
    .select({ jobId: readings.jobId })
    .from(readings)
    .where(and(eq(readings.partnerChartId, chartId), eq(readings.owner, owner)));
  return rows.map((r) => r.jobId);
}

/** Deletes the synastry readings a chart is the second chart of (erasing the chart erases them). */
export function deletePartnerReadingsStatement(db: Db, owner: string, chartId: string) {
  return db
    .delete(readings)
    .where(and(eq(readings.partnerChartId, chartId), eq(readings.owner, owner)));
}
