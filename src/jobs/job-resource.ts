import { formatUtc } from "../astro/time/local-time.ts";
import type { JobRow } from "../db/jobs.ts";
import type { JobResource, JobStatus, JobType } from "./types.ts";

function iso(ms: number | null): string | null {
  return ms === null ? null : formatUtc(Math.floor(ms / 1000));
}

/** A job row as the API shows it. A queued job that failed an attempt shows that error too. */
export function toJobResource(row: JobRow): JobResource {
  return {
    id: row.id,
    type: row.type as JobType,
    status: row.status as JobStatus,
    attempts: row.attempts,
    max_attempts: row.maxAttempts,
    progress: row.progress,
    error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? "" } : null,
    result: (row.result as JobResource["result"]) ?? null,
    created_at: iso(row.createdAt) as string,
    started_at: iso(row.startedAt),
    finished_at: iso(row.finishedAt),
  };
}
