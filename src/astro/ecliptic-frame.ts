import * as Astronomy from "astronomy-engine";
import { ARCSEC_PER_DEG, atan2Deg, DEG_PER_RAD } from "./math.ts";

/**
 * The true ecliptic and equinox of date at one instant: what turns astronomy-engine's J2000 mean
 * equatorial vectors (EQJ) into the ecliptic coordinates a chart uses. Built once per instant and
 * shared by every body computed at that instant.
 */
export interface EclipticFrame {
  /** The instant (astronomy-engine keeps both UT and TT). */
  readonly time: Astronomy.AstroTime;
  /**
   * EQJ → true ecliptic of date: IAU 2006 precession, IAU 2000B nutation, true obliquity
   * (astronomy-engine `Rotation_EQJ_ECT`; Meeus, Astronomical Algorithms, ch. 21–22).
   */
  readonly rotation: Astronomy.RotationMatrix;
  /** Nutation in longitude Δψ at `time` (IAU 2000B), in degrees. */
  readonly nutationInLongitude: number;
}

/** Ecliptic coordinates of date, in degrees: longitude in [0, 360), latitude in [−90, 90]. */
export interface EclipticPoint {
  longitude: number;
  latitude: number;
}

/**
 * Builds the {@link EclipticFrame} for an instant.
 *
 * @param time The instant; create it with `astroTime` (./delta-t.ts) so it carries Orrery's ΔT.
 */
export function eclipticFrame(time: Astronomy.AstroTime): EclipticFrame {
  return {
    time,
    rotation: Astronomy.Rotation_EQJ_ECT(time),
    nutationInLongitude: Astronomy.e_tilt(time).dpsi / ARCSEC_PER_DEG,
  };
}

/**
 * Ecliptic longitude and latitude of date of a direction given in EQJ (any length unit).
 *
 * @param frame The frame of the instant the vector belongs to.
 * @param vector A J2000 mean equatorial vector (astronomy-engine `Vector`).
 */
export function toEcliptic(frame: EclipticFrame, vector: Astronomy.Vector): EclipticPoint {
  const { x, y, z } = Astronomy.RotateVector(frame.rotation, vector);
  return {
    longitude: atan2Deg(y, x),
    latitude: Math.atan2(z, Math.hypot(x, y)) * DEG_PER_RAD,
  };
}
