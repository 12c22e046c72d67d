import { beforeAll, describe, expect, it } from "vitest";
import { signOf } from "../../src/astro/signs.ts";
import { expectProblem, LONDON_1990, send } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, type TestKey, withKey } from "../helpers/keys.ts";

interface Instant {
  at: string;
  local: string;
  offset_seconds: number;
}
interface Change extends Instant {
  from: string | number;
  to: string | number;
  jump: boolean;
}
interface Placement {
  kind: string;
  subject: string;
  value: string | number;
  stable_from: Instant | null;
  stable_until: Instant | null;
  changes: Change[];
}
interface SensitivityJson {
  chart_id: string;
  window_minutes: number;
  birth: Instant;
  window_start: Instant;
  window_end: Instant;
  house_system: string;
  requested_house_system: string;
  sensitive_within_minutes: number;
  sensitive: { kind: string; subject: string; value: string | number; change: Change }[];
  placements: Placement[];
  warnings: { code: string; message: string }[];
}
interface ChartJson {
  id: string;
  utc: string;
  angles: { ascendant: number; midheaven: number };
  bodies: { id: string; sign: string; house: number }[];
}

let owner: TestKey;
let stranger: TestKey;

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function storeChart(body: Record<string, unknown>): Promise<ChartJson> {
  const res = await postJsonWithKey(owner.key, "/v1/charts", body);
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return JSON.parse(text) as ChartJson;
}

function sensitivity(id: string, query = "", init: RequestInit = {}): Promise<Response> {
  return withKey(owner.key, `/v1/charts/${id}/sensitivity${query}`, init);
}

beforeAll(async () => {
  owner = await createTestKey();
  stranger = await createTestKey();
});

describe("GET /v1/charts/{id}/sensitivity", () => {
  it("answers every placement with its changes, stable range and local times (default ±30 min)", async () => {
    const chart = await storeChart(LONDON_1990);
    const res = await sensitivity(chart.id);
    const body = await json<SensitivityJson>(res, 200);
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{64}"$/);
    expect(res.headers.get("Cache-Control")).toBe("private, no-cache");

    expect(body.chart_id).toBe(chart.id);
    expect(body.window_minutes).toBe(30);
    expect(body.birth).toEqual({
      at: chart.utc,
      local: "1990-06-15T14:30:00+01:00",
      offset_seconds: 0,
    });
    expect(body.window_start.offset_seconds).toBe(-1800);
    expect(body.window_end.local).toBe("1990-06-15T15:00:00+01:00");
    expect(body.house_system).toBe("placidus");
    expect(body.placements).toHaveLength(2 + 12 + 13 + 13);

    const asc = body.placements.find((p) => p.subject === "ascendant") as Placement;
    expect(asc.value).toBe(signOf(chart.angles.ascendant).sign);
    for (const b of chart.bodies) {
      const house = body.placements.find((p) => p.kind === "body_house" && p.subject === b.id);
      const sign = body.placements.find((p) => p.kind === "body_sign" && p.subject === b.id);
      expect(house?.value, b.id).toBe(b.house);
      expect(sign?.value, b.id).toBe(b.sign);
    }
    const changes = body.placements.flatMap((p) => p.changes);
    expect(changes.length).toBeGreaterThan(0);
    for (const p of body.placements) {
      for (const c of p.changes) {
        expect(Math.abs(c.offset_seconds)).toBeLessThanOrEqual(1800);
        expect(Date.parse(c.at) - Date.parse(chart.utc)).toBe(c.offset_seconds * 1000);
      }
      const before = p.changes.filter((c) => c.offset_seconds < 0).at(-1);
      const after = p.changes.find((c) => c.offset_seconds > 0);
      if (before) expect(p.stable_from?.offset_seconds).toBe(before.offset_seconds);
      else expect(p.stable_from).toBeNull();
      if (after) expect(p.stable_until?.offset_seconds).toBe(after.offset_seconds);
      else expect(p.stable_until).toBeNull();
      if (p.stable_until)
        expect(
          p.changes.find((c) => c.offset_seconds === p.stable_until?.offset_seconds)?.from,
        ).toBe(p.value);
    }
    for (const s of body.sensitive)
      expect(Math.abs(s.change.offset_seconds)).toBeLessThanOrEqual(900);
    const offsets = body.sensitive.map((s) => Math.abs(s.change.offset_seconds));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("takes window_minutes up to 720 and gives local times across a clock change", async () => {
    // London, 25 March 1990, 00:30 GMT: clocks went forward at 01:00 GMT.
    const chart = await storeChart({ ...LONDON_1990, datetime: "1990-03-25T00:30:00" });
    const body = await json<SensitivityJson>(
      await sensitivity(chart.id, "?window_minutes=120"),
      200,
    );
    expect(body.window_start.local).toBe("1990-03-24T22:30:00+00:00");
    expect(body.window_end).toEqual({
      at: "1990-03-25T02:30:00Z",
      local: "1990-03-25T03:30:00+01:00",
      offset_seconds: 7200,
    });
    const wide = await json<SensitivityJson>(
      await sensitivity(chart.id, "?window_minutes=720"),
      200,
    );
    expect(wide.window_start.offset_seconds).toBe(-43_200);
  });

  it("shows local mean time offsets to the second", async () => {
    const chart = await storeChart({ ...LONDON_1990, timezone: "LMT" });
    const body = await json<SensitivityJson>(await sensitivity(chart.id, "?window_minutes=1"), 200);
    expect(body.birth.local).toBe("1990-06-15T14:30:00-00:00:31");
  });

  it("warns inside the polar circles, where Placidus falls back to Porphyry", async () => {
    const chart = await storeChart({ ...LONDON_1990, latitude: 78.2232, longitude: 15.6267 });
    const body = await json<SensitivityJson>(
      await sensitivity(chart.id, "?window_minutes=10"),
      200,
    );
    expect(body.house_system).toBe("porphyry");
    expect(body.requested_house_system).toBe("placidus");
    expect(body.warnings.map((w) => w.code)).toEqual([
      "house_system_fallback",
      "discontinuous_angles",
    ]);
  });

  it("answers 409 birth_time_unknown for a chart without a birth time", async () => {
    const chart = await storeChart({ ...LONDON_1990, datetime: "1990-06-15", time_known: false });
    const problem = await expectProblem(await sensitivity(chart.id), 409);
    expect(problem.code).toBe("birth_time_unknown");
    expect(problem.errors.map((e) => e.path)).toEqual(["time_known"]);
  });

  it("answers 400 naming window_minutes for values outside 1–720 or not whole numbers", async () => {
    const chart = await storeChart(LONDON_1990);
    for (const value of ["0", "721", "1e2", "30.5", "-5", "abc", "", "0x10"]) {
      const problem = await expectProblem(
        await sensitivity(chart.id, `?window_minutes=${value}`),
        400,
      );
      expect(
        problem.errors.map((e) => e.path),
        value,
      ).toEqual(["window_minutes"]);
    }
    const unknown = await expectProblem(await sensitivity(chart.id, "?window=30"), 400);
    expect(unknown.code).toBe("validation_error");
  });

  it("answers 304 to its ETag without a body, and the ETag depends on the window", async () => {
    const chart = await storeChart(LONDON_1990);
    const first = await sensitivity(chart.id, "?window_minutes=5");
    await first.text();
    const etag = first.headers.get("ETag") as string;
    const again = await sensitivity(chart.id, "?window_minutes=5", {
      headers: { "If-None-Match": `W/${etag}` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    const other = await sensitivity(chart.id, "?window_minutes=6", {
      headers: { "If-None-Match": etag },
    });
    expect(other.status).toBe(200);
    await other.text();
    expect(other.headers.get("ETag")).not.toBe(etag);
  });

  it("answers 404 for another owner's chart, an unknown id and a malformed one", async () => {
    const chart = await storeChart(LONDON_1990);
    const theirs = await expectProblem(
      await withKey(stranger.key, `/v1/charts/${chart.id}/sensitivity`),
      404,
    );
    expect(theirs.code).toBe("not_found");
    for (const id of ["chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", "nope"]) {
      expect((await expectProblem(await sensitivity(id), 404)).code).toBe("not_found");
    }
  });

  it("needs a key with charts:read", async () => {
    const chart = await storeChart(LONDON_1990);
    const path = `/v1/charts/${chart.id}/sensitivity`;
    expect((await expectProblem(await send(path), 401)).code).toBe("unauthorized");
    const writer = await createTestKey({ owner: owner.owner, scopes: ["charts:write"] });
    expect((await expectProblem(await withKey(writer.key, path), 403)).code).toBe("forbidden");
  });
});
