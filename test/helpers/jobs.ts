import { env } from "cloudflare:workers";
import { createDb } from "../../src/db/client.ts";
import { insertJobStatement, type JobRow } from "../../src/db/jobs.ts";
import { insertReadingStatement, type ReadingRow } from "../../src/db/readings.ts";
import { newReadingJob } from "../../src/readings/create-reading.ts";

/**
 * Inserts a pending reading and its queued job straight into D1, without sending a message, so a
 * test can drive the consumer itself without the real queue delivering the same job meanwhile.
 */
export async function seedReadingJob(
  owner: string,
  chartId: string,
  overrides: Partial<JobRow> = {},
): Promise<{ job: JobRow; reading: ReadingRow }> {
  const db = createDb(env.DB);
  const seeded = newReadingJob(
    owner,
    chartId,
    { kind: "natal", detail: "standard", language: "en" },
    Date.now(),
  );
  const job: JobRow = { ...seeded.job, ...overrides };
  const reading: ReadingRow = { ...seeded.reading, jobId: job.id };
  await db.batch([insertReadingStatement(db, reading), insertJobStatement(db, job)]);
  return { job, reading };
}

/** The job row as stored now. */
export async function jobRow(id: string): Promise<Record<string, unknown> | null> {
  return env.DB.prepare("SELECT * FROM jobs WHERE id = ?").bind(id).first();
}

/** The reading row as stored now. */
export async function readingRow(id: string): Promise<Record<string, unknown> | null> {
  return env.DB.prepare("SELECT * FROM readings WHERE id = ?").bind(id).first();
}

/** Polls `check` every 200 ms until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
