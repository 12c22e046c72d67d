import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPlutoModule } from "../../scripts/generate-pluto.ts";

// The committed Pluto series are exactly what `npm run pluto:generate` writes today: the generator
// is deterministic and nobody edited the output by hand.
describe("scripts/generate-pluto.ts", () => {
  it("reproduces src/astro/pluto-chebyshev.generated.ts byte for byte", () => {
    const committed = readFileSync(
      join(import.meta.dirname, "..", "..", "src", "astro", "pluto-chebyshev.generated.ts"),
      "utf8",
    );
    expect(renderPlutoModule()).toBe(committed);
  });
});
