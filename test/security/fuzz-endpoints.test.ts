import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { authed, LONDON_1990 } from "../helpers/http.ts";

// Issue 9, hostile input: every /v1 route (all methods in src/routes/**) under fuzzed bodies, query
// strings and path ids. Invariants: never a 5xx; every 4xx is problem+json with a string `code`
// and an `errors` array; a rejected request writes nothing (row counts of the five tables that
// requests create rows in are equal before and after every 4xx).

const TABLES = ["charts", "readings", "jobs", "api_keys", "webhook_endpoints"] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const sql = `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`;
  return (await env.DB.prepare(sql).first<Record<string, number>>()) ?? {};
}

/** Sends one request and checks the invariants; returns the status. */
async function probe(path: string, init: RequestInit, what: unknown): Promise<number> {
  const before = await rowCounts();
  const res = await authed(path, init);
  const text = await res.text();
  const label = `${init.method ?? "GET"} ${path} ${JSON.stringify(what)?.slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, label).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type"), label).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(text) as { code: unknown; errors: unknown; status: unknown };
    expect(typeof problem.code, label).toBe("string");
    expect(Array.isArray(problem.errors), label).toBe(true);
    expect(problem.status, label).toBe(res.status);
    expect(await rowCounts(), `rows written on rejection: ${label}`).toEqual(before);
  }
  return res.status;
}

/** encodeURIComponent that never throws: lone surrogates go out as UTF-8 of U+FFFD. */
function encodePart(s: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const deep = (n: number, open: string, close: string, inner = "1") =>
  open.repeat(n) + inner + close.repeat(n);

/** Raw request bodies that are not (or not quite) a JSON value fast-check would build. */
const RAW_BODIES = [
  "",
  " ",
  "{",
  "[",
  "nul",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "123456789012345678901234567890",
  '{"a":1,"a":2}',
  '{"datetime":"1990-06-15T14:30:00","datetime":{"$gt":""}}',
  '{"url":"http://127.0.0.1:8790/","url":"http://169.254.169.254/"}',
  '{"name":"k","name":null,"scopes":["admin"],"scopes":"admin"}',
  '{"chart_id":"chr_1","chart_id":["x"]}',
  '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  deep(2_000, "[", "]"),
  deep(2_000, '{"a":', "}"),
  `"${"A".repeat(20_000)}"`,
  `{"name":"${"x".repeat(15_000)}"}`,
  '{"latitude":"NaN","longitude":"Infinity"}',
  '{"latitude":1e308,"longitude":-1e308}',
  "\u0000",
  "\ufeff{}",
  '{"x":"\\ud800"}',
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "-0",
    "99999999999999999999999",
    "' OR 1=1 --",
    "'; DROP TABLE charts; --",
    '" OR ""="',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f",
    "\\..\\..\\windows",
    "\u0000",
    "\ud800",
    "\u202e",
    "chr_' OR 1=1 --",
    "job_00000000000000000000000000",
    "key_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    "x".repeat(5_000),
  ),
);

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  hostileString,
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0, 1.5, true, null, [], {}),
);

const bodyArb = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.oneof(
        hostileString,
        fc.constantFrom(
          "name",
          "url",
          "chart_id",
          "chart",
          "scopes",
          "owner",
          "events",
          "enabled",
          "latitude",
          "datetime",
        ),
      ),
      hostileValue,
      { maxKeys: 5 },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom(...Object.keys(LONDON_1990), "store", "house_system"),
      hostileValue,
      { minKeys: 1, maxKeys: 3 },
    )
    .map((changes) => JSON.stringify({ ...LONDON_1990, ...changes })),
  fc.constantFrom(...RAW_BODIES),
);

const contentTypeArb = fc.constantFrom(
  "application/json",
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "text/plain",
  "application/x-www-form-urlencoded",
  "",
);

const ID_CHARSET_BAD = fc.oneof(hostileString, fc.constantFrom("", " ", "%", "%zz", "..", "."));

/** An id as it goes into a path: mostly URL-encoded, sometimes raw (traversal, `?`, `#`). */
const pathIdArb = fc.oneof(
  ID_CHARSET_BAD.map((s) => encodePart(s.slice(0, 300))),
  fc.constantFrom(
    "..",
    "..%2F..%2Fkeys",
    "%2e%2e",
    "a%00b",
    "%25",
    "chr_x;DROP",
    "a/b",
    "a?b=1",
    "a#b",
  ),
);

let webhookId = "whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C";

beforeAll(async () => {
  const res = await authed("/v1/webhooks", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url: "http://127.0.0.1:8790/fuzz", events: ["reading.completed"] }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  webhookId = ((await res.json()) as { id: string }).id;
});

const RUNS = 40;

describe("fuzzed bodies on every route that takes one", () => {
  const routes: [string, () => string][] = [
    ["POST", () => "/v1/charts"],
    ["POST", () => "/v1/charts/transits"],
    ["POST", () => "/v1/charts/synastry"],
    ["POST", () => "/v1/readings"],
    ["POST", () => "/v1/keys"],
    ["POST", () => "/v1/webhooks"],
    ["PATCH", () => `/v1/webhooks/${webhookId}`],
  ];
  for (const [method, path] of routes) {
    it(`${method} ${path().replace(/whk_\w+/, "{id}")}: never 5xx, problem+json, nothing written on 4xx`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyArb, contentTypeArb, async (body, type) => {
          const headers: Record<string, string> = type ? { "Content-Type": type } : {};
          await probe(path(), { method, headers, body }, { type, body: body.slice(0, 200) });
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("bodies sent to id routes that take none (cancel, retry, rotate, test, redeliver)", async () => {
    const paths = [
      "/v1/jobs/job_01JXYZ5V7Q9N8M2K3H4G5F6D7C/cancel",
      "/v1/jobs/job_01JXYZ5V7Q9N8M2K3H4G5F6D7C/retry",
      "/v1/keys/key_01JXYZ5V7Q9N8M2K3H4G5F6D7C/rotate",
      `/v1/webhooks/${webhookId}/rotate-secret`.replace(
        webhookId,
        "whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
      ),
      "/v1/webhooks/whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C/test",
      "/v1/webhooks/whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C/deliveries/dlv_01JXYZ5V7Q9N8M2K3H4G5F6D7C/redeliver",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), bodyArb, async (path, body) => {
        await probe(
          path,
          { method: "POST", headers: { "Content-Type": "application/json" }, body },
          body.slice(0, 200),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe("fuzzed query strings on every list route", () => {
  const lists = [
    "/v1/charts",
    "/v1/readings",
    "/v1/jobs",
    "/v1/jobs/stats",
    "/v1/keys",
    "/v1/keys/self",
    "/v1/webhooks",
    "/v1/webhooks/{webhook}/deliveries",
  ];
  const paramName = fc.oneof(
    fc.constantFrom("limit", "cursor", "status", "type", "owner", "limit", "cursor"),
    hostileString.map((s) => s.slice(0, 40)),
  );
  const paramValue = fc.oneof(
    hostileString,
    fc.constantFrom(
      "0",
      "-1",
      "1.5",
      "1e3",
      "NaN",
      "Infinity",
      "101",
      "9".repeat(40),
      "queued",
      "reading",
      "admin",
      "acct_x",
      "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    ),
  );
  const queryArb = fc.array(fc.tuple(paramName, paramValue), { maxLength: 5 });
  for (const list of lists) {
    it(`GET ${list}: never 5xx, 4xx is problem+json`, async () => {
      await fc.assert(
        fc.asyncProperty(queryArb, fc.boolean(), async (pairs, encode) => {
          const qs = pairs
            .map(([k, v]) =>
              encode
                ? `${encodePart(k)}=${encodePart(v)}`
                : `${k.replace(/[#\s]/g, "")}=${v.replace(/[#\s]/g, "")}`,
            )
            .join("&");
          const path = `${list.replace("{webhook}", webhookId)}?${qs}`;
          await probe(path, {}, pairs);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("fuzzed path ids on every id route", () => {
  const idRoutes: [string, string][] = [
    ["GET", "/v1/charts/{id}"],
    ["GET", "/v1/charts/{id}/wheel.svg"],
    ["GET", "/v1/charts/{id}/sensitivity"],
    ["DELETE", "/v1/charts/{id}"],
    ["GET", "/v1/readings/{id}"],
    ["DELETE", "/v1/readings/{id}"],
    ["GET", "/v1/jobs/{id}"],
    ["POST", "/v1/jobs/{id}/cancel"],
    ["POST", "/v1/jobs/{id}/retry"],
    ["GET", "/v1/keys/{id}"],
    ["DELETE", "/v1/keys/{id}"],
    ["POST", "/v1/keys/{id}/rotate"],
    ["GET", "/v1/webhooks/{id}"],
    ["PATCH", "/v1/webhooks/{id}"],
    ["DELETE", "/v1/webhooks/{id}"],
    ["GET", "/v1/webhooks/{id}/deliveries"],
    ["POST", "/v1/webhooks/{id}/rotate-secret"],
    ["POST", "/v1/webhooks/{id}/test"],
    ["POST", "/v1/webhooks/{id}/deliveries/{id}/redeliver"],
  ];
  for (const [method, template] of idRoutes) {
    it(`${method} ${template}: never 5xx, 4xx is problem+json, nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(pathIdArb, pathIdArb, async (id, second) => {
          let n = 0;
          const path = template.replace(/\{id\}/g, () => (n++ === 0 ? id : second));
          const init: RequestInit =
            method === "PATCH" || method === "POST"
              ? { method, headers: { "Content-Type": "application/json" }, body: "{}" }
              : { method };
          await probe(path, init, { id, second });
        }),
        { numRuns: 25 },
      );
    });
  }
});
