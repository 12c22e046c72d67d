import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "../../src/db/client.ts";
import { insertDeliveryStatement } from "../../src/db/webhooks.ts";
import worker from "../../src/index.ts";
import { newId } from "../../src/lib/ids.ts";
import { DISABLE_AFTER_CONSECUTIVE_FAILURES } from "../../src/webhooks/config.ts";
import { eventBody } from "../../src/webhooks/payload.ts";
import { pruneOldDeliveries } from "../../src/webhooks/sweep.ts";
import { LONDON_1990 } from "../helpers/http.ts";
import { eventually, seedReadingJob } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

declare module "vitest" {
  interface ProvidedContext {
    webhookReceiverPort: number;
  }
}

/** The real local receiver (test/global-setup-webhooks.ts). */
const RECEIVER = `http://127.0.0.1:${inject("webhookReceiverPort")}`;

interface Received {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

interface EndpointJson {
  id: string;
  secret: string;
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
}

interface DeliveryJson {
  id: string;
  event_type: string;
  status: string;
  last_status_code: number | null;
  attempts: { status_code: number | null; latency_ms: number; error: string | null }[];
}

afterEach(() => {
  vi.useRealTimers();
});

/** A fresh receiver path, optionally with scripted answers. */
async function receiverPath(script: Scripted[] = []): Promise<string> {
  const path = `/hooks/${crypto.randomUUID()}`;
  if (script.length > 0) {
    const res = await fetch(`${RECEIVER}/__script${path}`, {
      method: "POST",
      body: JSON.stringify(script),
    });
    expect(res.status).toBe(200);
  }
  return path;
}

async function receivedAt(path: string): Promise<Received[]> {
  return (await (await fetch(`${RECEIVER}/__requests${path}`)).json()) as Received[];
}

/** A new account that can manage webhooks and create readings. */
function account(): Promise<TestKey> {
  return createTestKey({
    scopes: ["webhooks:manage", "charts:read", "charts:write", "readings:read", "readings:write"],
  });
}

async function subscribe(
  key: TestKey,
  path: string,
  events = ["reading.completed", "reading.failed"],
): Promise<EndpointJson> {
  const res = await postJsonWithKey(key.key, "/v1/webhooks", { url: `${RECEIVER}${path}`, events });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as EndpointJson;
}

async function endpointOf(key: TestKey, id: string): Promise<EndpointJson> {
  return (await (await withKey(key.key, `/v1/webhooks/${id}`)).json()) as EndpointJson;
}

async function deliveriesOf(key: TestKey, id: string): Promise<DeliveryJson[]> {
  const res = await withKey(key.key, `/v1/webhooks/${id}/deliveries`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return (JSON.parse(text) as { data: DeliveryJson[] }).data;
}

/** A pending `webhook.test` delivery written straight to D1, with no message sent for it. */
async function seedDelivery(key: TestKey, endpointId: string): Promise<string> {
  const db = createDb(env.DB);
  const now = Date.now();
  const id = newId("dlv");
  await db.batch([
    insertDeliveryStatement(db, {
      id,
      endpointId,
      owner: key.owner,
      eventType: "webhook.test",
      body: eventBody("webhook.test", now, { endpoint_id: endpointId }),
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      lastStatusCode: null,
      lastError: null,
      createdAt: now,
      finishedAt: null,
    }),
  ]);
  return id;
}

/** One attempt: a WEBHOOKS message delivered to the Worker's consumer, and what it did with it. */
async function attempt(deliveryId: string) {
  const batch = createMessageBatch("orrery-webhooks", [
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

/** Makes a pending delivery due now (skipping the wait of a later retry step). */
async function makeDue(deliveryId: string): Promise<void> {
  await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
    .bind(Date.now(), deliveryId)
    .run();
}

/**
 * The delay of the retry an attempt scheduled, in whole seconds: the pending delivery's next
 * attempt time, less the attempt's start (`getQueueResult` does not report `delaySeconds`).
 */
async function retryDelaySeconds(deliveryId: string, before: number): Promise<number> {
  const row = await env.DB.prepare(
    "SELECT status, next_attempt_at FROM webhook_deliveries WHERE id = ?",
  )
    .bind(deliveryId)
    .first<{ status: string; next_attempt_at: number }>();
  expect(row?.status).toBe("pending");
  return Math.floor(((row?.next_attempt_at ?? 0) - before) / 1000);
}

/** Verifies a recorded request with the Standard Webhooks verifier, over its raw body. */
function verify(secret: string, r: Pick<Received, "body" | "headers">): unknown {
  return new Webhook(secret).verify(r.body, {
    "webhook-id": r.headers["webhook-id"] ?? "",
    "webhook-timestamp": r.headers["webhook-timestamp"] ?? "",
    "webhook-signature": r.headers["webhook-signature"] ?? "",
  });
}

describe("webhook deliveries against a real receiver", () => {
  it("signs with Standard Webhooks: the raw body verifies; a tampered body or a stale timestamp does not", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);
    const result = await attempt(deliveryId);
    expect(result.explicitAcks).toHaveLength(1);

    const [request] = await receivedAt(path);
    expect(request).toBeDefined();
    if (!request) return;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toBe(deliveryId);
    expect(request.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(
      60,
    );
    expect(verify(endpoint.secret, request)).toMatchObject({
      type: "webhook.test",
      data: { endpoint_id: endpoint.id },
    });

    const tampered = request.body.replace(endpoint.id, "whk_someone_else");
    expect(() => verify(endpoint.secret, { ...request, body: tampered })).toThrow();
    // Re-serializing the parsed JSON changes the bytes (here: whitespace), so it fails too.
    const reserialized = JSON.stringify(JSON.parse(request.body), null, 1);
    expect(() => verify(endpoint.secret, { ...request, body: reserialized })).toThrow();
    expect(() => verify(`whsec_${btoa("x".repeat(32))}`, request)).toThrow();

    // The same request, checked 10 minutes later: outside the verifier's 5-minute tolerance.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect(() => verify(endpoint.secret, request)).toThrow(/timestamp/i);
  });

  it("retries a 500, lands the 200 once, with the same webhook-id signed afresh", async () => {
    const key = await account();
    const path = await receiverPath([{ status: 500, body: "boom" }, { status: 200 }]);
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);

    const before = Date.now();
    const first = await attempt(deliveryId);
    expect(first.retryMessages).toHaveLength(1);
    expect(first.explicitAcks).toHaveLength(0);
    expect(await retryDelaySeconds(deliveryId, before)).toBe(5);
    // The retry is due 5 s later; the consumer takes it within its early-arrival slack.
    const second = await attempt(deliveryId);
    expect(second.explicitAcks).toHaveLength(1);
    // A duplicate message of a finished delivery does nothing.
    const duplicate = await attempt(deliveryId);
    expect(duplicate.explicitAcks).toHaveLength(1);

    const requests = await receivedAt(path);
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.headers["webhook-id"])).toEqual([deliveryId, deliveryId]);
    for (const r of requests) expect(() => verify(endpoint.secret, r)).not.toThrow();
    const [delivery] = await deliveriesOf(key, endpoint.id);
    expect(delivery).toMatchObject({ id: deliveryId, status: "succeeded", last_status_code: 200 });
    expect(delivery?.attempts.map((a) => a.status_code)).toEqual([500, 200]);
    expect(delivery?.attempts[0]?.error).toBe("HTTP 500: boom");
    expect((await endpointOf(key, endpoint.id)).consecutive_failures).toBe(0);
  });

  it("honours Retry-After on a 429 or 503", async () => {
    const key = await account();
    const path = await receiverPath([
      { status: 429, headers: { "Retry-After": "120" } },
      { status: 503, headers: { "Retry-After": "999999" } },
    ]);
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);
    let before = Date.now();
    expect((await attempt(deliveryId)).retryMessages).toHaveLength(1);
    expect(await retryDelaySeconds(deliveryId, before)).toBe(120);
    await makeDue(deliveryId);
    before = Date.now();
    expect((await attempt(deliveryId)).retryMessages).toHaveLength(1);
    // Capped at the queue's 12 h delay limit.
    expect(await retryDelaySeconds(deliveryId, before)).toBe(43_200);
  });

  it("retries when nothing answers (network error), logging the error", async () => {
    const key = await account();
    // Port 9 (discard) has no listener here: the connection is refused.
    const res = await postJsonWithKey(key.key, "/v1/webhooks", {
      url: "http://127.0.0.1:9/hook",
      events: ["reading.completed"],
    });
    const endpoint = (await res.json()) as EndpointJson;
    const deliveryId = await seedDelivery(key, endpoint.id);
    const before = Date.now();
    expect((await attempt(deliveryId)).retryMessages).toHaveLength(1);
    expect(await retryDelaySeconds(deliveryId, before)).toBe(5);
    const [delivery] = await deliveriesOf(key, endpoint.id);
    expect(delivery?.attempts[0]).toMatchObject({ status_code: null });
    expect(delivery?.attempts[0]?.error).toMatch(/^network_error: /);
  });

  it("disables the endpoint at once on 410 Gone, without retrying", async () => {
    const key = await account();
    const path = await receiverPath([{ status: 410 }]);
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);
    const result = await attempt(deliveryId);
    expect(result.retryMessages).toHaveLength(0);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await endpointOf(key, endpoint.id)).toMatchObject({
      enabled: false,
      disabled_reason: "gone",
    });
    const [delivery] = await deliveriesOf(key, endpoint.id);
    expect(delivery).toMatchObject({ status: "failed", last_status_code: 410 });
    expect(await receivedAt(path)).toHaveLength(1);
  });

  it("does not retry a 400, and counts it against the endpoint", async () => {
    const key = await account();
    const path = await receiverPath([{ status: 400, body: "bad" }]);
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);
    const result = await attempt(deliveryId);
    expect(result.retryMessages).toHaveLength(0);
    expect(result.explicitAcks).toHaveLength(1);
    await makeDue(deliveryId);
    await attempt(deliveryId);
    expect(await receivedAt(path)).toHaveLength(1);
    const [delivery] = await deliveriesOf(key, endpoint.id);
    expect(delivery).toMatchObject({ status: "failed", last_status_code: 400 });
    expect(await endpointOf(key, endpoint.id)).toMatchObject({
      enabled: true,
      consecutive_failures: 1,
    });
  });

  it("disables an endpoint after 5 consecutive failed deliveries; PATCH enabled re-enables it", async () => {
    const key = await account();
    const path = await receiverPath(
      Array.from({ length: DISABLE_AFTER_CONSECUTIVE_FAILURES }, () => ({ status: 400 })),
    );
    const endpoint = await subscribe(key, path);
    for (let i = 1; i <= DISABLE_AFTER_CONSECUTIVE_FAILURES; i++) {
      await attempt(await seedDelivery(key, endpoint.id));
      const now = await endpointOf(key, endpoint.id);
      expect(now.consecutive_failures).toBe(i);
      expect(now.enabled).toBe(i < DISABLE_AFTER_CONSECUTIVE_FAILURES);
    }
    expect(await endpointOf(key, endpoint.id)).toMatchObject({
      enabled: false,
      disabled_reason: "consecutive_failures",
    });
    // A delivery for a disabled endpoint is failed without a request.
    const skipped = await seedDelivery(key, endpoint.id);
    await attempt(skipped);
    expect(await receivedAt(path)).toHaveLength(DISABLE_AFTER_CONSECUTIVE_FAILURES);
    expect((await deliveriesOf(key, endpoint.id))[0]).toMatchObject({
      id: skipped,
      status: "failed",
    });

    const res = await withKey(key.key, `/v1/webhooks/${endpoint.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ enabled: true }),
    });
    expect(await res.json()).toMatchObject({
      enabled: true,
      disabled_reason: null,
      consecutive_failures: 0,
    });
  });

  it("redelivers a finished delivery under the same webhook-id with a fresh timestamp", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path);
    const deliveryId = await seedDelivery(key, endpoint.id);
    await attempt(deliveryId);
    const [first] = await receivedAt(path);

    // Another click before the round finishes is refused; here it has finished, so it is queued.
    const res = await postJsonWithKey(
      key.key,
      `/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`,
      {},
    );
    const text = await res.text();
    expect(res.status, text).toBe(202);
    expect(JSON.parse(text)).toMatchObject({ id: deliveryId, status: "pending" });
    const again = await postJsonWithKey(
      key.key,
      `/v1/webhooks/${endpoint.id}/deliveries/${deliveryId}/redeliver`,
      {},
    );
    expect(again.status).toBe(409);

    // The real queue delivers the redelivery.
    const second = await eventually(async () => (await receivedAt(path))[1]);
    expect(second.headers["webhook-id"]).toBe(deliveryId);
    expect(second.body).toBe(first?.body);
    expect(Number(second.headers["webhook-timestamp"])).toBeGreaterThan(
      Number(first?.headers["webhook-timestamp"]),
    );
    expect(() => verify(endpoint.secret, second)).not.toThrow();
    await eventually(async () => {
      const [d] = await deliveriesOf(key, endpoint.id);
      return d?.status === "succeeded" ? d : undefined;
    });
  });

  it("answers 404 naming the delivery when redelivering one the webhook does not have", async () => {
    const key = await account();
    const endpoint = await subscribe(key, await receiverPath());
    const res = await postJsonWithKey(
      key.key,
      `/v1/webhooks/${endpoint.id}/deliveries/dlv_01JXYZ5V7Q9N8M2K3H4G5F6D7C/redeliver`,
      {},
    );
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toBe(
      `No delivery dlv_01JXYZ5V7Q9N8M2K3H4G5F6D7C for webhook ${endpoint.id}.`,
    );
  });

  it("signs with both secrets after a rotation, each signature verifying with its own secret", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path);
    const res = await postJsonWithKey(key.key, `/v1/webhooks/${endpoint.id}/rotate-secret`, {});
    const rotated = (await res.json()) as EndpointJson;
    expect(res.status).toBe(200);
    await attempt(await seedDelivery(key, endpoint.id));

    const [request] = await receivedAt(path);
    if (!request) throw new Error("nothing received");
    const signatures = (request.headers["webhook-signature"] ?? "").split(" ");
    expect(signatures).toHaveLength(2);
    for (const secret of [rotated.secret, endpoint.secret]) {
      expect(() => verify(secret, request)).not.toThrow();
      const matching = signatures.filter((sig) => {
        try {
          verify(secret, { ...request, headers: { ...request.headers, "webhook-signature": sig } });
          return true;
        } catch {
          return false;
        }
      });
      expect(matching).toHaveLength(1);
    }
  });

  it("POST /v1/webhooks/{id}/test delivers webhook.test through the queue", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path, ["reading.failed"]);
    const res = await postJsonWithKey(key.key, `/v1/webhooks/${endpoint.id}/test`, {});
    const text = await res.text();
    expect(res.status, text).toBe(202);
    const queued = JSON.parse(text) as DeliveryJson;
    expect(queued).toMatchObject({ event_type: "webhook.test", status: "pending" });

    const request = await eventually(async () => (await receivedAt(path))[0]);
    expect(request.headers["webhook-id"]).toBe(queued.id);
    expect(verify(endpoint.secret, request)).toMatchObject({
      type: "webhook.test",
      data: { endpoint_id: endpoint.id },
    });
  });

  it("delivers reading.completed end to end: POST /v1/readings, the real queues, the receiver", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path, ["reading.completed"]);
    const started = Date.now();
    const res = await postJsonWithKey(key.key, "/v1/readings", { chart: LONDON_1990 });
    const text = await res.text();
    expect(res.status, text).toBe(202);
    const accepted = JSON.parse(text) as { reading_id: string; job: { id: string } };

    const request = await eventually(async () => (await receivedAt(path))[0], 25_000);
    const elapsed = Date.now() - started;
    const event = verify(endpoint.secret, request) as {
      type: string;
      timestamp: string;
      data: Record<string, unknown>;
    };
    expect(event).toMatchObject({
      type: "reading.completed",
      data: { job_id: accepted.job.id, reading_id: accepted.reading_id, status: "succeeded" },
    });
    expect(event.data.chart_id).toMatch(/^chr_/);
    expect(event.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // Two queue hops, each up to the 5 s batch timeout.
    expect(elapsed).toBeLessThan(20_000);
  });

  it("sends reading.failed when a reading job fails", async () => {
    const key = await account();
    const path = await receiverPath();
    const endpoint = await subscribe(key, path, ["reading.failed"]);
    // A job whose chart does not exist fails permanently on its first attempt.
    const { job, reading } = await seedReadingJob(key.owner, "cht_missing");
    const batch = createMessageBatch("orrery-reading-jobs", [
      {
        id: `msg-${crypto.randomUUID()}`,
        timestamp: new Date(),
        attempts: 1,
        body: { job_id: job.id, owner: key.owner },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    await expect(getQueueResult(batch, ctx)).resolves.toMatchObject({
      explicitAcks: [expect.any(String)],
    });

    const request = await eventually(async () => (await receivedAt(path))[0], 25_000);
    expect(verify(endpoint.secret, request)).toMatchObject({
      type: "reading.failed",
      data: { job_id: job.id, reading_id: reading.id, chart_id: "cht_missing", status: "failed" },
    });
  });

  it("prunes deliveries and their attempts once finished longer ago than the retention", async () => {
    const key = await account();
    const endpoint = await subscribe(key, await receiverPath());
    const oldId = await seedDelivery(key, endpoint.id);
    await attempt(oldId);
    const pendingId = await seedDelivery(key, endpoint.id);
    const DAY = 86_400_000;
    await env.DB.prepare("UPDATE webhook_deliveries SET finished_at = ? WHERE id = ?")
      .bind(Date.now() - 31 * DAY, oldId)
      .run();
    const pruned = await pruneOldDeliveries(createDb(env.DB), Date.now(), 30 * DAY);
    expect(pruned).toBeGreaterThanOrEqual(1);
    const ids = (await deliveriesOf(key, endpoint.id)).map((d) => d.id);
    expect(ids).toEqual([pendingId]);
    const attempts = await env.DB.prepare(
      "SELECT count(*) AS n FROM webhook_attempts WHERE delivery_id = ?",
    )
      .bind(oldId)
      .first<{ n: number }>();
    expect(attempts?.n).toBe(0);
  });
});
