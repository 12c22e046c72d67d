import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearKeyCache } from "../../src/keys/key-cache.ts";
import { ADMIN_KEY, authed, expectProblem, LONDON_1990, send } from "../helpers/http.ts";
import { seedReadingJob } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

// Issue 9, auth and isolation: forged, revoked and expired keys; scope escalation; another
// account's ids; keys in the query string. Every refusal is problem+json.

afterEach(() => clearKeyCache());

/** One request of every route: method, path (with `{id}` placeholders), JSON body if any. */
type Route = [method: string, path: string, body?: unknown];

const FAKE = "01JXYZ5V7Q9N8M2K3H4G5F6D7C";

const NON_CHART_ROUTES: Route[] = [
  ["GET", "/v1/readings"],
  ["POST", "/v1/readings", { chart_id: `chr_${FAKE}` }],
  ["GET", `/v1/readings/rdg_${FAKE}`],
  ["DELETE", `/v1/readings/rdg_${FAKE}`],
  ["GET", "/v1/jobs"],
  ["GET", "/v1/jobs/stats"],
  ["GET", `/v1/jobs/job_${FAKE}`],
  ["POST", `/v1/jobs/job_${FAKE}/cancel`],
  ["POST", `/v1/jobs/job_${FAKE}/retry`],
  ["GET", "/v1/keys"],
  ["POST", "/v1/keys", { name: "escalate", scopes: ["admin"] }],
  ["GET", `/v1/keys/key_${FAKE}`],
  ["DELETE", `/v1/keys/key_${FAKE}`],
  ["POST", `/v1/keys/key_${FAKE}/rotate`],
  ["GET", "/v1/webhooks"],
  ["POST", "/v1/webhooks", { url: "http://127.0.0.1:8790/escalate" }],
  ["GET", `/v1/webhooks/whk_${FAKE}`],
  ["PATCH", `/v1/webhooks/whk_${FAKE}`, { enabled: false }],
  ["DELETE", `/v1/webhooks/whk_${FAKE}`],
  ["GET", `/v1/webhooks/whk_${FAKE}/deliveries`],
  ["POST", `/v1/webhooks/whk_${FAKE}/rotate-secret`],
  ["POST", `/v1/webhooks/whk_${FAKE}/test`],
  ["POST", `/v1/webhooks/whk_${FAKE}/deliveries/dlv_${FAKE}/redeliver`],
];

function request(key: string, [method, path, body]: Route): Promise<Response> {
  return withKey(key, path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
}

async function count(table: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}

describe("forged keys", () => {
  let real: TestKey;
  beforeAll(async () => {
    real = await createTestKey({ name: "forgery target" });
  });

  const forgeries = (key: string): [string, string][] => {
    const secret = key.slice("orr_test_".length);
    const flipped = secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A");
    return [
      ["right prefix, wrong secret", `orr_test_${"A".repeat(secret.length)}`],
      ["right prefix, last character changed", `orr_test_${flipped}`],
      ["live prefix for a test key", `orr_live_${secret}`],
      ["wrong prefix", `xyz_test_${secret}`],
      ["no prefix", secret],
      ["truncated by one", key.slice(0, -1)],
      ["truncated to the stored prefix", key.slice(0, 13)],
      ["extended by one", `${key}A`],
      ["inner whitespace", `${key.slice(0, 20)} ${key.slice(20)}`],
      ["zero-width space", `${key.slice(0, 20)}\u200b${key.slice(20)}`],
      ["fullwidth letter", `${key.slice(0, -1)}\uff21`],
      ["upper-cased", key.toUpperCase()],
      ["admin key with a change", `${ADMIN_KEY.slice(0, -1)}1`],
      ["admin key truncated", ADMIN_KEY.slice(0, -1)],
      ["SQL payload", "orr_test_' OR 1=1 --"],
    ];
  };

  it("each forgery is 401 problem+json on a chart route and a key route", async () => {
    for (const [what, forged] of forgeries(real.key)) {
      for (const path of ["/v1/charts", "/v1/keys/self"]) {
        let res: Response;
        try {
          res = await withKey(forged, path);
        } catch {
          // Headers refuse some values (non-Latin-1): then no request is sent at all.
          continue;
        }
        const problem = await expectProblem(res, 401).catch((e: Error) => {
          throw new Error(`${what} on ${path}: ${e.message}`);
        });
        expect(problem.code, what).toBe("unauthorized");
        expect(res.headers.get("WWW-Authenticate"), what).toContain("Bearer");
      }
    }
  });

  it("a malformed Authorization header is 401, never 5xx", async () => {
    const headers = [
      "Bearer",
      "Bearer ",
      `bearer ${real.key}x`,
      `Basic ${btoa(`${real.key}:`)}`,
      `Bearer ${real.key}x, Bearer ${real.key}`,
      `Token ${real.key}`,
      `Bearer ${"A".repeat(10_000)}`,
    ];
    for (const value of headers) {
      const res = await send("/v1/charts", {
        headers: { Authorization: value, "CF-Connecting-IP": "203.0.113.77" },
      });
      expect(res.status, value.slice(0, 40)).toBe(401);
      await expectProblem(res, 401);
    }
  });

  it("the real key still works (the forgeries were refused on their merits)", async () => {
    expect((await withKey(real.key, "/v1/keys/self")).status).toBe(200);
  });
});

describe("revoked and expired keys", () => {
  it("a revoked key is 401 on every route family", async () => {
    const key = await createTestKey({ scopes: ["charts:read", "charts:write", "readings:read"] });
    expect((await withKey(key.key, "/v1/charts")).status).toBe(200);
    expect((await authed(`/v1/keys/${key.id}`, { method: "DELETE" })).status).toBe(204);
    clearKeyCache();
    for (const path of ["/v1/charts", "/v1/readings", "/v1/jobs", "/v1/keys/self"]) {
      await expectProblem(await withKey(key.key, path), 401);
    }
    await expectProblem(await postJsonWithKey(key.key, "/v1/charts", LONDON_1990), 401);
  });

  it("an expired key is 401 and writes nothing", async () => {
    const key = await createTestKey({ expires_at: "2099-01-01T00:00:00Z" });
    await env.DB.prepare("UPDATE api_keys SET expires_at = ? WHERE id = ?")
      .bind(Date.now() - 1_000, key.id)
      .run();
    clearKeyCache();
    const before = await count("charts");
    await expectProblem(await postJsonWithKey(key.key, "/v1/charts", LONDON_1990), 401);
    await expectProblem(await withKey(key.key, "/v1/charts"), 401);
    expect(await count("charts")).toBe(before);
  });
});

describe("scope escalation", () => {
  it("a charts-only key gets 403 on every readings, jobs, keys and webhooks route", async () => {
    const key = await createTestKey({ scopes: ["charts:read", "charts:write"] });
    const before = [
      await count("api_keys"),
      await count("webhook_endpoints"),
      await count("readings"),
    ];
    for (const route of NON_CHART_ROUTES) {
      const res = await request(key.key, route);
      const problem = await expectProblem(res, 403).catch((e: Error) => {
        throw new Error(`${route[0]} ${route[1]}: ${e.message}`);
      });
      expect(problem.code, `${route[0]} ${route[1]}`).toBe("forbidden");
    }
    expect([
      await count("api_keys"),
      await count("webhook_endpoints"),
      await count("readings"),
    ]).toEqual(before);
  });

  it("a read-only key cannot write charts, and cannot mint itself an admin key", async () => {
    const key = await createTestKey({ scopes: ["charts:read"] });
    await expectProblem(await postJsonWithKey(key.key, "/v1/charts", LONDON_1990), 403);
    await expectProblem(
      await postJsonWithKey(key.key, "/v1/keys", { name: "x", scopes: ["admin"], owner: "admin" }),
      403,
    );
    await expectProblem(
      await withKey(key.key, `/v1/charts/chr_${FAKE}`, { method: "DELETE" }),
      403,
    );
  });
});

describe("cross-owner access by id guessing", () => {
  let victim: TestKey;
  let attacker: TestKey;
  let chartId: string;
  let readingId: string;
  let jobId: string;
  let webhookId: string;
  const all = [
    "charts:read",
    "charts:write",
    "readings:read",
    "readings:write",
    "webhooks:manage",
  ] as TestKey["scopes"];

  beforeAll(async () => {
    victim = await createTestKey({ name: "victim", scopes: all });
    attacker = await createTestKey({ name: "attacker", scopes: all });
    expect(victim.owner).not.toBe(attacker.owner);
    const chart = await postJsonWithKey(victim.key, "/v1/charts", LONDON_1990);
    expect(chart.status, await chart.clone().text()).toBe(201);
    chartId = ((await chart.json()) as { id: string }).id;
    const seeded = await seedReadingJob(victim.owner, chartId);
    readingId = seeded.reading.id;
    jobId = seeded.job.id;
    const hook = await postJsonWithKey(victim.key, "/v1/webhooks", {
      url: "http://127.0.0.1:8790/victim",
      events: ["reading.completed"],
    });
    expect(hook.status, await hook.clone().text()).toBe(201);
    webhookId = ((await hook.json()) as { id: string }).id;
  });

  it("every read and write of the victim's ids answers 404, like a missing id", async () => {
    const routes: Route[] = [
      ["GET", `/v1/charts/${chartId}`],
      ["DELETE", `/v1/charts/${chartId}`],
      ["GET", `/v1/readings/${readingId}`],
      ["DELETE", `/v1/readings/${readingId}`],
      ["GET", `/v1/jobs/${jobId}`],
      ["POST", `/v1/jobs/${jobId}/cancel`],
      ["POST", `/v1/jobs/${jobId}/retry`],
      ["GET", `/v1/webhooks/${webhookId}`],
      ["PATCH", `/v1/webhooks/${webhookId}`, { enabled: false }],
      ["DELETE", `/v1/webhooks/${webhookId}`],
      ["GET", `/v1/webhooks/${webhookId}/deliveries`],
      ["POST", `/v1/webhooks/${webhookId}/rotate-secret`],
      ["POST", `/v1/webhooks/${webhookId}/test`],
    ];
    for (const route of routes) {
      const res = await request(attacker.key, route);
      await expectProblem(res, 404).catch((e: Error) => {
        throw new Error(`${route[0]} ${route[1]}: ${e.message}`);
      });
    }
  });

  it("a reading of the victim's chart is refused exactly like one of a missing chart (422)", async () => {
    const readings = await count("readings");
    const theirs = await postJsonWithKey(attacker.key, "/v1/readings", { chart_id: chartId });
    const missing = await postJsonWithKey(attacker.key, "/v1/readings", {
      chart_id: `chr_${FAKE}`,
    });
    expect((await expectProblem(theirs, 422)).code).toBe("chart_not_found");
    expect((await expectProblem(missing, 422)).code).toBe("chart_not_found");
    expect(await count("readings")).toBe(readings);
  });

  it("the attacker's lists do not show the victim's data", async () => {
    for (const [path, id] of [
      ["/v1/charts", chartId],
      ["/v1/readings", readingId],
      ["/v1/jobs", jobId],
      ["/v1/webhooks", webhookId],
    ] as const) {
      const res = await withKey(attacker.key, `${path}?limit=100`);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      expect(text, path).not.toContain(id);
    }
  });

  it("everything of the victim's is intact afterwards", async () => {
    expect((await withKey(victim.key, `/v1/charts/${chartId}`)).status).toBe(200);
    expect((await withKey(victim.key, `/v1/readings/${readingId}`)).status).toBe(200);
    const job = (await (await withKey(victim.key, `/v1/jobs/${jobId}`)).json()) as {
      status: string;
    };
    expect(job.status).not.toBe("cancelled");
    const hook = await withKey(victim.key, `/v1/webhooks/${webhookId}`);
    const body = (await hook.json()) as { enabled?: boolean };
    expect(hook.status).toBe(200);
    expect(body.enabled).not.toBe(false);
  });
});

describe("a key in the query string", () => {
  it("is ignored: 401 without an Authorization header", async () => {
    const key = await createTestKey();
    for (const param of ["key", "api_key", "apikey", "access_token", "token", "authorization"]) {
      const value = param === "authorization" ? `Bearer ${key.key}` : key.key;
      const res = await send(`/v1/charts?${param}=${encodeURIComponent(value)}`, {
        headers: { "CF-Connecting-IP": "203.0.113.99" },
      });
      expect((await expectProblem(res, 401)).code, param).toBe("unauthorized");
    }
    const admin = await send(`/v1/keys?access_token=${encodeURIComponent(ADMIN_KEY)}`, {
      headers: { "CF-Connecting-IP": "203.0.113.98" },
    });
    await expectProblem(admin, 401);
  });
});
