import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import { EPHEMERIS } from "../../src/astro/version.ts";

describe("chart provenance", () => {
  it("names the ephemeris library at the exact version the lockfile installs", () => {
    expect(EPHEMERIS).toBe(`astronomy-engine ${pkg.dependencies["astronomy-engine"]}`);
  });
});
