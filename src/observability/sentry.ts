import { AsyncLocalStorage } from "node:async_hooks";
import { Toucan } from "toucan-js";
import type { Env } from "../env.ts";
import { redactFields, redactString } from "./logger.ts";

/**
 * Error reporting to Sentry through toucan-js. This is the only module that imports toucan-js.
 *
 * One {@link Reporter} per request, message batch or cron run (toucan-js keeps a scope per
 * instance; a global one would mix requests), created by the entry points and found by the code
 * below them through {@link currentReporter}. Without `SENTRY_DSN` every reporter does nothing.
 *
 * Only unexpected errors are captured: 5xx in fetch (from the error handler), failures of job
 * messages, and errors of the cron; alerts are sent as messages. Events carry the request id,
 * route and handler as tags, the Worker version id as release, and `ENVIRONMENT`. Headers pass an
 * allow-list; every string in an event is scrubbed of API keys (`orr_…`), webhook secrets
 * (`whsec_…`) and bearer tokens, and fields named like birth data or credentials are redacted.
 */

/** What the code reports through; a no-op without a DSN. */
export interface Reporter {
  captureException(error: unknown, extra?: Record<string, unknown>): void;
  captureMessage(
    message: string,
    level: "info" | "warning" | "error",
    extra?: Record<string, unknown>,
  ): void;
  breadcrumb(category: string, message: string, data?: Record<string, unknown>): void;
  setTag(name: string, value: string): void;
  /** Waits (at most `timeoutMs`) for events still being sent. */
  flush(timeoutMs?: number): Promise<void>;
}

/** The bindings and vars the reporter reads. */
export type SentryEnv = Pick<
  Env,
  "SENTRY_DSN" | "SENTRY_SAMPLE_RATE" | "ENVIRONMENT" | "CF_VERSION_METADATA" | "ADMIN_API_KEY"
>;

/** Request headers an event may carry; everything else (Authorization, cookies …) is dropped. */
export const ALLOWED_HEADERS = [
  "user-agent",
  "content-type",
  "content-length",
  "accept",
  "cf-ray",
  "cf-ipcountry",
  "x-request-id",
  "idempotency-key",
];

/** Query parameters an event may carry (list filters; never anything personal). */
const ALLOWED_SEARCH_PARAMS = /^(limit|status|type|owner)$/;

const NOOP: Reporter = {
  captureException: () => {},
  captureMessage: () => {},
  breadcrumb: () => {},
  setTag: () => {},
  flush: async () => {},
};

/** `SENTRY_SAMPLE_RATE` as a rate in [0, 1] (1 when unset or not a number). */
export function sampleRate(value: string | undefined): number {
  const rate = Number(value ?? "1");
  return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : 1;
}

/** A deep copy of a Sentry event with secrets and birth data removed. */
export function scrubEvent<T>(event: T, adminKey?: string): T {
  const scrubString = (s: string) => {
    const out = redactString(s);
    return adminKey && adminKey.length >= 8 ? out.split(adminKey).join("[redacted]") : out;
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return scrubString(value);
    if (value === null || typeof value !== "object" || depth > 12) return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const named = redactFields(value as Record<string, unknown>, 99);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(named)) out[k] = walk(v, depth + 1);
    return out;
  };
  return walk(event, 0) as T;
}

/**
 * A reporter for one request, batch or cron run. `context.waitUntil` keeps the Worker alive
 * while events are sent; {@link Reporter.flush} awaits them too (queue and cron handlers use it,
 * since tests may call them without an execution context).
 */
export function createReporter(
  env: SentryEnv,
  options: {
    handler: "fetch" | "queue" | "scheduled";
    context?: { waitUntil(promise: Promise<unknown>): void } | undefined;
    request?: Request;
    tags?: Record<string, string>;
  },
): Reporter {
  if (!env.SENTRY_DSN) return NOOP;
  const pending: Promise<unknown>[] = [];
  const context = {
    waitUntil(promise: Promise<unknown>) {
      pending.push(promise.catch(() => {}));
      try {
        options.context?.waitUntil(promise);
      } catch {
        // No execution context to extend: flush() still awaits the send.
      }
    },
  };
  const toucan = new Toucan({
    dsn: env.SENTRY_DSN,
    context,
    ...(options.request ? { request: options.request } : {}),
    release: env.CF_VERSION_METADATA?.id ?? "unknown",
    environment: env.ENVIRONMENT,
    sampleRate: sampleRate(env.SENTRY_SAMPLE_RATE),
    requestDataOptions: {
      allowedHeaders: ALLOWED_HEADERS,
      allowedSearchParams: ALLOWED_SEARCH_PARAMS,
    },
    beforeSend: (event) => scrubEvent(event, env.ADMIN_API_KEY),
    beforeBreadcrumb: (crumb) => scrubEvent(crumb, env.ADMIN_API_KEY),
  });
  toucan.setTag("handler", options.handler);
  for (const [name, value] of Object.entries(options.tags ?? {})) toucan.setTag(name, value);
  return {
    captureException: (error, extra) => {
      if (extra) toucan.setExtras(extra);
      toucan.captureException(error);
    },
    captureMessage: (message, level, extra) => {
      if (extra) toucan.setExtras(extra);
      toucan.captureMessage(message, level);
    },
    breadcrumb: (category, message, data) =>
      toucan.addBreadcrumb({ category, message, ...(data ? { data } : {}) }),
    setTag: (name, value) => toucan.setTag(name, value),
    flush: async (timeoutMs = 2_000) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.all(pending),
        new Promise((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

const storage = new AsyncLocalStorage<Reporter>();

/** Runs `task` with `reporter` as the reporter of everything inside it. */
export function withReporter<T>(reporter: Reporter, task: () => T): T {
  return storage.run(reporter, task);
}

/** The reporter of the running request, batch or cron run (a no-op outside one). */
export function currentReporter(): Reporter {
  return storage.getStore() ?? NOOP;
}
