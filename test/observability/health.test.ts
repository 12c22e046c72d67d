import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../../src/astro/version.ts";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { resetReadinessCache } from "../../src/observability/readiness.ts";
import { send } from "../helpers/http.ts";

beforeEach(() => resetReadinessCache());
afterEach(() => clearFaults());

interface ReadinessBody {
  status: string;
  checks: Record<string, { status: string; latency_ms: number }>;
  failing: string[];
}

async function readiness(): Promise<{ status: number; body: ReadinessBody }> {
  const res = await send("/health/ready");
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as ReadinessBody };
}

describe("GET /health/ready", () => {
  it("answers 200 with every check ok and its latency", async () => {
    const { status, body } = await readiness();
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.failing).toEqual([]);
    expect(Object.keys(body.checks).sort()).toEqual(["config", "d1", "kv", "queues"]);
    for (const check of Object.values(body.checks)) {
      expect(check.status).toBe("ok");
      expect(check.latency_ms).toBeGreaterThanOrEqual(0);
    }
  });

  it("turns 503 and names d1 when D1 fails", async () => {
    injectFault("DB", "all");
    const { status, body } = await readiness();
    expect(status, JSON.stringify(body)).toBe(503);
    expect(body.status).toBe("not_ready");
    expect(body.failing).toEqual(["d1"]);
    expect(body.checks.d1?.status).toBe("fail");
    expect(body.checks.kv?.status).toBe("ok");
  });

  it("turns 503 and names kv when KV fails", async () => {
    injectFault("CACHE", "get");
    const { status, body } = await readiness();
    expect(status, JSON.stringify(body)).toBe(503);
    expect(body.failing).toEqual(["kv"]);
  });

  it("reuses its report for a few seconds, so probes do not load D1", async () => {
    expect((await readiness()).status).toBe(200);
    injectFault("DB", "all");
    expect((await readiness()).status).toBe(200);
    resetReadinessCache();
    expect((await readiness()).status).toBe(503);
  });

  it("is never rate-limited and is documented", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await send("/health/ready", { headers: { "CF-Connecting-IP": "198.51.100.7" } });
      expect(res.headers.get("RateLimit")).toBeNull();
      await res.arrayBuffer();
    }
    const doc = (await (await send("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/health/live", "/health/ready", "/version"]),
    );
  });
});

describe("GET /version", () => {
  it("answers the version metadata and the engine version, like X-Orrery-Version", async () => {
    const res = await send("/version");
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ id: env.CF_VERSION_METADATA.id, engine_version: ENGINE_VERSION });
    expect(res.headers.get("X-Orrery-Version")).toBe(body.id);
    expect(body).toHaveProperty("tag");
    expect(body).toHaveProperty("timestamp");
  });
});
