/**
 * Webhook delivery settings (docs/WEBHOOKS.md). `WEBHOOKS_MAX_RETRIES` must agree with
 * wrangler.toml (a test checks it).
 */

/** The events an endpoint can subscribe to. */
export const WEBHOOK_EVENTS = ["reading.completed", "reading.failed"] as const;
/** A subscribable event type. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** The event `POST /v1/webhooks/{id}/test` sends (not subscribable: it goes to that endpoint). */
export const TEST_EVENT = "webhook.test";

/**
 * Seconds to wait before each retry: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h. Seven attempts over about
 * 17 h 35 min; a `Retry-After` from the receiver replaces the step it falls on.
 */
export const RETRY_SCHEDULE_SECONDS = [5, 300, 1_800, 7_200, 18_000, 36_000] as const;
/** Attempts per delivery round: the first and one per step of the schedule. */
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length + 1;
/** Longest wait honoured from `Retry-After`: the queue's 12 h delay limit. */
export const MAX_RETRY_AFTER_SECONDS = 43_200;

/**
 * `max_retries` of the WEBHOOKS consumer in wrangler.toml: above the schedule's six retries, so a
 * few retries for our own failures (D1 unavailable) fit before the dead-letter queue.
 */
export const WEBHOOKS_MAX_RETRIES = 10;

/** Per-attempt timeout (connect, send, and the response's status line and headers), ms. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** A claimed attempt holds its delivery this long before another message may take it, ms. */
export const ATTEMPT_LEASE_MS = 60_000;
/** A message may arrive this much before its delivery's due time and still run it (clock skew), ms. */
export const EARLY_ARRIVAL_SLACK_MS = 30_000;
/** A pending delivery this long past due has lost its message: the cron resends it, ms. */
export const STALE_DELIVERY_MS = 5 * 60_000;

/** Deliveries that fail for good in a row before the endpoint is disabled. */
export const DISABLE_AFTER_CONSECUTIVE_FAILURES = 5;
/** How long the previous secret keeps signing after a rotation, ms (24 h). */
export const SECRET_GRACE_MS = 24 * 3_600_000;
/** Endpoints per account. */
export const MAX_ENDPOINTS_PER_OWNER = 20;
/** Characters of a receiver's response body or error kept in the attempt log. */
export const MAX_ERROR_LENGTH = 300;
