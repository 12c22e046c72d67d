import type { Db } from "../db/client.ts";
import { findKeyById } from "../db/keys.ts";
import { type ApiKey, toApiKey } from "./key-resource.ts";

/**
 * A key by id, of any owner (the operator's view), or undefined. Never the secret or its hash.
 */
export async function getKey(db: Db, id: string): Promise<ApiKey | undefined> {
  const row = await findKeyById(db, id);
  return row ? toApiKey(row) : undefined;
}
