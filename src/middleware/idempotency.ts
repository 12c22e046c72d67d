import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode, StatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../app-env.ts";
import { canonicalJson } from "../cache/canonical.ts";
import { createDb, type Db } from "../db/client.ts";
import {
  claimIdempotencyKey,
  completeIdempotencyRecord,
  findIdempotencyRecord,
  releaseIdempotencyKey,
  type StoredResponse,
} from "../db/idempotency.ts";
import { ApiError } from "../errors/api-error.ts";

/** The request header carrying the client's key. */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/** The response header marking a replayed response. */
export const IDEMPOTENCY_REPLAYED_HEADER = "Idempotency-Replayed";

/** How long a key is remembered, ms. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/**
 * How long an unanswered first request holds its key, ms. Job-creating handlers answer in well
 * under a second; a record in flight for longer belongs to a request whose Worker stopped, and
 * must not block the key for the rest of its 24 h.
 */
export const IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS = 60_000;

/** Response headers kept and replayed with the body. */
const REPLAYED_HEADERS = ["Location", "Retry-After", "Content-Type"] as const;

/** 1–255 printable ASCII characters (space to tilde). */
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

const encoder = new TextEncoder();

/**
 * The key of an `Idempotency-Key` header value, or undefined when the header is absent.
 * @throws {ApiError} `validation_error` (400) naming the header when it is not 1–255 printable
 *   ASCII characters.
 */
export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (KEY_PATTERN.test(value)) return value;
  const message = "must be 1–255 printable ASCII characters";
  throw new ApiError("validation_error", `The ${IDEMPOTENCY_KEY_HEADER} header ${message}.`, {
    errors: [{ path: IDEMPOTENCY_KEY_HEADER, message }],
  });
}

/**
 * Hex SHA-256 of a request's method, path and raw body: what a repeated key must match. The
 * method and path cannot contain a newline, so the encoding is unambiguous.
 */
export async function idempotencyRequestHash(
  method: string,
  path: string,
  body: ArrayBuffer | Uint8Array,
): Promise<string> {
  const head = encoder.encode(`${method.toUpperCase()}\n${path}\n`);
  const bytes = new Uint8Array(head.length + body.byteLength);
  bytes.set(head, 0);
  bytes.set(body instanceof Uint8Array ? body : new Uint8Array(body), head.length);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Whether a response is remembered for replay: successes and client errors, but not 409 or 429
 * (the conflict or the limit may be gone next time) and not 5xx (the client should retry).
 */
export function isReplayable(status: number): boolean {
  return (
    (status >= 200 && status < 300) ||
    (status >= 400 && status < 500 && status !== 409 && status !== 429)
  );
}

const decoder = new TextDecoder();
const encoderForBody = new TextEncoder();

/**
 * The body as hashed: a JSON body in canonical form (keys sorted, insignificant whitespace gone),
 * so the same request written with its keys in another order is the same request; any other body
 * byte for byte.
 */
export function canonicalBody(body: ArrayBuffer): Uint8Array {
  try {
    return encoderForBody.encode(canonicalJson(JSON.parse(decoder.decode(body))));
  } catch {
    return new Uint8Array(body);
  }
}

function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ component: "idempotency", ...fields }));
}

/** A key claimed by this request: its record is identified by owner, key and claim time. */
interface Claim {
  owner: string;
  key: string;
  createdAt: number;
}

/**
 * After the handler: keeps a replayable response as the key's `done` record, or forgets the key
 * (a 5xx, a 409 or 429, or an unexpected error) so the client can send the request again. A
 * failed write is logged and does not change the answer: the work is done, and an unsettled key
 * is held for at most {@link IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS}.
 */
async function settle(db: Db, claim: Claim, res: Response, error: Error | undefined) {
  const unexpected = error !== undefined && !(error instanceof ApiError);
  try {
    if (unexpected || !isReplayable(res.status)) {
      await releaseIdempotencyKey(db, claim);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const body = await res.clone().text();
    await completeIdempotencyRecord(db, claim, res.status, { headers, body });
  } catch (writeError) {
    log({ level: "error", event: "idempotency.settle_failed", error: String(writeError) });
  }
}

function inFlight(detail: string): ApiError {
  return new ApiError("idempotency_request_in_flight", detail, {
    headers: { "Retry-After": "1" },
  });
}

/**
 * Route middleware for job-creating POSTs: with an `Idempotency-Key` header, the first response
 * to a request is kept for 24 h per owner and replayed (with `Idempotency-Replayed: true`) for
 * the same key and the same method, path and body, so a client can retry safely. The same key
 * with another request answers 422 `idempotency_key_reused`; while the first request is still
 * being answered, 409 `idempotency_request_in_flight` with `Retry-After: 1`. Without the header
 * the request passes untouched. Put it after `requireScope` (it needs the principal).
 */
export function idempotent(): MiddlewareHandler<AppEnv> {
  return async function idempotentMiddleware(c, next) {
    const key = parseIdempotencyKey(c.req.header(IDEMPOTENCY_KEY_HEADER));
    if (key === undefined) return next();
    const owner = c.get("principal").owner;
    // Hono keeps the body, so the route's validator reads these same bytes afterwards.
    const requestHash = await idempotencyRequestHash(
      c.req.method,
      new URL(c.req.url).pathname,
      canonicalBody(await c.req.arrayBuffer()),
    );
    const db = createDb(c.env.DB);

    // Twice: the record we lost to can expire or be released before we read it.
    for (let attempt = 0; attempt < 2; attempt++) {
      const now = Date.now();
      const claimed = await claimIdempotencyKey(db, {
        owner,
        key,
        requestHash,
        now,
        expiresAt: now + IDEMPOTENCY_TTL_MS,
        abandonedBefore: now - IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS,
      });
      if (claimed) {
        const claim = { owner, key, createdAt: now };
        try {
          await next();
        } catch (error) {
          await releaseIdempotencyKey(db, claim).catch(() => undefined);
          throw error;
        }
        await settle(db, claim, c.res, c.error);
        return;
      }

      const record = await findIdempotencyRecord(db, owner, key);
      if (!record || record.expiresAt <= now) continue;
      if (record.requestHash !== requestHash) {
        throw new ApiError(
          "idempotency_key_reused",
          `This ${IDEMPOTENCY_KEY_HEADER} was used for a different request (method, path or body) in the last 24 h; use a new key.`,
          {
            errors: [{ path: IDEMPOTENCY_KEY_HEADER, message: "was used for a different request" }],
          },
        );
      }
      if (record.state !== "done" || record.responseStatus === null || !record.response) {
        throw inFlight(
          `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being answered; try again shortly.`,
        );
      }
      const stored = record.response as StoredResponse;
      const headers = { ...stored.headers, [IDEMPOTENCY_REPLAYED_HEADER]: "true" };
      const status = record.responseStatus as StatusCode;
      // A bodiless response (204) is replayed without a body: an empty one is not allowed.
      return stored.body === ""
        ? c.body(null, status, headers)
        : c.body(stored.body, status as ContentfulStatusCode, headers);
    }
    throw inFlight(
      `The request holding this ${IDEMPOTENCY_KEY_HEADER} just finished; try again shortly.`,
    );
  };
}
