import { beforeAll, describe, expect, it } from "vitest";
import { isKnownZone } from "../../src/astro/time/zones.ts";
import { authed, expectProblem, LONDON_1990, postJson, send } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

interface PlaceJson {
  id: string;
  geonames_id: number;
  name: string;
  ascii_name: string;
  country_code: string;
  admin1_code: string | null;
  latitude: number;
  longitude: number;
  population: number;
  timezone: string;
}

async function json<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function search(query: string): Promise<PlaceJson[]> {
  return (await json<{ data: PlaceJson[] }>(await authed(`/v1/places?${query}`))).data;
}

async function zoneAt(latitude: number, longitude: number): Promise<string> {
  const res = await authed(`/v1/places/timezone?latitude=${latitude}&longitude=${longitude}`);
  return (await json<{ timezone: string }>(res)).timezone;
}

const LONDON_ID = "plc_2643743";

describe("GET /v1/places", () => {
  it("ranks London, GB first for 'london', with its zone, coordinates and a public ETag", async () => {
    const res = await authed("/v1/places?q=london");
    const body = await json<{ data: PlaceJson[]; source: string }>(res);
    expect(body.data[0]).toEqual({
      id: LONDON_ID,
      geonames_id: 2643743,
      name: "London",
      ascii_name: "London",
      country_code: "GB",
      admin1_code: "ENG",
      latitude: 51.50853,
      longitude: -0.12574,
      population: 7556900,
      timezone: "Europe/London",
    });
    expect(body.data[1]).toMatchObject({ name: "London", country_code: "CA" });
    expect(body.source).toContain("GeoNames");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=86400");
    const etag = res.headers.get("ETag") as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await authed("/v1/places?q=london", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
  });

  it("ignores case, accents and punctuation, and matches big places' alternate names", async () => {
    for (const q of ["sao%20paulo", "S%C3%83O%20PAULO", "sao-paulo"]) {
      expect((await search(`q=${q}`))[0]?.name, q).toBe("São Paulo");
    }
    expect((await search("q=m%C3%BCnchen"))[0]?.name).toBe("Munich");
    expect((await search("q=zurich"))[0]?.name).toBe("Zürich");
    expect((await search("q=cologne"))[0]?.name).toBe("Köln");
    // Own names rank before alternate names: 'São' is not the start of Luanda's own name.
    const sao = await search("q=s%C3%A3o&limit=5");
    expect(sao.every((p) => p.ascii_name.startsWith("Sao"))).toBe(true);
  });

  it("filters by country and honours limit", async () => {
    const canadian = await search("q=london&country=CA");
    expect(canadian[0]).toMatchObject({ name: "London", timezone: "America/Toronto" });
    expect(canadian.every((p) => p.country_code === "CA")).toBe(true);
    expect(await search("q=sa")).toHaveLength(10);
    expect(await search("q=sa&limit=50")).toHaveLength(50);
    expect(await search("q=sa&limit=1")).toHaveLength(1);
    expect(await search("q=xyzzyq")).toEqual([]);
  });

  it("answers 400 naming the field for a bad q, country or limit", async () => {
    const cases: [string, string][] = [
      ["", "q"],
      ["q=%21%21%21", "q"],
      [`q=${"a".repeat(101)}`, "q"],
      ["q=london&country=gb", "country"],
      ["q=london&limit=0", "limit"],
      ["q=london&limit=51", "limit"],
      ["q=london&limit=ten", "limit"],
      ["q=london&sort=name", "sort"],
    ];
    for (const [query, field] of cases) {
      const problem = await expectProblem(await authed(`/v1/places?${query}`), 400);
      expect(
        problem.errors.map((e) => e.path),
        query,
      ).toContain(field);
    }
  });
});

describe("GET /v1/places/timezone", () => {
  it("gives the zone on land and the nautical zone at sea, always one charts accept", async () => {
    const points: [number, number, string][] = [
      [51.5074, -0.1278, "Europe/London"],
      [40.7128, -74.006, "America/New_York"],
      [-33.8688, 151.2093, "Australia/Sydney"],
      [28.6139, 77.209, "Asia/Kolkata"],
      [-23.5505, -46.6333, "America/Sao_Paulo"],
      [30, -40, "Etc/GMT+3"],
      [-40, 100, "Etc/GMT-7"],
    ];
    for (const [latitude, longitude, zone] of points) {
      const found = await zoneAt(latitude, longitude);
      expect(found, `${latitude},${longitude}`).toBe(zone);
      expect(isKnownZone(found)).toBe(true);
    }
    const res = await authed("/v1/places/timezone?latitude=51.5&longitude=-0.12");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=86400");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it("takes an explicit sign (%2B) and more decimals than anyone measures", async () => {
    for (const query of [
      "latitude=%2B51.5&longitude=-0.1",
      "latitude=51.500000000000000000001&longitude=-0.000000000000000000000000001",
    ]) {
      const res = await authed(`/v1/places/timezone?${query}`);
      const text = await res.text();
      expect(res.status, `${query}: ${text}`).toBe(200);
      expect((JSON.parse(text) as { timezone: string }).timezone).toBe("Europe/London");
    }
  });

  it("answers 400 naming latitude or longitude", async () => {
    const cases: [string, string][] = [
      ["longitude=0", "latitude"],
      ["latitude=91&longitude=0", "latitude"],
      ["latitude=0&longitude=-180.5", "longitude"],
      ["latitude=0&longitude=abc", "longitude"],
      ["latitude=1e1&longitude=0", "latitude"],
      ["latitude=+51.5&longitude=0", "latitude"], // a bare + is a space
      [`latitude=51.${"5".repeat(40)}&longitude=0`, "latitude"],
    ];
    for (const [query, field] of cases) {
      const problem = await expectProblem(await authed(`/v1/places/timezone?${query}`), 400);
      expect(
        problem.errors.map((e) => e.path),
        query,
      ).toEqual([field]);
    }
  });
});

describe("places in the OpenAPI document", () => {
  it("describes both routes, the Place schema and place_id on chart requests", async () => {
    const doc = (await (await send("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.paths["/v1/places"]?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "304", "400", "401", "403", "429"]),
    );
    expect(Object.keys(doc.paths["/v1/places/timezone"]?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "304", "400", "401", "403", "429"]),
    );
    expect(Object.keys(doc.components.schemas.Place?.properties ?? {})).toContain("timezone");
    expect(Object.keys(doc.components.schemas.ChartRequest?.properties ?? {})).toContain(
      "place_id",
    );
  });
});

describe("places auth", () => {
  let readingsOnly: string;
  beforeAll(async () => {
    readingsOnly = (await createTestKey({ scopes: ["readings:read"] })).key;
  });

  it("needs a key with charts:read", async () => {
    for (const path of ["/v1/places?q=london", "/v1/places/timezone?latitude=0&longitude=0"]) {
      await expectProblem(await send(path), 401);
      const problem = await expectProblem(await withKey(readingsOnly, path), 403);
      expect(problem.code).toBe("forbidden");
    }
  });
});

describe("charts by place_id", () => {
  const DATETIME = "1990-06-15T14:30:00";

  it("computes the same chart as the place's coordinates and zone, and records the place", async () => {
    const key = (await createTestKey()).key;
    const byPlace = await json<
      Record<string, unknown> & { id: string; input: Record<string, unknown> }
    >(await postJsonWithKey(key, "/v1/charts", { datetime: DATETIME, place_id: LONDON_ID }), 201);
    expect(byPlace.input).toMatchObject({
      latitude: 51.50853,
      longitude: -0.12574,
      timezone: "Europe/London",
      place: { id: LONDON_ID, name: "London", country_code: "GB" },
    });
    expect(byPlace.input).not.toHaveProperty("place_id");

    const byCoordinates = await json<Record<string, unknown> & { input: Record<string, unknown> }>(
      await postJsonWithKey(key, "/v1/charts", {
        datetime: DATETIME,
        latitude: 51.50853,
        longitude: -0.12574,
        timezone: "Europe/London",
        store: false,
      }),
    );
    const { id: _a, created_at: _b, input: _c, ...placeChart } = byPlace;
    const { id: _d, created_at: _e, input: coordinateInput, ...coordinateChart } = byCoordinates;
    expect(placeChart).toEqual(coordinateChart);
    expect(coordinateInput).not.toHaveProperty("place");

    // The same place again is the same stored chart.
    const again = await postJsonWithKey(key, "/v1/charts", {
      place_id: LONDON_ID,
      datetime: DATETIME,
    });
    expect((await json<{ id: string }>(again)).id).toBe(byPlace.id);
  });

  it("refuses both forms, and neither, naming the fields", async () => {
    const both = await expectProblem(
      await postJson("/v1/charts", { ...LONDON_1990, place_id: LONDON_ID }),
      400,
    );
    expect(both.errors.map((e) => e.path).sort()).toEqual(["latitude", "longitude", "timezone"]);
    const partly = await expectProblem(
      await postJson("/v1/charts", { datetime: DATETIME, place_id: LONDON_ID, latitude: 51.5 }),
      400,
    );
    expect(partly.errors.map((e) => e.path)).toEqual(["latitude"]);
    const neither = await expectProblem(
      await postJson("/v1/charts", { datetime: DATETIME, latitude: 51.5 }),
      400,
    );
    expect(neither.errors.map((e) => e.path).sort()).toEqual(["longitude", "timezone"]);
    // Also when another field fails: an empty body names the birthplace fields beside datetime,
    // and a birthplace field of the wrong type still lets the missing ones be named.
    const empty = await expectProblem(await postJson("/v1/charts", {}), 400);
    expect(empty.errors.map((e) => e.path).sort()).toEqual([
      "datetime",
      "latitude",
      "longitude",
      "timezone",
    ]);
    // An empty place_id is not an id: 400 naming it, not a 422 for "No place  in the gazetteer".
    const emptyId = await expectProblem(
      await postJson("/v1/charts", { datetime: DATETIME, place_id: "" }),
      400,
    );
    expect(emptyId.errors.map((e) => e.path)).toEqual(["place_id"]);
    const wrongType = await expectProblem(
      await postJson("/v1/charts", { datetime: DATETIME, latitude: "51.5", longitude: 0 }),
      400,
    );
    expect(wrongType.errors.map((e) => e.path).sort()).toEqual(["latitude", "timezone"]);
    const inReading = await expectProblem(
      await postJson("/v1/readings", { chart: { datetime: 1 } }),
      400,
    );
    expect(inReading.errors.map((e) => e.path).sort()).toEqual([
      "chart.datetime",
      "chart.latitude",
      "chart.longitude",
      "chart.timezone",
    ]);
  });

  it("answers 422 unknown_place naming place_id, also inside a reading's chart", async () => {
    for (const placeId of ["plc_1", "plc_abc", "2643743"]) {
      const problem = await expectProblem(
        await postJson("/v1/charts", { datetime: DATETIME, place_id: placeId }),
        422,
      );
      expect(problem.code).toBe("unknown_place");
      expect(problem.errors).toEqual([{ path: "place_id", message: expect.any(String) }]);
    }
    const reading = await expectProblem(
      await postJson("/v1/readings", { chart: { datetime: DATETIME, place_id: "plc_1" } }),
      422,
    );
    expect(reading.code).toBe("unknown_place");
    expect(reading.errors.map((e) => e.path)).toEqual(["chart.place_id"]);
  });
});
