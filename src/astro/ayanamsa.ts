import * as Astronomy from "astronomy-engine";
import { astroTime } from "./delta-t.ts";
import { ARCSEC_PER_DEG, J2000 } from "./math.ts";

/** Sidereal zodiacs offered, each as the Swiss Ephemeris defines it (`SE_SIDM_*`). */
export const AYANAMSAS = ["lahiri", "fagan_bradley", "krishnamurti"] as const;
export type Ayanamsa = (typeof AYANAMSAS)[number];

/** Julian centuries (TT) from J2000 → general precession in longitude since J2000, in arcsec. */
type PrecessionModel = (t: number) => number;

/** IAU 2006 (Capitaine, Wallace & Chapront 2003, A&A 412, 567; IERS Conventions 2010, ch. 5). */
const IAU_2006: PrecessionModel = (t) =>
  t * (5028.796195 + t * (1.1054348 + t * (0.00007964 + t * (-0.000023857 + t * -0.0000000383))));

/** IAU 1976 (Lieske et al. 1977, A&A 58, 1; Meeus, Astronomical Algorithms, ch. 21). */
const IAU_1976: PrecessionModel = (t) => t * (5029.0966 + t * (1.11113 - t * 0.000006));

/**
 * Newcomb (1895): 50.2564″ + 0.000222″ per year since 1900 (Explanatory Supplement to the
 * Astronomical Ephemeris, 1961), integrated and re-centred on J2000.
 */
const NEWCOMB: PrecessionModel = (t) => t * (5027.86 + t * 1.11);

interface Definition {
  /** Epoch, Julian day (TT). */
  epoch: number;
  /** Mean ayanamsa at the epoch, degrees. */
  valueAtEpoch: number;
  /** The precession model the ayanamsa was defined with. */
  model: PrecessionModel;
}

/**
 * Swiss Ephemeris 2.10 definitions (sweph.h, `ayanamsa[]`; Swiss Ephemeris documentation, "Sidereal ephemerides"):
 * - lahiri (`SE_SIDM_LAHIRI`): 23.250182778° − 0.004658035° at JD 2435553.5 (1956-03-21 TT), from
 *   the Indian Astronomical Ephemeris 1989 p. 556 (the Calendar Reform Committee's value, less its
 *   nutation per Wahr 1980), IAU 1976 precession.
 * - fagan_bradley (`SE_SIDM_FAGAN_BRADLEY`): 24.042044444° (24°02′31.36″) at JD 2433282.42346
 *   (B1950.0), Newcomb precession.
 * - krishnamurti (`SE_SIDM_KRISHNAMURTI`): 360° − 337.636111° = 22.363889° at J1900
 *   (JD 2415020.0), Newcomb precession.
 */
const DEFINITIONS: Record<Ayanamsa, Definition> = {
  lahiri: { epoch: 2435553.5, valueAtEpoch: 23.250182778 - 0.004658035, model: IAU_1976 },
  fagan_bradley: { epoch: 2433282.42346, valueAtEpoch: 24.042044444, model: NEWCOMB },
  krishnamurti: { epoch: 2415020.0, valueAtEpoch: 360 - 337.636111, model: NEWCOMB },
};

/**
 * Mean ayanamsa at J2000 in arcseconds: the value at the epoch carried to J2000 with the
 * definition's own precession model. Swiss Ephemeris does the same (its "precession offset"
 * correction), then precesses from J2000 to the date with its current model, so the definition's
 * older model only fixes the constant.
 */
const AT_J2000 = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([kind, d]) => [
    kind,
    d.valueAtEpoch * ARCSEC_PER_DEG - d.model((d.epoch - J2000) / 36525),
  ]),
) as Record<Ayanamsa, number>;

/**
 * True ayanamsa for an instant, in degrees: the mean ayanamsa (value at J2000 plus IAU 2006
 * general precession in longitude since J2000) plus the nutation in longitude Δψ, so that
 * sidereal longitude = apparent tropical longitude of date − ayanamsa. This is Swiss
 * Ephemeris's `swe_get_ayanamsa_ex_ut` without `SEFLG_NONUT`; Lahiri agrees with it to 0.2″ over
 * 1800–2100 (Δψ here is astronomy-engine's short IAU 2000B series).
 *
 * @param jdUt Julian day (UT); ΔT as in ./delta-t.ts.
 */
export function ayanamsaDegrees(kind: Ayanamsa, jdUt: number): number {
  const time = astroTime(jdUt);
  const mean = AT_J2000[kind] + IAU_2006(time.tt / 36525);
  return (mean + Astronomy.e_tilt(time).dpsi) / ARCSEC_PER_DEG;
}
