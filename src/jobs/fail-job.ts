import type { Db } from "../db/client.ts";
import { failJobStatement, type JobRow } from "../db/jobs.ts";
import { failReadingStatement } from "../db/readings.ts";
import { prepareReadingEvent, sendDeliveries } from "../webhooks/emit.ts";

/**
 * Fails a reading job for good: the job (with `error`), its reading, and the `reading.failed`
 * webhook deliveries in one `db.batch` (the deliveries only if the batch really moved the job, so
 * a finished job is never failed twice nor reported twice), then the deliveries' messages. Used by
 * the consumer (permanent errors), the dead-letter consumer and the sweeper.
 */
export async function failReadingJob(
  deps: { db: Db; webhooks?: Queue | undefined },
  job: JobRow,
  error: { code: string; message: string },
  at: number,
): Promise<void> {
  const { db } = deps;
  const readingId = (job.payload as { reading_id: string }).reading_id;
  const event = await prepareReadingEvent(db, {
    type: "reading.failed",
    owner: job.owner,
    jobId: job.id,
    jobStatus: "failed",
    readingId,
    at,
  });
  await db.batch([
    failJobStatement(db, job.id, error, at),
    failReadingStatement(db, readingId, at),
    ...event.statements,
  ]);
  await sendDeliveries(deps.webhooks, event.deliveryIds);
}
