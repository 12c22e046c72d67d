import * as Astronomy from "astronomy-engine";
import { ARCSEC_PER_DEG, atan2Deg, DEG_PER_RAD, type Vec3 } from "./math.ts";

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

/** {@link EclipticPoint} with the longitude's rate of change. */
export interface EclipticMotion extends EclipticPoint {
  /** d(longitude)/dt in degrees/day. */
  speed: number;
}

/** A 3×3 matrix in astronomy-engine's layout (`RotationMatrix.rot`: `rot[j][i]` maps axis j to i). */
export type Matrix3 = readonly (readonly number[])[];

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

/** `m` applied to `v`, as astronomy-engine's `RotateVector` does: v′ᵢ = Σⱼ m[j][i]·vⱼ. */
export function rotate(m: Matrix3, v: Vec3): Vec3 {
  const [a, b, c] = m as [number[], number[], number[]];
  return [
    (a[0] as number) * v[0] + (b[0] as number) * v[1] + (c[0] as number) * v[2],
    (a[1] as number) * v[0] + (b[1] as number) * v[1] + (c[1] as number) * v[2],
    (a[2] as number) * v[0] + (b[2] as number) * v[1] + (c[2] as number) * v[2],
  ];
}

/**
 * The rate of the frame's rotation at t from the frames at t − h and t + h: (M₊ − M₋)/2h, per
 * day. It is precession (50″/year) and nutation; the central difference's error, h²/6 of the
 * third derivative, is under 1e-6 of the rate for h = 0.01 day (nutation's shortest IAU 2000B
 * period is 5.6 days).
 *
 * @param before The frame at t − h.
 * @param after The frame at t + h.
 * @param h Half the interval, in days.
 * @returns Ṁ per day, in the layout of `RotationMatrix.rot`.
 */
export function frameRate(before: EclipticFrame, after: EclipticFrame, h: number): Matrix3 {
  return before.rotation.rot.map((row, j) =>
    row.map((m, i) => ((after.rotation.rot[j]?.[i] as number) - m) / (2 * h)),
  );
}

/**
 * Ecliptic longitude and latitude of date of a direction given in EQJ.
 *
 * @param frame The frame of the instant the vector belongs to.
 * @param vector A J2000 mean equatorial vector `[x, y, z]` (any length unit).
 */
export function toEcliptic(frame: EclipticFrame, vector: Vec3): EclipticPoint {
  return pointOf(rotate(frame.rotation.rot, vector));
}

/** Longitude and latitude of a vector already in the ecliptic of date. */
function pointOf([x, y, z]: Vec3): EclipticPoint {
  return {
    longitude: atan2Deg(y, x),
    latitude: Math.atan2(z, Math.hypot(x, y)) * DEG_PER_RAD,
  };
}

/**
 * Ecliptic longitude, latitude and longitude rate of date of a moving EQJ vector: with e = M·g,
 * ė = M·ġ + Ṁ·g and dλ/dt = (eₓ·ė_y − e_y·ėₓ)/(eₓ² + e_y²), the derivative of λ = atan2(e_y, eₓ).
 * Longitude and latitude are exactly {@link toEcliptic}'s.
 *
 * @param frame The frame at t.
 * @param rate The frame's rate at t ({@link frameRate}).
 * @param position The EQJ vector at t (any length unit).
 * @param velocity Its rate of change (the same unit per day).
 */
export function eclipticMotion(
  frame: EclipticFrame,
  rate: Matrix3,
  position: Vec3,
  velocity: Vec3,
): EclipticMotion {
  const e = rotate(frame.rotation.rot, position);
  const moved = rotate(frame.rotation.rot, velocity);
  const turned = rotate(rate, position);
  const dx = moved[0] + turned[0];
  const dy = moved[1] + turned[1];
  const speed = ((e[0] * dy - e[1] * dx) / (e[0] * e[0] + e[1] * e[1])) * DEG_PER_RAD;
  return { ...pointOf(e), speed };
}
