import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, inject, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import worker from "../../src/index.ts";
import {
  ATTEMPT_TIMEOUT_MS,
  MAX_ATTEMPTS,
  RETRY_SCHEDULE_SECONDS,
  STALE_DELIVERY_MS,
} from "../../src/webhooks/config.ts";
import type { ScriptedResponse } from "../global-setup-webhooks.ts";
import { eventually } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

// Issue 9, fault injection on webhooks: receivers that hang, reset the connection or answer 500,
// and our own queue and D1 failing around a delivery. Invariant: every event is delivered or
// visibly failed (status `failed` with its reason in GET /v1/webhooks/{id}/deliveries), each
// attempt recorded, and never delivered twice once it succeeded.

const RECEIVER = `http://127.0.0.1:${inject("webhookReceiverPort")}`;

afterEach(() => clearFaults());

interface DeliveryJson {
  id: string;
  status: "pending" | "succeeded" | "failed";
  last_status_code: number | null;
  last_error: string | null;
  attempts: { status_code: number | null; error: string | null }[];
}

async function receiverPath(script: ScriptedResponse[] = []): Promise<string> {
  const path = `/faults/${crypto.randomUUID()}`;
  if (script.length > 0) {
    const res = await fetch(`${RECEIVER}/__script${path}`, {
      method: "POST",
      body: JSON.stringify(script),
    });
    expect(res.status).toBe(200);
  }
  return path;
}

async function requestsAt(path: string): Promise<unknown[]> {
  return (await (await fetch(`${RECEIVER}/__requests${path}`)).json()) as unknown[];
}

async function endpointFor(path: string): Promise<{ key: TestKey; endpointId: string }> {
  const key = await createTestKey({ scopes: ["webhooks:manage"] });
  const res = await postJsonWithKey(key.key, "/v1/webhooks", {
    url: `${RECEIVER}${path}`,
    events: ["reading.completed"],
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return { key, endpointId: (JSON.parse(text) as { id: string }).id };
}

/** `POST /v1/webhooks/{id}/test`: a delivery row, then its message on the WEBHOOKS queue. */
async function sendTest(key: TestKey, endpointId: string): Promise<string> {
  const res = await withKey(key.key, `/v1/webhooks/${endpointId}/test`, { method: "POST" });
  const text = await res.text();
  expect(res.status, text).toBe(202);
  return (JSON.parse(text) as { id: string }).id;
}

async function deliveries(key: TestKey, endpointId: string): Promise<DeliveryJson[]> {
  const res = await withKey(key.key, `/v1/webhooks/${endpointId}/deliveries`);
  return ((await res.json()) as { data: DeliveryJson[] }).data;
}

/** One WEBHOOKS message for `deliveryId`, run by the Worker's consumer on `queue`. */
async function attempt(deliveryId: string, queue = "orrery-webhooks") {
  const batch = createMessageBatch(queue, [
    {
      id: `msg-${crypto.randomUUID()}`,
      timestamp: new Date(),
      attempts: 1,
      body: { delivery_id: deliveryId },
    },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

/** The delivery row's status and next attempt time. */
async function row(id: string) {
  return env.DB.prepare(
    "SELECT status, attempts, next_attempt_at, last_error FROM webhook_deliveries WHERE id = ?",
  )
    .bind(id)
    .first<{
      status: string;
      attempts: number;
      next_attempt_at: number;
      last_error: string | null;
    }>();
}

async function makeDue(id: string): Promise<void> {
  await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
    .bind(Date.now(), id)
    .run();
}

/**
 * A pending delivery written by the API with its message held back (the WEBHOOKS send fails), so
 * the test drives every attempt itself.
 */
async function heldDelivery(key: TestKey, endpointId: string): Promise<string> {
  injectFault("WEBHOOKS", "put", 1, { kind: "unavailable" });
  const id = await sendTest(key, endpointId);
  clearFaults();
  return id;
}

describe("receivers that fail", () => {
  it(
    "retries a receiver that hangs past the attempt timeout, then delivers once",
    async () => {
      const path = await receiverPath([
        { status: 200, delayMs: ATTEMPT_TIMEOUT_MS + 2_000 },
        { status: 200 },
      ]);
      const { key, endpointId } = await endpointFor(path);
      const id = await heldDelivery(key, endpointId);
      const first = await attempt(id);
      expect(first.retryMessages).toHaveLength(1);
      expect(await row(id)).toMatchObject({ status: "pending", attempts: 1 });
      await makeDue(id);
      expect((await attempt(id)).explicitAcks).toHaveLength(1);
      const [delivery] = await deliveries(key, endpointId);
      expect(delivery).toMatchObject({ id, status: "succeeded", last_status_code: 200 });
      expect(delivery?.attempts.map((a) => a.status_code)).toEqual([null, 200]);
      expect(delivery?.attempts[0]?.error).toBe(
        `timeout: no response within ${ATTEMPT_TIMEOUT_MS} ms`,
      );
      // Delivered: a duplicate message sends nothing more.
      await attempt(id);
      expect(await requestsAt(path)).toHaveLength(2);
    },
    ATTEMPT_TIMEOUT_MS + 20_000,
  );

  it(
    "delivers the rest of a batch while one receiver hangs",
    async () => {
      const slow = await endpointFor(
        await receiverPath([{ status: 200, delayMs: ATTEMPT_TIMEOUT_MS + 2_000 }]),
      );
      const fast = await endpointFor(await receiverPath());
      const slowId = await heldDelivery(slow.key, slow.endpointId);
      const fastId = await heldDelivery(fast.key, fast.endpointId);
      const batch = createMessageBatch("orrery-webhooks", [
        {
          id: `msg-${crypto.randomUUID()}`,
          timestamp: new Date(),
          attempts: 1,
          body: { delivery_id: slowId },
        },
        {
          id: `msg-${crypto.randomUUID()}`,
          timestamp: new Date(),
          attempts: 1,
          body: { delivery_id: fastId },
        },
      ]);
      const ctx = createExecutionContext();
      const running = worker.queue(batch, env, ctx);
      await eventually(async () =>
        (await row(fastId))?.status === "succeeded" ? true : undefined,
      );
      // The hanging attempt is still in flight: it has not timed out and recorded its error yet.
      expect((await row(slowId))?.last_error).toBeNull();
      await running;
      const result = await getQueueResult(batch, ctx);
      expect(result.explicitAcks).toHaveLength(1);
      expect(result.retryMessages).toHaveLength(1);
      expect((await row(slowId))?.last_error).toBe(
        `timeout: no response within ${ATTEMPT_TIMEOUT_MS} ms`,
      );
    },
    ATTEMPT_TIMEOUT_MS + 20_000,
  );

  it("retries a receiver that resets the connection, then delivers once", async () => {
    const path = await receiverPath([{ status: 0, reset: true }, { status: 200 }]);
    const { key, endpointId } = await endpointFor(path);
    const id = await heldDelivery(key, endpointId);
    expect((await attempt(id)).retryMessages).toHaveLength(1);
    await makeDue(id);
    expect((await attempt(id)).explicitAcks).toHaveLength(1);
    const [delivery] = await deliveries(key, endpointId);
    expect(delivery).toMatchObject({ status: "succeeded" });
    expect(delivery?.attempts[0]).toMatchObject({ status_code: null });
    expect(delivery?.attempts[0]?.error).toMatch(/^network_error: /);
  });

  it("backs off on the schedule for a receiver answering 500, then fails the delivery visibly", async () => {
    const path = await receiverPath(
      Array.from({ length: MAX_ATTEMPTS }, () => ({ status: 500, body: "down" })),
    );
    const { key, endpointId } = await endpointFor(path);
    const id = await heldDelivery(key, endpointId);
    for (let n = 1; n <= MAX_ATTEMPTS; n++) {
      const before = Date.now();
      const result = await attempt(id);
      const now = await row(id);
      if (n < MAX_ATTEMPTS) {
        expect(result.retryMessages, `attempt ${n}`).toHaveLength(1);
        expect(now?.status).toBe("pending");
        const delay = Math.round(((now?.next_attempt_at ?? 0) - before) / 1000);
        expect(
          Math.abs(delay - (RETRY_SCHEDULE_SECONDS[n - 1] ?? 0)),
          `attempt ${n}`,
        ).toBeLessThanOrEqual(1);
        await makeDue(id);
      } else {
        expect(result.explicitAcks).toHaveLength(1);
      }
    }
    const [delivery] = await deliveries(key, endpointId);
    expect(delivery).toMatchObject({ id, status: "failed", last_status_code: 500 });
    expect(delivery?.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(await requestsAt(path)).toHaveLength(MAX_ATTEMPTS);
    // Finished: more messages for it send nothing.
    await attempt(id);
    expect(await requestsAt(path)).toHaveLength(MAX_ATTEMPTS);
  });
});

describe("our own failures around a delivery", () => {
  it("resends a delivery whose message was never sent (queue down), so it is delivered", async () => {
    const path = await receiverPath();
    const { key, endpointId } = await endpointFor(path);
    const id = await heldDelivery(key, endpointId);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 0 });
    // The cron after the stale threshold resends it on the real queue, whose consumer delivers.
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({
        scheduledTime: Date.now() + STALE_DELIVERY_MS + 1_000,
        cron: "* * * * *",
      }),
      env,
      ctx,
    );
    await getQueueResult(createMessageBatch("none", []), ctx);
    await makeDue(id);
    const delivered = await eventually(async () => {
      const [d] = await deliveries(key, endpointId);
      return d?.status === "succeeded" ? d : undefined;
    });
    expect(delivered.id).toBe(id);
    expect(await requestsAt(path)).toHaveLength(1);
  });

  it("retries a message while D1 is down, and dead-letters it visibly when it never recovers", async () => {
    const path = await receiverPath();
    const { key, endpointId } = await endpointFor(path);
    const id = await heldDelivery(key, endpointId);
    injectFault("DB", "all", Infinity, { kind: "unavailable" });
    const result = await attempt(id);
    expect(result.retryMessages).toHaveLength(1);
    clearFaults();
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 0 });
    // After the queue's retries the message lands on the dead-letter queue.
    const dead = await attempt(id, "orrery-webhooks-dlq");
    expect(dead.explicitAcks).toHaveLength(1);
    const [delivery] = await deliveries(key, endpointId);
    expect(delivery).toMatchObject({ id, status: "failed", last_error: "retries_exhausted" });
    expect(await requestsAt(path)).toHaveLength(0);
  });
});
