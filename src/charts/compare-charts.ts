import { DEFAULT_ORBS, type Orbs } from "../astro/aspects.ts";
import type { ChartData } from "../astro/chart.ts";
import { computeSynastry, type Synastry } from "../astro/synastry.ts";
import type { ChartCacheEnv } from "../cache/chart-cache.ts";
import type { Db } from "../db/client.ts";
import type { ChartRequestInput } from "./chart-input.ts";
import { resolveChart } from "./resolve-chart.ts";

/** A validated `POST /v1/charts/synastry` body. */
export interface SynastryRequest {
  chart_id?: string | undefined;
  chart?: ChartRequestInput | undefined;
  partner_chart_id?: string | undefined;
  partner_chart?: ChartRequestInput | undefined;
  orbs?: Partial<Record<keyof Orbs, number | undefined>> | undefined;
}

/** What `POST /v1/charts/synastry` answers. */
export interface SynastryResult extends Synastry {
  chart_id: string | null;
  partner_chart_id: string | null;
  zodiac: ChartData["zodiac"];
  ayanamsa: ChartData["ayanamsa"];
  orbs: Orbs;
}

/** The two charts are cast in different zodiacs (or ayanamsas): their longitudes don't compare. */
export class ZodiacMismatchError extends Error {
  constructor(first: ChartData, second: ChartData) {
    const name = (c: ChartData) => (c.ayanamsa ? `sidereal (${c.ayanamsa})` : c.zodiac);
    super(
      `The charts use different zodiacs: ${name(first)} and ${name(second)}. Compare charts cast in the same zodiac.`,
    );
    this.name = "ZodiacMismatchError";
  }
}

/** Natal orbs ({@link DEFAULT_ORBS}) with overrides. */
function orbsWith(overrides: SynastryRequest["orbs"]): Orbs {
  const orbs: Orbs = { ...DEFAULT_ORBS };
  for (const [type, orb] of Object.entries(overrides ?? {})) {
    if (orb !== undefined) orbs[type as keyof Orbs] = orb;
  }
  return orbs;
}

/** {@link compareCharts} for two charts in hand (the synastry reading composer uses it too). */
export function synastryOfCharts(
  first: { id: string | null; chart: ChartData },
  second: { id: string | null; chart: ChartData },
  overrides?: SynastryRequest["orbs"],
): SynastryResult {
  if (
    first.chart.zodiac !== second.chart.zodiac ||
    first.chart.ayanamsa !== second.chart.ayanamsa
  ) {
    throw new ZodiacMismatchError(first.chart, second.chart);
  }
  const orbs = orbsWith(overrides);
  return {
    chart_id: first.id,
    partner_chart_id: second.id,
    zodiac: first.chart.zodiac,
    ayanamsa: first.chart.ayanamsa,
    orbs,
    ...computeSynastry(first.chart, second.chart, orbs),
  };
}

/**
 * Synastry of two charts, each a stored chart of `owner` or an inline request (computed, never
 * stored): inter-chart aspects by the single-chart rule with natal orbs, and house overlays.
 *
 * @throws {ChartReferenceNotFoundError} when an id names no chart of `owner`.
 * @throws {InlineChartError} when an inline chart's local time cannot be honoured.
 * @throws {ZodiacMismatchError} when the charts use different zodiacs or ayanamsas.
 */
export async function compareCharts(
  deps: { db: Db; env: ChartCacheEnv },
  owner: string,
  request: SynastryRequest,
): Promise<SynastryResult> {
  const first = await resolveChart(
    deps,
    owner,
    { id: request.chart_id, chart: request.chart },
    "chart_id",
    false,
  );
  const second = await resolveChart(
    deps,
    owner,
    { id: request.partner_chart_id, chart: request.partner_chart },
    "partner_chart_id",
    false,
  );
  return synastryOfCharts(first, second, request.orbs);
}
