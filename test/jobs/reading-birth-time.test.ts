import { describe, expect, it } from "vitest";
import { authed, LONDON_1990, postJson } from "../helpers/http.ts";
import { eventually } from "../helpers/jobs.ts";

interface ReadingJson {
  status: string;
  sections: { key: string; title: string; text: string }[] | null;
}

describe("a reading through the queue names birth-time-sensitive placements", () => {
  it("writes 'About your birth time' for the example chart: four house changes within ten minutes", async () => {
    // GET /v1/charts/{id}/sensitivity of this chart: Mars leaves the seventh house 52 s before the
    // stated time, Neptune the fourth 251 s before, Jupiter the tenth 313 s after, Mercury the
    // ninth 547 s before; the Moon's change (814 s) is beyond the reading's ten minutes.
    const res = await postJson("/v1/readings", { chart: LONDON_1990, detail: "standard" });
    const text = await res.text();
    expect(res.status, text).toBe(202);
    const { reading_id } = JSON.parse(text) as { reading_id: string };
    const ready = await eventually(async () => {
      const r = (await (await authed(`/v1/readings/${reading_id}`)).json()) as ReadingJson;
      return r.status === "ready" ? r : undefined;
    });
    const section = ready.sections?.[1];
    expect(section?.key).toBe("birth_time");
    expect(section?.title).toBe("About your birth time");
    const sentences = [
      "With a birth time a minute earlier, Mars would be in your seventh house rather than your sixth house.",
      "With a birth time 4 minutes earlier, Neptune would be in your fourth house rather than your third house.",
      "With a birth time 5 minutes later, Jupiter would be in your ninth house rather than your tenth house.",
      "With a birth time 9 minutes earlier, Mercury would be in your ninth house rather than your eighth house.",
    ];
    expect(section?.text).toContain(sentences.join(" "));
    expect(section?.text).not.toContain("the Moon");
  });
});
