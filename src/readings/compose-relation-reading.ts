import type { ChartData } from "../astro/chart.ts";
import { ZodiacMismatchError } from "../charts/compare-charts.ts";
import type { TransitWindow } from "../charts/transit-window.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import type { ReadingRow } from "../db/readings.ts";
import { PermanentJobError } from "../jobs/errors.ts";
import type { ComposedReading, ReadingDetail } from "./compose-reading.ts";
import { composeSynastryReading } from "./compose-synastry-reading.ts";
import { composeTransitReading } from "./compose-transit-reading.ts";
import type { Language } from "./corpus/index.ts";

/**
 * Composes a `transit` or `synastry` reading from its stored parameters (the window; the second
 * chart, read from D1 for the reading's owner); undefined for a `natal` reading, which the caller
 * composes itself.
 *
 * @throws {PermanentJobError} `chart_not_found` when the second chart was erased meanwhile,
 *   `zodiac_mismatch` when the charts use different zodiacs: retrying cannot help.
 */
export async function composeRelationReading(
  db: Db,
  reading: ReadingRow,
  chart: ChartData,
): Promise<ComposedReading | undefined> {
  const options = {
    detail: reading.detail as ReadingDetail,
    language: reading.language as Language,
  };
  if (reading.kind === "transit") {
    return composeTransitReading(chart, reading.parameters as TransitWindow, options);
  }
  if (reading.kind !== "synastry") return undefined;
  const partner = await findChart(db, reading.owner, reading.partnerChartId ?? "");
  if (!partner) {
    throw new PermanentJobError("chart_not_found", "The second chart of this reading was erased.");
  }
  try {
    return composeSynastryReading(chart, partner.chart as ChartData, options);
  } catch (error) {
    if (error instanceof ZodiacMismatchError) {
      throw new PermanentJobError("zodiac_mismatch", error.message);
    }
    throw error;
  }
}
