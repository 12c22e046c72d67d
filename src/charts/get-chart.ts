import type { ChartData } from "../astro/chart.ts";
import { formatUtc } from "../astro/time/local-time.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { idPattern } from "../lib/ids.ts";
import type { ChartInput, ChartResource } from "./create-chart.ts";

const CHART_ID = idPattern("chr");

/**
 * Reads a stored chart of `owner`. Returns undefined for a malformed id, a missing chart or
 * another owner's chart alike, so callers answer 404 and ids do not leak.
 */
export async function getChart(
  db: Db,
  owner: string,
  id: string,
): Promise<ChartResource | undefined> {
  if (!CHART_ID.test(id)) return undefined;
  const row = await findChart(db, owner, id);
  if (!row) return undefined;
  return {
    id: row.id,
    created_at: formatUtc(Math.floor(row.createdAt / 1000)),
    input: row.input as ChartInput,
    ...(row.chart as ChartData),
  };
}
