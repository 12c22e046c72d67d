import type { Db } from "../db/client.ts";
import { listKeyRows } from "../db/keys.ts";
import { decodeCursor, encodeCursor } from "../lib/cursor.ts";
import { idPattern } from "../lib/ids.ts";
import { type ApiKey, toApiKey } from "./key-resource.ts";

const KEY_ID = idPattern("key");

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
    beforeId: input.cursor === undefined ? undefined : decodeCursor(input.cursor, KEY_ID),
    owner: input.owner,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: page.map(toApiKey),
    next_cursor: rows.length > input.limit && last ? encodeCursor(last.id) : null,
  };
}
