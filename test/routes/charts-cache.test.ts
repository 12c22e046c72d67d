import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { chartCacheKey } from "../../src/cache/chart-cache.ts";
import { forgetIsolateCopies, ISOLATE_TTL_MS } from "../../src/cache/edge-cache.ts";
import { insertChartOnce } from "../../src/db/charts.ts";
import { createDb } from "../../src/db/client.ts";
import { encodeCursor } from "../../src/lib/cursor.ts";
import { recentMetricPoints } from "../../src/observability/metrics.ts";
import { authed, expectProblem, LONDON_1990, postJson } from "../helpers/http.ts";

interface ChartJson {
  id: string | null;
  created_at: string | null;
  input: Record<string, unknown>;
  bodies: { id: string; longitude: number }[];
}

interface ListJson {
  data: ChartJson[];
  next_cursor: string | null;
}

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

let counter = 0;

/**
 * A chart request no other test sends (the KV cache is shared by every owner and every test in
 * this file): London's date and place with a latitude of its own.
 */
function uniqueInput(): typeof LONDON_1990 {
  counter += 1;
  return { ...LONDON_1990, latitude: 40 + counter / 1000 + Math.random() / 1e6 };
}

async function countRows(where = "1 = 1", ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM charts WHERE ${where}`)
    .bind(...binds)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function chartKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.CACHE.list({ prefix: "chart:", cursor });
    keys.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return keys;
}

async function inputHashOf(id: string): Promise<string> {
  const row = await env.DB.prepare("SELECT input_hash FROM charts WHERE id = ?")
    .bind(id)
    .first<{ input_hash: string }>();
  if (!row) throw new Error(`no row ${id}`);
  return row.input_hash;
}

describe("POST /v1/charts caches computations and returns an owner's equal chart", () => {
  it("answers an equal input written differently with the stored chart: 200, same id, X-Cache hit", async () => {
    const input = uniqueInput();
    const first = await postJson("/v1/charts", { ...input, datetime: "1990-06-15T14:30" });
    const created = await json<ChartJson>(first, 201);
    expect(first.headers.get("X-Cache")).toBe("miss");
    expect(first.headers.get("Cache-Control")).toBe("no-store");

    // Keys reordered, every default explicit, seconds written out, default orbs spelled out.
    const same = {
      store: true,
      orbs: { trine: 7, conjunction: 8 },
      disambiguation: "compatible",
      zodiac: "tropical",
      house_system: "placidus",
      time_known: true,
      longitude: input.longitude,
      latitude: input.latitude,
      timezone: input.timezone,
      datetime: "1990-06-15T14:30:00",
    };
    const second = await postJson("/v1/charts", same);
    const existing = await json<ChartJson>(second, 200);
    expect(existing.id).toBe(created.id);
    expect(second.headers.get("Location")).toBe(`/v1/charts/${created.id}`);
    expect(second.headers.get("X-Cache")).toBe("hit");
    expect(existing).toEqual(created);
    expect(await countRows("input_hash = ?", await inputHashOf(created.id ?? ""))).toBe(1);
  });

  it("echoes the input in canonical form", async () => {
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", {
        ...uniqueInput(),
        datetime: "1990-06-15T14:30",
        zodiac: "sidereal",
        orbs: { trine: 6 },
      }),
      201,
    );
    expect(chart.input).toMatchObject({
      datetime: "1990-06-15T14:30:00",
      ayanamsa: "lahiri",
      orbs: { conjunction: 8, opposition: 8, square: 7, trine: 6, sextile: 5 },
      store: true,
    });
  });

  it("misses KV, then hits it for the same input, and counts both", async () => {
    const input = uniqueInput();
    const first = await postJson("/v1/charts", input);
    const stored = await json<ChartJson>(first, 201);
    expect(first.headers.get("X-Cache")).toBe("miss");
    const hash = await inputHashOf(stored.id ?? "");
    expect(await chartKeys()).toContain(chartCacheKey(hash));

    // store: false never looks at stored charts, so this answer comes from KV.
    recentMetricPoints.length = 0;
    const again = await postJson("/v1/charts", { ...input, store: false });
    const computed = await json<ChartJson>(again, 200);
    expect(again.headers.get("X-Cache")).toBe("hit");
    expect(computed.bodies).toEqual(stored.bodies);
    expect(recentMetricPoints).toContainEqual({
      indexes: ["cache"],
      blobs: ["cache", "kv", "hit"],
      doubles: [1, 1],
    });

    // With the row gone (not erased: KV keeps the computation), a stored POST computes nothing.
    await env.DB.prepare("DELETE FROM charts WHERE id = ?").bind(stored.id).run();
    const restored = await postJson("/v1/charts", input);
    const recreated = await json<ChartJson>(restored, 201);
    expect(restored.headers.get("X-Cache")).toBe("hit");
    expect(recreated.id).not.toBe(stored.id);
    expect(recreated.bodies).toEqual(stored.bodies);
  });

  it("keeps nothing with store: false: no row, no KV entry", async () => {
    const rowsBefore = await countRows();
    const keysBefore = await chartKeys();
    const res = await postJson("/v1/charts", { ...uniqueInput(), store: false });
    const chart = await json<ChartJson>(res, 200);
    expect(chart.id).toBeNull();
    expect(res.headers.get("Location")).toBeNull();
    expect(res.headers.get("X-Cache")).toBe("miss");
    expect(await countRows()).toBe(rowsBefore);
    expect(await chartKeys()).toEqual(keysBefore);
  });

  it("computes when the cached entry is unreadable", async () => {
    const input = uniqueInput();
    const stored = await json<ChartJson>(await postJson("/v1/charts", input), 201);
    const key = chartCacheKey(await inputHashOf(stored.id ?? ""));
    await env.CACHE.put(key, "{ not json");
    const res = await postJson("/v1/charts", { ...input, store: false });
    const chart = await json<ChartJson>(res, 200);
    expect(res.headers.get("X-Cache")).toBe("miss");
    expect(chart.bodies).toEqual(stored.bodies);
  });

  it("stores one chart when two equal requests race", async () => {
    const input = uniqueInput();
    const [a, b] = await Promise.all([
      postJson("/v1/charts", input),
      postJson("/v1/charts", { ...input, datetime: "1990-06-15T14:30" }),
    ]);
    const statuses = [a.status, b.status].sort();
    const [ca, cb] = [(await a.json()) as ChartJson, (await b.json()) as ChartJson];
    expect(ca.id).toBe(cb.id);
    expect(statuses).toContain(201);
    expect(await countRows("id = ?", ca.id)).toBe(1);
    expect(await countRows("input_hash = ?", await inputHashOf(ca.id ?? ""))).toBe(1);
  });

  it("answers the loser of an insert race with the winner's row", async () => {
    const db = createDb(env.DB);
    const row = {
      owner: "race-owner",
      input: {},
      chart: {},
      engineVersion: "1.0.0",
      inputHash: "f".repeat(64),
      createdAt: 0,
    };
    const winner = await insertChartOnce(db, { ...row, id: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D70" });
    const loser = await insertChartOnce(db, { ...row, id: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D71" });
    expect(winner.id).toBe("chr_01JXYZ5V7Q9N8M2K3H4G5F6D70");
    expect(loser.id).toBe(winner.id);
    expect(await countRows("owner = ?", "race-owner")).toBe(1);
  });
});

describe("GET /v1/charts/{id} with ETags and the response cache", () => {
  it("answers 200 with a strong ETag and revalidation headers, then from the cache", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const first = await authed(`/v1/charts/${created.id}`);
    const body = await first.text();
    expect(first.status, body).toBe(200);
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get("Cache-Control")).toBe("private, no-cache");
    expect(first.headers.get("Vary")).toMatch(/\bAuthorization\b/);
    expect(first.headers.get("X-Cache")).toBe("miss");
    expect(JSON.parse(body)).toEqual(created);

    const second = await authed(`/v1/charts/${created.id}`);
    expect(await second.text()).toBe(body);
    expect(second.headers.get("X-Cache")).toBe("hit");
    expect(second.headers.get("ETag")).toBe(etag);
  });

  it("answers If-None-Match with 304 and no body on a match, 200 on a stale tag", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const path = `/v1/charts/${created.id}`;
    const etag = (await authed(path)).headers.get("ETag") ?? "";
    for (const header of [etag, `W/${etag}`, `"stale", ${etag}`, "*"]) {
      const res = await authed(path, { headers: { "If-None-Match": header } });
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe("");
      expect(res.headers.get("ETag")).toBe(etag);
      expect(res.headers.get("Cache-Control")).toBe("private, no-cache");
      expect(res.headers.get("Vary")).toMatch(/\bAuthorization\b/);
    }
    const stale = await authed(path, { headers: { "If-None-Match": `"${"0".repeat(64)}"` } });
    expect(stale.status).toBe(200);
    expect(((await stale.json()) as ChartJson).id).toBe(created.id);
  });

  it("answers 404 for another owner's chart even when it is cached for its owner", async () => {
    await env.DB.prepare(
      "INSERT INTO charts (id, owner, input, chart, engine_version, created_at) VALUES (?, ?, '{}', '{}', '1', 0)",
    )
      .bind("chr_01JXYZ5V7Q9N8M2K3H4G5F6D72", "someone-else")
      .run();
    await expectProblem(await authed("/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D72"), 404);
  });
});

describe("GET /v1/charts/{id}: the isolate's copy in front of the response cache", () => {
  const edgeUrl = (id: string) => `http://orrery.test/__cache/v1/charts/admin/${id}`;
  const askedEdge = (res: Response) =>
    (res.headers.get("Server-Timing") ?? "").includes("cache.edge.match");

  it("answers a repeat from the isolate without asking the Cache API, even once that entry is gone", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const path = `/v1/charts/${created.id}`;
    const first = await authed(path);
    const body = await first.text();
    expect(askedEdge(first)).toBe(true);
    expect(await caches.default.match(edgeUrl(created.id ?? ""))).toBeDefined();
    expect(await caches.default.delete(edgeUrl(created.id ?? ""))).toBe(true);

    const second = await authed(path);
    expect(second.headers.get("X-Cache")).toBe("hit");
    expect(askedEdge(second)).toBe(false);
    expect(await second.text()).toBe(body);
    const revalidated = await authed(path, {
      headers: { "If-None-Match": first.headers.get("ETag") ?? "" },
    });
    expect(revalidated.status).toBe(304);
    expect(askedEdge(revalidated)).toBe(false);
  });

  it("keeps what another isolate cached once read, and not past that entry's Expires", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const path = `/v1/charts/${created.id}`;
    const url = edgeUrl(created.id ?? "");
    const body = await (await authed(path)).text();
    const etag = `"${"a".repeat(64)}"`;
    // Another isolate's entry, expiring in 1–2 s (Expires has whole seconds).
    await caches.default.put(
      url,
      new Response(body, {
        headers: {
          ETag: etag,
          "Cache-Control": "max-age=60",
          Expires: new Date(Date.now() + 2000).toUTCString(),
        },
      }),
    );
    forgetIsolateCopies();
    const fromEdge = await authed(path);
    expect(askedEdge(fromEdge)).toBe(true);
    expect(fromEdge.headers.get("ETag")).toBe(etag);
    await caches.default.delete(url);
    const kept = await authed(path);
    expect(askedEdge(kept)).toBe(false);
    expect(kept.headers.get("ETag")).toBe(etag);

    await new Promise((resolve) => setTimeout(resolve, 2100));
    const after = await authed(path);
    expect(after.headers.get("X-Cache")).toBe("miss");
    expect(after.headers.get("ETag")).not.toBe(etag);
    expect(2100).toBeLessThan(ISOLATE_TTL_MS);
  });

  it("serves an entry without Expires unread and does not keep it", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const path = `/v1/charts/${created.id}`;
    const url = edgeUrl(created.id ?? "");
    const body = await (await authed(path)).text();
    const etag = `"${"b".repeat(64)}"`;
    await caches.default.put(
      url,
      new Response(body, { headers: { ETag: etag, "Cache-Control": "max-age=60" } }),
    );
    forgetIsolateCopies();
    expect((await authed(path)).headers.get("ETag")).toBe(etag);
    await caches.default.delete(url);
    const next = await authed(path);
    expect(next.headers.get("X-Cache")).toBe("miss");
    expect(next.headers.get("ETag")).not.toBe(etag);
  });
});

describe("GET /v1/charts", () => {
  beforeEach(() => {
    counter += 100;
  });

  it("pages newest first with limit and cursor", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const chart = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
      ids.push(chart.id ?? "");
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const res = await authed(`/v1/charts${query}`);
      const list = await json<ListJson>(res, 200);
      expect(list.data).toHaveLength(2);
      expect(list.next_cursor).toBe(encodeCursor(list.data[1]?.id ?? ""));
      expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{64}"$/);
      expect(res.headers.get("Cache-Control")).toBe("private, no-cache");
      seen.push(...list.data.map((c) => c.id ?? ""));
      cursor = list.next_cursor;
    }
    // The six just created are the owner's newest, in descending id order.
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toEqual([...seen].sort().reverse());

    // Walking on reaches every chart of the owner once, and the last page says so.
    let total = seen.length;
    while (cursor) {
      const list: ListJson = await json<ListJson>(
        await authed(`/v1/charts?limit=100&cursor=${cursor}`),
        200,
      );
      total += list.data.length;
      cursor = list.next_cursor;
    }
    expect(total).toBe(await countRows("owner = 'admin'"));
  });

  it("defaults to 20 and answers 304 to a matching If-None-Match", async () => {
    const res = await authed("/v1/charts");
    const list = await json<ListJson>(res, 200);
    expect(list.data.length).toBeLessThanOrEqual(20);
    const etag = res.headers.get("ETag") ?? "";
    const again = await authed("/v1/charts", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  const bad: [string, string][] = [
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=2.5", "limit"],
    ["limit=ten", "limit"],
    ["cursor=%21%21", "cursor"],
    [`cursor=${encodeCursor("key_01JXYZ5V7Q9N8M2K3H4G5F6D7C")}`, "cursor"],
    ["cursor=", "cursor"],
    ["page=2", "page"],
    ["limit=2&offset=4", "offset"],
  ];
  for (const [query, field] of bad) {
    it(`answers 400 naming ${field} for ?${query}`, async () => {
      const problem = await expectProblem(await authed(`/v1/charts?${query}`), 400);
      expect(problem.code).toBe("validation_error");
      expect(problem.errors.map((e) => e.path)).toEqual([field]);
    });
  }
});

describe("DELETE /v1/charts/{id}", () => {
  it("erases the row and its cache entries; the chart is then 404", async () => {
    const input = uniqueInput();
    const created = await json<ChartJson>(await postJson("/v1/charts", input), 201);
    const path = `/v1/charts/${created.id}`;
    const key = chartCacheKey(await inputHashOf(created.id ?? ""));
    await authed(path); // fills the response cache
    expect((await authed(path)).headers.get("X-Cache")).toBe("hit");
    expect(await chartKeys()).toContain(key);

    const res = await authed(path, { method: "DELETE" });
    expect(res.status, await res.text()).toBe(204);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await countRows("id = ?", created.id)).toBe(0);
    expect(await chartKeys()).not.toContain(key);
    expect((await expectProblem(await authed(path), 404)).code).toBe("not_found");
    await expectProblem(await authed(path, { method: "DELETE" }), 404);

    // Posting it again computes afresh and stores a new chart.
    const again = await postJson("/v1/charts", input);
    expect(again.status).toBe(201);
    expect(again.headers.get("X-Cache")).toBe("miss");
  });

  it("answers 404 for another owner's chart and an unknown id, erasing nothing", async () => {
    await env.DB.prepare(
      "INSERT INTO charts (id, owner, input, chart, engine_version, created_at) VALUES (?, ?, '{}', '{}', '1', 0)",
    )
      .bind("chr_01JXYZ5V7Q9N8M2K3H4G5F6D73", "someone-else")
      .run();
    for (const id of ["chr_01JXYZ5V7Q9N8M2K3H4G5F6D73", "chr_01JXYZ5V7Q9N8M2K3H4G5F6D74", "x"]) {
      const problem = await expectProblem(
        await authed(`/v1/charts/${id}`, { method: "DELETE" }),
        404,
      );
      expect(problem.code).toBe("not_found");
    }
    expect(await countRows("id = ?", "chr_01JXYZ5V7Q9N8M2K3H4G5F6D73")).toBe(1);
  });
});

describe("when KV fails", () => {
  afterEach(() => {
    clearFaults();
  });

  it("computes when reads fail, and stores the chart when writes fail", async () => {
    const input = uniqueInput();
    injectFault("CACHE", "get");
    const read = await postJson("/v1/charts", { ...input, store: false });
    expect(read.status, await read.clone().text()).toBe(200);
    expect(read.headers.get("X-Cache")).toBe("miss");

    clearFaults();
    injectFault("CACHE", "put");
    const keysBefore = await chartKeys();
    const stored = await json<ChartJson>(await postJson("/v1/charts", input), 201);
    expect(await countRows("id = ?", stored.id)).toBe(1);
    expect(await chartKeys()).toEqual(keysBefore);
    expect(stored.bodies).toEqual(((await read.json()) as ChartJson).bodies);
  });

  it("refuses an erasure whose KV delete fails with 503, keeping the row so a retry completes it", async () => {
    const created = await json<ChartJson>(await postJson("/v1/charts", uniqueInput()), 201);
    const path = `/v1/charts/${created.id}`;
    injectFault("CACHE", "put", 1); // deletes count as writes
    const refused = await authed(path, { method: "DELETE" });
    expect(refused.headers.get("Retry-After")).toBe("5");
    expect((await expectProblem(refused, 503)).code).toBe("cache_unavailable");
    expect(await countRows("id = ?", created.id)).toBe(1);
    expect((await authed(path, { method: "DELETE" })).status).toBe(204);
    expect(await countRows("id = ?", created.id)).toBe(0);
  });
});
