import { type ChartData, type ChartRequest, computeChart } from "./chart.ts";

const GREENWICH = {
  timeKnown: true,
  timezone: "Europe/London",
  latitude: 51.4769,
  longitude: 0,
  houseSystem: "placidus",
  zodiac: "tropical",
  ayanamsa: null,
  disambiguation: "compatible",
  orbs: {},
} as const satisfies Omit<ChartRequest, "local">;

/**
 * The charts the engine is warmed up with, at the Royal Observatory, Greenwich (51.4769° N, 0°;
 * Europe/London), Placidus, tropical: 2000-01-01 and 1900-01-01, each at 12:00 GMT = UT.
 * Any valid charts would do; these run every body, the angles, quadrant houses, aspects and a
 * time-zone table with transitions. Two, because after one chart the engine's functions are
 * compiled but still interpreted (a second chart costs ~6 ms, against ~17 ms for the first);
 * after the second, most run in V8's baseline tier and the next chart costs ~3–5 ms.
 */
const WARM_UP_REQUESTS: readonly ChartRequest[] = [
  { ...GREENWICH, local: { year: 2000, month: 1, day: 1, hour: 12, minute: 0, second: 0 } },
  { ...GREENWICH, local: { year: 1900, month: 1, day: 1, hour: 12, minute: 0, second: 0 } },
];

/**
 * Computes the {@link WARM_UP_REQUESTS} charts, so that V8 has met and tiered up the engine's code
 * before the isolate's first request does. Called at the Worker's top level (src/index.ts), i.e. at
 * isolate startup, which Cloudflare bounds separately (1 s) from a request's CPU time and begins
 * while the TLS handshake is still under way.
 *
 * Why: a chart's own work is ~0.2 ms of CPU once V8 has optimized it, but the first chart of a fresh
 * isolate costs ~17–21 ms of main-thread CPU on Node 24 (V8 compiling ~130 functions lazily and
 * running them in its interpreter with cold inline caches; docs/PERFORMANCE_GUIDE.md, "What V8
 * itself costs of the first chart"), and the second one ~6 ms. Warmed up with two charts, a fresh
 * isolate's first requested chart (another zone, date and house system) costs ~4.5 ms; startup pays
 * ~23 ms instead (same guide, "Start-up warm-up"). The cost is moved, not removed, and grows a
 * little: every isolate pays it, also one that never casts a chart.
 *
 * Side effects: decodes and keeps Europe/London's time-zone table (a few kB), as any chart there
 * would.
 *
 * @returns The warm-up charts (the engine's answers for {@link WARM_UP_REQUESTS}), in that order.
 * @throws Nothing for these fixed inputs unless the engine itself is broken (then the Worker fails to
 *   start, and every test with it).
 */
export function warmUpChartEngine(): ChartData[] {
  return WARM_UP_REQUESTS.map(computeChart);
}
