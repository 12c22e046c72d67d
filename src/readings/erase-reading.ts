import type { Db } from "../db/client.ts";
import { cancelQueuedJob } from "../db/jobs.ts";
import { deleteReading, findReading } from "../db/readings.ts";
import { idPattern } from "../lib/ids.ts";

const READING_ID = idPattern("rdg");

/**
 * Erases a reading of `owner` (personal data derived from a birth chart). Its job, if still
 * queued, is cancelled so it never runs. Returns false, touching nothing, for a malformed id, a
 * missing reading or another owner's reading alike (callers answer 404).
 */
export async function eraseReading(
  db: Db,
  owner: string,
  id: string,
  now: number,
): Promise<boolean> {
  if (!READING_ID.test(id)) return false;
  const reading = await findReading(db, owner, id);
  if (!reading) return false;
  await cancelQueuedJob(db, owner, reading.jobId, now);
  return deleteReading(db, owner, id);
}
