// The D1 query budget: EXPLAIN QUERY PLAN for every statement of every named hot-path query
// (src/db/hot-queries.ts) against the migrated local D1. A full table scan fails the test; a
// search by index, or a scan of an index, passes.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client.ts";
import { HOT_QUERIES } from "../../src/db/hot-queries.ts";

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** The plan of one statement, with its sample parameters bound. */
async function queryPlan(sql: string, params: unknown[]): Promise<PlanRow[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<PlanRow>();
  return results;
}

/**
 * The full table scans of a plan: `SCAN <table>` not followed by `USING [COVERING] INDEX`
 * (`SCAN CONSTANT ROW` and `SCAN` of a subquery or CTE are not tables).
 */
function fullScans(plan: PlanRow[]): string[] {
  return plan
    .map((row) => row.detail)
    .filter(
      (detail) =>
        /^SCAN \w+/.test(detail) &&
        !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(detail) &&
        !/^SCAN (CONSTANT ROW|\(subquery|SUBQUERY)/.test(detail),
    );
}

const db = createDb(env.DB);

describe("hot-path query plans", () => {
  it("knows a full scan when it sees one", async () => {
    const plan = await queryPlan("select * from jobs where error_code = ?", ["x"]);
    expect(fullScans(plan)).toEqual(["SCAN jobs"]);
    const indexed = await queryPlan("select * from jobs where owner = ? order by id desc", ["a"]);
    expect(fullScans(indexed)).toEqual([]);
  });

  for (const [name, query] of Object.entries(HOT_QUERIES)) {
    it(`${name} (${query.runsIn}) uses an index`, async () => {
      const statements = query.statements(db);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        const { sql, params } = statement.toSQL();
        const plan = await queryPlan(sql, params);
        expect(fullScans(plan), `${name}: ${sql}\n${plan.map((r) => r.detail).join("\n")}`).toEqual(
          [],
        );
      }
    });
  }
});
