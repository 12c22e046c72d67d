import { listChartRows } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { type StoredChartResource, toChartResource } from "./chart-resource.ts";

/**
 * One page of the owner's stored charts, newest first: up to `limit`, after the chart `afterId`
 * (the last of the previous page) when given. `hasMore` says whether another page follows.
 */
export async function listCharts(
  db: Db,
  owner: string,
  page: { limit: number; afterId?: string | undefined },
): Promise<{ charts: StoredChartResource[]; hasMore: boolean }> {
  // One row more than asked tells whether there is a next page without a count query.
  const rows = await listChartRows(db, owner, { limit: page.limit + 1, beforeId: page.afterId });
  return {
    charts: rows.slice(0, page.limit).map(toChartResource),
    hasMore: rows.length > page.limit,
  };
}
