import type { ChartData } from "../astro/chart.ts";
import { formatUtc } from "../astro/time/local-time.ts";
import type { ChartRow } from "../db/charts.ts";
import { idPattern } from "../lib/ids.ts";
import type { ChartInput, ChartResource } from "./chart-input.ts";

/** The pattern of chart ids (`chr_` + ULID). */
export const CHART_ID = idPattern("chr");

/** A stored chart as the API returns it: it has an id and a time of storing. */
export interface StoredChartResource extends ChartResource {
  id: string;
  created_at: string;
}

/** A stored row as the API returns it. */
export function toChartResource(row: ChartRow): StoredChartResource {
  return {
    id: row.id,
    created_at: formatUtc(Math.floor(row.createdAt / 1000)),
    input: row.input as ChartInput,
    ...(row.chart as ChartData),
  };
}
