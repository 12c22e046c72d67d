import { describe, expect, it } from "vitest";
import { LONDON_1990, type ProblemBody, postJson } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey } from "../helpers/keys.ts";

// POST /v1/charts/transits and /v1/charts/synastry through the Worker: answers, 400s naming each
// field, another owner's chart looking missing, and the routes not taken for chart ids.

const NEW_YORK_1987 = {
  datetime: "1987-11-03T06:05:00",
  timezone: "America/New_York",
  latitude: 40.7128,
  longitude: -74.006,
};

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function problemPaths(res: Response): Promise<string[]> {
  const body = await json<ProblemBody>(res, 400);
  expect(body.code).toBe("validation_error");
  return body.errors.map((e) => e.path);
}

interface Transits {
  chart_id: string | null;
  bodies: string[];
  at?: string;
  positions?: { id: string; natal_house: number | null }[];
  aspects?: { a: string; b: string; orb: number }[];
  events?: { transiting: string; exact_at: string[]; enters_orb_at: string | null }[];
}

describe("POST /v1/charts/transits", () => {
  it("answers the sky at an instant against a stored chart", async () => {
    const key = await createTestKey();
    const chart = await json<{ id: string }>(
      await postJsonWithKey(key.key, "/v1/charts", LONDON_1990),
      201,
    );
    const body = await json<Transits>(
      await postJsonWithKey(key.key, "/v1/charts/transits", {
        chart_id: chart.id,
        at: "2026-03-20T13:00:00+01:00",
      }),
      200,
    );
    expect(body.chart_id).toBe(chart.id);
    expect(body.at).toBe("2026-03-20T12:00:00Z");
    expect(body.positions?.map((p) => p.id)).toEqual(body.bodies);
    expect(body.bodies).toContain("moon");
    expect(body.positions?.every((p) => p.natal_house !== null)).toBe(true);
    expect(body.aspects?.every((a) => a.orb <= 2)).toBe(true);
  });

  it("answers the events of a range for an inline chart, without the Moon past 31 days", async () => {
    const body = await json<Transits>(
      await postJson("/v1/charts/transits", {
        chart: LONDON_1990,
        from: "2026-01-01T00:00:00Z",
        to: "2026-04-01T00:00:00Z",
        bodies: ["sun", "mars", "saturn"],
      }),
      200,
    );
    expect(body.chart_id).toBeNull();
    expect(body.events?.length).toBeGreaterThan(3);
    expect(body.events?.some((e) => e.exact_at.length > 0)).toBe(true);
    const defaults = await json<Transits>(
      await postJson("/v1/charts/transits", {
        chart: LONDON_1990,
        from: "2026-01-01T00:00:00Z",
        to: "2026-03-01T00:00:00Z",
        orbs: { sextile: 0, trine: 0, square: 0.5, conjunction: 0.5, opposition: 0.5 },
      }),
      200,
    );
    expect(defaults.bodies).not.toContain("moon");
  });

  it("names the field at fault in every 400", async () => {
    const base = { chart: LONDON_1990 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base }, "at"],
      [{ ...base, at: "2026-01-01T00:00:00Z", from: "2026-01-01T00:00:00Z" }, "from"],
      [{ ...base, from: "2026-01-01T00:00:00Z" }, "to"],
      [{ ...base, from: "2026-01-02T00:00:00Z", to: "2026-01-01T00:00:00Z" }, "to"],
      [{ ...base, from: "2026-01-01T00:00:00Z", to: "2027-01-03T00:00:00Z" }, "to"],
      [
        { ...base, from: "2026-01-01T00:00:00Z", to: "2026-03-01T00:00:00Z", bodies: ["moon"] },
        "bodies",
      ],
      [{ ...base, at: "2026-01-01T00:00:00" }, "at"],
      [{ ...base, at: "2200-01-01T00:00:00Z" }, "at"],
      [{ ...base, at: "1799-12-30T23:59:59Z" }, "at"],
      [{ ...base, at: "2101-01-02T00:00:00Z" }, "at"],
      [{ ...base, at: "2026-01-01T00:00:00Z", bodies: ["sun", "sun"] }, "bodies"],
      [{ ...base, at: "2026-01-01T00:00:00Z", bodies: ["mean_node"] }, "bodies[0]"],
      [{ ...base, at: "2026-01-01T00:00:00Z", orbs: { trine: 6 } }, "orbs.trine"],
      [{ at: "2026-01-01T00:00:00Z" }, "chart_id"],
      [{ ...base, chart_id: "chr_x", at: "2026-01-01T00:00:00Z" }, "chart_id"],
      [{ ...base, at: "2026-01-01T00:00:00Z", extra: 1 }, "extra"],
    ];
    for (const [request, path] of cases) {
      const paths = await problemPaths(await postJson("/v1/charts/transits", request));
      expect(paths, JSON.stringify(request)).toContain(path);
    }
  });

  it("names a malformed instant once, not also as out of range (found by the fresh-user trial)", async () => {
    for (const at of ["2026-03-20T12:00:60Z", "2026-03-20T12:00:00+24:00", "soon"]) {
      const paths = await problemPaths(
        await postJson("/v1/charts/transits", { chart: LONDON_1990, at }),
      );
      expect(paths, at).toEqual(["at"]);
    }
    // Out of range is not also "before from": the order of from and to is judged in range only.
    for (const [range, fields] of [
      [{ from: "2026-01-01T00:00:00Z", to: "1700-01-01T00:00:00Z" }, ["to"]],
      [{ from: "1700-01-01T00:00:00Z", to: "1700-01-01T00:00:00Z" }, ["from", "to"]],
      [{ from: "2150-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, ["from"]],
    ] as const) {
      const paths = await problemPaths(
        await postJson("/v1/charts/transits", { chart: LONDON_1990, ...range }),
      );
      expect(paths, JSON.stringify(range)).toEqual(fields);
    }
  });

  it("takes a chart's own instant at the edges of 1800–2100 (found by the fresh-user trial)", async () => {
    // Local 1800-01-01 00:00 in Pago Pago (UTC+12:37:12 then) is 1799-12-31 UTC; local 2100-12-31
    // 23:59:59 at LMT −180° is 2101-01-01 UTC. Both are valid charts, so both are valid `at`s.
    const edges = [
      {
        datetime: "1800-01-01T00:00",
        timezone: "Pacific/Pago_Pago",
        latitude: -14.28,
        longitude: -170.7,
      },
      { datetime: "2100-12-31T23:59:59", timezone: "LMT", latitude: 0, longitude: -180 },
    ];
    for (const chart of edges) {
      const natal = await json<{ utc: string }>(
        await postJson("/v1/charts", { ...chart, store: false }),
        200,
      );
      const transits = await json<Transits>(
        await postJson("/v1/charts/transits", { chart, at: natal.utc }),
        200,
      );
      expect(transits.at).toBe(natal.utc);
      expect(transits.aspects?.some((a) => a.a === "sun" && a.b === "sun" && a.orb < 1e-6)).toBe(
        true,
      );
    }
  });

  it("answers 404 for another owner's chart, and is not taken for a chart id", async () => {
    const owner = await createTestKey();
    const other = await createTestKey();
    const chart = await json<{ id: string }>(
      await postJsonWithKey(owner.key, "/v1/charts", LONDON_1990),
      201,
    );
    const res = await postJsonWithKey(other.key, "/v1/charts/transits", {
      chart_id: chart.id,
      at: "2026-01-01T00:00:00Z",
    });
    const problem = await json<ProblemBody>(res, 404);
    expect(problem.errors[0]?.path).toBe("chart_id");
    const synastry = await postJsonWithKey(other.key, "/v1/charts/synastry", {
      chart: NEW_YORK_1987,
      partner_chart_id: chart.id,
    });
    expect((await json<ProblemBody>(synastry, 404)).errors[0]?.path).toBe("partner_chart_id");
  });
});

describe("POST /v1/charts/synastry", () => {
  it("answers aspects and overlays of two charts", async () => {
    const body = await json<{
      aspects: { a: string; b: string; orb: number }[];
      first_in_second_houses: { body: string; house: number }[] | null;
      second_in_first_houses: { body: string; house: number }[] | null;
      orbs: Record<string, number>;
    }>(
      await postJson("/v1/charts/synastry", {
        chart: LONDON_1990,
        partner_chart: { ...NEW_YORK_1987, datetime: "1987-11-03", time_known: false },
        orbs: { trine: 6 },
      }),
      200,
    );
    expect(body.orbs).toMatchObject({ trine: 6, conjunction: 8 });
    expect(body.aspects.length).toBeGreaterThan(5);
    expect(body.aspects.some((a) => a.b === "ascendant")).toBe(false);
    expect(body.first_in_second_houses).toBeNull();
    expect(body.second_in_first_houses?.length).toBe(12);
  });

  it("refuses charts in different zodiacs (422) and names missing fields (400)", async () => {
    const mismatch = await postJson("/v1/charts/synastry", {
      chart: LONDON_1990,
      partner_chart: { ...NEW_YORK_1987, zodiac: "sidereal" },
    });
    const problem = await json<ProblemBody>(mismatch, 422);
    expect(problem.code).toBe("zodiac_mismatch");
    expect(problem.errors.map((e) => e.path)).toEqual(["partner_chart.zodiac"]);
    const paths = await problemPaths(await postJson("/v1/charts/synastry", { chart: LONDON_1990 }));
    expect(paths).toEqual(["partner_chart_id"]);
  });
});

describe("inline charts naming an unknown place", () => {
  // Regression (fresh-user review): these answered 500, the UnknownPlaceError escaping.
  const UNKNOWN_PLACE = { datetime: "1990-06-15T14:30:00", place_id: "plc_1" };
  it.each([
    ["/v1/charts/transits", { chart: UNKNOWN_PLACE, at: "2026-01-01T00:00:00Z" }, "chart.place_id"],
    [
      "/v1/charts/synastry",
      { chart: UNKNOWN_PLACE, partner_chart: NEW_YORK_1987 },
      "chart.place_id",
    ],
    [
      "/v1/charts/synastry",
      { chart: LONDON_1990, partner_chart: UNKNOWN_PLACE },
      "partner_chart.place_id",
    ],
  ])("%s answers 422 unknown_place naming the field", async (path, body, field) => {
    const problem = await json<ProblemBody>(await postJson(path, body), 422);
    expect(problem.code).toBe("unknown_place");
    expect(problem.errors.map((e) => e.path)).toEqual([field]);
  });
});
