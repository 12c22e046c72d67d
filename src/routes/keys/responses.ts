import { problemResponse } from "../problem-schema.ts";

/** 404 for a key id that names no key. */
export const KEY_NOT_FOUND_RESPONSE = { 404: problemResponse("No key with this id.") } as const;

/**
 * Responses that carry a secret must not be kept by any cache between the server and the client.
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;
