import { z } from "@hono/zod-openapi";
import { decodeCursor, encodeCursor } from "../lib/cursor.ts";

/**
 * The shape every list endpoint shares: `{ "data": [ … ], "next_cursor": "…" | null }`, paged with
 * `limit` (1–100, default 20) and an opaque `cursor`. The cursor is the base64url of the last id
 * of the previous page; ids are ULIDs, so pages run newest first by id with no offset to drift.
 *
 * A list route uses {@link listQuerySchema} as `request.query`, {@link listResponseSchema} for its
 * 200, {@link decodeCursor} to get the id to page after, and {@link listPage} for the body.
 */

/** Largest page a list returns. */
export const MAX_LIST_LIMIT = 100;
/** Page size when `limit` is not given. */
export const DEFAULT_LIST_LIMIT = 20;

/**
 * The `limit` query parameter of every list: plain decimal digits, 1–{@link MAX_LIST_LIMIT},
 * default {@link DEFAULT_LIST_LIMIT} (`0x10`, `1e2` or ` 5` are refused, not coerced).
 */
export const limitQuery = z
  .string()
  .regex(/^[0-9]{1,3}$/, { message: `must be a whole number from 1 to ${MAX_LIST_LIMIT}` })
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_LIST_LIMIT))
  .default(DEFAULT_LIST_LIMIT)
  .openapi({
    param: { name: "limit", in: "query" },
    type: "integer",
    description: `Items per page, 1–${MAX_LIST_LIMIT}.`,
    example: DEFAULT_LIST_LIMIT,
  });

/**
 * Query of a list of resources whose ids match `idPattern` (e.g. `idPattern("chr")`). Strict:
 * unknown parameters answer 400 naming each; a malformed `cursor` answers 400 naming `cursor`.
 */
export function listQuerySchema(idPattern: RegExp) {
  return z
    .object({
      limit: limitQuery,
      cursor: z
        .string()
        .refine((c) => decodeCursor(c, idPattern) !== undefined, {
          message: "is not a cursor from this list: pass next_cursor from the previous page",
        })
        .optional()
        .openapi({
          param: { name: "cursor", in: "query" },
          description: "Opaque: `next_cursor` of the previous page. Omit for the first page.",
        }),
    })
    .strict();
}

/** The 200 body schema of a list of `item`, registered in OpenAPI as `name`. */
export function listResponseSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item).openapi({ description: "This page, newest first." }),
      next_cursor: z.string().nullable().openapi({
        description: "Pass as `cursor` for the next page; null on the last page.",
      }),
    })
    .openapi(name);
}

/** A list body from one page of items and whether another page follows. */
export function listPage<T>(
  items: T[],
  hasMore: boolean,
  idOf: (item: T) => string,
): { data: T[]; next_cursor: string | null } {
  const last = items.at(-1);
  return { data: items, next_cursor: hasMore && last ? encodeCursor(idOf(last)) : null };
}
