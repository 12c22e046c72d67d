import { drizzle } from "drizzle-orm/d1";
import { wrapD1 } from "../bindings/faulty.ts";
import { timeD1 } from "../observability/timing.ts";
import * as schema from "./schema.ts";

/**
 * A drizzle database over the D1 binding. Cheap to create: build one per request or batch. Calls
 * go through the test-only fault switch (inert unless a test arms it).
 */
export function createDb(d1: D1Database) {
  return drizzle(timeD1(wrapD1(d1, "DB")), { schema });
}

/** The drizzle database type used by query functions. */
export type Db = ReturnType<typeof createDb>;
