import { describe, expect, it } from "vitest";
import { PALETTES, WHEEL_THEMES } from "../../src/wheel/themes.ts";

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("wheel palettes meet WCAG contrast", () => {
  for (const theme of WHEEL_THEMES) {
    it(`${theme}: text ≥ 7:1 and ≥ 4.5:1, lines and aspects ≥ 3:1, also on the zodiac band`, () => {
      const p = PALETTES[theme];
      for (const ground of [p.background, p.band]) {
        expect(contrast(p.ink, ground)).toBeGreaterThanOrEqual(7);
        expect(contrast(p.muted, ground)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(p.line, p.background)).toBeGreaterThanOrEqual(3);
      for (const [type, colour] of Object.entries(p.aspects)) {
        expect(contrast(colour, p.background), type).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
