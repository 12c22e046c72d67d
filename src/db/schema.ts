import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
