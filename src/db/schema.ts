import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/**
 * Stored natal charts. `input` is the validated request (JSON), `chart` the computed chart (JSON,
 * the API contract) so a read never recomputes and always returns what was first answered.
 */
export const charts = sqliteTable(
  "charts",
  {
    /** `chr_` + ULID; ULIDs sort by creation time, so lists page by id. */
    id: text("id").primaryKey(),
    /** The owning account. */
    owner: text("owner").notNull(),
    input: text("input", { mode: "json" }).notNull(),
    chart: text("chart", { mode: "json" }).notNull(),
    /** Engine version that computed `chart`, for reproducibility and later recomputation. */
    engineVersion: text("engine_version").notNull(),
    /**
     * Hex SHA-256 of the canonical normalized input and the engine version: the same owner posting
     * an equal input gets the same chart back. Null for rows stored before it existed.
     */
    inputHash: text("input_hash"),
    /** Creation time, ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("charts_owner_id_idx").on(t.owner, t.id),
    uniqueIndex("charts_owner_input_hash_idx").on(t.owner, t.inputHash),
  ],
);

/**
 * API keys. Only a SHA-256 hash of the secret and a short prefix are stored; the key itself is
 * shown once, at creation or rotation.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    /** `key_` + ULID. */
    id: text("id").primaryKey(),
    /** The account the key acts for; keys of one owner share its data. */
    owner: text("owner").notNull(),
    name: text("name").notNull(),
    /** The first characters of the key (`orr_live_3fK9`), safe to show and log. */
    prefix: text("prefix").notNull(),
    /** Hex SHA-256 of the whole key. */
    hash: text("hash").notNull(),
    /** JSON array of scopes. */
    scopes: text("scopes", { mode: "json" }).notNull(),
    /** The key's own limit; null for the default tier. */
    rateLimitRequests: integer("rate_limit_requests"),
    rateLimitWindowSeconds: integer("rate_limit_window_seconds"),
    /** ms since the Unix epoch (UTC); null for no expiry. */
    expiresAt: integer("expires_at"),
    /** ms since the Unix epoch (UTC); null while the key is valid. */
    revokedAt: integer("revoked_at"),
    /** ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("api_keys_hash_idx").on(t.hash),
    index("api_keys_owner_id_idx").on(t.owner, t.id),
  ],
);

/**
 * Readings of charts. A reading is created `pending` with its job; the queue consumer writes
 * `content` and marks it `ready` (or `failed`) in the same batch that finishes the job.
 */
export const readings = sqliteTable(
  "readings",
  {
    /** `rdg_` + ULID. */
    id: text("id").primaryKey(),
    owner: text("owner").notNull(),
    chartId: text("chart_id").notNull(),
    /** `natal`, `transit` or `synastry`. */
    kind: text("kind").notNull(),
    /** Synastry: the second chart (same owner); null for other kinds. */
    partnerChartId: text("partner_chart_id"),
    /**
     * What the kind needs besides the charts, as asked (JSON): transit `{ "at" }` or
     * `{ "from", "to" }` (ISO 8601 UTC); null for natal and synastry.
     */
    parameters: text("parameters", { mode: "json" }),
    /** `brief`, `standard` or `full`. */
    detail: text("detail").notNull(),
    /** ISO 639-1 language of the corpus, e.g. `en`. */
    language: text("language").notNull(),
    /** `pending`, `ready` or `failed`. */
    status: text("status").notNull(),
    /** The job that writes (wrote) this reading. */
    jobId: text("job_id").notNull(),
    /** `{ placements, sections, text }` once ready. */
    content: text("content", { mode: "json" }),
    /** How the text was made: `composed`, or `ai` when a model rewrote the composed draft. */
    narrative: text("narrative"),
    /** ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
    /** When the reading became ready or failed; ms since the Unix epoch (UTC). */
    finishedAt: integer("finished_at"),
  },
  (t) => [
    index("readings_owner_id_idx").on(t.owner, t.id),
    index("readings_chart_idx").on(t.chartId),
    index("readings_partner_chart_idx").on(t.partnerChartId),
  ],
);

/**
 * Background jobs. Status moves `queued` → `running` → `succeeded` | `failed`, or `queued` →
 * `cancelled`; a failed job can be retried (back to `queued`, attempts reset).
 */
export const jobs = sqliteTable(
  "jobs",
  {
    /** `job_` + ULID. */
    id: text("id").primaryKey(),
    owner: text("owner").notNull(),
    /** e.g. `reading.natal`. */
    type: text("type").notNull(),
    status: text("status").notNull(),
    /** Attempts started so far. */
    attempts: integer("attempts").notNull(),
    /** The queue's max_retries + 1, so the job and the dead-letter queue agree. */
    maxAttempts: integer("max_attempts").notNull(),
    /** 0–1. */
    progress: real("progress").notNull(),
    /** What the job works on, e.g. `{ "reading_id": "rdg_…" }`. */
    payload: text("payload", { mode: "json" }).notNull(),
    /** What it produced, e.g. `{ "reading_id": "rdg_…" }`, once succeeded. */
    result: text("result", { mode: "json" }),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    /** All times in ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
    /** When the job was last put on the queue (creation, retry or sweep): queue wait starts here. */
    queuedAt: integer("queued_at").notNull(),
    startedAt: integer("started_at"),
    finishedAt: integer("finished_at"),
    /** A running job whose lease has expired is stuck (its isolate was evicted): the sweeper acts. */
    leaseExpiresAt: integer("lease_expires_at"),
  },
  (t) => [
    index("jobs_owner_id_idx").on(t.owner, t.id),
    index("jobs_owner_status_id_idx").on(t.owner, t.status, t.id),
    index("jobs_status_lease_idx").on(t.status, t.leaseExpiresAt),
    index("jobs_status_finished_idx").on(t.status, t.finishedAt),
  ],
);

/**
 * Idempotency records for job-creating POSTs, per owner and key, kept 24 h: the first response is
 * replayed for a repeated key with the same body.
 */
export const idempotencyRecords = sqliteTable(
  "idempotency_records",
  {
    owner: text("owner").notNull(),
    key: text("key").notNull(),
    /** Hex SHA-256 of method, path and body. */
    requestHash: text("request_hash").notNull(),
    /** `in_flight` until the first request answers, then `done`. */
    state: text("state").notNull(),
    responseStatus: integer("response_status"),
    /** The first response: `{ headers, body }`. */
    response: text("response", { mode: "json" }),
    /** ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.owner, t.key] }),
    index("idempotency_expires_idx").on(t.expiresAt),
  ],
);

/**
 * Webhook endpoints: where an account wants its events pushed. The signing secret is stored as
 * is (not hashed): the Worker must sign with it (docs/SECURITY.md, "Webhook secrets"). After a
 * rotation the previous secret keeps signing alongside the new one until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    /** `whk_` + ULID. */
    id: text("id").primaryKey(),
    owner: text("owner").notNull(),
    url: text("url").notNull(),
    description: text("description").notNull(),
    /** JSON array of subscribed event types, e.g. `["reading.completed"]`. */
    events: text("events", { mode: "json" }).notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    /** Why the endpoint was disabled: `gone` (410), `consecutive_failures`, `manual`; else null. */
    disabledReason: text("disabled_reason"),
    /** `whsec_<base64>`: the current signing secret. */
    secret: text("secret").notNull(),
    /** The secret before the last rotation, still signing until the grace period ends. */
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: integer("previous_secret_expires_at"),
    /** Deliveries that failed for good in a row; a success resets it. */
    consecutiveFailures: integer("consecutive_failures").notNull(),
    /** ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("webhook_endpoints_owner_id_idx").on(t.owner, t.id)],
);

/**
 * Webhook deliveries: one event for one endpoint. `body` is the exact JSON text sent on every
 * attempt (each attempt is signed afresh over it, with its own timestamp, under the same id).
 * `status` is `pending` until it lands (`succeeded`) or is given up (`failed`).
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    /** `dlv_` + ULID; also the `webhook-id` header of every attempt. */
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id").notNull(),
    owner: text("owner").notNull(),
    /** `reading.completed`, `reading.failed` or `webhook.test`. */
    eventType: text("event_type").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull(),
    /** Attempts in the current round (a redelivery starts a new round); the retry schedule's index. */
    attempts: integer("attempts").notNull(),
    /** When the next attempt is due (also the lease of a running attempt); ms since the epoch. */
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    index("webhook_deliveries_endpoint_id_idx").on(t.endpointId, t.id),
    index("webhook_deliveries_status_next_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** Every attempt of every delivery: what the receiver answered, how fast, or what went wrong. */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    deliveryId: text("delivery_id").notNull(),
    /** ms since the Unix epoch (UTC). */
    attemptedAt: integer("attempted_at").notNull(),
    /** The HTTP status, or null when no response came (network error, timeout, refused URL). */
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms").notNull(),
    error: text("error"),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.id)],
);
