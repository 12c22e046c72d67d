import type { Result } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";
import type { RouterRoute } from "hono/types";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { recentMetricPoints } from "../../src/observability/metrics.ts";
import { StaticBesideParamRouter } from "../../src/routes/static-beside-param-router.ts";
import { authed, expectProblem, LONDON_1990, postJson } from "../helpers/http.ts";

type Handler = [unknown, RouterRoute];

const ID = "01JXYZ5V7Q9N8M2K3H4G5F6D7C";

/** What a match means to Hono: the routes it runs, in order, each with its parameters. */
function routesOf(result: Result<Handler>): string[] {
  return result[0].map(([[, route], map]) => {
    const params = Object.keys(map)
      .sort()
      .map((k) => {
        const value = result[1] ? result[1][map[k] as number] : map[k];
        return `${k}=${value}`;
      });
    return `${route.method} ${route.path} ${params.join("&")}`;
  });
}

describe("routing", () => {
  it("matches with RegExpRouter, not the trie fallback", () => {
    const app = createApp();
    app.router.match("GET", "/health/live");
    // `SmartRouter + TrieRouter` here means a route's shape made RegExpRouter refuse the app:
    // routing then costs 2-4x more per request (docs/PERFORMANCE_GUIDE.md).
    expect(app.router.name).toBe("StaticBesideParamRouter + SmartRouter + RegExpRouter");
  });

  it("runs the same routes, in the same order, with the same parameters as the trie", () => {
    const app = createApp();
    const trie = new TrieRouter<Handler>();
    for (const route of app.routes) trie.add(route.method, route.path, [route.handler, route]);
    const paths = new Set([
      "/",
      "/nope",
      "/v1/keys/self",
      "/v1/keys/self/x",
      "/v1/jobs/stats",
      "/v1/charts/",
      "/v1/charts/transits",
      "/v1/charts/synastry",
      ...app.routes.map((r) =>
        r.path
          .replace(/:id\{chr_[^/]*\}/g, `chr_${ID}`)
          .replace(/:(\w+)/g, (_, name) => `${name}_${ID}`)
          .replace(/\/\*$/, "/x"),
      ),
    ]);
    let compared = 0;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      for (const path of paths) {
        const ours = routesOf(app.router.match(method, path) as Result<Handler>);
        expect(ours, `${method} ${path}`).toEqual(routesOf(trie.match(method, path)));
        compared += ours.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(app.router.name).toMatch(/RegExpRouter$/);
  });

  it("answers a static path beside a parameter from its table, middleware and all", () => {
    const router = new StaticBesideParamRouter<string>();
    router.add("ALL", "*", "logger");
    router.add("GET", "/keys/self", "self");
    router.add("GET", "/keys/:id", "key");
    router.add("GET", "/keys", "list");
    const names = (method: string, path: string) =>
      router.match(method, path)[0].map(([handler]) => handler);
    expect(names("GET", "/keys/self")).toEqual(["logger", "self", "key"]);
    expect(names("GET", "/keys/key_1")).toEqual(["logger", "key"]);
    expect(names("GET", "/keys")).toEqual(["logger", "list"]);
    expect(names("POST", "/keys/self")).toEqual(["logger"]);
    expect(router.name).toBe("StaticBesideParamRouter + SmartRouter + RegExpRouter");
    expect(() => router.add("GET", "/late", "late")).toThrow(/already built/);
  });

  it("answers GET and DELETE on /v1/charts/transits and /synastry 405, Allow: POST", async () => {
    for (const path of ["/v1/charts/transits", "/v1/charts/synastry"]) {
      for (const method of ["GET", "DELETE"]) {
        const res = await authed(path, { method });
        const problem = await expectProblem(res, 405);
        expect(problem.code, `${method} ${path}`).toBe("method_not_allowed");
        expect(res.headers.get("Allow"), `${method} ${path}`).toBe("POST");
      }
    }
  });

  it("finds no chart route for an id of another shape: a 404 problem, as an unknown chart", async () => {
    for (const id of ["x", "chr_nope", `rdg_${ID}`, `chr_${ID.toLowerCase()}`]) {
      const problem = await expectProblem(await authed(`/v1/charts/${id}`), 404);
      expect(problem.code, id).toBe("not_found");
    }
    const unknown = await expectProblem(await authed(`/v1/charts/chr_${ID}`), 404);
    expect(unknown.code).toBe("not_found");
    expect(unknown.detail).toBe(`No chart chr_${ID} for this account.`);
  });

  it("reads and labels a chart by id as before: route /v1/charts/:id", async () => {
    const created = await postJson("/v1/charts", LONDON_1990);
    const { id } = (await created.json()) as { id: string };
    recentMetricPoints.length = 0;
    const res = await authed(`/v1/charts/${id}`);
    expect(res.status, await res.text()).toBe(200);
    const point = recentMetricPoints.find((p) => p.blobs[0] === "request");
    expect(point?.blobs.slice(0, 3)).toEqual(["request", "/v1/charts/:id", "GET"]);
    const wheel = await authed(`/v1/charts/${id}/wheel.svg`);
    expect(wheel.status).toBe(200);
    await wheel.arrayBuffer();
  });
});
