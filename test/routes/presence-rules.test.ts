import { describe, expect, it } from "vitest";
import { expectProblem, postJson } from "../helpers/http.ts";

const ID = "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C";

async function paths(path: string, body: unknown): Promise<string[]> {
  const problem = await expectProblem(await postJson(path, body), 400);
  return problem.errors.map((e) => `${e.path}: ${e.message}`);
}

// Rules about which fields may be present come with the fields' own errors, not after a client has
// fixed those: otherwise filling in an inline chart only leads to "give exactly one of …".
describe("presence rules are reported beside the fields' own errors", () => {
  it("readings: one of chart_id and chart, partner fields only for synastry", async () => {
    expect(await paths("/v1/readings", { chart_id: ID, chart: {} })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^chart\.datetime: /),
        expect.stringMatching(/^chart\.timezone: required/),
        "chart_id: give exactly one of chart_id and chart",
      ]),
    );
    expect(await paths("/v1/readings", { chart_id: ID, partner_chart: {} })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^partner_chart\.latitude: required/),
        "partner_chart: only for kind synastry",
      ]),
    );
    // An invalid kind is its own error; no guess at which fields it would allow.
    expect(
      await paths("/v1/readings", { chart_id: ID, kind: "horary", partner_chart_id: ID }),
    ).toEqual([expect.stringMatching(/^kind: /)]);
  });

  it("transits and synastry: one of chart_id and chart, one of partner_chart_id and partner_chart", async () => {
    expect(await paths("/v1/charts/transits", { chart_id: ID, chart: {} })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^chart\.datetime: /),
        "chart_id: give exactly one of chart_id and chart",
      ]),
    );
    expect(await paths("/v1/charts/synastry", { chart_id: ID, orbs: 5 })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^orbs: /),
        "partner_chart_id: give exactly one of partner_chart_id and partner_chart",
      ]),
    );
  });

  it("a body that is not an object gets one error, not the presence rules", async () => {
    for (const body of [[], 5, null]) {
      expect(await paths("/v1/charts/synastry", body), JSON.stringify(body)).toHaveLength(1);
      expect(await paths("/v1/readings", body), JSON.stringify(body)).toHaveLength(1);
      expect(await paths("/v1/charts", body), JSON.stringify(body)).toHaveLength(1);
    }
  });
});
