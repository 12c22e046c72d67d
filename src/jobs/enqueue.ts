import type { ReadingJobMessage } from "./types.ts";

/**
 * Puts a reading job on Queue `READING_JOBS`.
 * @throws whatever the queue binding throws (callers decide whether the job fails visibly).
 */
export async function enqueueReadingJob(queue: Queue, message: ReadingJobMessage): Promise<void> {
  await queue.send(message, { contentType: "json" });
}
