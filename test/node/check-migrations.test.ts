import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMigration, checkMigrations } from "../../scripts/check-migrations.ts";
import { ROOT } from "./helpers.ts";

const reasons = (sql: string) => checkMigration("0003_x.sql", sql).map((f) => f.reason);

describe("check-migrations", () => {
  it("accepts additive migrations", () => {
    expect(
      reasons(`CREATE TABLE \`webhooks\` (\`id\` text PRIMARY KEY NOT NULL, \`url\` text NOT NULL);
--> statement-breakpoint
ALTER TABLE \`charts\` ADD \`label\` text;--> statement-breakpoint
ALTER TABLE \`charts\` ADD \`flags\` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX \`webhooks_url_idx\` ON \`webhooks\` (\`url\`);
DELETE FROM idempotency_records WHERE expires_at < 0;
UPDATE charts SET label = 'x' WHERE id = 'chr_1';`),
    ).toEqual([]);
  });

  it.each([
    ["DROP TABLE `charts`;", /drops a table/],
    ["DROP INDEX `charts_owner_id_idx`;", /drops an index/],
    ["ALTER TABLE `charts` DROP COLUMN `input_hash`;", /drops a column/],
    ["ALTER TABLE `charts` RENAME COLUMN `input` TO `birth`;", /renames/],
    ["ALTER TABLE `charts` RENAME TO `natal_charts`;", /renames/],
    ["ALTER TABLE `charts` ADD `tz` text NOT NULL;", /NOT NULL column without a DEFAULT/],
    ["PRAGMA foreign_keys=OFF;", /defer_foreign_keys/],
    ["DELETE FROM charts;", /deletes every row/],
    ["UPDATE charts SET label = NULL;", /updates every row/],
  ])("flags %s", (sql, reason) => {
    expect(reasons(sql)).toEqual([expect.stringMatching(reason)]);
  });

  it("flags a drizzle-kit table rebuild", () => {
    const rebuild = `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_charts\` (\`id\` text PRIMARY KEY NOT NULL, \`owner\` text NOT NULL);
--> statement-breakpoint
INSERT INTO \`__new_charts\`("id", "owner") SELECT "id", "owner" FROM \`charts\`;--> statement-breakpoint
DROP TABLE \`charts\`;--> statement-breakpoint
ALTER TABLE \`__new_charts\` RENAME TO \`charts\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`;
    expect(reasons(rebuild)).toHaveLength(3);
  });

  it("ignores statements inside comments", () => {
    expect(reasons("-- DROP TABLE charts;\n/* DELETE FROM charts; */\nSELECT 1;")).toEqual([]);
  });

  it("accepts a destructive migration marked with a reason, not without one", () => {
    expect(
      reasons(
        "-- orrery: allow-destructive charts.input_hash unused since 1.4\nALTER TABLE charts DROP COLUMN input_hash;",
      ),
    ).toEqual([]);
    expect(reasons("-- orrery: allow-destructive\nDROP TABLE charts;")).toEqual([
      expect.stringMatching(/needs a reason/),
    ]);
  });

  it("checks only migrations after the released ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "orrery-migrations-"));
    writeFileSync(join(dir, "0001_old.sql"), "DROP INDEX a;");
    writeFileSync(join(dir, "0003_new.sql"), "DROP TABLE b;");
    expect(checkMigrations(dir, 2).map((f) => f.file)).toEqual(["0003_new.sql"]);
  });

  it("passes on this repository's migrations (0001's index drop is released)", () => {
    expect(checkMigrations(join(ROOT, "migrations"))).toEqual([]);
  });

  it("exits non-zero from the command line on a destructive migration", () => {
    const dir = mkdtempSync(join(tmpdir(), "orrery-migrations-"));
    writeFileSync(join(dir, "0007_drop.sql"), "DROP TABLE charts;");
    const run = () =>
      execFileSync(process.execPath, [join(ROOT, "scripts/check-migrations.ts"), dir], {
        encoding: "utf8",
        stdio: "pipe",
      });
    expect(run).toThrow(/0007_drop\.sql: drops a table/);
  });
});
