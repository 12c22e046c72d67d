import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Stored natal charts. `input` is the validated request (JSON), `chart` the computed chart (JSON,
 * the API contract) so a read never recomputes and always returns what was first answered.
 */
export const charts = sqliteTable(
  "charts",
  {
    /** `chr_` + ULID. */
    id: text("id").primaryKey(),
    /** The owning account. */
    owner: text("owner").notNull(),
    input: text("input", { mode: "json" }).notNull(),
    chart: text("chart", { mode: "json" }).notNull(),
    /** Engine version that computed `chart`, for reproducibility and later recomputation. */
    engineVersion: text("engine_version").notNull(),
    /** Creation time, ms since the Unix epoch (UTC). */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("charts_owner_created_idx").on(t.owner, t.createdAt)],
);
