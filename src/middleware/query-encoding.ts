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

/** Longest parameter name echoed back in a problem, in UTF-16 units (a URL may hold 16 KB). */
const MAX_NAME_SHOWN = 64;

/** How a parameter is named in a problem: cut to {@link MAX_NAME_SHOWN}, `(empty name)` if empty. */
function pathOf(name: string): string {
  if (name === "") return "(empty name)";
  return name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
}

/**
 * Refuses a query string with a parameter whose name or value is not valid percent-encoded UTF-8
 * (a `%` not followed by two hex digits, or escapes that do not make UTF-8, such as `%FF` or an
 * encoded surrogate `%ED%A0%80`): 400 `validation_error` naming each such parameter. Hono decodes
 * what it can and passes the rest through as literal text, so `?q=%FF` would otherwise search for
 * the three characters "%FF" as if they had been sent that way. A parameter sent several times is
 * named once; a name that cannot be decoded is named as sent, cut to {@link MAX_NAME_SHOWN}.
 *
 * @throws {ApiError} `validation_error` listing the parameters (at most `MAX_FIELD_ERRORS`).
 */
export function refuseMalformedQuery(): MiddlewareHandler {
  return async function refuseMalformedQueryMiddleware(c, next) {
    const url = c.req.url;
    const start = url.indexOf("?");
    if (start !== -1 && url.includes("%", start)) {
      const named = new Map<string, FieldError>();
      for (const pair of url.slice(start + 1).split("&")) {
        const split = pair.indexOf("=");
        const rawName = split === -1 ? pair : pair.slice(0, split);
        const name = decoded(rawName);
        if (name === undefined || (split !== -1 && decoded(pair.slice(split + 1)) === undefined)) {
          const path = pathOf(name ?? rawName);
          named.set(path, { path, message: MALFORMED });
        }
      }
      if (named.size > 0) throw validationProblem([...named.values()]);
    }
    await next();
  };
}
