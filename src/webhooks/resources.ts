import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from "../db/webhooks.ts";

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An endpoint as the API shows it (never its secrets). */
export function toEndpointResource(row: WebhookEndpointRow, now: number = Date.now()) {
  const grace = row.previousSecret && (row.previousSecretExpiresAt ?? 0) > now;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as string[],
    enabled: row.enabled,
    disabled_reason: row.disabledReason,
    consecutive_failures: row.consecutiveFailures,
    previous_secret_expires_at:
      grace && row.previousSecretExpiresAt ? iso(row.previousSecretExpiresAt) : null,
    created_at: iso(row.createdAt),
    updated_at: iso(row.updatedAt),
  };
}

/** A delivery with its attempts, as the API shows it. */
export function toDeliveryResource(row: WebhookDeliveryRow, attempts: WebhookAttemptRow[]) {
  return {
    id: row.id,
    endpoint_id: row.endpointId,
    event_type: row.eventType,
    status: row.status as "pending" | "succeeded" | "failed",
    payload: JSON.parse(row.body) as Record<string, unknown>,
    next_attempt_at: row.status === "pending" ? iso(row.nextAttemptAt) : null,
    last_status_code: row.lastStatusCode,
    last_error: row.lastError,
    created_at: iso(row.createdAt),
    finished_at: row.finishedAt === null ? null : iso(row.finishedAt),
    attempts: attempts.map((a) => ({
      attempted_at: iso(a.attemptedAt),
      status_code: a.statusCode,
      latency_ms: a.latencyMs,
      error: a.error,
    })),
  };
}
