import { wrapQueue } from "../bindings/faulty.ts";
import { timeSpan } from "../observability/timing.ts";
import { currentRequestId } from "../observability/trace.ts";
import type { ReadingJobMessage } from "./types.ts";

/**
 * Puts a reading job on Queue `READING_JOBS` (through the test-only fault switch, inert unless a
 * test arms it).
 * @throws whatever the queue binding throws (callers decide whether the job fails visibly).
 */
export async function enqueueReadingJob(queue: Queue, message: ReadingJobMessage): Promise<void> {
  // The request (or cron run) that sends the message, so the consumer's lines carry its id.
  const requestId = message.request_id ?? currentRequestId();
  const body: ReadingJobMessage = requestId ? { ...message, request_id: requestId } : message;
  await timeSpan("queue", "reading_jobs.send", () =>
    wrapQueue(queue, "READING_JOBS").send(body, { contentType: "json" }),
  );
}
