import { ProblemSchema } from "../problem-schema.ts";

function problem(description: string) {
  return { description, content: { "application/problem+json": { schema: ProblemSchema } } };
}

/** 400 for a path or query parameter the schema rejects. */
export const INVALID_PARAMS_RESPONSE = {
  400: problem(
    "A path or query parameter the schema rejects, or a query parameter that is not valid percent-encoded UTF-8; `errors[].path` names it.",
  ),
} as const;

/** 404 for a key id that names no key. */
export const KEY_NOT_FOUND_RESPONSE = { 404: problem("No key with this id.") } as const;

/**
 * Responses that carry a secret must not be kept by any cache between the server and the client.
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;
