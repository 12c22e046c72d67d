import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("GET /health/live", () => {
  it("answers 200 with no dependency calls", async () => {
    const res = await exports.default.fetch("http://orrery.test/health/live");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});
