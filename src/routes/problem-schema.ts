import { z } from "@hono/zod-openapi";
import { ERROR_STATUS } from "../errors/api-error.ts";
import { MAX_FIELD_ERRORS } from "../errors/validation-problem.ts";

/** RFC 9457 problem details, as every error response carries them. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "urn:orrery:problem:validation_error" }),
    title: z.string().openapi({ example: "The request is invalid" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "1 field is invalid: latitude." }),
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS]),
    errors: z
      .array(
        z.object({
          path: z.string().openapi({ example: "latitude" }),
          message: z.string().openapi({ example: "Too big: expected number to be <=90" }),
        }),
      )
      .openapi({
        description: `Field-level problems; \`path\` names the field in dotted form. At most ${MAX_FIELD_ERRORS} are listed.`,
      }),
    errors_omitted: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({
        description: `How many field problems past the first ${MAX_FIELD_ERRORS} were left out of \`errors\`.`,
      }),
    instance: z.string().optional().openapi({ example: "/v1/charts" }),
  })
  .openapi("Problem");

/** A problem+json response of the given description, for a route's `responses`. */
export function problemResponse(description: string) {
  return { description, content: { "application/problem+json": { schema: ProblemSchema } } };
}

/** Error responses every authenticated route can give, spread into each route's `responses`. */
export const COMMON_ERROR_RESPONSES = {
  401: problemResponse("Missing or invalid API key (with `WWW-Authenticate`)."),
  403: problemResponse(
    "The key lacks the scope this route needs (`forbidden`, with `WWW-Authenticate`).",
  ),
  429: problemResponse(
    "Over the rate limit (`rate_limited`, with `Retry-After`; `RateLimit` and `RateLimit-Policy` are on every limited response).",
  ),
  500: problemResponse("Unexpected error: logged, never caused by input."),
  503: problemResponse(
    "The database is unavailable for now (`database_unavailable`, with `Retry-After`): nothing was half-written; send the request again later.",
  ),
} as const;

/**
 * How a 400's description names the one rule every `/v1` request is held to before its route
 * (src/middleware/query-encoding.ts): "a …" or "A …".
 */
export const MALFORMED_QUERY_PARAMETER = "query parameter that is not valid percent-encoded UTF-8";

/** Error responses of routes that take a JSON body. */
export const BODY_ERROR_RESPONSES = {
  400: problemResponse(
    `Malformed JSON, a field the schema rejects, a member named twice in one object, or a ${MALFORMED_QUERY_PARAMETER}; \`errors[].path\` names each field.`,
  ),
  413: problemResponse("The body is larger than the limit."),
  415: problemResponse(
    "The body is not `application/json` in UTF-8, or it is compressed (`Content-Encoding`).",
  ),
} as const;

/**
 * Error responses of `POST` actions that take no body: one may still be sent, and then the body
 * rules of every `POST` apply to it.
 */
export const BODILESS_POST_ERROR_RESPONSES = {
  413: problemResponse("A body was sent (the action takes none) and it is larger than the limit."),
  415: problemResponse(
    "A body was sent (the action takes none) and it is not uncompressed `application/json`.",
  ),
} as const;

/**
 * The 400 of a route that validates no query, body or parameter of its own: any `/v1` request can
 * still get it for a malformed query string (src/middleware/query-encoding.ts).
 */
export const MALFORMED_QUERY_RESPONSE = {
  400: problemResponse(`A ${MALFORMED_QUERY_PARAMETER} (\`validation_error\`, naming it).`),
} as const;

/** 400 for a path or query parameter the schema rejects. */
export const INVALID_PARAMS_RESPONSE = {
  400: problemResponse(
    `A path or query parameter the schema rejects, or a ${MALFORMED_QUERY_PARAMETER}; \`errors[].path\` names it.`,
  ),
} as const;

/** A 404 problem response. */
export const NOT_FOUND_RESPONSE = {
  404: problemResponse("No such resource for this account."),
} as const;

/** A 422 problem response with a description of the cases. */
export function unprocessable(description: string) {
  return { 422: problemResponse(description) } as const;
}
