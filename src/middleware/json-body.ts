import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/api-error.ts";
import { dotted } from "../errors/zod-issues.ts";
import { findStrictJsonProblem, MAX_JSON_DEPTH } from "../lib/strict-json.ts";

/** Largest request body accepted, in bytes. A chart request is well under 1 KB. */
export const MAX_BODY_BYTES = 16 * 1024;

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** `application/json`, optionally with `charset=utf-8` (JSON is UTF-8: RFC 8259 §8.1). */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Requests with a body must send `Content-Type: application/json` (415 otherwise, also for any
 * charset but UTF-8), and the body must be valid UTF-8 (400 `malformed_json`): bytes that are not
 * are refused rather than silently replaced. A body that parses but names an object member twice,
 * or nests deeper than {@link MAX_JSON_DEPTH}, is refused with 400 `validation_error` naming the
 * path (src/lib/strict-json.ts says why).
 */
export function requireJsonContentType(): MiddlewareHandler {
  return async function requireJsonContentTypeMiddleware(c, next) {
    // Only requests that carry a body: a bodiless PUT to a POST route should get its 405, and a
    // bodiless POST action (rotate, cancel) needs no Content-Type. Over HTTP, workerd gives an
    // empty body rather than none, so `Content-Length: 0` counts as no body too.
    const hasBody = c.req.raw.body !== null && c.req.header("Content-Length") !== "0";
    if (METHODS_WITH_BODY.has(c.req.method) && hasBody) {
      const type = c.req.header("Content-Type") ?? "";
      if (!JSON_MEDIA_TYPE.test(type)) {
        throw new ApiError(
          "unsupported_media_type",
          `Send the body as application/json in UTF-8 (got ${type === "" ? "no Content-Type" : JSON.stringify(type.slice(0, 100))}).`,
        );
      }
      // Hono caches the body, so the validator's c.req.json() reads these same bytes.
      let text: string;
      try {
        text = strictUtf8.decode(await c.req.arrayBuffer());
      } catch {
        throw new ApiError("malformed_json", "The request body is not valid UTF-8.");
      }
      refuseAmbiguousJson(text);
    }
    await next();
  };
}

/** Throws 400 `validation_error` for JSON whose meaning depends on the parser, or too deep. */
function refuseAmbiguousJson(text: string): void {
  const problem = findStrictJsonProblem(text);
  if (!problem) return;
  const path = dotted(problem.path) || "(body)";
  if (problem.kind === "duplicate_member") {
    throw new ApiError("validation_error", `The body names ${path} more than once.`, {
      errors: [{ path, message: "duplicate member name: send each name once per object" }],
    });
  }
  throw new ApiError("validation_error", `The body nests deeper than ${MAX_JSON_DEPTH} levels.`, {
    errors: [{ path, message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
  });
}

/** Bodies larger than {@link MAX_BODY_BYTES} answer 413 before they are read whole. */
export function limitBodySize(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    },
  });
}
