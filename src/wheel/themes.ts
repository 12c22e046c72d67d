import type { AspectType } from "../astro/aspects.ts";

/** The wheel's colour themes. */
export const WHEEL_THEMES = ["light", "dark"] as const;

/** One of {@link WHEEL_THEMES}. */
export type WheelTheme = (typeof WHEEL_THEMES)[number];

/** The colours of one theme (CSS hex colours). */
export interface WheelPalette {
  background: string;
  /** Text and glyphs: contrast with `background` ≥ 7:1 (WCAG AAA for text). */
  ink: string;
  /** Secondary text, ticks and the mean node: contrast ≥ 4.5:1 (WCAG AA for text). */
  muted: string;
  /** House cusp lines and circles: contrast ≥ 3:1 (WCAG 1.4.11 for graphics). */
  line: string;
  /** The zodiac band's fill. */
  band: string;
  /** Aspect lines, each ≥ 3:1 against `background`. */
  aspects: Record<AspectType, string>;
}

/**
 * Light and dark palettes. The aspect hues follow the convention (hard aspects warm, soft ones cool)
 * and every aspect also has its own dash pattern ({@link ASPECT_DASHES}), so colour is never the
 * only cue (WCAG 1.4.1). Contrast ratios (WCAG 2 relative luminance) are asserted in the tests.
 */
export const PALETTES: Record<WheelTheme, WheelPalette> = {
  light: {
    background: "#ffffff",
    ink: "#1b1b1f",
    muted: "#5c6068",
    line: "#868b94",
    band: "#f3f0e8",
    aspects: {
      conjunction: "#6b3fa0",
      sextile: "#00795a",
      square: "#c2410c",
      trine: "#1d5fb4",
      opposition: "#b91c1c",
    },
  },
  dark: {
    background: "#15171c",
    ink: "#ececf0",
    muted: "#a9adb6",
    line: "#717782",
    band: "#20232a",
    aspects: {
      conjunction: "#c9a7f5",
      sextile: "#4fd1a5",
      square: "#f59e0b",
      trine: "#60a5fa",
      opposition: "#f87171",
    },
  },
};

/** `stroke-dasharray` per aspect type ("none" = solid), in wheel units. */
export const ASPECT_DASHES: Record<AspectType, string> = {
  opposition: "none",
  square: "8 4",
  trine: "14 4 2 4",
  sextile: "3 3",
  conjunction: "1 3",
};
