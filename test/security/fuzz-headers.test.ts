import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_KEY, authed, LONDON_1990, send } from "../helpers/http.ts";

// Issue 9, hostile headers: every /v1 operation in /openapi.json (so a new route is fuzzed the day
// it is documented) under odd Authorization, Content-Type, Accept, Idempotency-Key,
// If-None-Match, X-Request-Id, Origin and CF-Connecting-IP values. Invariants: never a 5xx; every
// 4xx is problem+json with a code; a rejected request writes nothing; the echoed X-Request-Id is
// always a safe token (ours, or the client's when it was one).

const TABLES = ["charts", "readings", "jobs", "api_keys", "webhook_endpoints"] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const sql = `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`;
  return (await env.DB.prepare(sql).first<Record<string, number>>()) ?? {};
}

const FAKE = "01JXYZ5V7Q9N8M2K3H4G5F6D7C";

/** One operation to fuzz: the method, a concrete path and a body that passes its schema. */
interface Operation {
  method: string;
  path: string;
  body?: string;
}

/**
 * Printable ASCII header text. Headers cannot carry control characters (they throw), and workerd
 * sends other non-ASCII values as UTF-8 with a warning each, so those come from a few constants.
 */
const headerText = (maxLength: number) => fc.stringMatching(new RegExp(`^[ -~]{0,${maxLength}}$`));

const keyLike = fc.oneof(
  fc.stringMatching(/^orr_(live|test)_[0-9A-Za-z]{32}$/),
  fc.stringMatching(/^orr_(live|test)_[0-9A-Za-z]{1,31}$/),
  fc.stringMatching(/^orr_(prod|x)_[0-9A-Za-z]{32}$/),
  fc.constant(`${ADMIN_KEY}x`),
  fc.constant(ADMIN_KEY.slice(0, -1)),
  fc.constant(ADMIN_KEY.toUpperCase()),
);

/** Authorization values: valid ones (so the request gets past auth) and every kind of bad one. */
const authorization = fc.oneof(
  { weight: 4, arbitrary: fc.constant(`Bearer ${ADMIN_KEY}`) },
  fc.constantFrom(
    `bearer ${ADMIN_KEY}`,
    `BEARER    ${ADMIN_KEY}`,
    `Bearer ${ADMIN_KEY}   `,
    `Bearer\t${ADMIN_KEY}`,
    `Bearer ${ADMIN_KEY} extra`,
    `Bearer ${ADMIN_KEY},Bearer ${ADMIN_KEY}`,
    `Basic ${btoa(`admin:${ADMIN_KEY}`)}`,
    `Token ${ADMIN_KEY}`,
    ADMIN_KEY,
    "Bearer",
    "Bearer ",
    "",
    `Bearer ${"A".repeat(8_000)}`,
    "Bearer é€",
    "Bearer null",
    "Bearer undefined",
  ),
  keyLike.map((k) => `Bearer ${k}`),
  headerText(300),
  headerText(300).map((s) => `Bearer ${s}`),
);

const contentType = fc.oneof(
  { weight: 3, arbitrary: fc.constant("application/json") },
  fc.constantFrom(
    "APPLICATION/JSON",
    "Application/Json; Charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/json;charset=utf-8",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    "application/json; charset=utf-8; charset=latin1",
    "application/json; boundary=x",
    "application/json;;",
    "application/json, text/plain",
    "application/problem+json",
    "application/vnd.api+json",
    "text/json",
    "text/plain",
    "multipart/form-data; boundary=----x",
    "application/x-www-form-urlencoded",
    " application/json ",
    "",
  ),
  headerText(200),
);

const accept = fc.oneof(
  fc.constantFrom(
    "*/*",
    "application/json",
    "text/markdown",
    "text/markdown;q=0, application/json",
    "application/json;q=0",
    "image/svg+xml",
    "text/html",
    "application/problem+json",
    "*/*;q=abc",
    "",
  ),
  headerText(300),
);

const idempotencyKey = fc.oneof(
  fc.constantFrom("", " ", "\t", "x".repeat(255), "x".repeat(256), "é", "key é", "a b", "a,b"),
  fc.stringMatching(/^[!-~]{1,40}$/),
  headerText(300),
);

const ifNoneMatch = fc.oneof(
  fc.constantFrom("*", '"x"', 'W/"x"', 'W/""', '"', "W/", '""', ", , ,", `"${"f".repeat(64)}"`),
  fc
    .array(fc.stringMatching(/^[0-9a-f]{0,64}$/), { maxLength: 50 })
    .map((t) => t.map((x) => `W/"${x}"`).join(", ")),
  headerText(500),
);

const requestIdValue = fc.oneof(
  fc.stringMatching(/^[\w=-]{1,255}$/),
  fc.constantFrom("x".repeat(256), "a b", "<script>", "id;rm -rf", "ü", "x\ty", ""),
  headerText(400),
);

const origin = fc.oneof(
  fc.constantFrom("null", "https://example.com", "http://localhost:3000", "file://", "*", ""),
  headerText(300),
);

/** A client address of its own per request, so no fuzz input spends a shared anonymous bucket. */
const clientIp = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `198.18.${a}.${b}`),
  fc.tuple(fc.nat(0xffff), headerText(30)).map(([n, s]) => `fuzz${n.toString(16)}:${s}`),
);

/** The fuzzed headers of one request (Authorization always; the others present or not). */
interface HeaderSet {
  authorization: string;
  contentType?: string;
  accept?: string;
  idempotencyKey?: string;
  ifNoneMatch?: string;
  requestId?: string;
  origin?: string;
}

/** Which headers a request carries: each present or not, each value fuzzed. */
const headerSet: fc.Arbitrary<HeaderSet> = fc.record(
  {
    authorization,
    contentType,
    accept,
    idempotencyKey,
    ifNoneMatch,
    requestId: requestIdValue,
    origin,
  },
  { requiredKeys: ["authorization"] },
);

let operations: Operation[] = [];

beforeAll(async () => {
  const chart = await authed("/v1/charts", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(LONDON_1990),
  });
  const chartId = ((await chart.json()) as { id: string }).id;
  const reading = await authed("/v1/readings", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chart_id: chartId }),
  });
  const { job, reading_id } = (await reading.json()) as { job: { id: string }; reading_id: string };
  const hook = await authed("/v1/webhooks", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url: "http://127.0.0.1:9/headers", events: ["reading.completed"] }),
  });
  const webhookId = ((await hook.json()) as { id: string }).id;

  // Real ids where the operation only reads or acts reversibly; made-up ones where it would
  // erase, revoke or rotate something the other operations need.
  const destructive = (method: string, path: string) =>
    method === "DELETE" || path.startsWith("/v1/keys/") || path.endsWith("/rotate-secret");
  const idFor = (path: string, method: string): string => {
    if (destructive(method, path)) {
      const prefix = path.match(/^\/v1\/(\w+)\//)?.[1];
      return `${{ charts: "chr", readings: "rdg", jobs: "job", keys: "key", webhooks: "whk" }[prefix ?? ""] ?? "x"}_${FAKE}`;
    }
    if (path.startsWith("/v1/charts/")) return chartId;
    if (path.startsWith("/v1/readings/")) return reading_id;
    if (path.startsWith("/v1/jobs/")) return job.id;
    if (path.startsWith("/v1/webhooks/")) return webhookId;
    return `key_${FAKE}`;
  };
  const bodies: Record<string, unknown> = {
    "POST /v1/charts": { ...LONDON_1990, store: false },
    "POST /v1/readings": { chart_id: chartId },
    "POST /v1/keys": { name: "header fuzz", scopes: ["charts:read"] },
    "POST /v1/webhooks": { url: "http://127.0.0.1:9/headers", events: ["reading.completed"] },
    "PATCH /v1/webhooks/{id}": { enabled: true },
  };
  const doc = (await (await send("/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  operations = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/v1/"))
    .flatMap(([template, methods]) =>
      Object.entries(methods).map(([m, op]) => {
        const method = m.toUpperCase();
        const path = template
          .replace("{delivery_id}", `dlv_${FAKE}`)
          .replace("{id}", idFor(template, method));
        const body = bodies[`${method} ${template}`] ?? (op.requestBody ? {} : undefined);
        return body === undefined ? { method, path } : { method, path, body: JSON.stringify(body) };
      }),
    );
  expect(operations.length).toBeGreaterThan(25);
});

/** Sends `op` with `headers`; checks the invariants. */
async function probe(op: Operation, h: HeaderSet, ip: string) {
  const headers = new Headers({ "CF-Connecting-IP": ip });
  headers.set("Authorization", h.authorization);
  if (h.accept !== undefined) headers.set("Accept", h.accept);
  if (h.idempotencyKey !== undefined) headers.set("Idempotency-Key", h.idempotencyKey);
  if (h.ifNoneMatch !== undefined) headers.set("If-None-Match", h.ifNoneMatch);
  if (h.requestId !== undefined) headers.set("X-Request-Id", h.requestId);
  if (h.origin !== undefined) headers.set("Origin", h.origin);
  if (op.body !== undefined) headers.set("Content-Type", h.contentType ?? "application/json");
  else if (h.contentType !== undefined) headers.set("Content-Type", h.contentType);

  const before = await rowCounts();
  const res = await send(op.path, { method: op.method, headers, body: op.body ?? null });
  const text = await res.text();
  const label = `${op.method} ${op.path} ${JSON.stringify(h).slice(0, 400)} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, label).toBeLessThan(500);
  const echoed = res.headers.get("X-Request-Id") ?? "";
  expect(echoed, label).toMatch(/^[\w=-]{1,255}$/);
  if (h.requestId && /^[\w=-]{1,255}$/.test(h.requestId)) expect(echoed, label).toBe(h.requestId);
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type"), label).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(text) as { code: unknown; errors: unknown; status: unknown };
    expect(typeof problem.code, label).toBe("string");
    expect(Array.isArray(problem.errors), label).toBe(true);
    expect(problem.status, label).toBe(res.status);
    expect(await rowCounts(), `rows written on rejection: ${label}`).toEqual(before);
  }
}

describe("fuzzed headers on every /v1 operation", () => {
  it("never 5xx, problem+json for 4xx, nothing written on rejection, a safe X-Request-Id", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), headerSet, clientIp, async (pick, headers, ip) => {
        const op = operations[pick % operations.length] as Operation;
        await probe(op, headers, ip);
      }),
      { numRuns: 250 },
    );
  });

  it("every operation once with only the odd Authorization values", async () => {
    await fc.assert(
      fc.asyncProperty(authorization, clientIp, async (value, ip) => {
        for (const op of operations) await probe(op, { authorization: value }, ip);
      }),
      { numRuns: 4 },
    );
  });
});
