import { env } from "cloudflare:workers";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { SCOPES } from "../../src/keys/principal.ts";
import { LONDON_1990, send } from "../helpers/http.ts";
import { createTestKey, withKey } from "../helpers/keys.ts";

// Issue 9, fault injection across the whole API: every /v1 operation in /openapi.json, with D1
// failing (connection lost, or its timeout error) from its Nth call on, or the chart cache, the
// rate-limit store or a queue refusing. (The limiter reads KV only for a subject new to the
// isolate, so its fail-open path is proved in dependencies.test.ts with a fresh key.) Invariants: never a 500 (a dependency's fault is a 503
// naming it, with Retry-After, or a designed degradation); nothing half-written (no reading
// without its job, no queued job without its reading or left without a way to run).

afterEach(() => clearFaults());

const FAKE = "01JXYZ5V7Q9N8M2K3H4G5F6D7C";

interface Operation {
  method: string;
  path: string;
  body?: string;
}

const UNAVAILABLE = new Set(["database_unavailable", "queue_unavailable", "cache_unavailable"]);

async function orphans(): Promise<unknown> {
  return env.DB.prepare(
    `SELECT
       (SELECT count(*) FROM readings r
          WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = r.job_id)) AS readings_without_job,
       (SELECT count(*) FROM jobs j WHERE j.status IN ('queued', 'running')
          AND NOT EXISTS (SELECT 1 FROM readings r WHERE r.job_id = j.id)) AS open_jobs_without_reading`,
  ).first();
}

let operations: Operation[] = [];
/** A key of its own with every scope: unlike the bootstrap admin key it is rate-limited. */
let key = "";

beforeAll(async () => {
  key = (await createTestKey({ scopes: [...SCOPES] })).key;
  const post = (path: string, body: unknown) =>
    withKey(key, path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const chartId = ((await (await post("/v1/charts", LONDON_1990)).json()) as { id: string }).id;
  const reading = (await (await post("/v1/readings", { chart_id: chartId })).json()) as {
    job: { id: string };
    reading_id: string;
  };
  const webhookId = (
    (await (
      await post("/v1/webhooks", {
        url: "http://127.0.0.1:9/faults",
        events: ["reading.completed"],
      })
    ).json()) as { id: string }
  ).id;
  const ids: Record<string, string> = {
    charts: chartId,
    readings: reading.reading_id,
    jobs: reading.job.id,
    webhooks: webhookId,
    keys: `key_${FAKE}`,
  };
  const bodies: Record<string, unknown> = {
    "POST /v1/charts": { ...LONDON_1990, latitude: 12.5 },
    "POST /v1/readings": { chart_id: chartId },
    "POST /v1/keys": { name: "fault fuzz", scopes: ["charts:read"] },
    "POST /v1/webhooks": { url: "http://127.0.0.1:9/faults", events: ["reading.completed"] },
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
        const resource = template.match(/^\/v1\/(\w+)\//)?.[1] ?? "";
        const path = template
          .replace("{delivery_id}", `dlv_${FAKE}`)
          .replace("{id}", ids[resource] ?? `x_${FAKE}`);
        const body = bodies[`${method} ${template}`] ?? (op.requestBody ? {} : undefined);
        return body === undefined ? { method, path } : { method, path, body: JSON.stringify(body) };
      }),
    );
  expect(operations.length).toBeGreaterThan(25);
});

/** One fault, armed before the request. */
const fault = fc.oneof(
  fc.record({
    binding: fc.constant("DB"),
    operation: fc.constantFrom("get", "put", "all") as fc.Arbitrary<"get" | "put" | "all">,
    after: fc.nat(8),
    kind: fc.constantFrom("unavailable", "timeout") as fc.Arbitrary<"unavailable" | "timeout">,
  }),
  fc.record({
    binding: fc.constantFrom("CACHE", "RATE_LIMIT", "READING_JOBS", "WEBHOOKS"),
    operation: fc.constantFrom("get", "put", "all") as fc.Arbitrary<"get" | "put" | "all">,
    after: fc.nat(2),
    kind: fc.constant("unavailable" as const),
  }),
);

describe("every /v1 operation with a dependency failing", () => {
  it("answers 2xx, 4xx or a 503 naming the dependency; never 500; nothing half-written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fault, async (pick, f) => {
        // DELETE erases what the other operations need: made-up ids keep it to the lookup.
        const chosen = operations[pick % operations.length] as Operation;
        const op =
          chosen.method === "DELETE"
            ? { ...chosen, path: chosen.path.replace(/_[0-9A-Z]{26}/, `_${FAKE}`) }
            : chosen;
        injectFault(f.binding, f.operation, Infinity, { after: f.after, kind: f.kind });
        const res = await withKey(key, op.path, {
          method: op.method,
          ...(op.body === undefined
            ? {}
            : { headers: { "Content-Type": "application/json" }, body: op.body }),
        });
        clearFaults();
        const text = await res.text();
        const label = `${op.method} ${op.path} ${JSON.stringify(f)} → ${res.status} ${text.slice(0, 300)}`;
        if (res.status >= 500) {
          expect(res.status, label).toBe(503);
          const problem = JSON.parse(text) as { code: string };
          expect(UNAVAILABLE.has(problem.code), label).toBe(true);
          expect(Number(res.headers.get("Retry-After")), label).toBeGreaterThan(0);
        }
        expect(await orphans(), label).toEqual({
          readings_without_job: 0,
          open_jobs_without_reading: 0,
        });
      }),
      { numRuns: 150 },
    );
  });
});
