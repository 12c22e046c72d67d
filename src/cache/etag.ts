import { sha256Hex } from "./canonical.ts";

/** A strong entity tag for a body: the quoted hex SHA-256 of its UTF-8 bytes. */
export async function strongEtag(body: string): Promise<string> {
  return `"${await sha256Hex(body)}"`;
}

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/**
 * Whether `If-None-Match` matches the current representation's tag, so the answer is 304.
 * RFC 9110 §13.1.2: the comparison is weak (`W/"x"` matches `"x"`), which also matters here
 * because Cloudflare's edge converts strong ETags to weak ones unless a cache rule enables Respect
 * Strong ETags; a list of tags matches if any does; `*` matches any current representation.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const opaque = withoutWeakPrefix(etag);
  return (header.match(ENTITY_TAG) ?? []).some((tag) => withoutWeakPrefix(tag) === opaque);
}

function withoutWeakPrefix(tag: string): string {
  return tag.startsWith("W/") ? tag.slice(2) : tag;
}
