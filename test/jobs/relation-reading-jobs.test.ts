import { describe, expect, it } from "vitest";
import { authed, LONDON_1990, type ProblemBody, postJson } from "../helpers/http.ts";
import { eventually, jobRow, readingRow } from "../helpers/jobs.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

// Transit and synastry readings end to end: POST /v1/readings, the real local queue delivers the
// job to the Worker's consumer, and the reading reads back ready with its kind's parameters.

interface ReadingJson {
  status: string;
  kind: string;
  partner_chart_id: string | null;
  parameters: Record<string, string> | null;
  placements: { body: string; sign: string; house: number | null }[] | null;
  sections: { key: string; text: string }[] | null;
  text: string | null;
}

const NEW_YORK_1987 = {
  datetime: "1987-11-03T06:05:00",
  timezone: "America/New_York",
  latitude: 40.7128,
  longitude: -74.006,
};

async function accepted(body: Record<string, unknown>) {
  const res = await postJson("/v1/readings", body);
  const text = await res.text();
  expect(res.status, text).toBe(202);
  return JSON.parse(text) as { job: { id: string; type: string }; reading_id: string };
}

function ready(id: string): Promise<ReadingJson> {
  return eventually(async () => {
    const r = (await (await authed(`/v1/readings/${id}`)).json()) as ReadingJson;
    return r.status === "ready" ? r : undefined;
  });
}

describe("transit and synastry readings as jobs", () => {
  it("writes a transit reading over a range", async () => {
    const { job, reading_id } = await accepted({
      kind: "transit",
      chart: LONDON_1990,
      from: "2026-01-01T00:00:00Z",
      to: "2026-12-31T00:00:00Z",
      detail: "standard",
    });
    expect(job.type).toBe("reading.transit");
    const reading = await ready(reading_id);
    expect(await jobRow(job.id)).toMatchObject({ status: "succeeded", type: "reading.transit" });
    expect(reading.kind).toBe("transit");
    expect(reading.parameters).toEqual({
      from: "2026-01-01T00:00:00Z",
      to: "2026-12-31T00:00:00Z",
    });
    expect(reading.sections?.[0]?.text).toContain("From 2026-01-01 to 2026-12-31");
    expect(reading.sections?.length).toBe(9);
    expect(reading.text?.startsWith("# Your transits")).toBe(true);
  });

  it("writes a transit reading at an instant", async () => {
    const { reading_id } = await accepted({
      kind: "transit",
      chart: LONDON_1990,
      at: "2026-03-20T12:00:00Z",
      detail: "brief",
    });
    const reading = await ready(reading_id);
    expect(reading.parameters).toEqual({ at: "2026-03-20T12:00:00Z" });
    expect(reading.placements).toHaveLength(10);
  });

  it("writes a synastry reading with a stored second chart, and erasing that chart erases it", async () => {
    const partner = (await (await postJson("/v1/charts", NEW_YORK_1987)).json()) as { id: string };
    const { job, reading_id } = await accepted({
      kind: "synastry",
      chart: LONDON_1990,
      partner_chart_id: partner.id,
      detail: "full",
    });
    expect(job.type).toBe("reading.synastry");
    const reading = await ready(reading_id);
    expect(reading.partner_chart_id).toBe(partner.id);
    expect(reading.sections?.[0]?.text).toMatch(
      /^Your Sun is in Gemini and your Moon in \w+; their Sun is in Scorpio/,
    );
    expect(reading.sections?.some((s) => s.key.startsWith("overlay."))).toBe(true);
    expect((await authed(`/v1/charts/${partner.id}`, { method: "DELETE" })).status).toBe(204);
    expect(await readingRow(reading_id)).toBeNull();
  });

  it("refuses what a kind cannot use or lacks, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "transit", chart: LONDON_1990 }, "at"],
      [{ kind: "synastry", chart: LONDON_1990 }, "partner_chart_id"],
      [{ chart: LONDON_1990, at: "2026-03-20T12:00:00Z" }, "at"],
      [
        {
          kind: "transit",
          chart: LONDON_1990,
          partner_chart: NEW_YORK_1987,
          at: "2026-03-20T12:00:00Z",
        },
        "partner_chart",
      ],
      [
        { kind: "synastry", chart: LONDON_1990, partner_chart: { ...NEW_YORK_1987, store: false } },
        "partner_chart.store",
      ],
    ];
    for (const [body, path] of cases) {
      const res = await postJson("/v1/readings", body);
      const problem = (await res.json()) as ProblemBody;
      expect(res.status, JSON.stringify(problem)).toBe(400);
      expect(
        problem.errors.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const mismatch = await postJson("/v1/readings", {
      kind: "synastry",
      chart: LONDON_1990,
      partner_chart: { ...NEW_YORK_1987, zodiac: "sidereal" },
    });
    expect(((await mismatch.json()) as ProblemBody).code).toBe("zodiac_mismatch");
  });

  it("answers 422 chart_not_found for another owner's second chart", async () => {
    const owner = await createTestKey({
      scopes: ["charts:read", "charts:write", "readings:write"],
    });
    const other = await createTestKey({
      scopes: ["charts:read", "charts:write", "readings:write"],
    });
    const chart = (await (
      await postJsonWithKey(owner.key, "/v1/charts", NEW_YORK_1987)
    ).json()) as {
      id: string;
    };
    const res = await postJsonWithKey(other.key, "/v1/readings", {
      kind: "synastry",
      chart: LONDON_1990,
      partner_chart_id: chart.id,
    });
    const problem = (await res.json()) as ProblemBody;
    expect(res.status, JSON.stringify(problem)).toBe(422);
    expect(problem).toMatchObject({ code: "chart_not_found" });
    expect(problem.errors[0]?.path).toBe("partner_chart_id");
  });
});

describe("refused readings store nothing", () => {
  // Regression (fresh-user review): the inline chart was stored before the partner was checked.
  async function chartCount(key: string): Promise<number> {
    const res = await withKey(key, "/v1/charts?limit=100");
    return ((await res.json()) as { data: unknown[] }).data.length;
  }

  it("keeps no inline chart of a synastry reading refused for its partner", async () => {
    const key = await createTestKey({ scopes: ["charts:read", "charts:write", "readings:write"] });
    const partner = (await (
      await postJsonWithKey(key.key, "/v1/charts", { ...NEW_YORK_1987, zodiac: "sidereal" })
    ).json()) as { id: string };
    const before = await chartCount(key.key);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ partner_chart_id: partner.id }, "zodiac_mismatch", "partner_chart_id"],
      [
        { partner_chart: { ...NEW_YORK_1987, zodiac: "sidereal" } },
        "zodiac_mismatch",
        "partner_chart.zodiac",
      ],
      [
        { partner_chart_id: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" },
        "chart_not_found",
        "partner_chart_id",
      ],
      [
        { partner_chart: { datetime: "1987-11-03T06:05:00", place_id: "plc_1" } },
        "unknown_place",
        "partner_chart.place_id",
      ],
    ];
    for (const [partnerField, code, path] of cases) {
      const res = await postJsonWithKey(key.key, "/v1/readings", {
        kind: "synastry",
        chart: { ...LONDON_1990, latitude: 51.5 },
        ...partnerField,
      });
      const problem = (await res.json()) as ProblemBody;
      expect(res.status, JSON.stringify(problem)).toBe(422);
      expect(problem.code).toBe(code);
      expect(problem.errors.map((e) => e.path)).toEqual([path]);
    }
    expect(await chartCount(key.key)).toBe(before);
  });
});
