/**
 * Regenerates src/astro/pluto-chebyshev.generated.ts: Chebyshev series for Pluto's heliocentric
 * position (J2000 mean equator, EQJ, in AU) over 1792–2111 TT, fitted to astronomy-engine's own
 * Pluto (`HelioVector(Body.Pluto, …)`, its numerical integration).
 *
 *     npm run pluto:generate
 *
 * Why: astronomy-engine integrates Pluto on first use of each 29,200-day span (about 50 ms of CPU
 * for the first one, then ~14 ms per new span), which dominated a fresh isolate's first chart. The
 * series evaluate in microseconds with no warm-up.
 *
 * How (Press et al., Numerical Recipes, 3rd ed., §5.8, `chebft` then truncation; the layout is
 * that of Newhall 1989, "Numerical representation of planetary ephemerides", Celest. Mech. 45):
 * 1. The range is cut into {@link SEGMENT_DAYS}-day segments aligned on TT = 0 (J2000), so every
 *    segment lies inside one of astronomy-engine's 29,200-day integration spans (they start at
 *    TT = −730,000 + k · 29,200) and holds a whole number of its 146-day steps.
 * 2. In each segment, each coordinate is sampled at {@link NODES} Chebyshev nodes and its Chebyshev
 *    coefficients computed; the series is then truncated to degree {@link DEGREE}. Truncating a
 *    series computed from many nodes gives nearly the minimax polynomial (NR §5.8). Many nodes
 *    matter here: astronomy-engine's Pluto is a piecewise cubic whose velocity jumps by
 *    ~1e-7 AU/day at every 146-day step, a ripple of ~1e-6 AU that no smooth series can follow;
 *    interpolating at only DEGREE + 1 nodes would alias it (2e-6 AU), averaging over many halves it.
 * 3. Coefficients are rounded to 1e-10 AU (2e-6″ at Pluto's distance), the constant term halved so
 *    the evaluation is a plain Clenshaw sum.
 *
 * Fit error against astronomy-engine (test/astro/pluto.test.ts): ≤ 1.2e-6 AU heliocentric, under
 * 0.01″ as seen from the Earth; astronomy-engine's Pluto itself is ~20″ from Swiss Ephemeris.
 *
 * Deterministic: no clock, no randomness; the same astronomy-engine version gives the same file
 * (test/node/pluto-generate.test.ts checks the committed file against a fresh run).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as Astronomy from "astronomy-engine";

/** Segment length in days of TT: 40 of astronomy-engine's 146-day steps, 1/5 of its spans. */
export const SEGMENT_DAYS = 5840;
/** Degree of each segment's series (DEGREE + 1 coefficients per coordinate). */
export const DEGREE = 16;
/** Chebyshev nodes sampled per segment before truncation to {@link DEGREE}. */
export const NODES = 160;
/** Rounding unit of the stored coefficients, in AU. */
const COEFFICIENT_UNIT_DIGITS = 10;

/** J2000 as a Julian day; TT below is counted in days from it, like astronomy-engine's `tt`. */
const J2000 = 2451545.0;
/**
 * Covered range, TT: 1799-01-01 and 2101-12-31 (the chart range 1800–2100 in local time, plus a
 * year each side for zones, light time and speed differences), widened to whole segments.
 */
const FIRST_TT = 2378131.5 - J2000;
const LAST_TT = 2488798.5 - J2000;

const ROOT = join(import.meta.dirname, "..");
const OUT_FILE = "src/astro/pluto-chebyshev.generated.ts";
/** The astronomy-engine version the fit is made from, named in the generated file. */
const ASTRONOMY_ENGINE_VERSION = (
  JSON.parse(
    readFileSync(join(ROOT, "node_modules", "astronomy-engine", "package.json"), "utf8"),
  ) as { version: string }
).version;

/** astronomy-engine's heliocentric Pluto at a TT (days from J2000), EQJ, AU. */
function plutoAt(tt: number): [number, number, number] {
  const v = Astronomy.HelioVector(
    Astronomy.Body.Pluto,
    Astronomy.AstroTime.FromTerrestrialTime(tt),
  );
  return [v.x, v.y, v.z];
}

/**
 * Chebyshev coefficients of Pluto's coordinates over [start, start + SEGMENT_DAYS], truncated to
 * {@link DEGREE}, rounded, constant term halved: x coefficients, then y, then z.
 */
function fitSegment(start: number): number[] {
  const half = SEGMENT_DAYS / 2;
  const samples: [number, number, number][] = [];
  for (let k = 0; k < NODES; k++) {
    samples.push(plutoAt(start + half + half * Math.cos((Math.PI * (k + 0.5)) / NODES)));
  }
  const out: number[] = [];
  for (let axis = 0; axis < 3; axis++) {
    for (let j = 0; j <= DEGREE; j++) {
      let sum = 0;
      for (let k = 0; k < NODES; k++) {
        sum += (samples[k] as number[])[axis] * Math.cos((Math.PI * j * (k + 0.5)) / NODES);
      }
      const c = ((2 / NODES) * sum) / (j === 0 ? 2 : 1);
      // `+ 0` turns a rounded −0 into 0, so the text never says "-0".
      out.push(Number(c.toFixed(COEFFICIENT_UNIT_DIGITS)) + 0);
    }
  }
  return out;
}

/** The whole generated module, as text. */
export function renderPlutoModule(): string {
  const startTt = Math.floor(FIRST_TT / SEGMENT_DAYS) * SEGMENT_DAYS;
  const segments = Math.ceil((LAST_TT - startTt) / SEGMENT_DAYS);
  const rows: string[] = [];
  for (let s = 0; s < segments; s++) {
    const coefficients = fitSegment(startTt + s * SEGMENT_DAYS);
    for (let axis = 0; axis < 3; axis++) {
      const row = coefficients.slice(axis * (DEGREE + 1), (axis + 1) * (DEGREE + 1));
      rows.push(`  ${row.join(", ")},`);
    }
  }
  return `// Generated by scripts/generate-pluto.ts (npm run pluto:generate) from astronomy-engine ${ASTRONOMY_ENGINE_VERSION}. Do not edit.
// Pluto's heliocentric position, J2000 mean equator (EQJ), AU: Chebyshev series per segment.
// Segment s covers TT (days from J2000) [startTt + s·segmentDays, startTt + (s + 1)·segmentDays];
// its ${3 * (DEGREE + 1)} numbers are the x, y and z coefficients of degrees 0…${DEGREE} (constant term already halved).

/** Chebyshev fit of astronomy-engine's Pluto; see scripts/generate-pluto.ts and src/astro/pluto.ts. */
export const PLUTO_CHEBYSHEV = {
  startTt: ${startTt},
  segmentDays: ${SEGMENT_DAYS},
  degree: ${DEGREE},
  segments: ${segments},
  coefficients: [
${rows.join("\n")}
  ] as readonly number[],
} as const;
`;
}

if (import.meta.main) {
  writeFileSync(join(ROOT, OUT_FILE), renderPlutoModule());
  console.log(`wrote ${OUT_FILE}`);
}
