import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { authed, expectProblem, LONDON_1990, postJson, send } from "../helpers/http.ts";

async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

interface ChartJson {
  id: string | null;
  utc: string;
  utc_offset_seconds: number;
  bodies: { id: string; sign: string; house: number | null; longitude: number }[];
  angles: Record<string, number> | null;
  houses: { system: string; requested_system: string; cusps: number[] } | null;
  aspects: { a: string; b: string; type: string; orb: number; applying: boolean }[];
  warnings: { code: string; message: string }[];
  ayanamsa: string | null;
  ayanamsa_value: number | null;
  moon_range: { start_longitude: number; end_longitude: number; span_degrees: number } | null;
  provenance: Record<string, unknown>;
  input: Record<string, unknown>;
}

describe("POST /v1/charts", () => {
  it("computes, stores and returns a chart with Location, and GET reads the same chart", async () => {
    const res = await postJson("/v1/charts", LONDON_1990);
    const chart = await json<ChartJson>(res, 201);
    expect(chart.id).toMatch(/^chr_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(res.headers.get("Location")).toBe(`/v1/charts/${chart.id}`);
    expect(chart.utc).toBe("1990-06-15T13:30:00Z");
    expect(chart.utc_offset_seconds).toBe(3600);
    expect(chart.bodies.map((b) => b.id)).toEqual([
      "sun",
      "moon",
      "mercury",
      "venus",
      "mars",
      "jupiter",
      "saturn",
      "uranus",
      "neptune",
      "pluto",
      "mean_node",
      "true_node",
      "mean_lilith",
    ]);
    expect(chart.bodies[0]).toMatchObject({ id: "sun", sign: "gemini" });
    expect(chart.houses?.system).toBe("placidus");
    expect(chart.houses?.cusps).toHaveLength(12);
    for (const b of chart.bodies) expect(b.house).toBeGreaterThanOrEqual(1);
    expect(chart.provenance).toMatchObject({
      utc_offset_source: "tzdb",
      timezone: "Europe/London",
      tz_database: "IANA tz 2025b (with backzone)",
    });
    expect(chart.input).toMatchObject({
      house_system: "placidus",
      zodiac: "tropical",
      store: true,
    });

    const row = await env.DB.prepare("SELECT owner FROM charts WHERE id = ?")
      .bind(chart.id)
      .first();
    expect(row).toEqual({ owner: "admin" });

    const read = await json<ChartJson>(await authed(`/v1/charts/${chart.id}`), 200);
    expect(read).toEqual(chart);
  });

  it("computes without storing when store is false", async () => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM charts").first<{ n: number }>();
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, store: false }),
      200,
    );
    expect(chart.id).toBeNull();
    const after = await env.DB.prepare("SELECT count(*) AS n FROM charts").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it("casts an unknown birth time for local noon without angles or houses", async () => {
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, datetime: "1990-06-15", time_known: false }),
      201,
    );
    expect(chart.utc).toBe("1990-06-15T11:00:00Z");
    expect(chart.angles).toBeNull();
    expect(chart.houses).toBeNull();
    expect(chart.bodies.every((b) => b.house === null)).toBe(true);
    expect(chart.aspects.some((a) => a.a === "ascendant" || a.b === "ascendant")).toBe(false);
    expect(chart.warnings.map((w) => w.code)).toContain("time_unknown");
    // The Moon moves 11.8°–15.4° a day.
    expect(chart.moon_range?.span_degrees).toBeGreaterThan(11);
    expect(chart.moon_range?.span_degrees).toBeLessThan(16);
  });

  it("falls back to Porphyry inside the polar circle and says so", async () => {
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", {
        datetime: "1985-12-19T12:00:00",
        timezone: "Europe/Helsinki",
        latitude: 78.22,
        longitude: 15.65,
        house_system: "koch",
      }),
      201,
    );
    expect(chart.houses).toMatchObject({ system: "porphyry", requested_system: "koch" });
    expect(chart.warnings.map((w) => w.code)).toContain("house_system_fallback");
    expect(chart.provenance.house_system_fallback).toBe(true);
    for (const c of chart.houses?.cusps ?? []) expect(Number.isFinite(c)).toBe(true);
  });

  it("computes a sidereal chart with the Lahiri ayanamsa by default", async () => {
    // Not stored: an equal stored input would come back as the first test's chart (200).
    const tropical = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, store: false }),
      200,
    );
    const sidereal = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, zodiac: "sidereal" }),
      201,
    );
    expect(sidereal.ayanamsa).toBe("lahiri");
    // Lahiri in 1990 is about 23.7°.
    expect(sidereal.ayanamsa_value).toBeGreaterThan(23.6);
    expect(sidereal.ayanamsa_value).toBeLessThan(23.8);
    const diff =
      ((tropical.bodies[0]?.longitude ?? 0) - (sidereal.bodies[0]?.longitude ?? 0) + 360) % 360;
    expect(diff).toBeCloseTo(sidereal.ayanamsa_value ?? 0, 5);
    expect(sidereal.houses?.cusps[0]).toBeCloseTo(
      ((tropical.houses?.cusps[0] ?? 0) - (sidereal.ayanamsa_value ?? 0) + 360) % 360,
      5,
    );
  });

  it("starts whole-sign houses at the sign of the ascendant in the zodiac used", async () => {
    for (const zodiac of ["tropical", "sidereal"]) {
      const chart = await json<ChartJson>(
        await postJson("/v1/charts", { ...LONDON_1990, zodiac, house_system: "whole_sign" }),
        201,
      );
      const asc = chart.angles?.ascendant ?? Number.NaN;
      expect(chart.houses?.cusps[0]).toBe(Math.floor(asc / 30) * 30);
    }
  });

  it("reads LMT as local mean time at the longitude", async () => {
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", {
        ...LONDON_1990,
        datetime: "1850-03-01T12:00",
        timezone: "LMT",
        longitude: 13.4,
      }),
      201,
    );
    expect(chart.utc_offset_seconds).toBe(3216);
    expect(chart.utc).toBe("1850-03-01T11:06:24Z");
    expect(chart.provenance.utc_offset_source).toBe("lmt");
  });

  it("applies orb overrides", async () => {
    const tight = await json<ChartJson>(
      await postJson("/v1/charts", {
        ...LONDON_1990,
        orbs: { conjunction: 0, sextile: 0, square: 0, trine: 0, opposition: 0 },
      }),
      201,
    );
    expect(tight.aspects).toEqual([]);
    const wide = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, orbs: { trine: 10 } }),
      201,
    );
    expect(wide.aspects.filter((a) => a.type === "trine").every((a) => a.orb <= 10)).toBe(true);
  });

  it("warns when a nonexistent local time was moved, and rejects it on request with candidates", async () => {
    const gap = { ...LONDON_1990, datetime: "2021-03-28T01:30:00" };
    const moved = await json<ChartJson>(await postJson("/v1/charts", gap), 201);
    expect(moved.utc).toBe("2021-03-28T01:30:00Z");
    expect(moved.warnings.map((w) => w.code)).toContain("local_time_adjusted");

    const problem = await expectProblem(
      await postJson("/v1/charts", { ...gap, disambiguation: "reject" }),
      422,
    );
    expect(problem.code).toBe("nonexistent_local_time");
    expect(problem.errors[0]?.path).toBe("datetime");
    expect(problem.candidates).toEqual(["2021-03-28T00:30:00Z", "2021-03-28T01:30:00Z"]);
  });

  it("rejects an ambiguous local time on request with both instants", async () => {
    const problem = await expectProblem(
      await postJson("/v1/charts", {
        ...LONDON_1990,
        datetime: "2021-10-31T01:30:00",
        disambiguation: "reject",
      }),
      422,
    );
    expect(problem.code).toBe("ambiguous_local_time");
    expect(problem.candidates).toEqual(["2021-10-31T00:30:00Z", "2021-10-31T01:30:00Z"]);
  });
});

describe("POST /v1/charts rejects bad input with problem+json naming the field", () => {
  const cases: [string, unknown, number, string, string][] = [
    ["an unknown field", { ...LONDON_1990, planet: "x" }, 400, "validation_error", "planet"],
    [
      "a missing field",
      { ...LONDON_1990, latitude: undefined },
      400,
      "validation_error",
      "latitude",
    ],
    ["a wrong type", { ...LONDON_1990, latitude: "51.5" }, 400, "validation_error", "latitude"],
    [
      "a latitude over 90",
      { ...LONDON_1990, latitude: 90.0001 },
      400,
      "validation_error",
      "latitude",
    ],
    [
      "a longitude under -180",
      { ...LONDON_1990, longitude: -181 },
      400,
      "validation_error",
      "longitude",
    ],
    [
      "an unknown zone",
      { ...LONDON_1990, timezone: "Mars/Olympus" },
      400,
      "validation_error",
      "timezone",
    ],
    [
      "a zone that is a path",
      { ...LONDON_1990, timezone: "../../etc/passwd" },
      400,
      "validation_error",
      "timezone",
    ],
    [
      "a datetime with an offset",
      { ...LONDON_1990, datetime: "1990-06-15T14:30:00Z" },
      400,
      "validation_error",
      "datetime",
    ],
    [
      "fractional seconds",
      { ...LONDON_1990, datetime: "1990-06-15T14:30:00.5" },
      400,
      "validation_error",
      "datetime",
    ],
    [
      "a date alone with a known time",
      { ...LONDON_1990, datetime: "1990-06-15" },
      400,
      "validation_error",
      "datetime",
    ],
    [
      "a time with time_known false",
      { ...LONDON_1990, time_known: false },
      400,
      "validation_error",
      "datetime",
    ],
    [
      "an ayanamsa with the tropical zodiac",
      { ...LONDON_1990, ayanamsa: "lahiri" },
      400,
      "validation_error",
      "ayanamsa",
    ],
    [
      "an unknown house system",
      { ...LONDON_1990, house_system: "topocentric" },
      400,
      "validation_error",
      "house_system",
    ],
    [
      "an unknown orb",
      { ...LONDON_1990, orbs: { quincunx: 2 } },
      400,
      "validation_error",
      "orbs.quincunx",
    ],
    [
      "a negative orb",
      { ...LONDON_1990, orbs: { trine: -1 } },
      400,
      "validation_error",
      "orbs.trine",
    ],
    ["an array body", [LONDON_1990], 400, "validation_error", "(body)"],
    [
      "29 February of a common year",
      { ...LONDON_1990, datetime: "2025-02-29T12:00" },
      422,
      "invalid_date",
      "datetime",
    ],
    ["hour 24", { ...LONDON_1990, datetime: "2000-01-01T24:00" }, 422, "invalid_date", "datetime"],
    [
      "minute 60",
      { ...LONDON_1990, datetime: "2000-01-01T12:60" },
      422,
      "invalid_date",
      "datetime",
    ],
    ["month 13", { ...LONDON_1990, datetime: "2000-13-01T12:00" }, 422, "invalid_date", "datetime"],
    [
      "a year before 1800",
      { ...LONDON_1990, datetime: "1799-12-31T23:59" },
      422,
      "year_out_of_range",
      "datetime",
    ],
    [
      "a year after 2100",
      { ...LONDON_1990, datetime: "2101-01-01T00:00" },
      422,
      "year_out_of_range",
      "datetime",
    ],
  ];
  for (const [name, body, status, code, path] of cases) {
    it(`answers ${status} ${code} for ${name}`, async () => {
      const problem = await expectProblem(await postJson("/v1/charts", body), status);
      expect(problem.code).toBe(code);
      expect(problem.errors.map((e) => e.path)).toContain(path);
      expect(problem.type).toBe(`urn:orrery:problem:${code}`);
      expect(problem.instance).toBe("/v1/charts");
    });
  }

  it("names each bad field once, with the message that fits (a space for the T, an empty zone)", async () => {
    // Found by the fresh-user trial: a datetime with a space also got "needs a time … send
    // time_known: false", and an empty timezone also got "unknown time zone".
    const problem = await expectProblem(
      await postJson("/v1/charts", { ...LONDON_1990, datetime: "1990-06-15 14:30", timezone: "" }),
      400,
    );
    expect(problem.errors.map((e) => e.path).sort()).toEqual(["datetime", "timezone"]);
    expect(problem.errors.find((e) => e.path === "datetime")?.message).toMatch(
      /^must be a local date/,
    );
    const long = await expectProblem(
      await postJson("/v1/charts", { ...LONDON_1990, timezone: "X".repeat(65) }),
      400,
    );
    expect(long.errors.map((e) => e.path)).toEqual(["timezone"]);
  });

  it("answers 400 malformed_json for a body that is not JSON", async () => {
    const problem = await expectProblem(await postJson("/v1/charts", '{"datetime": '), 400);
    expect(problem.code).toBe("malformed_json");
  });

  it("answers 415 for a body that is not application/json", async () => {
    const res = await authed("/v1/charts", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(LONDON_1990),
    });
    expect((await expectProblem(res, 415)).code).toBe("unsupported_media_type");
  });

  it("answers 413 for an enormous body", async () => {
    const res = await postJson("/v1/charts", { ...LONDON_1990, padding: "x".repeat(100_000) });
    expect((await expectProblem(res, 413)).code).toBe("payload_too_large");
  });
});

describe("GET /v1/charts/{id}", () => {
  it("answers 404 for an unknown id and for a malformed one", async () => {
    for (const id of ["chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", "nope", "chr_' OR 1=1 --", "%2e%2e"]) {
      const problem = await expectProblem(await authed(`/v1/charts/${id}`), 404);
      expect(problem.code).toBe("not_found");
    }
  });

  it("does not show another owner's chart", async () => {
    await env.DB.prepare(
      "INSERT INTO charts (id, owner, input, chart, engine_version, created_at) VALUES (?, ?, '{}', '{}', '1', 0)",
    )
      .bind("chr_01JXYZ5V7Q9N8M2K3H4G5F6D7D", "someone-else")
      .run();
    const problem = await expectProblem(
      await authed("/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7D"),
      404,
    );
    expect(problem.code).toBe("not_found");
  });
});

describe("authentication", () => {
  it("answers 401 with WWW-Authenticate without a key", async () => {
    const res = await send("/v1/charts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(LONDON_1990),
    });
    const problem = await expectProblem(res, 401);
    expect(problem.code).toBe("unauthorized");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="orrery"/);
  });

  it("answers 401 for a wrong key, a key of another scheme and a key in the query", async () => {
    const attempts: [string, HeadersInit][] = [
      ["/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", { Authorization: "Bearer orr_test_wrong" }],
      [
        "/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
        { Authorization: `Basic ${env.ADMIN_API_KEY}` },
      ],
      [`/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C?api_key=${env.ADMIN_API_KEY}`, {}],
    ];
    for (const [path, headers] of attempts) {
      const res = await send(path, { headers });
      expect((await expectProblem(res, 401)).code).toBe("unauthorized");
      expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    }
  });
});

describe("conventions on every response", () => {
  it("echoes a valid X-Request-Id, makes one otherwise, and carries X-Orrery-Version", async () => {
    const echoed = await send("/health/live", { headers: { "X-Request-Id": "req-abc-123" } });
    expect(echoed.headers.get("X-Request-Id")).toBe("req-abc-123");
    const made = await send("/health/live");
    expect(made.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get("X-Orrery-Version")).toBe(env.CF_VERSION_METADATA.id);
    const error = await send("/v1/charts/x");
    expect(error.headers.get("X-Orrery-Version")).toBe(env.CF_VERSION_METADATA.id);
    expect(error.headers.get("X-Request-Id")).toBeTruthy();
  });

  it("answers unknown routes with a 404 problem", async () => {
    const problem = await expectProblem(await send("/nowhere"), 404);
    expect(problem.code).toBe("not_found");
  });
});

describe("chart edge cases", () => {
  it("keeps every longitude in [0, 360) at the poles, where angles round to 360", async () => {
    for (const latitude of [90, -90]) {
      for (const longitude of [180, 0]) {
        for (const house_system of ["placidus", "regiomontanus", "equal"]) {
          const chart = await json<ChartJson>(
            await postJson("/v1/charts", {
              ...LONDON_1990,
              latitude,
              longitude,
              house_system,
              store: false,
            }),
            200,
          );
          const values = [
            ...Object.values(chart.angles ?? {}),
            ...(chart.houses?.cusps ?? []),
            ...chart.bodies.map((b) => b.longitude),
          ];
          for (const v of values) {
            expect(v, JSON.stringify({ latitude, longitude, house_system })).toBeGreaterThanOrEqual(
              0,
            );
            expect(v).toBeLessThan(360);
          }
        }
      }
    }
  });

  it("says when polar Regiomontanus or Campanus cusps run clockwise", async () => {
    const chart = await json<ChartJson>(
      await postJson("/v1/charts", {
        datetime: "2010-03-20T06:00",
        timezone: "UTC",
        latitude: 66.6,
        longitude: 0,
        house_system: "regiomontanus",
        store: false,
      }),
      200,
    );
    expect(chart.warnings.map((w) => w.code)).toContain("houses_reversed");
    const ordinary = await json<ChartJson>(
      await postJson("/v1/charts", { ...LONDON_1990, house_system: "regiomontanus", store: false }),
      200,
    );
    expect(ordinary.warnings).toEqual([]);
  });

  it("marks sidereal retrograde motion by the sidereal speed", async () => {
    const chart = await json<ChartJson & { bodies: { speed: number; retrograde: boolean }[] }>(
      await postJson("/v1/charts", {
        datetime: "1872-12-17",
        time_known: false,
        timezone: "Australia/Sydney",
        latitude: 42.2686,
        longitude: 3.148,
        zodiac: "sidereal",
        ayanamsa: "fagan_bradley",
        store: false,
      }),
      200,
    );
    for (const b of chart.bodies) expect(b.retrograde, b.id).toBe(b.speed < 0);
  });
});
