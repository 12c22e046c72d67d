import { formatUtc } from "../astro/time/local-time.ts";
import type { TransitWindow } from "../charts/transit-window.ts";
import type { ReadingRow } from "../db/readings.ts";
import type { ComposedReading } from "./compose-reading.ts";
import type { ReadingKind } from "./create-reading.ts";

/** A reading as the API shows it. Until it is ready, `placements`, `sections` and `text` are null. */
export interface ReadingResource {
  id: string;
  chart_id: string;
  kind: ReadingKind;
  /** Synastry: the second chart; null for other kinds. */
  partner_chart_id: string | null;
  /** Transit: the window asked for; null for other kinds. */
  parameters: TransitWindow | null;
  detail: string;
  language: string;
  status: "pending" | "ready" | "failed";
  /** The job that writes it; poll `/v1/jobs/{job_id}`. */
  job_id: string;
  placements: ComposedReading["placements"] | null;
  sections: ComposedReading["sections"] | null;
  /** The whole reading in Markdown. */
  text: string | null;
  /** `composed` (from the corpus) or `ai` (rewritten by a model); null until ready. */
  narrative: "composed" | "ai" | null;
  /** Why a model rewrite was not used (timeout, error, dropped sections); null otherwise. */
  narrative_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** A reading row as the API shows it. */
export function toReadingResource(row: ReadingRow): ReadingResource {
  const content = row.content as (ComposedReading & { narrative_error?: string | null }) | null;
  return {
    id: row.id,
    chart_id: row.chartId,
    kind: row.kind as ReadingKind,
    partner_chart_id: row.partnerChartId,
    parameters: row.parameters as TransitWindow | null,
    detail: row.detail,
    language: row.language,
    status: row.status as ReadingResource["status"],
    job_id: row.jobId,
    placements: content?.placements ?? null,
    sections: content?.sections ?? null,
    text: content?.text ?? null,
    narrative: row.narrative as ReadingResource["narrative"],
    narrative_error: content?.narrative_error ?? null,
    created_at: formatUtc(Math.floor(row.createdAt / 1000)),
    finished_at: row.finishedAt === null ? null : formatUtc(Math.floor(row.finishedAt / 1000)),
  };
}
