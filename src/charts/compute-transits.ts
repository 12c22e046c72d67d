import type { Aspect, Orbs } from "../astro/aspects.ts";
import type { ChartData } from "../astro/chart.ts";
import type { PlanetId } from "../astro/planet-longitude.ts";
import {
  natalPoints,
  TRANSIT_ORBS,
  type TransitEvent,
  type TransitPosition,
  transitEvents,
  transitsAt,
} from "../astro/transits.ts";
import type { ChartCacheEnv } from "../cache/chart-cache.ts";
import type { Db } from "../db/client.ts";
import type { ChartRequestInput } from "./chart-input.ts";
import { resolveChart } from "./resolve-chart.ts";
import { defaultTransitBodies, type TransitWindow, windowJulianDays } from "./transit-window.ts";

/** A validated `POST /v1/charts/transits` body. */
export interface TransitsRequest {
  chart_id?: string | undefined;
  chart?: ChartRequestInput | undefined;
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  bodies?: PlanetId[] | undefined;
  orbs?: Partial<Record<keyof Orbs, number | undefined>> | undefined;
}

/** What `POST /v1/charts/transits` answers. */
export type TransitsResult = {
  chart_id: string | null;
  zodiac: ChartData["zodiac"];
  ayanamsa: ChartData["ayanamsa"];
  bodies: PlanetId[];
  orbs: Orbs;
} & (
  | { at: string; julian_day_ut: number; positions: TransitPosition[]; aspects: Aspect[] }
  | { from: string; to: string; events: TransitEvent[] }
);

/** The window of a validated request (the schema guarantees `at`, or `from` and `to`). */
export function transitWindowOf(request: {
  at?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): TransitWindow {
  return request.at !== undefined
    ? { at: request.at }
    : { from: request.from as string, to: request.to as string };
}

/** Transit orbs: {@link TRANSIT_ORBS} with the request's overrides. */
export function transitOrbs(overrides: TransitsRequest["orbs"]): Orbs {
  const orbs: Orbs = { ...TRANSIT_ORBS };
  for (const [type, orb] of Object.entries(overrides ?? {})) {
    if (orb !== undefined) orbs[type as keyof Orbs] = orb;
  }
  return orbs;
}

/**
 * Transits to a natal chart over a validated window (./transit-window.ts): at one instant, the
 * transiting bodies and their aspects to the natal points; over a range, every passage through an
 * aspect's orb with its perfections (src/astro/transits.ts). Works in the natal chart's zodiac.
 * An inline chart is computed, never stored.
 *
 * @throws {ChartReferenceNotFoundError} when `chart_id` names no chart of `owner`.
 * @throws {InlineChartError} when the inline chart's local time cannot be honoured.
 */
export async function computeTransits(
  deps: { db: Db; env: ChartCacheEnv },
  owner: string,
  request: TransitsRequest,
): Promise<TransitsResult> {
  const natal = await resolveChart(
    deps,
    owner,
    { id: request.chart_id, chart: request.chart },
    "chart_id",
    false,
  );
  return transitsOfChart(natal.id, natal.chart, transitWindowOf(request), {
    bodies: request.bodies,
    orbs: request.orbs,
  });
}

/** {@link computeTransits} for a chart in hand (the transit reading composer uses it too). */
export function transitsOfChart(
  chartId: string | null,
  chart: ChartData,
  window: TransitWindow,
  options: { bodies?: PlanetId[] | undefined; orbs?: TransitsRequest["orbs"] } = {},
): TransitsResult {
  const bodies = options.bodies ?? defaultTransitBodies(window);
  const orbs = transitOrbs(options.orbs);
  const transitOptions = { bodies, orbs, ayanamsa: chart.ayanamsa };
  const points = natalPoints(chart);
  const head = { chart_id: chartId, zodiac: chart.zodiac, ayanamsa: chart.ayanamsa, bodies, orbs };
  const days = windowJulianDays(window);
  if ("at" in days) {
    const sky = transitsAt(points, chart.houses?.cusps ?? null, days.at, transitOptions);
    return { ...head, ...sky };
  }
  const range = window as { from: string; to: string };
  return {
    ...head,
    from: range.from,
    to: range.to,
    events: transitEvents(points, days.from, days.to, transitOptions),
  };
}
