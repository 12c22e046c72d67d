import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppEnv } from "../../src/app-env.ts";
import type { KeyRow } from "../../src/db/keys.ts";
import { parseConfig } from "../../src/env.ts";
import { authenticateKey, principalOfKey } from "../../src/keys/authenticate-key.ts";
import { clearKeyCache, KeyCache } from "../../src/keys/key-cache.ts";
import { generateKey, hashKey, KEY_PATTERN, keyPrefix } from "../../src/keys/secret.ts";
import { identify, requireAuth } from "../../src/middleware/auth.ts";
import { handleError } from "../../src/middleware/error-handler.ts";
import { authed, expectProblem, LONDON_1990, postJson, send } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const KEY_ID = /^key_[0-9A-HJKMNP-TV-Z]{26}$/;
const ACCOUNT_ID = /^acct_[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * A POST without a body, as rotation is sent. With `Content-Type: application/json`: over real
 * HTTP, workerd gives a body-less POST an empty body stream, which the JSON body rules then check.
 */
function postEmpty(path: string, key?: string): Promise<Response> {
  const init = { method: "POST", headers: { "Content-Type": "application/json" } };
  return key ? withKey(key, path, init) : authed(path, init);
}

async function rowOf(id: string) {
  return env.DB.prepare("SELECT * FROM api_keys WHERE id = ?").bind(id).first<KeyRowSql>();
}

interface KeyRowSql {
  id: string;
  owner: string;
  prefix: string;
  hash: string;
  scopes: string;
  expires_at: number | null;
  revoked_at: number | null;
}

/** A stored row for the unit tests, active unless told otherwise. */
async function fakeRow(key: string, overrides: Partial<KeyRow> = {}): Promise<KeyRow> {
  return {
    id: "key_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    owner: "acct_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    name: "unit",
    prefix: keyPrefix(key),
    hash: await hashKey(key),
    scopes: ["charts:read"],
    rateLimitRequests: null,
    rateLimitWindowSeconds: null,
    expiresAt: null,
    revokedAt: null,
    createdAt: 0,
    ...overrides,
  };
}

describe("key secrets", () => {
  it("are orr_test_/orr_live_ plus 43 base62 characters, stored only as a SHA-256 hash", async () => {
    const test = generateKey("staging");
    const live = generateKey("production");
    expect(test).toMatch(/^orr_test_[0-9A-Za-z]{43}$/);
    expect(live).toMatch(/^orr_live_[0-9A-Za-z]{43}$/);
    expect(generateKey("development")).not.toBe(generateKey("development"));
    expect(keyPrefix(live)).toBe(live.slice(0, 13));
    expect(KEY_PATTERN.test(live)).toBe(true);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(live));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(await hashKey(live)).toBe(hex);
  });

  it("use every base62 character and nothing else", () => {
    const chars = new Set(
      [...Array.from({ length: 50 }, () => generateKey("test").slice(9))].join(""),
    );
    expect(chars.size).toBe(62);
  });
});

describe("authenticateKey", () => {
  afterEach(() => vi.restoreAllMocks());

  it("confirms the row found by hash with timingSafeEqual over two 32-byte digests, hit or miss", async () => {
    const key = generateKey("test");
    const row = await fakeRow(key);
    const equal = vi.spyOn(crypto.subtle, "timingSafeEqual");
    const found = await authenticateKey({
      key,
      now: 1,
      findByHash: async () => row,
      cache: new KeyCache(),
    });
    expect(found).toBe(row);
    const missing = await authenticateKey({
      key: generateKey("test"),
      now: 1,
      findByHash: async () => undefined,
      cache: new KeyCache(),
    });
    expect(missing).toBeUndefined();
    // The same work on both paths: one comparison of two 32-byte digests, never of the secret.
    expect(equal).toHaveBeenCalledTimes(2);
    for (const [a, b] of equal.mock.calls) {
      expect((a as ArrayBuffer).byteLength).toBe(32);
      expect((b as ArrayBuffer).byteLength).toBe(32);
    }
  });

  it("does not trust the lookup: a row whose hash differs from the key's digest is refused", async () => {
    const key = generateKey("test");
    const other = await fakeRow(generateKey("test"));
    const found = await authenticateKey({
      key,
      now: 1,
      findByHash: async () => other,
      cache: new KeyCache(),
    });
    expect(found).toBeUndefined();
  });

  it("refuses revoked and expired keys, even while cached", async () => {
    const key = generateKey("test");
    const cache = new KeyCache({ now: () => 0 });
    const expiring = await fakeRow(key, { expiresAt: 1_000 });
    const findByHash = vi.fn(async () => expiring);
    expect(await authenticateKey({ key, now: 999, findByHash, cache })).toBe(expiring);
    expect(await authenticateKey({ key, now: 1_000, findByHash, cache })).toBeUndefined();
    expect(findByHash).toHaveBeenCalledTimes(1);
    const revokedKey = generateKey("test");
    const revoked = await fakeRow(revokedKey, { revokedAt: 5 });
    expect(
      await authenticateKey({ key: revokedKey, now: 6, findByHash: async () => revoked, cache }),
    ).toBeUndefined();
  });

  it("never looks up what is not one of our keys", async () => {
    const findByHash = vi.fn(async () => undefined);
    for (const key of [
      "",
      "orr_test_short",
      "sk_live_abcdefghijklmnopqrstuvwxyz0123456789",
      "orr_test_a-b",
    ]) {
      expect(await authenticateKey({ key, now: 0, findByHash, cache: new KeyCache() })).toBe(
        undefined,
      );
    }
    expect(findByHash).not.toHaveBeenCalled();
  });

  it("gives a key its own limit, or the default tier", async () => {
    const key = generateKey("test");
    const tier = { name: "default", requests: 100, windowSeconds: 60 };
    expect(principalOfKey(await fakeRow(key), tier).rateLimit).toEqual(tier);
    const own = await fakeRow(key, { rateLimitRequests: 5, rateLimitWindowSeconds: 10 });
    expect(principalOfKey(own, tier)).toMatchObject({
      keyId: own.id,
      owner: own.owner,
      prefix: keyPrefix(key),
      scopes: ["charts:read"],
      rateLimit: { name: "key", requests: 5, windowSeconds: 10 },
    });
  });
});

describe("identify", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never throws; a D1 failure is a logged 500 from requireAuth, not a 401, and not cached", async () => {
    const logged: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args) => logged.push(...args));
    const app = new Hono<AppEnv>();
    app.onError(handleError);
    app.use(async (c, next) => {
      c.set("config", parseConfig(env));
      await next();
    });
    let identified = false;
    app.use(identify(), async (_c, next) => {
      identified = true;
      await next();
    });
    app.use(requireAuth());
    app.get("/", (c) => c.text(c.get("principal").owner));
    const key = generateKey("test");
    const down = {
      prepare: () => {
        throw new Error("D1_ERROR: database unavailable");
      },
    } as unknown as D1Database;
    const request = () =>
      app.request("/", { headers: { Authorization: `Bearer ${key}` } }, { ...env, DB: down });
    const res = await request();
    expect(identified).toBe(true);
    expect((await expectProblem(res, 500)).code).toBe("internal_error");
    expect(JSON.stringify(logged)).toContain("database unavailable");
    expect(JSON.stringify(logged)).not.toContain(key.slice(13));
    // Nothing was cached: the next request asks D1 again (and fails again, not 401).
    await expectProblem(await request(), 500);
  });
});

describe("KeyCache", () => {
  it("keeps rows for the TTL, misses for the shorter negative TTL, and a bounded number", async () => {
    let now = 0;
    const cache = new KeyCache({
      ttlMs: 5_000,
      negativeTtlMs: 1_000,
      maxEntries: 2,
      now: () => now,
    });
    const row = await fakeRow(generateKey("test"));
    cache.set("a", row);
    cache.set("b", null);
    expect(cache.get("a")).toEqual({ row });
    expect(cache.get("b")).toEqual({ row: null });
    now = 1_000;
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toEqual({ row });
    now = 5_000;
    expect(cache.get("a")).toBeUndefined();
    cache.set("c", null);
    cache.set("d", null);
    cache.set("e", null);
    expect(cache.size).toBe(2);
    expect(cache.get("c")).toBeUndefined();
    expect(cache.get("e")).toEqual({ row: null });
  });
});

describe("POST /v1/keys", () => {
  it("creates a key for a new account, shows the secret once and stores only its hash", async () => {
    const res = await postJson("/v1/keys", {
      name: "mobile app",
      scopes: ["charts:write", "charts:read"],
      rate_limit: { requests: 600, window_seconds: 60 },
      expires_at: "2099-01-01T00:00:00.750Z",
    });
    const key = await json<TestKey>(res, 201);
    expect(key.id).toMatch(KEY_ID);
    expect(res.headers.get("Location")).toBe(`/v1/keys/${key.id}`);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(key.key).toMatch(/^orr_test_[0-9A-Za-z]{43}$/);
    expect(key).toMatchObject({
      prefix: key.key.slice(0, 13),
      name: "mobile app",
      scopes: ["charts:read", "charts:write"],
      rate_limit: { requests: 600, window_seconds: 60 },
      expires_at: "2099-01-01T00:00:00Z",
      revoked_at: null,
    });
    expect(key.owner).toMatch(ACCOUNT_ID);
    expect(key.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const row = await rowOf(key.id);
    expect(row?.hash).toBe(await hashKey(key.key));
    expect(JSON.stringify(row)).not.toContain(key.key.slice(13));
  });

  it("creates a key for a given owner, or for admin", async () => {
    const first = await createTestKey();
    const second = await createTestKey({ owner: first.owner, scopes: ["readings:read"] });
    expect(second.owner).toBe(first.owner);
    expect(second.rate_limit).toBeNull();
    expect((await createTestKey({ owner: "admin" })).owner).toBe("admin");
  });

  it.each([
    [{ name: "", scopes: ["admin"] }, "name"],
    [{ name: "x".repeat(101), scopes: ["admin"] }, "name"],
    [{ scopes: ["admin"] }, "name"],
    [{ name: "k", scopes: [] }, "scopes"],
    [{ name: "k", scopes: ["charts:read", "charts:read"] }, "scopes"],
    [{ name: "k", scopes: ["charts:delete"] }, "scopes[0]"],
    [{ name: "k", scopes: ["admin"], owner: "bob" }, "owner"],
    [{ name: "k", scopes: ["admin"], owner: "acct_123" }, "owner"],
    [
      { name: "k", scopes: ["admin"], rate_limit: { requests: 0, window_seconds: 60 } },
      "rate_limit.requests",
    ],
    [
      { name: "k", scopes: ["admin"], rate_limit: { requests: 1, window_seconds: 86_401 } },
      "rate_limit.window_seconds",
    ],
    [
      { name: "k", scopes: ["admin"], rate_limit: { requests: 1, window_seconds: 1, burst: 2 } },
      "rate_limit.burst",
    ],
    [{ name: "k", scopes: ["admin"], expires_at: "2020-01-01T00:00:00Z" }, "expires_at"],
    [{ name: "k", scopes: ["admin"], expires_at: "2099-01-01T00:00:00+02:00" }, "expires_at"],
    [{ name: "k", scopes: ["admin"], expires_at: "tomorrow" }, "expires_at"],
    [{ name: "mobile\u202e", scopes: ["admin"] }, "name"],
    [{ name: "a\nb", scopes: ["admin"] }, "name"],
    [{ name: "a\ud800b", scopes: ["admin"] }, "name"],
    [{ name: "   ", scopes: ["admin"] }, "name"],
    [{ name: "\u200b\ufeff", scopes: ["admin"] }, "name"],
    [{ name: "\u2800\ufff9\u{13430}", scopes: ["admin"] }, "name"],
    [{ name: "\ufdd0\uffff", scopes: ["admin"] }, "name"],
    [{ name: "a\u2028b", scopes: ["admin"] }, "name"],
    [{ name: "k", scopes: ["admin"], key: "orr_test_mine" }, "key"],
  ])("rejects %j naming %s", async (body, path) => {
    const problem = await expectProblem(await postJson("/v1/keys", body), 400);
    expect(problem.code).toBe("validation_error");
    expect(problem.errors.map((e) => e.path)).toContain(path);
  });

  it("keeps names that show something, invisible characters inside them included", async () => {
    for (const name of ["👩\u200d💻 laptop", "Zürich 受信", " padded "]) {
      const res = await postJson("/v1/keys", { name, scopes: ["charts:read"] });
      const text = await res.text();
      expect(res.status, text).toBe(201);
      expect((JSON.parse(text) as { name: string }).name).toBe(name);
    }
    // A separator alone is refused once, as a hidden character, not also as blank.
    const problem = await expectProblem(
      await postJson("/v1/keys", { name: "\u2028", scopes: ["charts:read"] }),
      400,
    );
    expect(problem.errors).toHaveLength(1);
  });

  it("names a malformed expires_at once, not also as in the past", async () => {
    const body = { name: "k", scopes: ["admin"], expires_at: "tomorrow" };
    const problem = await expectProblem(await postJson("/v1/keys", body), 400);
    expect(problem.errors.map((e) => e.path)).toEqual(["expires_at"]);
  });
});

describe("key management needs the admin scope", () => {
  let key: TestKey;
  let other: TestKey;
  beforeEach(async () => {
    key = await createTestKey({
      scopes: ["charts:read", "charts:write", "readings:write", "webhooks:manage"],
    });
    other = await createTestKey();
  });

  it.each([
    ["GET", "/v1/keys"],
    ["POST", "/v1/keys"],
    ["GET", "/v1/keys/{other}"],
    ["POST", "/v1/keys/{other}/rotate"],
    ["DELETE", "/v1/keys/{other}"],
    ["DELETE", "/v1/keys/{self}"],
  ])("%s %s is 403 without it", async (method, path) => {
    const res = await withKey(
      key.key,
      path.replace("{other}", other.id).replace("{self}", key.id),
      {
        method,
        headers: { "Content-Type": "application/json" },
        ...(method === "POST" && path === "/v1/keys"
          ? { body: JSON.stringify({ name: "escalate", scopes: ["admin"] }) }
          : {}),
      },
    );
    const problem = await expectProblem(res, 403);
    expect(problem.code).toBe("forbidden");
    expect(res.headers.get("WWW-Authenticate")).toContain(
      'error="insufficient_scope", scope="admin"',
    );
  });

  it("a key with the admin scope manages keys", async () => {
    const admin = await createTestKey({ scopes: ["admin"] });
    const page = await json<{ data: TestKey[] }>(await withKey(admin.key, "/v1/keys"), 200);
    expect(page.data.length).toBeGreaterThan(0);
    expect(await withKey(admin.key, `/v1/keys/${other.id}`, { method: "DELETE" })).toHaveProperty(
      "status",
      204,
    );
  });
});

describe("GET /v1/keys and GET /v1/keys/{id}", () => {
  it("reads a key of any owner without its secret or hash", async () => {
    const key = await createTestKey({ name: "reader" });
    const read = await json<Record<string, unknown>>(await authed(`/v1/keys/${key.id}`), 200);
    const { key: _secret, ...shown } = key;
    expect(read).toEqual(shown);
    const text = JSON.stringify(read);
    expect(text).not.toContain(key.key);
    expect(text).not.toContain(await hashKey(key.key));
  });

  it("answers 404 for an unknown key and 400 for a malformed id", async () => {
    const missing = await expectProblem(
      await authed("/v1/keys/key_01JXYZ5V7Q9N8M2K3H4G5F6D7C"),
      404,
    );
    expect(missing.code).toBe("not_found");
    const bad = await expectProblem(await authed("/v1/keys/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C"), 400);
    expect(bad.errors.map((e) => e.path)).toEqual(["id"]);
  });

  it("lists keys newest first, page by page, never with a secret", async () => {
    const owner = (await createTestKey()).owner;
    const more = [await createTestKey({ owner }), await createTestKey({ owner })];
    const all = await json<{ data: TestKey[]; next_cursor: string | null }>(
      await authed(`/v1/keys?owner=${owner}&limit=100`),
      200,
    );
    expect(all.data).toHaveLength(3);
    expect(all.next_cursor).toBeNull();
    const ids = all.data.map((k) => k.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(ids[0]).toBe(more[1]?.id);
    for (const k of all.data) {
      expect(k).not.toHaveProperty("key");
      expect(k).not.toHaveProperty("hash");
    }

    const first = await json<{ data: TestKey[]; next_cursor: string | null }>(
      await authed(`/v1/keys?owner=${owner}&limit=2`),
      200,
    );
    expect(first.data.map((k) => k.id)).toEqual(ids.slice(0, 2));
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await json<{ data: TestKey[]; next_cursor: string | null }>(
      await authed(`/v1/keys?owner=${owner}&limit=2&cursor=${first.next_cursor}`),
      200,
    );
    expect(second.data.map((k) => k.id)).toEqual(ids.slice(2));
    expect(second.next_cursor).toBeNull();

    const everyone = await json<{ data: TestKey[] }>(await authed("/v1/keys"), 200);
    expect(everyone.data.length).toBeLessThanOrEqual(20);
    expect(new Set(everyone.data.map((k) => k.owner)).size).toBeGreaterThan(1);
  });

  it.each(["limit=0", "limit=101", "limit=two", "cursor=bm90LWEta2V5", "owner=nobody"])(
    "rejects ?%s",
    async (query) => {
      const problem = await expectProblem(await authed(`/v1/keys?${query}`), 400);
      expect(problem.errors.map((e) => e.path)).toEqual([query.split("=")[0]]);
    },
  );
});

describe("GET /v1/keys/self", () => {
  it("shows any valid key itself, with no scope needed, but not the other key routes", async () => {
    const key = await createTestKey({
      name: "jobs poller",
      scopes: ["readings:read"],
      rate_limit: { requests: 10, window_seconds: 60 },
      expires_at: "2099-06-01T12:00:00Z",
    });
    const self = await json(await withKey(key.key, "/v1/keys/self"), 200);
    expect(self).toMatchObject({
      id: key.id,
      prefix: key.prefix,
      name: "jobs poller",
      owner: key.owner,
      scopes: ["readings:read"],
      expires_at: "2099-06-01T12:00:00Z",
    });
    expect(self.rate_limit).toMatchObject({ requests: 10, window_seconds: 60, remaining: 9 });
    const again = await json(await withKey(key.key, "/v1/keys/self"), 200);
    expect(again.rate_limit).toMatchObject({ remaining: 8 });
    const { reset_seconds } = again.rate_limit as { reset_seconds: number };
    expect(reset_seconds).toBeGreaterThan(0);
    expect(reset_seconds).toBeLessThanOrEqual(60);
    expect(JSON.stringify(self)).not.toContain(key.key);
    await expectProblem(await withKey(key.key, "/v1/keys"), 403);
    await expectProblem(await withKey(key.key, `/v1/keys/${key.id}`), 403);
  });

  it("shows the default tier (from configuration) for a key without a limit of its own", async () => {
    const key = await createTestKey({ scopes: ["charts:read"] });
    const self = await json(await withKey(key.key, "/v1/keys/self"), 200);
    expect(self.rate_limit).toMatchObject({
      requests: Number(env.RATE_LIMIT_DEFAULT_REQUESTS),
      window_seconds: Number(env.RATE_LIMIT_DEFAULT_WINDOW_SECONDS),
      remaining: Number(env.RATE_LIMIT_DEFAULT_REQUESTS) - 1,
    });
  });

  it("describes the bootstrap admin key, which has no row and no limit", async () => {
    const self = await json(await authed("/v1/keys/self"), 200);
    expect(self).toMatchObject({ id: null, owner: "admin", rate_limit: null, expires_at: null });
    expect(self.scopes).toContain("admin");
  });

  it("answers 401 without a valid key", async () => {
    await expectProblem(await send("/v1/keys/self"), 401);
    const res = await withKey(generateKey("test"), "/v1/keys/self");
    expect((await expectProblem(res, 401)).code).toBe("unauthorized");
    expect(res.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
  });
});

describe("owner isolation", () => {
  it("keys of one owner share charts; another owner's chart is 404 both ways", async () => {
    const a1 = await createTestKey();
    const a2 = await createTestKey({ owner: a1.owner, scopes: ["charts:read"] });
    const b = await createTestKey();
    const chartA = await json<{ id: string }>(
      await postJsonWithKey(a1.key, "/v1/charts", LONDON_1990),
      201,
    );
    const chartB = await json<{ id: string }>(
      await postJsonWithKey(b.key, "/v1/charts", { ...LONDON_1990, latitude: 48.85 }),
      201,
    );
    const owners = await env.DB.prepare("SELECT id, owner FROM charts WHERE id IN (?, ?)")
      .bind(chartA.id, chartB.id)
      .all<{ id: string; owner: string }>();
    expect(Object.fromEntries(owners.results.map((r) => [r.id, r.owner]))).toEqual({
      [chartA.id]: a1.owner,
      [chartB.id]: b.owner,
    });

    expect((await json(await withKey(a2.key, `/v1/charts/${chartA.id}`), 200)).id).toBe(chartA.id);
    for (const [key, chart] of [
      [b.key, chartA.id],
      [a1.key, chartB.id],
      [a2.key, chartB.id],
    ] as const) {
      const problem = await expectProblem(await withKey(key, `/v1/charts/${chart}`), 404);
      expect(problem.code).toBe("not_found");
    }
    // The bootstrap admin key is the `admin` account's, not a window into every account.
    await expectProblem(await authed(`/v1/charts/${chartA.id}`), 404);
  });

  it("a key needs charts:write to create and charts:read to read", async () => {
    const reader = await createTestKey({ scopes: ["charts:read"] });
    const writer = await createTestKey({ owner: reader.owner, scopes: ["charts:write"] });
    const res = await postJsonWithKey(reader.key, "/v1/charts", LONDON_1990);
    expect((await expectProblem(res, 403)).code).toBe("forbidden");
    expect(res.headers.get("WWW-Authenticate")).toContain('scope="charts:write"');
    const chart = await json<{ id: string }>(
      await postJsonWithKey(writer.key, "/v1/charts", LONDON_1990),
      201,
    );
    await expectProblem(await withKey(writer.key, `/v1/charts/${chart.id}`), 403);
    await json(await withKey(reader.key, `/v1/charts/${chart.id}`), 200);
  });
});

describe("revocation, expiry and rotation", () => {
  afterEach(() => clearKeyCache());

  it("DELETE revokes at once in this isolate, keeps the row, and is idempotent", async () => {
    const key = await createTestKey();
    await json(await withKey(key.key, "/v1/keys/self"), 200);
    const res = await authed(`/v1/keys/${key.id}`, { method: "DELETE" });
    expect(res.status, await res.text()).toBe(204);
    const problem = await expectProblem(await withKey(key.key, "/v1/keys/self"), 401);
    expect(problem.code).toBe("unauthorized");
    const shown = await json<TestKey>(await authed(`/v1/keys/${key.id}`), 200);
    expect(shown.revoked_at).toMatch(/Z$/);
    expect((await authed(`/v1/keys/${key.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await json<TestKey>(await authed(`/v1/keys/${key.id}`), 200)).revoked_at).toBe(
      shown.revoked_at,
    );
    await expectProblem(
      await authed("/v1/keys/key_01JXYZ5V7Q9N8M2K3H4G5F6D7C", { method: "DELETE" }),
      404,
    );
  });

  it("a revocation made elsewhere takes effect when the cached lookup lapses", async () => {
    const key = await createTestKey();
    await json(await withKey(key.key, "/v1/keys/self"), 200);
    // As another isolate would: straight to D1, behind this isolate's cache.
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?")
      .bind(Date.now(), key.id)
      .run();
    await json(await withKey(key.key, "/v1/keys/self"), 200);
    clearKeyCache();
    await expectProblem(await withKey(key.key, "/v1/keys/self"), 401);
  });

  it("an expired key is 401", async () => {
    const key = await createTestKey({ expires_at: "2099-01-01T00:00:00Z" });
    await env.DB.prepare("UPDATE api_keys SET expires_at = ? WHERE id = ?")
      .bind(Date.now() - 1_000, key.id)
      .run();
    clearKeyCache();
    const res = await withKey(key.key, "/v1/keys/self");
    expect((await expectProblem(res, 401)).code).toBe("unauthorized");
    expect(res.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
  });

  it("rotation issues a new key for the same account and revokes the old one", async () => {
    const old = await createTestKey({
      name: "server",
      rate_limit: { requests: 50, window_seconds: 10 },
      expires_at: "2099-01-01T00:00:00Z",
    });
    const chart = await json<{ id: string }>(
      await postJsonWithKey(old.key, "/v1/charts", LONDON_1990),
      201,
    );
    const res = await postEmpty(`/v1/keys/${old.id}/rotate`);
    const rotated = await json<TestKey>(res, 201);
    expect(res.headers.get("Location")).toBe(`/v1/keys/${rotated.id}`);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(rotated.id).not.toBe(old.id);
    expect(rotated.key).not.toBe(old.key);
    expect(rotated.key).toMatch(/^orr_test_[0-9A-Za-z]{43}$/);
    const same = ["owner", "name", "scopes", "rate_limit", "expires_at"] as const;
    for (const field of same) expect(rotated[field]).toEqual(old[field]);
    expect(rotated.revoked_at).toBeNull();

    await expectProblem(await withKey(old.key, "/v1/keys/self"), 401);
    await json(await withKey(rotated.key, `/v1/charts/${chart.id}`), 200);
    expect((await rowOf(old.id))?.revoked_at).toEqual(expect.any(Number));

    const again = await expectProblem(await postEmpty(`/v1/keys/${old.id}/rotate`), 409);
    expect(again.code).toBe("key_inactive");
    await expectProblem(await postEmpty("/v1/keys/key_01JXYZ5V7Q9N8M2K3H4G5F6D7C/rotate"), 404);
  });

  it("two rotations of one key at once: exactly one succeeds", async () => {
    const key = await createTestKey();
    const results = await Promise.all([
      postEmpty(`/v1/keys/${key.id}/rotate`),
      postEmpty(`/v1/keys/${key.id}/rotate`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const keys = await env.DB.prepare(
      "SELECT count(*) AS n FROM api_keys WHERE owner = ? AND revoked_at IS NULL",
    )
      .bind(key.owner)
      .first<{ n: number }>();
    expect(keys?.n).toBe(1);
  });
});

describe("secrets stay secret", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never appear in logs, nor in any read", async () => {
    const logged: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      });
    }
    const key = await createTestKey({ scopes: ["charts:read", "charts:write"] });
    const rotated = await json<TestKey>(await postEmpty(`/v1/keys/${key.id}/rotate`), 201);
    const reads = [
      await authed("/v1/keys?limit=100"),
      await authed(`/v1/keys/${key.id}`),
      await authed(`/v1/keys/${rotated.id}`),
      await withKey(rotated.key, "/v1/keys/self"),
      await withKey(key.key, "/v1/keys/self"),
      await withKey(rotated.key, "/v1/keys"),
      await postJsonWithKey(rotated.key, "/v1/charts", { ...LONDON_1990, latitude: 95 }),
    ];
    const bodies = (await Promise.all(reads.map((r) => r.text()))).join("\n");
    for (const secret of [key.key, rotated.key]) {
      const random = secret.slice(13);
      expect(bodies).not.toContain(random);
      expect(logged.join("\n")).not.toContain(random);
      expect(bodies).not.toContain(await hashKey(secret));
    }
  });
});

describe("OpenAPI", () => {
  it("documents the key routes", async () => {
    const doc = (await (await send("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/keys",
        "/v1/keys/self",
        "/v1/keys/{id}",
        "/v1/keys/{id}/rotate",
      ]),
    );
    expect(Object.keys(doc.paths["/v1/keys"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["201", "400", "401", "403"]),
    );
    expect(Object.keys(doc.paths["/v1/keys/{id}"]?.delete?.responses ?? {})).toEqual(
      expect.arrayContaining(["204", "400", "401", "403", "404"]),
    );
  });
});
