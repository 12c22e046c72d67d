import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/api-error.ts";

/** Largest request body accepted, in bytes. A chart request is well under 1 KB. */
export const MAX_BODY_BYTES = 16 * 1024;

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** Requests with a body must send `Content-Type: application/json` (415 otherwise). */
export function requireJsonContentType(): MiddlewareHandler {
  return async function requireJsonContentTypeMiddleware(c, next) {
    if (METHODS_WITH_BODY.has(c.req.method)) {
      const type = c.req.header("Content-Type") ?? "";
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new ApiError(
          "unsupported_media_type",
          `Send the body as application/json (got ${type === "" ? "no Content-Type" : JSON.stringify(type.slice(0, 100))}).`,
        );
      }
    }
    await next();
  };
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
