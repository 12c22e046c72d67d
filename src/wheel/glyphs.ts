import type { BodyId } from "../astro/bodies.ts";
import type { Sign } from "../astro/signs.ts";

/**
 * Astrological glyphs as SVG path data, drawn for this project as simple strokes (no font, so a
 * wheel looks the same in every browser and needs no licence). Every glyph lives in a 20 × 20 box
 * centred on the origin (x and y in [−10, 10], y down) and is meant to be stroked, not filled, with
 * round caps and joins at a stroke width of about 1.7 box units.
 */

/** A circle of radius `r` centred on (`cx`, `cy`) as path data (two arcs). */
function ring(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** The twelve sign glyphs (♈ … ♓). */
export const SIGN_GLYPHS: Record<Sign, string> = {
  aries:
    "M0 9V-3C0-8-2-9.5-4.5-9.5S-9-7.5-9-5-7.5-1.5-6.5-1M0-3C0-8 2-9.5 4.5-9.5S9-7.5 9-5 7.5-1.5 6.5-1",
  taurus: `M-9-9C-7-9-6-3 0-3S7-9 9-9${ring(0, 3, 5.5)}`,
  gemini: "M-8-9C-3-7 3-7 8-9M-8 9C-3 7 3 7 8 9M-3.5-7.6V7.6M3.5-7.6V7.6",
  cancer: `${ring(-5, -3, 3)}M-5-6C1-9 6-7.5 9-4${ring(5, 3, 3)}M5 6C-1 9-6 7.5-9 4`,
  leo: `${ring(-5.5, 4, 3)}M-3 3C-6-3-4-9.5 1.5-9.5S7.5-4 4.5 0 3 9 6.5 8.5 9 6 9 5`,
  virgo:
    "M-9.5-6.5Q-7.5-8-7.5-5V8M-7.5-4.5Q-5-9.5-2.5-4.5V8M-2.5-4.5Q0-9.5 2.5-4.5V5Q2.5 9 6 9M2.5 2Q9-3 8.5 3T2.5 9.5",
  libra: "M-9 8H9M-9 3.5H-4C-6.5 1-6.5-8.5 0-8.5S6.5 1 4 3.5H9",
  scorpio:
    "M-9.5-6.5Q-7.5-8-7.5-5V8M-7.5-4.5Q-5-9.5-2.5-4.5V8M-2.5-4.5Q0-9.5 2.5-4.5V6Q2.5 8.5 5.5 8.5H9.5M7 6L9.5 8.5 7 11",
  sagittarius: "M-8.5 8.5L8.5-8.5M1-8.5H8.5V-1M-6-2L2 6",
  capricorn: "M-9.5-7.5L-7-8.5-3 5 0-7Q1-9 3.5-7.5 5-6 4.5-2V4Q5 8 8 8T9.5 4 5.5 1.5 3 6 -1 9.5",
  aquarius:
    "M-9.5-2L-6-5.5-2.5-2 1-5.5 4.5-2 8-5.5 9.5-4M-9.5 5.5L-6 2-2.5 5.5 1 2 4.5 5.5 8 2 9.5 3.5",
  pisces: "M-8-9.5C-1.5-5-1.5 5-8 9.5M8-9.5C1.5-5 1.5 5 8 9.5M-5.5 0H5.5",
};

/** The north node (☊): a horseshoe on two small rings. */
const NODE = `M-4.5 6C-9.5 2-9.5-9 0-9S9.5 2 4.5 6${ring(-5.5, 7.8, 2)}${ring(5.5, 7.8, 2)}`;

/** Glyphs of the chart's bodies and points (☉ ☽ ☿ ♀ ♂ ♃ ♄ ♅ ♆ ♇ ☊ ⚸). */
export const BODY_GLYPHS: Record<BodyId, string> = {
  sun: `${ring(0, 0, 8.5)}${ring(0, 0, 1)}`,
  moon: "M2.5-9A9.5 9.5 0 1 0 2.5 9A6 9 0 0 1 2.5-9Z",
  mercury: `M-4-10A4 4 0 0 0 4-10${ring(0, -2.5, 3.8)}M0 1.3V10M-3.5 6H3.5`,
  venus: `${ring(0, -3.5, 5.5)}M0 2V10M-4 6.2H4`,
  mars: `${ring(-2.5, 2.5, 5.8)}M1.6-1.6L8.5-8.5M2.5-8.5H8.5V-2.5`,
  jupiter: "M-7.5-6C-7-9.5-1-10.5-1-5.5S-5.5 2-8 3H8M4-10V9.5",
  saturn: "M-4.5-10V5M-7.5-7H-1M-4.5-1C-2-4.5 5-4.5 5 0.5S1 5 1 7.5 4 10.5 6 8.5",
  uranus: `M-7-9.5V1M7-9.5V1M-7-4H7M0-9.5V4${ring(0, 6.5, 2.5)}`,
  neptune:
    "M-7.5-8.5C-7.5 1 7.5 1 7.5-8.5M0-10V10M-4 5.5H4M-9.5-6.5L-7.5-8.5-5.5-6.5M9.5-6.5L7.5-8.5 5.5-6.5",
  pluto: `M-6.5-7.5A6.5 6.5 0 0 0 6.5-7.5${ring(0, -6.5, 2.8)}M0-1V10M-4 5H4`,
  // One glyph for both nodes; the renderer draws the mean node in the secondary ink.
  mean_node: NODE,
  true_node: NODE,
  mean_lilith: "M2-10A6.5 6.5 0 1 0 2 3A4 6.5 0 0 1 2-10ZM-1.5 3V10M-5 6.7H2",
};

/** ℞ (retrograde): an R whose leg is crossed, in the same 20 × 20 box. */
export const RETROGRADE_GLYPH = "M-6 9V-9H1A4.5 4.5 0 0 1 1 0H-6M0 0L8 10M2 8L8 3";
