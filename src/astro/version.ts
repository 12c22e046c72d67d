/**
 * Version of Orrery's chart engine (src/astro). Bump it whenever a computed value can change, so
 * stored charts say which engine made them (and cached charts of an older engine are recomputed).
 *
 * - 1.1.0: Pluto from Chebyshev series fitted to astronomy-engine's integration (./pluto.ts);
 *   positions move by under 0.01″ from 1.0.0.
 * - 1.2.0: one state per body per instant (./apparent.ts) and speeds as derivatives instead of three
 *   full evaluations; positions move by under 0.001″ from 1.1.0, speeds by under 2e-5 °/day (the
 *   Moon) and 0.002 °/day (the true node, whose difference quotient was noisy). Whole-sign houses
 *   are cast from the ascendant as shown (rounded), which changes them only at the poles.
 */
export const ENGINE_VERSION = "1.2.0";

/** The ephemeris library behind body positions, with its version (checked by a test). */
export const EPHEMERIS = "astronomy-engine 2.1.19";
