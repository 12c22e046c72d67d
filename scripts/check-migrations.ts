/**
 * Flags destructive statements in D1 migrations newer than the released ones. During a gradual
 * rollout the old and the new version run side by side on the one migrated schema, so a migration
 * must only expand it (docs/DEPLOYMENT_GUIDE.md, "Expand and contract"). A migration that must
 * contract carries `-- orrery: allow-destructive <reason>` and ships a release after the code that
 * stopped using what it removes.
 *
 *   node scripts/check-migrations.ts [migrations-dir]
 *
 * Index drops count as destructive: the old version may rely on a unique index (ON CONFLICT
 * targets, duplicate rejection) or on its speed. 0001 dropped one and was released before this
 * check existed, which is why the released migrations (through RELEASED_THROUGH) are not checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The highest migration number already applied in production; only newer ones are checked. */
export const RELEASED_THROUGH = 2;

const MARKER = /--\s*orrery:\s*allow-destructive\b[ \t]*(.*)$/im;

export interface Finding {
  file: string;
  statement: string;
  reason: string;
}

const RULES: { test: (sql: string) => boolean; reason: string }[] = [
  {
    test: (s) => /\bDROP\s+(TABLE|VIEW|TRIGGER)\b/i.test(s),
    reason: "drops a table, view or trigger the running version may still use",
  },
  {
    test: (s) => /\bDROP\s+INDEX\b/i.test(s),
    reason: "drops an index the running version may rely on",
  },
  {
    test: (s) => /\bALTER\s+TABLE\b[\s\S]*\bDROP\b/i.test(s),
    reason: "drops a column the running version may still read or write",
  },
  { test: (s) => /\bRENAME\b/i.test(s), reason: "renames what the running version uses by name" },
  {
    test: (s) =>
      /\bALTER\s+TABLE\b[\s\S]*\bADD\b/i.test(s) &&
      /\bNOT\s+NULL\b/i.test(s) &&
      !/\bDEFAULT\b/i.test(s),
    reason: "adds a NOT NULL column without a DEFAULT: the running version's inserts fail",
  },
  {
    test: (s) => /\bPRAGMA\s+foreign_keys\s*=\s*(OFF|0|false)\b/i.test(s),
    reason:
      "rebuilds a table with PRAGMA foreign_keys=OFF, which D1 ignores (use PRAGMA defer_foreign_keys = on): the DROP can cascade-delete rows",
  },
  {
    test: (s) => /^\s*DELETE\s+FROM\b/i.test(s) && !/\bWHERE\b/i.test(s),
    reason: "deletes every row of a table",
  },
  {
    test: (s) => /^\s*UPDATE\b[\s\S]*\bSET\b/i.test(s) && !/\bWHERE\b/i.test(s),
    reason: "updates every row of a table",
  },
];

/** The statements of a migration without comments (drizzle separates them with breakpoints). */
function statements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The destructive statements of one migration; none when it carries the marker with a reason. */
export function checkMigration(file: string, sql: string): Finding[] {
  const marker = MARKER.exec(sql);
  if (marker?.[1]?.trim()) return [];
  const findings: Finding[] = [];
  for (const statement of statements(sql)) {
    for (const rule of RULES) {
      if (rule.test(statement)) findings.push({ file, statement, reason: rule.reason });
    }
  }
  if (marker && findings.length > 0) {
    for (const f of findings) f.reason += " (the allow-destructive marker needs a reason)";
  }
  return findings;
}

/** Checks every migration numbered above `releasedThrough` in a directory. */
export function checkMigrations(dir: string, releasedThrough = RELEASED_THROUGH): Finding[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_.*\.sql$/.test(name) && Number(name.slice(0, 4)) > releasedThrough)
    .sort()
    .flatMap((name) => checkMigration(name, readFileSync(join(dir, name), "utf8")));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2] ?? "migrations";
  const findings = checkMigrations(dir);
  for (const f of findings) {
    console.error(`${f.file}: ${f.reason}\n    ${f.statement.slice(0, 200)}`);
  }
  if (findings.length > 0) {
    console.error(
      `\n${findings.length} destructive statement(s). Two versions share the schema during a rollout: expand now, contract in a later release, and mark a deliberate contraction with "-- orrery: allow-destructive <reason>" (docs/DEPLOYMENT_GUIDE.md).`,
    );
    process.exit(1);
  }
  console.log(
    `Migrations after ${String(RELEASED_THROUGH).padStart(4, "0")}: no destructive statements.`,
  );
}
