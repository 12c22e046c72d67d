import type { Db } from "../db/client.ts";
import {
  countEndpoints,
  findEndpoint,
  insertEndpoint,
  updateEndpoint,
  type WebhookEndpointRow,
} from "../db/webhooks.ts";
import { newId } from "../lib/ids.ts";
import { MAX_ENDPOINTS_PER_OWNER, SECRET_GRACE_MS, type WebhookEvent } from "./config.ts";
import { newWebhookSecret } from "./secret.ts";
import { checkWebhookUrl, type UrlGuardOptions } from "./url-guard.ts";

/** Why a URL was refused (the route answers 400 naming `url`). */
export type EndpointResult<T> =
  | { status: "ok"; value: T }
  | { status: "url_refused"; reason: string }
  | { status: "not_found" }
  | { status: "limit_reached" };

/** Creates an endpoint of `owner` with a new secret (returned once, here). */
export async function createEndpoint(
  db: Db,
  input: {
    owner: string;
    url: string;
    events: WebhookEvent[];
    description: string;
    guard: UrlGuardOptions;
    now: number;
  },
): Promise<EndpointResult<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const checked = checkWebhookUrl(input.url, input.guard);
  if (!checked.ok) return { status: "url_refused", reason: checked.reason };
  if ((await countEndpoints(db, input.owner)) >= MAX_ENDPOINTS_PER_OWNER) {
    return { status: "limit_reached" };
  }
  const secret = newWebhookSecret();
  const endpoint: WebhookEndpointRow = {
    id: newId("whk"),
    owner: input.owner,
    url: checked.url,
    description: input.description,
    events: [...new Set(input.events)],
    enabled: true,
    disabledReason: null,
    secret,
    previousSecret: null,
    previousSecretExpiresAt: null,
    consecutiveFailures: 0,
    createdAt: input.now,
    updatedAt: input.now,
  };
  await insertEndpoint(db, endpoint);
  return { status: "ok", value: { endpoint, secret } };
}

/**
 * Changes an endpoint's url, events, description or enabled flag. Enabling clears the reason it
 * was disabled and its failure count; disabling by hand records `manual`. An empty change set
 * writes nothing and leaves `updatedAt` as it was.
 */
export async function patchEndpoint(
  db: Db,
  input: {
    owner: string;
    id: string;
    changes: { url?: string; events?: WebhookEvent[]; description?: string; enabled?: boolean };
    guard: UrlGuardOptions;
    now: number;
  },
): Promise<EndpointResult<WebhookEndpointRow>> {
  const { changes } = input;
  if (Object.values(changes).every((value) => value === undefined)) {
    // Nothing to change: answer with the endpoint as it is, `updated_at` untouched.
    const row = await findEndpoint(db, input.owner, input.id);
    return row ? { status: "ok", value: row } : { status: "not_found" };
  }
  const set: Partial<WebhookEndpointRow> = { updatedAt: input.now };
  if (changes.url !== undefined) {
    const checked = checkWebhookUrl(changes.url, input.guard);
    if (!checked.ok) return { status: "url_refused", reason: checked.reason };
    set.url = checked.url;
  }
  if (changes.events !== undefined) set.events = [...new Set(changes.events)];
  if (changes.description !== undefined) set.description = changes.description;
  if (changes.enabled === true) {
    Object.assign(set, { enabled: true, disabledReason: null, consecutiveFailures: 0 });
  } else if (changes.enabled === false) {
    Object.assign(set, { enabled: false, disabledReason: "manual" });
  }
  const row = await updateEndpoint(db, input.owner, input.id, set);
  return row ? { status: "ok", value: row } : { status: "not_found" };
}

/**
 * Gives an endpoint a new secret. The current one becomes the previous secret and keeps signing
 * beside the new one for {@link SECRET_GRACE_MS}; a secret older than that is dropped.
 */
export async function rotateEndpointSecret(
  db: Db,
  input: { owner: string; id: string; now: number },
): Promise<EndpointResult<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const current = await findEndpoint(db, input.owner, input.id);
  if (!current) return { status: "not_found" };
  const secret = newWebhookSecret();
  const row = await updateEndpoint(db, input.owner, input.id, {
    secret,
    previousSecret: current.secret,
    previousSecretExpiresAt: input.now + SECRET_GRACE_MS,
    updatedAt: input.now,
  });
  return row ? { status: "ok", value: { endpoint: row, secret } } : { status: "not_found" };
}
