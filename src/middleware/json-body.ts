import type { HonoRequest, MiddlewareHandler } from "hono";
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
      // A compressed body would be read as its compressed bytes: refuse it (RFC 9110 §15.5.16
      // answers an unsupported content coding with 415 and the codings accepted).
      const coding = (c.req.header("Content-Encoding") ?? "").trim().toLowerCase();
      if (coding !== "" && coding !== "identity") {
        throw new ApiError(
          "unsupported_media_type",
          `Send the body uncompressed (got Content-Encoding ${JSON.stringify(coding.slice(0, 100))}).`,
          { headers: { "Accept-Encoding": "identity" } },
        );
      }
      let text: string;
      try {
        text = strictUtf8.decode(await c.req.arrayBuffer());
      } catch {
        throw new ApiError("malformed_json", "The request body is not valid UTF-8.");
      }
      refuseAmbiguousJson(text);
      cacheBodyText(c.req, text);
    }
    await next();
  };
}

/**
 * Hands the decoded text to Hono's body cache, where the validator's `c.req.json()` looks first
 * (`text`, then `JSON.parse`). Without it Hono finds only the cached `arrayBuffer` and rebuilds
 * the text through a new `Response` and a second UTF-8 decode on every request with a body
 * (3–4% of the chart compute route's CPU under load, docs/PERFORMANCE_GUIDE.md). The text is the
 * same: the bytes are valid UTF-8 and both decoders drop a leading BOM. Hono keeps promises in
 * the cache although its type says `string`, hence the cast.
 */
function cacheBodyText(req: HonoRequest, text: string): void {
  req.bodyCache.text = Promise.resolve(text) as unknown as string;
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
