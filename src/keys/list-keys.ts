import type { Db } from "../db/client.ts";
import { listKeyRows } from "../db/keys.ts";
import { idPattern } from "../lib/ids.ts";
import { type ApiKey, toApiKey } from "./key-resource.ts";

const KEY_ID = idPattern("key");

/** The opaque cursor after the key `id`: its id, base64url-encoded. */
export function encodeCursor(id: string): string {
  return btoa(id).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The key id inside a cursor, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  try {
    const id = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    return KEY_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A page of keys, newest first, and the cursor of the next page (null on the last). */
export interface KeyPage {
  data: ApiKey[];
  next_cursor: string | null;
}

/**
 * Keys of every owner (or of `owner`), newest first by id, `limit` per page. Reads one row more
 * than the page to know whether another page follows.
 */
export async function listKeys(
  db: Db,
  input: { limit: number; cursor?: string | undefined; owner?: string | undefined },
): Promise<KeyPage> {
  const rows = await listKeyRows(db, {
    limit: input.limit + 1,
    beforeId: input.cursor === undefined ? undefined : decodeCursor(input.cursor),
    owner: input.owner,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: page.map(toApiKey),
    next_cursor: rows.length > input.limit && last ? encodeCursor(last.id) : null,
  };
}
