import * as Astronomy from "astronomy-engine";
import { describe, expect, it } from "vitest";
import { apparentVector } from "../../src/astro/apparent.ts";
import { BODY_IDS, type BodyId, computeBodies } from "../../src/astro/bodies.ts";
import { astroTime } from "../../src/astro/delta-t.ts";
import { eclipticFrame, toEcliptic } from "../../src/astro/ecliptic-frame.ts";
import { ARCSEC_PER_DEG, DEG_PER_RAD, signedDifference, type Vec3 } from "../../src/astro/math.ts";
import { ASTRONOMY_BODY, earthState, heliocentricState } from "../../src/astro/planet-longitude.ts";

// The engine's one-state-per-body solution against astronomy-engine's own model evaluated the
// direct way: GeoVector(body, t, true), which evaluates VSOP87 again at every light-time iteration,
// and speeds as central differences of whole positions in their own frames.

/** 600 instants spread over 1800–2100 (UT). */
const INSTANTS = Array.from({ length: 600 }, (_, i) => 2378497 + i * 182.6 + (i % 13) * 0.29);

const VSOP_BODIES = ASTRONOMY_BODY;

const vec = (v: Astronomy.Vector): Vec3 => [v.x, v.y, v.z];

function angleArcsec(a: Vec3, b: Vec3): number {
  const cross = Math.hypot(
    a[1] * b[2] - a[2] * b[1],
    a[2] * b[0] - a[0] * b[2],
    a[0] * b[1] - a[1] * b[0],
  );
  return Math.atan2(cross, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) * DEG_PER_RAD * ARCSEC_PER_DEG;
}

/** The osculating node's longitude the direct way: GeoMoonState rotated, h = r × v. */
function directTrueNode(time: Astronomy.AstroTime): number {
  const s = Astronomy.RotateState(eclipticFrame(time).rotation, Astronomy.GeoMoonState(time));
  return Math.atan2(s.y * s.vz - s.z * s.vy, -(s.z * s.vx - s.x * s.vz)) * DEG_PER_RAD;
}

/** Apparent longitude the direct way (astronomy-engine's GeoVector; the Moon at t − r/c). */
function directLongitude(id: BodyId, time: Astronomy.AstroTime, moonLightTime: number): number {
  const frame = eclipticFrame(time);
  if (id === "moon")
    return toEcliptic(frame, vec(Astronomy.GeoMoon(time.AddDays(-moonLightTime)))).longitude;
  return toEcliptic(
    frame,
    vec(Astronomy.GeoVector(VSOP_BODIES[id as keyof typeof VSOP_BODIES], time, true)),
  ).longitude;
}

describe("apparentVector", () => {
  it("gives GeoVector(body, t, true)'s direction within 0.001″ for the Sun and the planets", () => {
    const worst: string[] = [];
    for (const [id, body] of Object.entries(VSOP_BODIES)) {
      let worstAngle = 0;
      for (const jd of INSTANTS) {
        const time = astroTime(jd);
        const actual = apparentVector(
          heliocentricState(id as keyof typeof VSOP_BODIES, time),
          earthState(time),
        );
        worstAngle = Math.max(
          worstAngle,
          angleArcsec(actual.position, vec(Astronomy.GeoVector(body, time, true))),
        );
      }
      worst.push(`${id} ${worstAngle.toExponential(1)}″`);
      expect(worstAngle, id).toBeLessThan(0.001);
    }
    console.log(`one state per body vs GeoVector, worst: ${worst.join(", ")}`);
  });

  it("gives Pluto's apparent direction within 0.01″ of GeoVector(Pluto, t, true) (the fit's error)", () => {
    let worstAngle = 0;
    for (const jd of INSTANTS) {
      const time = astroTime(jd);
      const actual = apparentVector(heliocentricState("pluto", time), earthState(time));
      worstAngle = Math.max(
        worstAngle,
        angleArcsec(actual.position, vec(Astronomy.GeoVector(Astronomy.Body.Pluto, time, true))),
      );
    }
    expect(worstAngle).toBeLessThan(0.01);
  });

  it("has a velocity that is the derivative of its position (within the pulls it leaves out)", () => {
    // keplerStep moves the states over the light time τ with the Sun's pull alone; the series' own
    // second derivatives differ from it by up to 5e-6 AU/day² (measured: Mercury 4.8e-6, the rest
    // ≤ 2.4e-6; on the Earth it is mostly the Moon's pull), so velocities at t′ are off by up to
    // 6e-6 · τ: 1.6e-8 AU/day for Mercury, which is under 1e-6 °/day in speed.
    const h = 1e-3;
    for (const jd of INSTANTS.slice(0, 60)) {
      for (const id of Object.keys(VSOP_BODIES) as (keyof typeof VSOP_BODIES)[]) {
        const at = (t: number) => {
          const time = astroTime(t);
          return apparentVector(heliocentricState(id, time), earthState(time));
        };
        const [before, now, after] = [at(jd - h), at(jd), at(jd + h)];
        for (let k = 0; k < 3; k++) {
          const difference =
            ((after.position[k] as number) - (before.position[k] as number)) / (2 * h);
          const tolerance = 6e-6 * (Math.hypot(...now.position) / Astronomy.C_AUDAY) + 1e-11;
          expect(Math.abs(difference - (now.velocity[k] as number)), id).toBeLessThan(tolerance);
        }
      }
    }
  });
});

describe("computeBodies' speeds against central differences of whole positions", () => {
  it("agree within 5e-6 °/day for the Sun and planets, 5e-5 for the Moon, 5e-4 for the true node", () => {
    const h = 0.01;
    const worst = new Map<BodyId, number>();
    for (const jd of INSTANTS) {
      const bodies = computeBodies(jd);
      const time = astroTime(jd);
      const moon = Astronomy.GeoMoon(time);
      const moonLightTime = Math.hypot(moon.x, moon.y, moon.z) / Astronomy.C_AUDAY;
      for (const id of BODY_IDS) {
        const body = bodies.find((b) => b.id === id);
        let expected: number;
        if (id === "true_node") {
          // SE differences the osculating node over ±0.1 day: its own noise is ~3e-5° per value.
          expected =
            signedDifference(
              directTrueNode(time.AddDays(0.1)),
              directTrueNode(time.AddDays(-0.1)),
            ) / 0.2;
        } else if (id in VSOP_BODIES || id === "moon") {
          expected =
            signedDifference(
              directLongitude(id, time.AddDays(h), moonLightTime),
              directLongitude(id, time.AddDays(-h), moonLightTime),
            ) /
            (2 * h);
        } else continue;
        worst.set(id, Math.max(worst.get(id) ?? 0, Math.abs((body?.speed as number) - expected)));
      }
    }
    console.log(
      `speeds vs central differences, worst °/day: ${[...worst].map(([id, w]) => `${id} ${w.toExponential(1)}`).join(", ")}`,
    );
    for (const [id, w] of worst) {
      expect(w, id).toBeLessThan(id === "true_node" ? 5e-4 : id === "moon" ? 5e-5 : 5e-6);
    }
  });
});
