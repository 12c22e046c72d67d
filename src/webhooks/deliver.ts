import type { Db } from "../db/client.ts";
import {
  type AttemptRecord,
  claimDelivery,
  failDelivery,
  findEndpointById,
  recordAttempt,
  type WebhookEndpointRow,
} from "../db/webhooks.ts";
import { type MetricsEnv, recordWebhook, type WebhookOutcome } from "../observability/metrics.ts";
import {
  ATTEMPT_LEASE_MS,
  ATTEMPT_TIMEOUT_MS,
  DISABLE_AFTER_CONSECUTIVE_FAILURES,
  EARLY_ARRIVAL_SLACK_MS,
  MAX_ATTEMPTS,
  MAX_ERROR_LENGTH,
  RETRY_SCHEDULE_SECONDS,
} from "./config.ts";
import { parseRetryAfter } from "./retry-after.ts";
import { signatureHeaders } from "./secret.ts";
import { checkWebhookUrl, type UrlGuardOptions } from "./url-guard.ts";

/** What to do with one message: ack it, or retry it after a delay. */
export type DeliveryOutcome = { ack: true } | { ack: false; delaySeconds: number };

/** What a delivery attempt needs. */
export interface DeliverDeps {
  db: Db;
  guard: UrlGuardOptions;
  fetch?: typeof fetch;
  /** Where each attempt is counted (`recordWebhook`); none in unit tests. */
  metrics?: MetricsEnv;
}

function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ component: "webhooks", ...fields }));
}

/** The secrets that sign now: the current one, and the previous one during its grace period. */
export function signingSecrets(endpoint: WebhookEndpointRow, now: number): string[] {
  const previous =
    endpoint.previousSecret && (endpoint.previousSecretExpiresAt ?? 0) > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}

/** What the receiver's answer (or its absence) means. */
type Verdict = "succeeded" | "retry" | "gone" | "rejected";

function classify(status: number | null): Verdict {
  if (status === null) return "retry";
  if (status >= 200 && status < 300) return "succeeded";
  if (status === 410) return "gone";
  if (status >= 500 || status === 408 || status === 429) return "retry";
  return "rejected"; // other 4xx, and 3xx: redirects are not followed
}

/**
 * Makes one attempt of a delivery. At-least-once safe: the delivery is claimed atomically (pending
 * and due), so a duplicate message does nothing. Every attempt is signed afresh (current
 * timestamp, same `webhook-id`) and logged in D1 with its status, latency and error.
 *
 * - 2xx: delivered; the endpoint's failure count is reset.
 * - network error, timeout, 5xx, 408, 429: retried on the schedule (or after `Retry-After`, capped
 *   at 12 h) until {@link MAX_ATTEMPTS}, then failed.
 * - 410: failed, and the endpoint disabled at once (`gone`).
 * - any other status (4xx, 3xx): failed without retrying.
 *
 * A failed delivery counts against the endpoint: {@link DISABLE_AFTER_CONSECUTIVE_FAILURES} in a
 * row disable it (`consecutive_failures`).
 */
export async function processWebhookDelivery(
  deps: DeliverDeps,
  body: unknown,
  now: () => number = Date.now,
): Promise<DeliveryOutcome> {
  const deliveryId = (body as { delivery_id?: unknown } | null)?.delivery_id;
  if (typeof deliveryId !== "string") {
    log({ level: "error", event: "webhook.malformed_message" });
    return { ack: true };
  }
  const { db } = deps;
  const started = now();
  const delivery = await claimDelivery(db, deliveryId, started, {
    leaseMs: ATTEMPT_LEASE_MS,
    slackMs: EARLY_ARRIVAL_SLACK_MS,
  });
  if (!delivery) {
    log({ level: "info", event: "webhook.skipped", delivery_id: deliveryId });
    return { ack: true };
  }
  const endpoint = await findEndpointById(db, delivery.endpointId);
  if (!endpoint?.enabled) {
    await failDelivery(
      db,
      delivery.id,
      endpoint ? "endpoint_disabled" : "endpoint_deleted",
      started,
    );
    return { ack: true };
  }

  const record = (r: Omit<AttemptRecord, "deliveryId" | "endpointId" | "disableAfter">) =>
    recordAttempt(db, {
      ...r,
      deliveryId: delivery.id,
      endpointId: endpoint.id,
      disableAfter: DISABLE_AFTER_CONSECUTIVE_FAILURES,
    });

  const guarded = checkWebhookUrl(endpoint.url, deps.guard);
  if (!guarded.ok) {
    await record({
      at: started,
      statusCode: null,
      latencyMs: 0,
      error: `url_refused: url ${guarded.reason}`,
      outcome: { status: "failed" },
      endpoint: "count_failure",
    });
    return { ack: true };
  }

  const at = new Date(started);
  let statusCode: number | null = null;
  let error: string | null = null;
  let retryAfter: number | undefined;
  try {
    const response = await (deps.fetch ?? fetch)(guarded.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Orrery-Webhooks/1",
        ...signatureHeaders(signingSecrets(endpoint, started), delivery.id, at, delivery.body),
      },
      body: delivery.body,
    });
    statusCode = response.status;
    retryAfter = parseRetryAfter(response.headers.get("Retry-After"), now());
    if (statusCode < 200 || statusCode >= 300) {
      const text = await response.text().catch(() => "");
      error = `HTTP ${statusCode}${text ? `: ${text.slice(0, MAX_ERROR_LENGTH)}` : ""}`;
    } else {
      await response.body?.cancel();
    }
  } catch (e) {
    const name = (e as Error).name;
    error =
      name === "TimeoutError" || name === "AbortError"
        ? `timeout: no response within ${ATTEMPT_TIMEOUT_MS} ms`
        : `network_error: ${String((e as Error).message ?? e).slice(0, MAX_ERROR_LENGTH)}`;
  }
  const finished = now();
  const latencyMs = finished - started;
  const verdict = classify(statusCode);
  const base = { at: started, statusCode, latencyMs, error };
  log({
    level: verdict === "succeeded" ? "info" : "warn",
    event: `webhook.attempt_${verdict}`,
    delivery_id: delivery.id,
    endpoint_id: endpoint.id,
    attempt: delivery.attempts,
    status_code: statusCode,
    latency_ms: latencyMs,
  });

  const count = (outcome: WebhookOutcome) => {
    if (deps.metrics) {
      recordWebhook(deps.metrics, {
        eventType: delivery.eventType,
        outcome,
        latencyMs,
        httpStatus: statusCode,
        attempt: delivery.attempts,
      });
    }
  };

  if (verdict === "succeeded") {
    count("delivered");
    await record({ ...base, outcome: { status: "succeeded" }, endpoint: "reset" });
    return { ack: true };
  }
  if (verdict === "gone") {
    count("disabled");
    await record({ ...base, outcome: { status: "failed" }, endpoint: "disable_gone" });
    return { ack: true };
  }
  if (verdict === "retry" && delivery.attempts < MAX_ATTEMPTS) {
    const delaySeconds =
      retryAfter ?? RETRY_SCHEDULE_SECONDS[delivery.attempts - 1] ?? RETRY_SCHEDULE_SECONDS[0];
    count("retried");
    await record({
      ...base,
      outcome: { status: "pending", nextAttemptAt: finished + delaySeconds * 1000 },
      endpoint: "none",
    });
    return { ack: false, delaySeconds };
  }
  count("failed");
  await record({ ...base, outcome: { status: "failed" }, endpoint: "count_failure" });
  return { ack: true };
}
