/**
 * Version of Orrery's chart engine (src/astro). Bump it whenever a computed value can change, so
 * stored charts say which engine made them.
 */
export const ENGINE_VERSION = "1.0.0";

/** The ephemeris library behind body positions, with its version (checked by a test). */
export const EPHEMERIS = "astronomy-engine 2.1.19";
