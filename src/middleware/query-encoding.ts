import type { MiddlewareHandler } from "hono";
import type { FieldError } from "../errors/api-error.ts";
import { validationProblem } from "../errors/validation-problem.ts";

const MALFORMED = "is not valid percent-encoded UTF-8 (RFC 3986 §2.1): send a literal % as %25";

/** `part` percent-decoded (`+` is a space, as in a form), or undefined when it cannot be. */
function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replaceAll("+", " "));
  } catch {
    return undefined;
  }
}

/**
 * Refuses a query string with a parameter whose name or value is not valid percent-encoded UTF-8
 * (a `%` not followed by two hex digits, or escapes that do not make UTF-8, such as `%FF` or an
 * encoded surrogate `%ED%A0%80`): 400 `validation_error` naming each such parameter. Hono decodes
 * what it can and passes the rest through as literal text, so `?q=%FF` would otherwise search for
 * the three characters "%FF" as if they had been sent that way.
 *
 * @throws {ApiError} `validation_error` listing the parameters (at most `MAX_FIELD_ERRORS`).
 */
export function refuseMalformedQuery(): MiddlewareHandler {
  return async function refuseMalformedQueryMiddleware(c, next) {
    const url = c.req.url;
    const start = url.indexOf("?");
    if (start !== -1 && url.includes("%", start)) {
      const errors: FieldError[] = [];
      for (const pair of url.slice(start + 1).split("&")) {
        const split = pair.indexOf("=");
        const rawName = split === -1 ? pair : pair.slice(0, split);
        const name = decoded(rawName);
        if (name === undefined || (split !== -1 && decoded(pair.slice(split + 1)) === undefined)) {
          errors.push({ path: name ?? rawName, message: MALFORMED });
        }
      }
      if (errors.length > 0) throw validationProblem(errors);
    }
    await next();
  };
}
