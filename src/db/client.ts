import { drizzle } from "drizzle-orm/d1";
import { wrapD1 } from "../bindings/faulty.ts";
import { timeD1 } from "../observability/timing.ts";
import * as schema from "./schema.ts";

function build(d1: D1Database) {
  return drizzle(timeD1(d1), { schema });
}

/** The database of each D1 binding, built once per isolate (drizzle walks the schema per build). */
const databases = new WeakMap<D1Database, ReturnType<typeof build>>();

/**
 * A drizzle database over the D1 binding, every query timed for the running request
 * (src/observability/timing.ts). Built once per binding and isolate and shared by its requests:
 * it holds no per-request state. While a test has armed a fault on `DB`
 * (src/bindings/faulty.ts) a fresh one goes through the fault switch instead.
 */
export function createDb(d1: D1Database) {
  const wrapped = wrapD1(d1, "DB");
  if (wrapped !== d1) return build(wrapped);
  let db = databases.get(d1);
  if (!db) {
    db = build(d1);
    databases.set(d1, db);
  }
  return db;
}

/** The drizzle database type used by query functions. */
export type Db = ReturnType<typeof createDb>;
