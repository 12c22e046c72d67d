import { describe, expect, it } from "vitest";
import { SIGNS } from "../../src/astro/signs.ts";
import { wheelVariant } from "../../src/charts/get-chart-wheel.ts";
import { ADMIN_OWNER } from "../../src/middleware/auth.ts";
import { WHEEL_CSP } from "../../src/routes/charts/get-chart-wheel.ts";
import type { WheelTheme } from "../../src/wheel/themes.ts";
import { authed, expectProblem, LONDON_1990, postJson, send } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

interface CreatedChart {
  id: string;
  bodies: { id: string }[];
  aspects: unknown[];
}

/** Stores a chart with the admin key, at a latitude no other test uses. */
async function storeChart(extra: Record<string, unknown> = {}): Promise<CreatedChart> {
  const res = await postJson("/v1/charts", {
    ...LONDON_1990,
    latitude: 20 + Math.random() * 10,
    ...extra,
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as CreatedChart;
}

async function svgOf(res: Response): Promise<string> {
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return text;
}

describe("GET /v1/charts/{id}/wheel.svg", () => {
  it("draws the stored chart: SVG with every sign, body and aspect, title and desc, its own CSP", async () => {
    const chart = await storeChart();
    const res = await authed(`/v1/charts/${chart.id}/wheel.svg`);
    const svg = await svgOf(res);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(res.headers.get("Content-Security-Policy")).toBe(WHEEL_CSP);
    expect(res.headers.get("Cache-Control")).toBe("private, no-cache");
    expect(res.headers.get("Vary")).toContain("Authorization");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="wheel-title wheel-desc"');
    expect(svg).toContain('data-theme="light"');
    for (const sign of SIGNS) expect(svg).toContain(`data-sign="${sign}"`);
    for (const body of chart.bodies) expect(svg).toContain(`data-body="${body.id}"`);
    expect(svg.match(/data-aspect="/g)?.length).toBe(chart.aspects.length);
    expect(svg.match(/data-house="/g)?.length).toBe(12);
    expect(svg).toMatch(/<title id="wheel-title">Chart wheel for 1990-06-15 13:30:00 UTC/);
    expect(svg).toMatch(/<desc id="wheel-desc">Sun \d+°\d\d′ Gemini, house \d+\./);
    // Self-contained: no script, no external reference, no stylesheet.
    expect(svg).not.toMatch(/<script|href=|url\(|<style|@import/i);
  });

  it("draws the dark theme, without houses for an unknown birth time", async () => {
    const chart = await storeChart({ datetime: "1990-06-15", time_known: false });
    const svg = await svgOf(await authed(`/v1/charts/${chart.id}/wheel.svg?theme=dark`));
    expect(svg).toContain('data-theme="dark"');
    expect(svg).not.toContain("data-house=");
    expect(svg).toContain("birth time unknown");
  });

  it("keeps one strong ETag per chart and theme, answers If-None-Match with 304, and caches", async () => {
    const chart = await storeChart();
    const path = `/v1/charts/${chart.id}/wheel.svg`;
    const first = await authed(path);
    await svgOf(first);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get("X-Cache")).toBe("miss");

    const again = await authed(path);
    await svgOf(again);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("X-Cache")).toBe("hit");

    const dark = await authed(`${path}?theme=dark`);
    await svgOf(dark);
    expect(dark.headers.get("ETag")).not.toBe(etag);
    // The JSON's ETag is another representation's.
    const json = await authed(`/v1/charts/${chart.id}`);
    await json.text();
    expect(json.headers.get("ETag")).not.toBe(etag);

    const revalidated = await authed(path, { headers: { "If-None-Match": `W/${etag}` } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("ETag")).toBe(etag);
  });

  it("answers 400 naming the parameter for a bad or unknown query parameter", async () => {
    const chart = await storeChart();
    const bad = await expectProblem(
      await authed(`/v1/charts/${chart.id}/wheel.svg?theme=sepia`),
      400,
    );
    expect(bad.errors.map((e) => e.path)).toContain("theme");
    const unknown = await expectProblem(
      await authed(`/v1/charts/${chart.id}/wheel.svg?size=900`),
      400,
    );
    expect(JSON.stringify(unknown.errors)).toContain("size");
  });

  it("answers 404 for another owner's chart, an unknown id and a malformed one", async () => {
    const owner = await createTestKey();
    const res = await postJsonWithKey(owner.key, "/v1/charts", { ...LONDON_1990, latitude: 33.3 });
    const theirs = JSON.parse(await res.text()) as { id: string };
    expect(res.status).toBe(201);
    for (const id of [theirs.id, "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", "nope"]) {
      const problem = await expectProblem(await authed(`/v1/charts/${id}/wheel.svg`), 404);
      expect(problem.code).toBe("not_found");
    }
    // The owner sees it.
    await svgOf(await withKey(owner.key, `/v1/charts/${theirs.id}/wheel.svg`));
  });

  it("erases both cached wheels with the chart, and then answers 404", async () => {
    const chart = await storeChart();
    const path = `/v1/charts/${chart.id}/wheel.svg`;
    await svgOf(await authed(path));
    await svgOf(await authed(`${path}?theme=dark`));
    const cached = (theme: WheelTheme) =>
      caches.default.match(
        new Request(
          `http://orrery.test/__cache/v1/charts/${ADMIN_OWNER}/${chart.id}/${wheelVariant(theme)}`,
        ),
      );
    expect(await cached("light")).toBeDefined();
    expect(await cached("dark")).toBeDefined();
    const deleted = await authed(`/v1/charts/${chart.id}`, { method: "DELETE" });
    expect(deleted.status, await deleted.text()).toBe(204);
    expect(await cached("light")).toBeUndefined();
    expect(await cached("dark")).toBeUndefined();
    for (const theme of ["light", "dark"]) {
      const problem = await expectProblem(await authed(`${path}?theme=${theme}`), 404);
      expect(problem.code).toBe("not_found");
    }
  });

  it("is in the OpenAPI document: SVG content, the theme parameter, its headers and errors", async () => {
    const res = await send("/openapi.json");
    const doc = (await res.json()) as {
      paths: Record<string, { get?: Record<string, unknown> }>;
    };
    const op = doc.paths["/v1/charts/{id}/wheel.svg"]?.get as {
      operationId: string;
      parameters: { name: string; in: string; schema: { enum?: string[] } }[];
      responses: Record<string, { content?: Record<string, unknown>; headers?: object }>;
    };
    expect(op.operationId).toBe("getChartWheel");
    const theme = op.parameters.find((p) => p.name === "theme");
    expect(theme?.in).toBe("query");
    expect(theme?.schema.enum).toEqual(["light", "dark"]);
    expect(Object.keys(op.responses["200"]?.content ?? {})).toEqual(["image/svg+xml"]);
    expect(Object.keys(op.responses["200"]?.headers ?? {})).toContain("Content-Security-Policy");
    expect(Object.keys(op.responses)).toEqual(
      expect.arrayContaining(["200", "304", "400", "401", "403", "404", "429"]),
    );
  });

  it("needs a key with charts:read", async () => {
    const chart = await storeChart();
    const path = `/v1/charts/${chart.id}/wheel.svg`;
    expect((await expectProblem(await send(path), 401)).code).toBe("unauthorized");
    const writer = await createTestKey({ scopes: ["charts:write"] });
    expect((await expectProblem(await withKey(writer.key, path), 403)).code).toBe("forbidden");
  });
});
