import { describe, expect, it } from "vitest";
import { send } from "../helpers/http.ts";

describe("API reference", () => {
  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const res = await send("/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/charts",
        "/v1/charts/{id}",
        "/v1/charts/transits",
        "/v1/charts/synastry",
      ]),
    );
    expect(Object.keys(doc.paths["/v1/charts"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["201", "400", "401", "413", "415", "422"]),
    );
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "ChartRequest",
        "Chart",
        "Problem",
        "TransitsRequest",
        "Transits",
        "SynastryRequest",
        "Synastry",
      ]),
    );
    const sensitivity = doc.paths["/v1/charts/{id}/sensitivity"]?.get as unknown as {
      parameters: { name: string; schema: Record<string, unknown> }[];
    };
    expect(sensitivity.parameters.find((p) => p.name === "window_minutes")?.schema).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 720,
    });
  });

  it("lists on every /v1 operation the errors the middleware in front of it can give", async () => {
    const doc = (await (await send("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith("/v1/")) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const body = ["post", "put", "patch"].includes(method) ? ["413", "415"] : [];
        // 400: any /v1 request can carry a malformed query string (src/middleware/query-encoding.ts).
        for (const status of ["400", "401", "429", "500", "503", ...body]) {
          if (!(status in operation.responses)) missing.push(`${method} ${path} ${status}`);
        }
        const badRequest = operation.responses["400"] as { description?: string } | undefined;
        if (badRequest && !/percent-encoded UTF-8/.test(badRequest.description ?? "")) {
          missing.push(`${method} ${path} 400 does not say a malformed query string gets it`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("writes a nullable reference as anyOf with null, never allOf (null would fail the reference)", async () => {
    const doc: unknown = await (await send("/openapi.json")).json();
    const allOfWithNull: string[] = [];
    const anyOfWithNull: string[] = [];
    const isNull = (branch: unknown) => {
      const type = (branch as { type?: unknown } | null)?.type;
      return type === "null" || (Array.isArray(type) && type.includes("null"));
    };
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, `${path}/${i}`);
        return;
      }
      if (!value || typeof value !== "object") return;
      const node = value as Record<string, unknown>;
      if (Array.isArray(node.allOf) && node.allOf.some(isNull)) allOfWithNull.push(path);
      if (Array.isArray(node.anyOf) && node.anyOf.some(isNull)) anyOfWithNull.push(path);
      for (const [key, v] of Object.entries(node)) walk(v, `${path}/${key}`);
    };
    walk(doc, "");
    expect(allOfWithNull).toEqual([]);
    expect(anyOfWithNull).toEqual(
      expect.arrayContaining([
        "/components/schemas/SensitivityPlacement/properties/stable_from",
        "/components/schemas/SensitivityPlacement/properties/stable_until",
      ]),
    );
  });

  it("serves /docs and its assets from the Worker itself, nothing from another host", async () => {
    const page = await send("/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/^\//);
    for (const s of sources) {
      const asset = await send(s as string);
      expect(asset.status, s).toBe(200);
      expect((await asset.text()).length, s).toBeGreaterThan(10);
    }
  });
});
