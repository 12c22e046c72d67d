import * as Astronomy from "astronomy-engine";
import { J2000 } from "./math.ts";

/**
 * ΔT = TT − UT, the one time scale every astronomy-engine call in Orrery runs on.
 *
 * astronomy-engine's default ΔT is the Espenak–Meeus (2006) polynomials. The reference charts come
 * from Swiss Ephemeris 2.10.03, whose ΔT differs: 1–5 s before 1900 (SE uses Stephenson, Morrison
 * & Hohenkerk 2016, and rescales ΔT to the tidal acceleration of the Moshier Moon, −25.58″/cy²)
 * and −110 s by 2100 (SE extrapolates the observed values gently; Espenak–Meeus follow a steep
 * parabola). Only the Moon moves fast enough for this to show (0.55″ per second of ΔT), but by
 * 2100 it is a full arcminute. So Orrery uses SE's ΔT: importing this module installs it into
 * astronomy-engine with `SetDeltaTFunction`, which is global: every `AstroTime` created afterwards
 * (by any module) gets it. Create times with {@link astroTime} so the import can't be forgotten.
 */

/** Year of the first table entry; entry i is ΔT at J2000 + (FIRST_YEAR + i − 2000) × 365.25 d. */
const FIRST_YEAR = 1795;
const DAYS_PER_JULIAN_YEAR = 365.25;

/**
 * ΔT in seconds once per Julian year from 1795.0 to 2105.0 (J2000-based, so 1800.0 is
 * JD 2378496.0), sampled from Swiss Ephemeris 2.10.03 `swe_deltat_ex(jd, SEFLG_MOSEPH)`:
 * Stephenson, Morrison & Hohenkerk (2016, Proc. R. Soc. A 472: 20160404) before 1955, the
 * Astronomical Almanac's observed values 1955–2028 with SE's extrapolation after, tidal
 * acceleration −25.58″/cy². Linear interpolation between entries reproduces SE within 0.05 s.
 */
const DELTA_T_SECONDS: readonly number[] = [
  19.95, 19.64, 19.31, 18.94, 18.55, 18.12, 17.67, 17.21, 16.74, 16.29, 15.87, 15.49, 15.18, 14.94,
  14.78, 14.74, 14.81, 14.96, 15.19, 15.45, 15.72, 15.97, 16.18, 16.31, 16.33, 16.23, 15.98, 15.59,
  15.1, 14.51, 13.85, 13.15, 12.43, 11.72, 11.02, 10.38, 9.8, 9.28, 8.84, 8.45, 8.13, 7.86, 7.65,
  7.5, 7.4, 7.34, 7.34, 7.37, 7.45, 7.58, 7.74, 7.93, 8.16, 8.43, 8.72, 9.05, 9.39, 9.71, 9.97,
  10.13, 10.13, 9.96, 9.66, 9.32, 9.01, 8.82, 8.77, 8.79, 8.76, 8.56, 8.06, 7.19, 6.04, 4.73, 3.41,
  2.19, 1.19, 0.39, -0.26, -0.81, -1.28, -1.73, -2.16, -2.57, -2.97, -3.35, -3.71, -4.04, -4.3,
  -4.46, -4.51, -4.42, -4.26, -4.09, -3.97, -3.99, -4.17, -4.47, -4.78, -5.03, -5.11, -4.95, -4.56,
  -3.94, -3.1, -2.05, -0.82, 0.55, 1.99, 3.45, 4.86, 6.18, 7.43, 8.64, 9.85, 11.09, 12.39, 13.71,
  15.02, 16.27, 17.44, 18.48, 19.41, 20.22, 20.95, 21.59, 22.16, 22.66, 23.1, 23.47, 23.77, 24.0,
  24.18, 24.3, 24.37, 24.4, 24.4, 24.36, 24.31, 24.23, 24.15, 24.08, 24.03, 24.05, 24.17, 24.42,
  24.83, 25.34, 25.92, 26.51, 27.05, 27.5, 27.89, 28.24, 28.57, 28.93, 29.32, 29.7, 30.18, 30.62,
  31.07, 31.35, 31.68, 32.18, 32.68, 33.15, 33.59, 34.0, 34.47, 35.03, 35.73, 36.54, 37.43, 38.29,
  39.2, 40.18, 41.17, 42.23, 43.37, 44.49, 45.48, 46.46, 47.52, 48.54, 49.59, 50.54, 51.38, 52.17,
  52.96, 53.79, 54.34, 54.87, 55.32, 55.82, 56.3, 56.86, 57.57, 58.31, 59.12, 59.99, 60.79, 61.63,
  62.3, 62.97, 63.47, 63.83, 64.09, 64.3, 64.47, 64.57, 64.69, 64.85, 65.15, 65.46, 65.78, 66.07,
  66.32, 66.6, 66.91, 67.28, 67.64, 68.1, 68.59, 68.97, 69.22, 69.36, 69.36, 69.29, 69.18, 69.1,
  69.0, 68.9, 68.8, 68.8, 69.04, 69.28, 69.52, 69.76, 70.01, 70.26, 70.51, 70.76, 71.02, 71.28,
  71.54, 71.8, 72.07, 72.33, 72.61, 72.88, 73.16, 73.44, 73.72, 74.0, 74.29, 74.58, 74.87, 75.17,
  75.47, 75.77, 76.07, 76.38, 76.69, 77.01, 77.32, 77.64, 77.96, 78.29, 78.62, 78.95, 79.29, 79.62,
  79.97, 80.31, 80.66, 81.01, 81.36, 81.72, 82.08, 82.45, 82.81, 83.19, 83.56, 83.94, 84.32, 84.71,
  85.09, 85.49, 85.88, 86.28, 86.68, 87.09, 87.5, 87.92, 88.33, 88.76, 89.18, 89.61, 90.04, 90.48,
  90.92, 91.36, 91.81, 92.27, 92.72, 93.18, 93.65, 94.12, 94.59, 95.06, 95.55,
];

/**
 * ΔT (TT − UT) in seconds for a Julian day in UT, as Swiss Ephemeris 2.10.03 computes it for its
 * Moshier ephemeris (see the table above). Outside 1795–2105, where Orrery never computes, it falls
 * back to astronomy-engine's Espenak–Meeus polynomials.
 *
 * @param jdUt Julian day (UT), in days.
 * @returns ΔT in seconds.
 */
export function deltaTSeconds(jdUt: number): number {
  const x = (jdUt - J2000) / DAYS_PER_JULIAN_YEAR + 2000 - FIRST_YEAR;
  const i = Math.floor(x);
  const before = DELTA_T_SECONDS[i];
  const after = DELTA_T_SECONDS[i + 1];
  if (before === undefined || after === undefined) {
    return Astronomy.DeltaT_EspenakMeeus(jdUt - J2000);
  }
  return before + (after - before) * (x - i);
}

// astronomy-engine passes UT as days since J2000.
Astronomy.SetDeltaTFunction((ut) => deltaTSeconds(ut + J2000));

/**
 * The astronomy-engine time for a Julian day in UT, with Orrery's ΔT ({@link deltaTSeconds})
 * installed. Prefer it to `Astronomy.MakeTime`: it cannot run before the ΔT hook is in place.
 *
 * @param jdUt Julian day (UT), in days.
 * @returns An `AstroTime` whose `ut` is `jdUt − J2000` and whose `tt` adds {@link deltaTSeconds}.
 */
export function astroTime(jdUt: number): Astronomy.AstroTime {
  return Astronomy.MakeTime(jdUt - J2000);
}
