import type { ChartData } from "../astro/chart.ts";
import {
  computeSensitivity,
  GRID_SECONDS,
  type PlacementChange,
  type Sensitivity,
  TOLERANCE_SECONDS,
} from "../astro/sensitivity/compute-sensitivity.ts";
import type { PlacementKind, PlacementValue } from "../astro/sensitivity/placements.ts";
import type { SensitivityChart } from "../astro/sensitivity/sampler.ts";
import { formatUtc } from "../astro/time/local-time.ts";
import { TZDB_VERSION, utcOffsetAt } from "../astro/time/zones.ts";
import { ENGINE_VERSION } from "../astro/version.ts";
import { strongEtag } from "../cache/etag.ts";
import { findChart } from "../db/charts.ts";
import type { Db } from "../db/client.ts";
import { ApiError } from "../errors/api-error.ts";
import type { ChartInput } from "./chart-input.ts";
import { CHART_ID } from "./chart-resource.ts";

/** Default half-width of the sensitivity window, minutes. */
export const DEFAULT_WINDOW_MINUTES = 30;
/** Largest half-width of the sensitivity window, minutes (twelve hours each way). */
export const MAX_WINDOW_MINUTES = 720;
/** A placement that changes within this many minutes of the stated birth time is "sensitive". */
export const SENSITIVE_WITHIN_MINUTES = 15;

/** An instant in the window: UTC, local time in the chart's zone, and seconds from birth. */
export interface WindowInstant {
  /** ISO 8601 UTC, to the second. */
  at: string;
  /** Local civil time in the chart's zone with its offset, e.g. `1990-06-15T14:34:12+01:00`. */
  local: string;
  /** Seconds from the stated birth instant, negative before it. */
  offset_seconds: number;
}

/** One change of a placement. */
export interface SensitivityChange extends WindowInstant {
  from: PlacementValue;
  to: PlacementValue;
  /** True when the quantity jumps rather than crosses (whole-sign cusps; polar ascendant flips). */
  jump: boolean;
}

/** A placement at the stated birth time and the range of birth times that keep it. */
export interface PlacementResource {
  kind: PlacementKind;
  subject: string;
  value: PlacementValue;
  /** The earliest birth time in the window with the same value (the last change before birth); null when unchanged back to the window's start. */
  stable_from: WindowInstant | null;
  /** The latest birth time in the window with the same value (the first change after birth); null when unchanged to the window's end. */
  stable_until: WindowInstant | null;
  changes: SensitivityChange[];
}

/** The body of `GET /v1/charts/{id}/sensitivity`. */
export interface SensitivityResource {
  chart_id: string;
  window_minutes: number;
  birth: WindowInstant;
  window_start: WindowInstant;
  window_end: WindowInstant;
  house_system: string;
  requested_house_system: string;
  zodiac: "tropical" | "sidereal";
  sensitive_within_minutes: number;
  /** Placements whose nearest change is within {@link SENSITIVE_WITHIN_MINUTES}, nearest first. */
  sensitive: {
    kind: PlacementKind;
    subject: string;
    value: PlacementValue;
    change: SensitivityChange;
  }[];
  placements: PlacementResource[];
  warnings: { code: string; message: string }[];
  method: { grid_seconds: number; tolerance_seconds: number };
  engine_version: string;
}

/** What the route needs: the validator, known before any computation, and the body on demand. */
export interface SensitivityDocument {
  etag: string;
  render(): string;
}

/**
 * Looks up a stored chart of `owner` for its birth-time sensitivity. The ETag depends only on the
 * chart id, the window and the engine and tz versions (a stored chart never changes), so a
 * revalidation is answered without computing anything. Undefined for a malformed id, a missing
 * chart or another owner's chart alike, so callers answer 404 and ids do not leak.
 *
 * @throws {ApiError} `birth_time_unknown` (409) for a chart stored with `time_known: false`: it
 *   has no angles or houses, so there is nothing to time.
 */
export async function findChartSensitivity(
  db: Db,
  owner: string,
  id: string,
  windowMinutes: number,
): Promise<SensitivityDocument | undefined> {
  if (!CHART_ID.test(id)) return undefined;
  const row = await findChart(db, owner, id);
  if (!row) return undefined;
  const input = row.input as ChartInput;
  const chart = row.chart as ChartData;
  if (!input.time_known) {
    throw new ApiError(
      "birth_time_unknown",
      `Chart ${id} was stored with time_known false: it has no angles or houses, so it has no birth-time sensitivity. Store the chart with a birth time to use this.`,
      { errors: [{ path: "time_known", message: "the chart's birth time is unknown" }] },
    );
  }
  const etag = await strongEtag(
    `sensitivity|${id}|${windowMinutes}|${ENGINE_VERSION}|${TZDB_VERSION}`,
  );
  const render = () => {
    const sensitivity = computeSensitivity(sensitivityChartOf(input, chart), windowMinutes * 60);
    return JSON.stringify(toSensitivityResource(id, input, chart, windowMinutes, sensitivity));
  };
  return { etag, render };
}

/** What the sensitivity of a stored chart is computed from: its UTC instant, place and options. */
export function sensitivityChartOf(input: ChartInput, chart: ChartData): SensitivityChart {
  return {
    birthEpochSeconds: Date.parse(chart.utc) / 1000,
    latitude: input.latitude,
    longitude: input.longitude,
    houseSystem: input.house_system,
    ayanamsa: input.ayanamsa ?? null,
  };
}

/** `+01:00`, or `+00:09:21` for offsets with seconds (local mean time). */
function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? "-" : "+";
  const abs = Math.abs(offsetSeconds);
  const two = (n: number) => String(n).padStart(2, "0");
  const hm = `${two(Math.floor(abs / 3600))}:${two(Math.floor((abs % 3600) / 60))}`;
  return abs % 60 === 0 ? `${sign}${hm}` : `${sign}${hm}:${two(abs % 60)}`;
}

/**
 * Shapes a {@link Sensitivity} for the API. Local times use the chart's zone at each instant (a
 * window can span a clock change), or the chart's fixed offset for local mean time.
 */
export function toSensitivityResource(
  id: string,
  input: ChartInput,
  chart: ChartData,
  windowMinutes: number,
  sensitivity: Sensitivity,
): SensitivityResource {
  const birthEpoch = Date.parse(chart.utc) / 1000;
  const instant = (offsetSeconds: number): WindowInstant => {
    const epoch = birthEpoch + offsetSeconds;
    const offset =
      input.timezone === "LMT" ? chart.utc_offset_seconds : utcOffsetAt(input.timezone, epoch);
    return {
      at: formatUtc(epoch),
      local: `${formatUtc(epoch + offset).slice(0, 19)}${formatOffset(offset)}`,
      offset_seconds: offsetSeconds,
    };
  };
  const change = (c: PlacementChange): SensitivityChange => ({
    ...instant(c.offsetSeconds),
    from: c.from,
    to: c.to,
    jump: c.jump,
  });

  const placements = sensitivity.placements.map((p): PlacementResource => {
    const before = p.changes.filter((c) => c.rootSeconds < 0).at(-1);
    const after = p.changes.find((c) => c.rootSeconds >= 0);
    return {
      kind: p.kind,
      subject: p.subject,
      value: p.value,
      stable_from: before ? instant(before.offsetSeconds) : null,
      stable_until: after ? instant(after.offsetSeconds) : null,
      changes: p.changes.map(change),
    };
  });

  const limit = SENSITIVE_WITHIN_MINUTES * 60;
  const sensitive = sensitivity.placements
    .flatMap((p) => {
      const nearest = [...p.changes].sort(
        (x, y) => Math.abs(x.rootSeconds) - Math.abs(y.rootSeconds),
      )[0];
      return nearest && Math.abs(nearest.rootSeconds) <= limit
        ? [{ kind: p.kind, subject: p.subject, value: p.value, nearest }]
        : [];
    })
    .sort((x, y) => Math.abs(x.nearest.rootSeconds) - Math.abs(y.nearest.rootSeconds))
    .map(({ nearest, ...p }) => ({ ...p, change: change(nearest) }));

  return {
    chart_id: id,
    window_minutes: windowMinutes,
    birth: instant(0),
    window_start: instant(-windowMinutes * 60),
    window_end: instant(windowMinutes * 60),
    house_system: sensitivity.houseSystem.used,
    requested_house_system: sensitivity.houseSystem.requested,
    zodiac: input.zodiac,
    sensitive_within_minutes: SENSITIVE_WITHIN_MINUTES,
    sensitive,
    placements,
    warnings: sensitivityWarnings(input, chart, sensitivity),
    method: { grid_seconds: GRID_SECONDS, tolerance_seconds: TOLERANCE_SECONDS },
    engine_version: ENGINE_VERSION,
  };
}

function sensitivityWarnings(
  input: ChartInput,
  chart: ChartData,
  sensitivity: Sensitivity,
): SensitivityResource["warnings"] {
  const warnings: SensitivityResource["warnings"] = [];
  const { requested, used, fallback } = sensitivity.houseSystem;
  if (fallback) {
    warnings.push({
      code: "house_system_fallback",
      message: `${requested} houses are undefined at latitude ${input.latitude}° (inside the polar circle); ${used} houses are used, as in the chart.`,
    });
  }
  if (sensitivity.polar || sensitivity.retrogradeMotion) {
    warnings.push({
      code: "discontinuous_angles",
      message: `At latitude ${input.latitude}° the ascendant and cusps can jump and run backwards: changes are found on a ${GRID_SECONDS} s grid refined where they move fast, so a change that reverses itself within ${GRID_SECONDS} s can be missed; jumps are marked \`jump: true\`.`,
    });
  }
  if (chart.provenance.engine_version !== ENGINE_VERSION) {
    warnings.push({
      code: "engine_version_changed",
      message: `The chart was computed by engine ${chart.provenance.engine_version}; this sensitivity by ${ENGINE_VERSION}, whose values at the birth time can differ slightly.`,
    });
  }
  return warnings;
}
