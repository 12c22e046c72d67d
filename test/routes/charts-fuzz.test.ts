import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authed, LONDON_1990, postJson } from "../helpers/http.ts";

// No input, however wrong, makes the API answer 500: every answer to a random or mutated body is
// a success or a 4xx problem+json.

async function expectNoServerError(res: Response, what: unknown): Promise<void> {
  const text = await res.text();
  expect(res.status, `${JSON.stringify(what)} → ${text}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type"), text).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(text) as { code: string; status: number };
    expect(problem.status).toBe(res.status);
  }
}

const field = fc.constantFrom(
  "datetime",
  "timezone",
  "latitude",
  "longitude",
  "house_system",
  "zodiac",
  "ayanamsa",
  "disambiguation",
  "time_known",
  "orbs",
  "store",
);

const hostile = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    1e308,
    -1e308,
    "1990-02-30T10:00",
    "0000-01-01T00:00",
    "9999-12-31T23:59:59",
    "1990-06-15T25:61:61",
    "../../etc/passwd",
    "Europe/../etc",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\u0000",
    "\ud800",
    "LMT",
    "lmt",
    "UTC",
    "Etc/GMT+14",
    { trine: 1e9 },
    { __proto__: { polluted: true } },
  ),
);

describe("POST /v1/charts under hostile input", () => {
  it("never answers 5xx to arbitrary JSON bodies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        await expectNoServerError(await postJson("/v1/charts", JSON.stringify(body)), body);
      }),
      { numRuns: 150 },
    );
  });

  it("never answers 5xx when fields of a valid body are replaced by hostile values", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(field, hostile, { minKeys: 1, maxKeys: 4 }),
        fc.boolean(),
        async (changes, storeless) => {
          const body = { ...LONDON_1990, ...changes, ...(storeless ? { store: false } : {}) };
          await expectNoServerError(await postJson("/v1/charts", body), body);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never answers 5xx to valid-looking charts anywhere on Earth, any zone, any time", async () => {
    const zones = [
      "UTC",
      "LMT",
      "Europe/London",
      "Asia/Kolkata",
      "America/St_Johns",
      "Pacific/Kiritimati",
      "Antarctica/Troll",
      "Asia/Kathmandu",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          year: fc.integer({ min: 1790, max: 2110 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 31 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          latitude: fc.double({ min: -90, max: 90, noNaN: true }),
          longitude: fc.double({ min: -180, max: 180, noNaN: true }),
          timezone: fc.constantFrom(...zones),
          house_system: fc.constantFrom(
            "placidus",
            "koch",
            "regiomontanus",
            "campanus",
            "whole_sign",
          ),
          disambiguation: fc.constantFrom("compatible", "earlier", "later", "reject"),
        }),
        async (r) => {
          const pad = (n: number, w = 2) => String(n).padStart(w, "0");
          const body = {
            datetime: `${pad(r.year, 4)}-${pad(r.month)}-${pad(r.day)}T${pad(r.hour)}:${pad(r.minute)}`,
            timezone: r.timezone,
            latitude: r.latitude,
            longitude: r.longitude,
            house_system: r.house_system,
            disambiguation: r.disambiguation,
            store: false,
          };
          await expectNoServerError(await postJson("/v1/charts", body), body);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never answers 5xx to hostile chart ids", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (id) => {
        const res = await authed(`/v1/charts/${encodeURIComponent(id)}`);
        await expectNoServerError(res, id);
      }),
      { numRuns: 150 },
    );
  });
});
