import type { JobRow } from "../db/jobs.ts";

/** The reading a job writes, from its payload (`{ "reading_id": "rdg_…" }`); undefined if none. */
export function readingIdOf(job: JobRow): string | undefined {
  const payload = job.payload as { reading_id?: unknown } | null;
  return typeof payload?.reading_id === "string" ? payload.reading_id : undefined;
}
