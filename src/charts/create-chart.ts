import type { Orbs } from "../astro/aspects.ts";
import type { Ayanamsa } from "../astro/ayanamsa.ts";
import { type ChartData, type ChartRequest, computeChart } from "../astro/chart.ts";
import type { HouseSystem } from "../astro/houses.ts";
import { type Disambiguation, formatUtc, type LocalDateTime } from "../astro/time/local-time.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { insertChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { newId } from "../lib/ids.ts";

/** The chart request as the API validated it (snake_case, defaults applied). */
export interface ChartInput {
  datetime: string;
  time_known: boolean;
  timezone: string;
  latitude: number;
  longitude: number;
  house_system: HouseSystem;
  zodiac: "tropical" | "sidereal";
  ayanamsa?: Ayanamsa | undefined;
  disambiguation: Disambiguation;
  orbs?: Partial<Orbs> | undefined;
  store: boolean;
}

/** A chart as the API returns it: the computed chart with its id, time of storing and input. */
export interface ChartResource extends ChartData {
  id: string | null;
  created_at: string | null;
  input: ChartInput;
}

/** Splits `YYYY-MM-DD[THH:MM[:SS]]` (already matched by the schema) into its fields. */
export function parseLocalDateTime(datetime: string): LocalDateTime {
  const [date = "", time = "00:00:00"] = datetime.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  return { year, month, day, hour, minute, second };
}

/** Maps validated API input to the chart engine's request. */
export function toChartRequest(input: ChartInput): ChartRequest {
  return {
    local: parseLocalDateTime(input.datetime),
    timeKnown: input.time_known,
    timezone: input.timezone,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem: input.house_system,
    zodiac: input.zodiac,
    ayanamsa: input.zodiac === "sidereal" ? (input.ayanamsa ?? "lahiri") : null,
    disambiguation: input.disambiguation,
    orbs: input.orbs ?? {},
  };
}

/**
 * Computes a chart for `owner` and, unless `input.store` is false, stores it.
 * @throws {LocalTimeError} when the local time cannot be honoured (see computeChart).
 */
export async function createChart(
  db: Db,
  owner: string,
  input: ChartInput,
): Promise<ChartResource> {
  const normalized: ChartInput = {
    ...input,
    ayanamsa: input.zodiac === "sidereal" ? (input.ayanamsa ?? "lahiri") : undefined,
  };
  const chart = computeChart(toChartRequest(normalized));
  if (!input.store) {
    return { id: null, created_at: null, input: normalized, ...chart };
  }
  const id = newId("chr");
  const createdAt = Date.now();
  await insertChart(db, {
    id,
    owner,
    input: normalized,
    chart,
    engineVersion: ENGINE_VERSION,
    inputHash: null,
    createdAt,
  });
  return { id, created_at: formatUtc(Math.floor(createdAt / 1000)), input: normalized, ...chart };
}
