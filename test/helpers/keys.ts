import type { Scope } from "../../src/keys/principal.ts";
import { postJson, send } from "./http.ts";

/** A key created through the API, with its secret. */
export interface TestKey {
  id: string;
  key: string;
  prefix: string;
  owner: string;
  name: string;
  scopes: Scope[];
  rate_limit: { requests: number; window_seconds: number } | null;
  expires_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

/** The body of `POST /v1/keys`. */
export interface CreateKeyBody {
  name?: string;
  owner?: string;
  scopes?: Scope[];
  rate_limit?: { requests: number; window_seconds: number };
  expires_at?: string;
}

/**
 * Creates a key with the admin key (`POST /v1/keys`) and returns it with its secret. Defaults: a
 * new account, `charts:read` and `charts:write`. Throws with the response body when not 201.
 */
export async function createTestKey(body: CreateKeyBody = {}): Promise<TestKey> {
  const res = await postJson("/v1/keys", {
    name: "test key",
    scopes: ["charts:read", "charts:write"],
    ...body,
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`creating a key: ${res.status} ${text}`);
  return JSON.parse(text) as TestKey;
}

/**
 * A request made with `key` as the bearer token. It comes from a random documentation address
 * (203.0.113.0/24) unless `CF-Connecting-IP` is given, so requests with revoked or made-up keys
 * (counted per client network) do not spend the anonymous budget other test files share.
 */
export function withKey(key: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${key}`);
  if (!headers.has("CF-Connecting-IP")) {
    headers.set("CF-Connecting-IP", `203.0.113.${crypto.getRandomValues(new Uint8Array(1))[0]}`);
  }
  return send(path, { ...init, headers });
}

/** `POST path` with a JSON body and `key` as the bearer token. */
export function postJsonWithKey(key: string, path: string, body: unknown): Promise<Response> {
  return withKey(key, path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}
