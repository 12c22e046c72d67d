import type { BatchItem } from "drizzle-orm/batch";
import { wrapQueue } from "../bindings/faulty.ts";
import type { Db } from "../db/client.ts";
import { findReadingById } from "../db/readings.ts";
import { findEnabledEndpoints, insertDeliveryIfJobFinishedStatement } from "../db/webhooks.ts";
import { newId } from "../lib/ids.ts";
import type { WebhookEvent } from "./config.ts";
import { eventBody } from "./payload.ts";

/** The delivery rows an event needs, to run in the batch that finishes the job, and their ids. */
export interface PreparedEvent {
  statements: BatchItem<"sqlite">[];
  deliveryIds: string[];
}

/**
 * Prepares a reading event for every enabled endpoint of the job's owner subscribed to it. The
 * caller puts `statements` in the same `db.batch` as the job's final state, after it (each insert
 * only happens if the job did reach `jobStatus` at `at`), then sends the ids with
 * {@link sendDeliveries}. Nothing is lost: a delivery row exists before any message, and the cron
 * resends pending deliveries whose message never came.
 */
export async function prepareReadingEvent(
  db: Db,
  input: {
    type: WebhookEvent;
    owner: string;
    jobId: string;
    jobStatus: "succeeded" | "failed";
    readingId: string | undefined;
    at: number;
  },
): Promise<PreparedEvent> {
  const endpoints = (await findEnabledEndpoints(db, input.owner)).filter((e) =>
    (e.events as string[]).includes(input.type),
  );
  if (endpoints.length === 0) return { statements: [], deliveryIds: [] };
  const reading = input.readingId ? await findReadingById(db, input.readingId) : undefined;
  const body = eventBody(input.type, input.at, {
    job_id: input.jobId,
    reading_id: input.readingId ?? null,
    chart_id: reading?.chartId ?? null,
    status: input.jobStatus,
  });
  const deliveryIds: string[] = [];
  const statements = endpoints.map((endpoint) => {
    const id = newId("dlv");
    deliveryIds.push(id);
    return insertDeliveryIfJobFinishedStatement(
      db,
      {
        id,
        endpointId: endpoint.id,
        owner: input.owner,
        eventType: input.type,
        body,
        status: "pending",
        attempts: 0,
        nextAttemptAt: input.at,
        lastStatusCode: null,
        lastError: null,
        createdAt: input.at,
        finishedAt: null,
      },
      { id: input.jobId, status: input.jobStatus, finishedAt: input.at },
    );
  });
  return { statements, deliveryIds };
}

/** The WEBHOOKS message: one delivery to attempt. */
export interface WebhookMessage {
  delivery_id: string;
}

/**
 * Sends one WEBHOOKS message per delivery (through the test-only fault switch, inert unless a
 * test arms it). A failed send is logged, not thrown: the delivery rows are already in D1 and the
 * cron resends pending deliveries whose message never came. A message for a delivery whose insert
 * did not happen (the job was not moved) is acked as a no-op.
 */
export async function sendDeliveries(queue: Queue | undefined, ids: string[]): Promise<void> {
  if (ids.length === 0 || !queue) return;
  try {
    await wrapQueue(queue, "WEBHOOKS").sendBatch(
      ids.map((id) => ({ body: { delivery_id: id } satisfies WebhookMessage })),
    );
  } catch (error) {
    console.log(
      JSON.stringify({
        component: "webhooks",
        level: "warn",
        event: "webhook.send_failed",
        deliveries: ids.length,
        error: String(error),
      }),
    );
  }
}
