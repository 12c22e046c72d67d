import { describe, expect, it } from "vitest";
import { computeChart } from "../../src/astro/chart.ts";
import { composeReading } from "../../src/readings/compose-reading.ts";
import { narrate, type TextGenerator } from "../../src/readings/narrate.ts";

// Workers AI has no local simulator, so these tests stand a small object in for the binding's
// `run`. What they prove is narrate()'s own logic: grounding, timeouts and failures.

const draft = composeReading(
  computeChart({
    local: { year: 1990, month: 6, day: 15, hour: 14, minute: 30, second: 0 },
    timeKnown: true,
    timezone: "Europe/London",
    latitude: 51.5074,
    longitude: -0.1278,
    houseSystem: "placidus",
    zodiac: "tropical",
    ayanamsa: null,
    disambiguation: "compatible",
    orbs: {},
  }),
  { detail: "brief", language: "en" },
);

function generator(run: TextGenerator["run"]): TextGenerator {
  return { run };
}

describe("narrate", () => {
  it("keeps a rewrite that keeps every section", async () => {
    const rewritten = draft.text.replaceAll("Curiosity", "A bright curiosity");
    const result = await narrate(
      generator(async () => ({ response: rewritten })),
      "m",
      draft,
    );
    expect(result).toEqual({ text: rewritten });
  });

  it("discards a rewrite that drops a placement", async () => {
    const dropped = draft.text.replace("The Sun in Gemini, ninth house", "The Sun");
    const result = await narrate(
      generator(async () => ({ response: dropped })),
      "m",
      draft,
    );
    expect(result).toMatchObject({ error: expect.stringContaining("dropped 1 section") });
  });

  it("keeps the composed reading when the model fails, answers nothing, or is too slow", async () => {
    expect(
      await narrate(
        generator(async () => Promise.reject(new Error("capacity"))),
        "m",
        draft,
      ),
    ).toEqual({
      error: "the model failed: capacity",
    });
    expect(
      await narrate(
        generator(async () => ({ response: "  " })),
        "m",
        draft,
      ),
    ).toEqual({
      error: "the model returned no text",
    });
    const slow = generator(
      () => new Promise((r) => setTimeout(() => r({ response: draft.text }), 200)),
    );
    expect(await narrate(slow, "m", draft, 20)).toEqual({ error: "timed out after 20 ms" });
  });

  it("sends the composed text as the draft to rewrite", async () => {
    let seen = "";
    await narrate(
      generator(async (_model, input) => {
        seen = input.messages[1]?.content ?? "";
        return { response: draft.text };
      }),
      "m",
      draft,
    );
    expect(seen).toBe(draft.text);
  });
});
