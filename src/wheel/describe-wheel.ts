import { signOf } from "../astro/signs.ts";
import type { WheelChart } from "./render-wheel.ts";

/** Names of the bodies and points as a reader says them. */
const NAMES: Record<string, string> = {
  sun: "Sun",
  moon: "Moon",
  mercury: "Mercury",
  venus: "Venus",
  mars: "Mars",
  jupiter: "Jupiter",
  saturn: "Saturn",
  uranus: "Uranus",
  neptune: "Neptune",
  pluto: "Pluto",
  mean_node: "Mean node",
  true_node: "True node",
  mean_lilith: "Mean Lilith",
  ascendant: "Ascendant",
  midheaven: "Midheaven",
};

/** A body's or angle's name for sentences: "Sun", "Mean node"; an unknown id is returned as is. */
export function pointName(id: string): string {
  return NAMES[id] ?? id;
}

function capitalized(word: string): string {
  return `${word[0]?.toUpperCase() ?? ""}${word.slice(1)}`;
}

/**
 * An angle in degrees as whole degrees and minutes, truncated (an ephemeris' convention: 29.99°
 * is 29°59′, never 30°00′).
 * @param degrees a non-negative angle in degrees.
 */
export function formatDegree(degrees: number): { degrees: number; minutes: number; text: string } {
  const whole = Math.floor(degrees);
  const minutes = Math.min(59, Math.floor((degrees - whole) * 60 + 1e-9));
  return { degrees: whole, minutes, text: `${whole}°${String(minutes).padStart(2, "0")}′` };
}

/** "12°34′ Gemini" for an ecliptic longitude. */
function placement(longitude: number): string {
  const { sign, signDegree } = signOf(longitude);
  return `${formatDegree(signDegree).text} ${capitalized(sign)}`;
}

/**
 * "Placidus houses", or "Porphyry houses (Placidus undefined at this latitude)" when the requested
 * system fell back inside the polar circles.
 */
function housesName(houses: NonNullable<WheelChart["houses"]>): string {
  const fallback =
    houses.requested_system === houses.system
      ? ""
      : ` (${houseSystemName(houses.requested_system)} undefined at this latitude)`;
  return `${houseSystemName(houses.system)} houses${fallback}`;
}

/** A house system's name for people: `whole_sign` → "Whole sign". */
export function houseSystemName(system: string): string {
  return capitalized(system.replaceAll("_", " "));
}

/** The wheel's accessible name (its `<title>`): which instant, zodiac and houses. */
export function titleOfWheel(chart: WheelChart): string {
  const zodiac =
    chart.zodiac === "sidereal"
      ? `sidereal zodiac (${chart.ayanamsa ?? "lahiri"})`
      : "tropical zodiac";
  const houses = chart.houses ? housesName(chart.houses) : "birth time unknown, no houses";
  return `Chart wheel for ${chart.utc.replace("T", " ").replace("Z", " UTC")}, ${zodiac}, ${houses}`;
}

/**
 * The wheel's description (its `<desc>`), in words for screen readers: every body's sign, degree,
 * house and retrograde motion, the angles, and every aspect with its orb.
 */
export function describeWheel(chart: WheelChart): string {
  const bodies = chart.bodies.map((b) => {
    const house = b.house === null ? "" : `, house ${b.house}`;
    return `${pointName(b.id)} ${placement(b.longitude)}${house}${b.retrograde ? ", retrograde" : ""}.`;
  });
  const angles = chart.angles
    ? [
        `Ascendant ${placement(chart.angles.ascendant)}.`,
        `Midheaven ${placement(chart.angles.midheaven)}.`,
      ]
    : [];
  const aspects =
    chart.aspects.length === 0
      ? ["No major aspects."]
      : [
          `Aspects: ${chart.aspects
            .map(
              (x) =>
                `${pointName(x.a)} ${x.type} ${pointName(x.b)} (orb ${formatDegree(x.orb).text}, ${x.applying ? "applying" : "separating"})`,
            )
            .join("; ")}.`,
        ];
  return [...bodies, ...angles, ...aspects].join(" ");
}
