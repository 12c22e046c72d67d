import type { ChartData } from "../astro/chart.ts";
import { readEdgeChart, writeEdgeChart } from "../cache/edge-cache.ts";
import { strongEtag } from "../cache/etag.ts";
import type { Db } from "../db/client.ts";
import type { Env } from "../env.ts";
import { renderWheel, WHEEL_RENDERER_VERSION } from "../wheel/render-wheel.ts";
import type { WheelTheme } from "../wheel/themes.ts";
import { chartText, getChartDocument } from "./get-chart.ts";

/** A stored chart's wheel as SVG (text, or the cached bytes unread), with its ETag. */
export interface WheelDocument {
  body: string | ReadableStream<Uint8Array>;
  etag: string;
  /** True when this data centre's response cache answered. */
  cacheHit: boolean;
}

/** The edge-cache variant of a wheel: one entry per chart and theme. */
export function wheelVariant(theme: WheelTheme): string {
  return `wheel-${theme}.svg`;
}

/**
 * Draws the wheel of `owner`'s chart `id` in `theme` ({@link renderWheel}), from this data
 * centre's response cache when it holds it, else from the stored chart (then cached). The strong
 * ETag is the hash of the chart's own ETag, the theme and {@link WHEEL_RENDERER_VERSION}: it
 * changes when the chart, the theme or the drawing does. Returns undefined for a malformed id, a
 * missing chart or another owner's chart alike, so callers answer 404.
 */
export async function getChartWheel(
  deps: { db: Db; env: Pick<Env, "METRICS" | "ENVIRONMENT">; origin: string },
  owner: string,
  id: string,
  theme: WheelTheme,
): Promise<WheelDocument | undefined> {
  const key = { origin: deps.origin, owner, id, variant: wheelVariant(theme) };
  const chart = await getChartDocument(deps, owner, id);
  if (!chart) return undefined;
  const cached = await readEdgeChart(deps.env, key);
  if (cached) {
    // The chart was needed for its existence and tag only: its cached bytes are never read.
    if (typeof chart.body !== "string") await chart.body.cancel();
    return { ...cached, cacheHit: true };
  }

  const body = renderWheel(JSON.parse(await chartText(chart)) as ChartData, { theme });
  const document = {
    body,
    etag: await strongEtag(`${chart.etag}\n${theme}\n${WHEEL_RENDERER_VERSION}`),
  };
  await writeEdgeChart(key, document);
  return { ...document, cacheHit: false };
}
