import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeDegrees, signedDifference } from "../../src/astro/math.ts";
import { spreadOnCircle } from "../../src/wheel/spread.ts";

/** Circular distances between neighbours, in the order of the displayed positions. */
function gaps(shown: number[]): number[] {
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.map((x, i) => normalizeDegrees((sorted[(i + 1) % sorted.length] as number) - x));
}

describe("spreadOnCircle", () => {
  it("leaves points that are already far enough apart where they are", () => {
    expect(spreadOnCircle([10, 50, 200, 359], 8)).toEqual([10, 50, 200, 359]);
  });

  it("spreads a cluster symmetrically about its exact positions", () => {
    const shown = spreadOnCircle([100, 101, 102], 8);
    expect(shown.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([93, 101, 109]);
  });

  it("spreads a cluster across 0° Aries without breaking it in two", () => {
    const shown = spreadOnCircle([359, 0.5, 1], 8);
    expect(gaps(shown).filter((g) => g < 8 - 1e-9)).toEqual([]);
    // The block stays centred near 0°: no point moves by more than one gap.
    const exact = [359, 0.5, 1];
    shown.forEach((x, i) => {
      expect(Math.abs(signedDifference(x, exact[i] as number))).toBeLessThanOrEqual(8);
    });
  });

  it("keeps every gap and stays near the exact positions (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 359.999, noNaN: true }), { minLength: 1, maxLength: 13 }),
        fc.double({ min: 1, max: 15, noNaN: true }),
        (longitudes, minGap) => {
          const shown = spreadOnCircle(longitudes, minGap);
          const gap = Math.min(minGap, 360 / longitudes.length);
          expect(shown).toHaveLength(longitudes.length);
          if (shown.length > 1) {
            for (const g of gaps(shown)) expect(g).toBeGreaterThanOrEqual(gap - 1e-6);
          }
          // No point is pushed further than the whole set could need.
          shown.forEach((x, i) => {
            const moved = Math.abs(signedDifference(x, longitudes[i] as number));
            expect(moved).toBeLessThanOrEqual(gap * longitudes.length + 1e-6);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
