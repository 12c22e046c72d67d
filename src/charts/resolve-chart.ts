import type { ChartData } from "../astro/chart.ts";
import { LocalTimeError } from "../astro/time/local-time.ts";
import type { ChartCacheEnv } from "../cache/chart-cache.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { type ChartRequestInput, UnknownPlaceError } from "./chart-input.ts";
import { CHART_ID } from "./chart-resource.ts";
import { createChart } from "./create-chart.ts";

/** A chart named in a request: a stored chart's id, or a chart request computed on the spot. */
export interface ChartReference {
  id?: string | undefined;
  chart?: ChartRequestInput | undefined;
}

/** A referenced chart id names no chart of this owner; `field` is the request field that named it. */
export class ChartReferenceNotFoundError extends Error {
  readonly field: string;
  constructor(field: string, id: string) {
    super(`No chart ${id} for this account.`);
    this.name = "ChartReferenceNotFoundError";
    this.field = field;
  }
}

/**
 * An inline chart's local time or place cannot be honoured; `prefix` places its fields
 * (`partner_chart.`).
 */
export class InlineChartError extends Error {
  readonly prefix: string;
  readonly error: LocalTimeError | UnknownPlaceError;
  constructor(prefix: string, error: LocalTimeError | UnknownPlaceError) {
    super(error.message);
    this.name = "InlineChartError";
    this.prefix = prefix;
    this.error = error;
  }
}

/**
 * The chart a reference names: the owner's stored chart by id (another owner's chart looks
 * missing), or the inline request's chart, computed or taken from a cache, and stored only when
 * `store` says so (`store: false` leaves nothing behind).
 *
 * @param field the request field of the id (`chart_id`), for errors; the inline chart's field is
 *   the same name without `_id`.
 * @throws {ChartReferenceNotFoundError} for an id of no chart of `owner`.
 * @throws {InlineChartError} when the inline chart's local time cannot be honoured or its
 *   `place_id` names no place.
 */
export async function resolveChart(
  deps: { db: Db; env: ChartCacheEnv },
  owner: string,
  reference: ChartReference,
  field: string,
  store: boolean,
): Promise<{ id: string | null; chart: ChartData }> {
  if (reference.chart) {
    try {
      const { chart } = await createChart(deps, owner, { ...reference.chart, store });
      return { id: chart.id, chart };
    } catch (error) {
      if (error instanceof LocalTimeError || error instanceof UnknownPlaceError) {
        throw new InlineChartError(`${field.replace(/_id$/, "")}.`, error);
      }
      throw error;
    }
  }
  const id = reference.id as string;
  const row = CHART_ID.test(id) ? await findChart(deps.db, owner, id) : undefined;
  if (!row) throw new ChartReferenceNotFoundError(field, id);
  return { id: row.id, chart: row.chart as ChartData };
}
