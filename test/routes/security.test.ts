import { describe, expect, it } from "vitest";
import {
  authed,
  expectProblem,
  LONDON_1990,
  type ProblemBody,
  postJson,
  send,
} from "../helpers/http.ts";

describe("secure headers", () => {
  const paths = [
    "/health/live",
    "/docs",
    "/openapi.json",
    "/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    "/nowhere",
  ];
  for (const path of paths) {
    it(`are on ${path}, success or error`, async () => {
      const res = await authed(path);
      expect(res.headers.get("Strict-Transport-Security")).toContain("max-age=63072000");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
      expect(res.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
      expect(res.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
      expect(res.headers.get("X-Request-Id")).toBeTruthy();
      expect(res.headers.get("X-Orrery-Version")).toBeTruthy();
    });
  }
});

describe("CORS", () => {
  it("allows a configured origin, with a preflight answered before auth", async () => {
    const preflight = await send("/v1/charts", {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain(
      "authorization",
    );
    const res = await authed("/health/live", { headers: { Origin: "http://localhost:5173" } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(res.headers.get("Vary")).toContain("Origin");
  });

  it("gives any other origin nothing", async () => {
    const res = await send("/health/live", { headers: { Origin: "https://evil.example" } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});

describe("request hygiene", () => {
  it("answers 405 with Allow for a route that exists with another method", async () => {
    const res = await authed("/v1/charts", { method: "PUT" });
    const problem = await expectProblem(res, 405);
    expect(problem.code).toBe("method_not_allowed");
    expect(res.headers.get("Allow")).toContain("POST");
  });

  it("refuses a body that is not valid UTF-8", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"datetime":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}'),
    ]);
    const res = await authed("/v1/charts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: bytes,
    });
    expect((await expectProblem(res, 400)).code).toBe("malformed_json");
  });

  // The validator reads the text the UTF-8 check decoded (Hono's body cache), not the bytes again.
  it("validates the body as decoded: a leading BOM is dropped, non-ASCII kept, bad JSON refused", async () => {
    const post = (text: string) =>
      authed("/v1/charts", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: new TextEncoder().encode(text),
      });
    const bom = await post(`\uFEFF${JSON.stringify({ ...LONDON_1990, store: false })}`);
    expect(bom.status, await bom.clone().text()).toBe(200);
    expect(((await bom.json()) as { input: { datetime: string } }).input.datetime).toBe(
      "1990-06-15T14:30:00",
    );
    const unknown = await post(JSON.stringify({ ...LONDON_1990, zürich: 1 }));
    expect(JSON.stringify(await expectProblem(unknown, 400))).toContain("zürich");
    const malformed = await post('{"datetime": "1990-06-15T14:30",');
    expect((await expectProblem(malformed, 400)).code).toBe("malformed_json");
  });

  it("accepts charset=utf-8 and refuses any other charset with 415", async () => {
    const ok = await postJson(
      "/v1/charts",
      { ...LONDON_1990, store: false },
      {
        "Content-Type": "application/json; charset=UTF-8",
      },
    );
    expect(ok.status).toBe(200);
    const latin = await postJson("/v1/charts", LONDON_1990, {
      "Content-Type": "application/json;charset=latin1",
    });
    expect((await expectProblem(latin, 415)).code).toBe("unsupported_media_type");
  });

  it("refuses a compressed body with 415 and Accept-Encoding: identity", async () => {
    const body = new Blob([JSON.stringify(LONDON_1990)]).stream();
    const gzipped = await new Response(
      body.pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    for (const coding of ["gzip", "br", " GZIP "]) {
      const res = await authed("/v1/charts", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Encoding": coding },
        body: gzipped,
      });
      const problem = await expectProblem(res, 415);
      expect(problem.code).toBe("unsupported_media_type");
      expect(problem.detail).toMatch(/Content-Encoding/);
      expect(res.headers.get("Accept-Encoding")).toBe("identity");
    }
    const plain = await postJson(
      "/v1/charts",
      { ...LONDON_1990, store: false },
      { "Content-Encoding": "identity" },
    );
    expect(plain.status).toBe(200);
  });

  it("lists at most 50 field errors, counting the rest, however many a body has", async () => {
    const body: Record<string, unknown> = { ...LONDON_1990 };
    for (let i = 0; i < 1200; i++) body[`k${i}`] = 1;
    const res = await postJson("/v1/charts", body);
    const text = await res.clone().text();
    const problem = (await expectProblem(res, 400)) as ProblemBody & { errors_omitted?: number };
    expect(problem.errors).toHaveLength(50);
    expect(problem.errors[0]).toEqual({ path: "k0", message: "unknown field" });
    expect(problem.errors_omitted).toBe(1150);
    expect(problem.detail).toMatch(/^1200 fields are invalid: k0, k1, .*, k49 and 1150 more\.$/);
    expect(text.length).toBeLessThan(6000);
    const few = await expectProblem(await postJson("/v1/charts", { ...LONDON_1990, k: 1 }), 400);
    expect(few).not.toHaveProperty("errors_omitted");
  });

  it("never echoes the admin key in an error body", async () => {
    const res = await postJson("/v1/charts", { ...LONDON_1990, latitude: "x" });
    const text = await res.text();
    const { env } = await import("cloudflare:workers");
    expect(text).not.toContain(env.ADMIN_API_KEY);
  });
});

describe("empty bodies", () => {
  it("answers a POST without any body with a 400 problem", async () => {
    const res = await authed("/v1/charts", { method: "POST" });
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
  });
});
