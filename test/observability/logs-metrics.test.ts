import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { recentMetricPoints } from "../../src/observability/metrics.ts";
import { statementName, Timing } from "../../src/observability/timing.ts";
import { ADMIN_KEY, authed, LONDON_1990, postJson } from "../helpers/http.ts";
import { eventually } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

let spies: MockInstance[] = [];
const lines: string[] = [];

beforeEach(() => {
  lines.length = 0;
  spies = (["log", "warn", "error", "debug"] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    }),
  );
});
afterEach(() => {
  for (const spy of spies) spy.mockRestore();
});

function parsedLines(): Record<string, unknown>[] {
  return lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

const BIRTH_DATA = ["1990-06-15", "14:30", "51.5074", "-0.1278", "Europe/London"];

describe("structured logs", () => {
  it("one line per request and per job message, with the request id end to end and no birth data or secrets", async () => {
    const key = await createTestKey({ scopes: ["readings:write", "readings:read"] });
    const requestId = `req-e2e-${crypto.randomUUID()}`;
    const res = await withKey(key.key, "/v1/readings", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Request-Id": requestId },
      body: JSON.stringify({ chart: LONDON_1990 }),
    });
    const text = await res.text();
    expect(res.status, text).toBe(202);
    const { job } = JSON.parse(text) as { job: { id: string } };

    const request = parsedLines().find((l) => l.event === "request" && l.request_id === requestId);
    expect(request).toMatchObject({
      level: "info",
      route: "/v1/readings",
      method: "POST",
      status: 202,
      key_prefix: key.prefix,
    });
    expect(typeof request?.duration_ms).toBe("number");
    expect(typeof request?.version).toBe("string");

    // The real local queue delivers the message; the consumer's line carries the same id.
    const message = await eventually(async () =>
      parsedLines().find((l) => l.event === "job.message" && l.job_id === job.id && l.ack === true),
    );
    expect(message).toMatchObject({ request_id: requestId, outcome: "succeeded" });
    expect(
      parsedLines().find((l) => l.event === "job.succeeded" && l.job_id === job.id),
    ).toMatchObject({ request_id: requestId });

    const all = lines.join("\n");
    for (const value of [...BIRTH_DATA, key.key, ADMIN_KEY]) expect(all).not.toContain(value);
  });

  it("logs the admin's prefix only, never the key", async () => {
    await (await authed("/v1/keys/self")).arrayBuffer();
    expect(lines.join("\n")).not.toContain(ADMIN_KEY);
  });
});

describe("metrics data points", () => {
  it("records requests (route pattern, status, duration), rate-limit decisions and jobs", async () => {
    const key = await createTestKey({ scopes: ["charts:read", "charts:write"] });
    recentMetricPoints.length = 0;
    const res = await postJsonWithKey(key.key, "/v1/charts", LONDON_1990);
    expect(res.status).toBeLessThan(300);
    await res.arrayBuffer();
    const request = recentMetricPoints.find((p) => p.blobs[0] === "request");
    expect(request?.indexes).toEqual(["/v1/charts"]);
    expect(request?.blobs.slice(0, 5)).toEqual([
      "request",
      "/v1/charts",
      "POST",
      String(res.status),
      "2xx",
    ]);
    expect(request?.doubles[0]).toBe(1);
    expect(request?.doubles[2]).toBe(0);
    expect(recentMetricPoints).toContainEqual({
      indexes: ["rate_limit"],
      blobs: ["rate_limit", "default", "allowed"],
      doubles: [1, 0],
    });

    const accepted = await postJson("/v1/readings", { chart: LONDON_1990 });
    const { job } = (await accepted.json()) as { job: { id: string } };
    const point = await eventually(async () =>
      recentMetricPoints.find((p) => p.blobs[0] === "job" && p.blobs[2] === "succeeded"),
    );
    expect(point.blobs).toEqual(["job", "reading.natal", "succeeded"]);
    expect(point.doubles[1]).toBeGreaterThanOrEqual(1);
    expect(job.id).toMatch(/^job_/);
  });
});

describe("Server-Timing", () => {
  it("reports the I/O spans of a request: db and cache", async () => {
    const res = await postJson("/v1/charts", { ...LONDON_1990, latitude: 48.8566 });
    await res.arrayBuffer();
    const header = res.headers.get("Server-Timing") ?? "";
    expect(header).toMatch(/(^|, )db;dur=\d+;desc="\d+ calls?"/);
    expect(header).toMatch(/(^|, )cache;dur=\d+;desc="\d+ calls?"/);
  });

  it("names the hot-path queries of a request: db.<name>;dur=<ms>", async () => {
    const res = await postJson("/v1/charts", { ...LONDON_1990, latitude: 47.3769 });
    await res.arrayBuffer();
    expect(res.status).toBe(201);
    const header = res.headers.get("Server-Timing") ?? "";
    expect(header).toMatch(/(^|, )db\.chart_by_input_hash;dur=\d+(, |$)/);
    expect(header).toMatch(/(^|, )db\.chart_insert;dur=\d+(, |$)/);
  });

  it("records D1 queries over 100 ms with their statement name, and nothing for fast ones", async () => {
    let clock = 0;
    const slow: { statement: string; durationMs: number }[] = [];
    const timing = new Timing({ now: () => clock, onSlowQuery: (q) => slow.push(q) });
    await timing.span("db", "select jobs", async () => {
      clock += 150;
    });
    await timing.span("db", "select charts", async () => {
      clock += 5;
    });
    await timing.span("cache", "kv.get", async () => {
      clock += 200;
    });
    expect(slow).toEqual([{ statement: "select jobs", durationMs: 150 }]);
    await timing.span("db", "select charts", async () => {
      clock += 7;
    });
    expect(timing.header()).toBe(
      'db;dur=162;desc="3 calls", cache;dur=200;desc="1 call", db.select_jobs;dur=150, db.select_charts;dur=12;desc="2 calls", cache.kv.get;dur=200',
    );
  });

  it("names statements by verb and table, never by their values", () => {
    expect(statementName('select "id" from "jobs" where "id" = ?')).toBe("select jobs");
    expect(statementName('insert into "readings" ("id") values (?)')).toBe("insert readings");
    expect(statementName('update "jobs" set "status" = ?')).toBe("update jobs");
    expect(statementName("SELECT 1")).toBe("select");
  });
});
