// Draws the README's example chart (London, 1990-06-15 14:30) as the wheels in docs/images/:
// wheel-light.svg and wheel-dark.svg. Run after changing src/wheel/ (the Node test
// test/node/wheel-render.test.ts writes PNGs of every sample to test/node/.output/wheels/).
// Usage: node scripts/render-wheel-examples.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { computeChart } from "../src/astro/chart.ts";
import { renderWheel } from "../src/wheel/render-wheel.ts";
import { WHEEL_THEMES } from "../src/wheel/themes.ts";

const OUT = resolve(import.meta.dirname, "../docs/images");
const chart = computeChart({
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
});

mkdirSync(OUT, { recursive: true });
for (const theme of WHEEL_THEMES) {
  writeFileSync(join(OUT, `wheel-${theme}.svg`), `${renderWheel(chart, { theme })}\n`);
  console.log(`docs/images/wheel-${theme}.svg`);
}
