import { ulid } from "ulidx";

/**
 * Type prefixes of resource ids (`chr_01J…`): chart, API key, account, reading, job, webhook
 * endpoint, webhook delivery.
 */
export type IdPrefix = "chr" | "key" | "acct" | "rdg" | "job" | "whk" | "dlv";

/** A new id: the type prefix, an underscore and a ULID (time-ordered, 128 bits). */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid()}`;
}

/** The regular expression source of an id of a prefix, unanchored (for route patterns). */
export function idSource(prefix: IdPrefix): string {
  return `${prefix}_[0-9A-HJKMNP-TV-Z]{26}`;
}

/** The pattern every id of a prefix matches (Crockford base32 ULID). */
export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${idSource(prefix)}$`);
}
