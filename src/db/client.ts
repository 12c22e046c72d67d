import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema.ts";

/** A drizzle database over the D1 binding. Cheap to create: build one per request or batch. */
export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

/** The drizzle database type used by query functions. */
export type Db = ReturnType<typeof createDb>;
