/**
 * Opaque list cursors, shared by every list (routes and domain code alike): the base64url of the
 * last id of the previous page. Ids are ULIDs, so pages run newest first by id with no offset to
 * drift.
 */

/** The cursor that continues a list after the item with this id. */
export function encodeCursor(id: string): string {
  return btoa(id).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The id a cursor continues after, or undefined when it is not a cursor of ids like `idPattern`. */
export function decodeCursor(cursor: string, idPattern: RegExp): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  let id: string;
  try {
    id = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  return idPattern.test(id) ? id : undefined;
}
