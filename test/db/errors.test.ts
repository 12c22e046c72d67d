// Which failures the error handler calls "database unavailable" (503, retry later) rather than an
// unexpected 500: D1's own words for a transient outage, wherever they sit in the cause chain,
// and never words that only appear in the client's data quoted by drizzle's wrapper.
import { env } from "cloudflare:workers";
import { DrizzleQueryError } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { createDb } from "../../src/db/client.ts";
import { isDatabaseUnavailable } from "../../src/db/errors.ts";
import { apiKeys } from "../../src/db/schema.ts";

afterEach(() => clearFaults());

const row = (id: string, name: string) => ({
  id,
  owner: "acct_db_errors",
  name,
  prefix: "orr_test_abcd",
  hash: "0".repeat(64),
  scopes: ["charts:read"],
  createdAt: 0,
});

describe("isDatabaseUnavailable", () => {
  it("is false for a constraint failure whose parameters carry D1's outage words", async () => {
    const db = createDb(env.DB);
    await db.insert(apiKeys).values(row("key_db_errors_1", "first"));
    const error = await db
      .insert(apiKeys)
      .values(row("key_db_errors_1", "D1_ERROR: Network connection lost."))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DrizzleQueryError);
    expect((error as Error).message).toContain("Network connection lost");
    expect(String((error as Error).cause)).toMatch(/UNIQUE constraint failed/);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("is true when D1 itself reports the outage, alone or under drizzle's wrapper", async () => {
    injectFault("DB", "all", 1, { kind: "unavailable" });
    const error = await createDb(env.DB)
      .select()
      .from(apiKeys)
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/Network connection lost/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const wrapped = new DrizzleQueryError("select 1", [], error as Error);
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("is false for other failures", () => {
    expect(isDatabaseUnavailable(new Error("D1_ERROR: no such table: x"))).toBe(false);
    expect(isDatabaseUnavailable("Network connection lost")).toBe(false);
  });
});
