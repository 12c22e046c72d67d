import type { ChartData } from "../astro/chart.ts";
import { TZDB_VERSION } from "../astro/time/zones.ts";
import { chartCacheKey, deleteCachedChart } from "../cache/chart-cache.ts";
import { deleteEdgeChart } from "../cache/edge-cache.ts";
import { deleteChartRow, findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { cancelQueuedJob } from "../db/jobs.ts";
import { chartReadingJobIds, deleteChartReadingsStatement } from "../db/readings.ts";
import type { Env } from "../env.ts";
import { WHEEL_THEMES } from "../wheel/themes.ts";
import { CHART_ID } from "./chart-resource.ts";
import { wheelVariant } from "./get-chart-wheel.ts";

/**
 * Erases a stored chart of `owner` and every copy of it this Worker keeps: a chart is personal
 * data (birth date, time and place). Returns false, touching nothing, for a malformed id, a
 * missing chart or another owner's chart alike (callers answer 404).
 *
 * Order matters:
 * 1. The computed chart in KV, by input hash, first: if that fails (`CacheUnavailableError`,
 *    answered 503 `cache_unavailable`) the row is intact, so a retry can finish the job; deleted
 *    after the row, a failure would leave an orphan nobody could find again for 30 days.
 * 2. Whatever belongs to the chart in D1: its readings' queued jobs are cancelled (synastry
 *    readings where it is the second chart included), then the readings and the row deleted.
 *    (A job already running finds no reading and fails with `reading_not_found`.)
 * 3. The response cache of this data centre (the JSON and both wheels) and this isolate's copy,
 *    after the row, so no read can refill them from D1.
 *    Other data centres drop their copy within EDGE_TTL_SECONDS, other isolates theirs within
 *    ISOLATE_TTL_MS.
 */
export async function eraseChart(
  deps: { db: Db; env: Pick<Env, "CACHE">; origin: string },
  owner: string,
  id: string,
): Promise<boolean> {
  if (!CHART_ID.test(id)) return false;
  const row = await findChart(deps.db, owner, id);
  if (!row) return false;

  if (row.inputHash) {
    const key = chartCacheKey(row.inputHash, row.engineVersion, tzdbVersionOf(row.chart));
    await deleteCachedChart(deps.env, key);
  }
  const now = Date.now();
  for (const jobId of await chartReadingJobIds(deps.db, owner, id)) {
    await cancelQueuedJob(deps.db, owner, jobId, now);
  }
  await deleteChartReadingsStatement(deps.db, owner, id);
  const deleted = await deleteChartRow(deps.db, owner, id);
  for (const variant of [undefined, ...WHEEL_THEMES.map(wheelVariant)]) {
    await deleteEdgeChart({ origin: deps.origin, owner, id, variant });
  }
  return deleted;
}

/** The tz version a stored chart was computed with, from its provenance (`IANA tz 2025b …`). */
function tzdbVersionOf(chart: unknown): string {
  const name = (chart as Partial<ChartData>).provenance?.tz_database;
  return name?.match(/^IANA tz (\S+)/)?.[1] ?? TZDB_VERSION;
}
