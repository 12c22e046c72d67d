import { withQueryName } from "../observability/timing.ts";
import type { HotQueryName } from "./hot-queries.ts";

/**
 * Runs one hot-path query (or one `db.batch`) under its registered name: its D1 time shows in
 * `Server-Timing` as `db.<name>;dur=<ms>` and a slow run is recorded under the name
 * (src/observability/timing.ts). `name` must be in {@link HotQueryName}, so a named query is
 * always in the registry whose query plans test/db/query-plans.test.ts checks for full scans.
 */
export function named<T>(name: HotQueryName, run: () => Promise<T>): Promise<T> {
  return withQueryName(name, run);
}
