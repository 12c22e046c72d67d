import type { BodyId } from "../astro/bodies.ts";
import type { ChartData } from "../astro/chart.ts";
import { normalizeDegrees, signedDifference } from "../astro/math.ts";
import { SIGNS } from "../astro/signs.ts";
import { describeWheel, formatDegree, houseSystemName, titleOfWheel } from "./describe-wheel.ts";
import { BODY_GLYPHS, RETROGRADE_GLYPH, SIGN_GLYPHS } from "./glyphs.ts";
import { spreadOnCircle } from "./spread.ts";
import { ASPECT_DASHES, PALETTES, type WheelPalette, type WheelTheme } from "./themes.ts";

/**
 * Bumped whenever the drawing changes, so ETags of rendered wheels change with it.
 */
export const WHEEL_RENDERER_VERSION = "1";

/** What the wheel is drawn from: the parts of a computed chart it shows. */
export type WheelChart = Pick<
  ChartData,
  | "utc"
  | "time_known"
  | "bodies"
  | "angles"
  | "houses"
  | "aspects"
  | "zodiac"
  | "ayanamsa"
  | "ayanamsa_value"
>;

/** Rendering options. */
export interface WheelOptions {
  theme: WheelTheme;
}

/** Half the side of the square viewBox, centred on the origin (wheel units). */
const HALF = 340;
/** Radii of the rings, wheel units. */
const R = {
  zodiacOuter: 300,
  zodiacInner: 262,
  signGlyph: 281,
  axisLabel: 318,
  exactTick: 253,
  leaderEnd: 245,
  bodyGlyph: 233,
  degree: 208,
  minute: 190,
  retrograde: 174,
  houseOuter: 164,
  houseNumber: 152,
  houseInner: 140,
} as const;
/** Smallest angular distance between displayed bodies, degrees (fits the stacked labels). */
const MIN_BODY_GAP = 8.5;
/** Smallest angular distance between house numbers, degrees. */
const MIN_HOUSE_NUMBER_GAP = 6;
const FONT = "system-ui, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

/** Rounds to 0.01 wheel unit: enough for any screen, and short. */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Escapes text for XML character data and attribute values. */
function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * Draws a chart as an SVG wheel: the zodiac ring with sign glyphs and degree ticks, house cusps
 * and numbers, the bodies spread apart ({@link spreadOnCircle}) with leader lines to their exact
 * degree, degree and minute labels and a ℞ for retrograde motion, the angles, and aspect lines
 * coloured and dashed by type with a legend. The ascendant is on the left and longitude grows
 * counter-clockwise, as on a printed chart; without a birth time 0° Aries is on the left and there
 * are no houses or angles.
 *
 * Pure and self-contained: no scripts, styles, fonts or links to fetch (glyphs are paths; text
 * uses the reader's sans-serif font), so it can be served under `default-src 'none'`. Every
 * element a test needs carries a data attribute (`data-sign`, `data-body`, `data-part`,
 * `data-house`, `data-aspect`). Accessible name and description: `<title>` and `<desc>` through
 * `aria-labelledby`, the description listing every placement, angle and aspect in words.
 *
 * @returns the SVG document (UTF-8 text, no XML declaration), 600 × 600 CSS pixels by default.
 */
export function renderWheel(chart: WheelChart, options: WheelOptions): string {
  const p = PALETTES[options.theme];
  // Fixed ids: a page that inlines two wheels should embed them with <img> instead.
  const id = "wheel";
  const rotation = chart.angles?.ascendant ?? 0;
  /** Screen point of ecliptic longitude `lon` at radius `r`. */
  const at = (lon: number, r: number): [number, number] => {
    const a = ((lon - rotation) * Math.PI) / 180;
    return [-r * Math.cos(a), r * Math.sin(a)];
  };
  const line = (lon1: number, r1: number, lon2: number, r2: number): string => {
    const [x1, y1] = at(lon1, r1);
    const [x2, y2] = at(lon2, r2);
    return `x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"`;
  };

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-HALF} ${-HALF} ${2 * HALF} ${2 * HALF}" width="600" height="600" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}" data-theme="${options.theme}">`,
    `<title id="${id}-title">${escapeXml(titleOfWheel(chart))}</title>`,
    `<desc id="${id}-desc">${escapeXml(describeWheel(chart))}</desc>`,
    `<rect x="${-HALF}" y="${-HALF}" width="${2 * HALF}" height="${2 * HALF}" fill="${p.background}"/>`,
  ];

  // Zodiac band, sign boundaries, ticks every degree (longer every 5° and 10°), sign glyphs.
  const bandWidth = R.zodiacOuter - R.zodiacInner;
  parts.push(
    `<circle r="${(R.zodiacOuter + R.zodiacInner) / 2}" fill="none" stroke="${p.band}" stroke-width="${bandWidth}"/>`,
    `<g fill="none" stroke="${p.line}" stroke-width="1"><circle r="${R.zodiacOuter}"/><circle r="${R.zodiacInner}"/><circle r="${R.houseOuter}"/><circle r="${R.houseInner}"/></g>`,
  );
  const ticks: string[] = [];
  for (let d = 0; d < 360; d++) {
    const len = d % 30 === 0 ? bandWidth : d % 10 === 0 ? 9 : d % 5 === 0 ? 6 : 3.5;
    ticks.push(`<line ${line(d, R.zodiacInner, d, R.zodiacInner + len)}/>`);
  }
  parts.push(`<g stroke="${p.muted}" stroke-width="0.8">${ticks.join("")}</g>`);
  SIGNS.forEach((sign, i) => {
    const [x, y] = at(i * 30 + 15, R.signGlyph);
    parts.push(
      `<g data-sign="${sign}" transform="translate(${n(x)} ${n(y)}) scale(0.95)" fill="none" stroke="${p.ink}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"><path d="${SIGN_GLYPHS[sign]}"/></g>`,
    );
  });

  // Houses: cusp lines across the body ring (under everything else), numbers mid-house.
  if (chart.houses) {
    const cusps = chart.houses.cusps;
    const lines: string[] = [];
    const numbers: string[] = [];
    // Polar charts can squeeze houses to a degree or two: spread the numbers like the bodies.
    const middles = spreadOnCircle(
      cusps.map((cusp, i) => midpoint(cusp, cusps[(i + 1) % 12] as number)),
      MIN_HOUSE_NUMBER_GAP,
    );
    cusps.forEach((cusp, i) => {
      lines.push(`<line data-cusp="${i + 1}" ${line(cusp, R.houseInner, cusp, R.zodiacInner)}/>`);
      const [x, y] = at(middles[i] as number, R.houseNumber);
      numbers.push(
        `<text data-house="${i + 1}" x="${n(x)}" y="${n(y)}" dy="0.35em">${i + 1}</text>`,
      );
    });
    parts.push(
      `<g stroke="${p.line}" stroke-width="0.9">${lines.join("")}</g>`,
      `<g fill="${p.muted}" font-size="11" text-anchor="middle">${numbers.join("")}</g>`,
    );
  }

  // Angles: the horizon and meridian across the wheel, labelled outside it.
  if (chart.angles) {
    const a = chart.angles;
    const axes: [string, number][] = [
      ["AC", a.ascendant],
      ["DC", a.descendant],
      ["MC", a.midheaven],
      ["IC", a.imum_coeli],
    ];
    // Across the houses and bodies, and again outside the zodiac band, never over its glyphs.
    const strokes = axes.map(
      ([, lon]) =>
        `<line ${line(lon, R.houseInner, lon, R.zodiacInner)}/><line ${line(lon, R.zodiacOuter, lon, R.zodiacOuter + 8)}/>`,
    );
    const labels = axes.map(([label, lon]) => {
      const [x, y] = at(lon, R.axisLabel);
      return `<text data-angle="${label}" x="${n(x)}" y="${n(y)}" dy="0.35em">${label}</text>`;
    });
    parts.push(
      `<g stroke="${p.ink}" stroke-width="1.6">${strokes.join("")}</g>`,
      `<g fill="${p.ink}" font-size="12" font-weight="600" text-anchor="middle">${labels.join("")}</g>`,
    );
  }

  parts.push(aspectLines(chart, p, at));
  parts.push(bodies(chart, p, at, line));
  parts.push(legend(p), caption(chart, p));
  parts.push("</svg>");
  return parts.join("");
}

type At = (lon: number, r: number) => [number, number];

/** The aspect lines between exact positions on the inner circle. */
function aspectLines(chart: WheelChart, p: WheelPalette, at: At): string {
  const where = new Map<string, number>(chart.bodies.map((b) => [b.id, b.longitude]));
  if (chart.angles) {
    where.set("ascendant", chart.angles.ascendant);
    where.set("midheaven", chart.angles.midheaven);
  }
  const out = chart.aspects.flatMap((x) => {
    const a = where.get(x.a);
    const b = where.get(x.b);
    if (a === undefined || b === undefined) return [];
    const [x1, y1] = at(a, R.houseInner);
    const [x2, y2] = at(b, R.houseInner);
    const dash = ASPECT_DASHES[x.type];
    return [
      `<line data-aspect="${x.type}" data-a="${x.a}" data-b="${x.b}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${p.aspects[x.type]}"${dash === "none" ? "" : ` stroke-dasharray="${dash}"`}/>`,
    ];
  });
  return `<g stroke-width="1.3" stroke-linecap="round">${out.join("")}</g>`;
}

/** The bodies: leader line, glyph, degree, minute and ℞, each part marked with `data-part`. */
function bodies(
  chart: WheelChart,
  p: WheelPalette,
  at: At,
  line: (l1: number, r1: number, l2: number, r2: number) => string,
): string {
  const shown = spreadOnCircle(
    chart.bodies.map((b) => b.longitude),
    MIN_BODY_GAP,
  );
  const out = chart.bodies.map((b, i) => {
    const place = shown[i] as number;
    const ink = b.id === "mean_node" ? p.muted : p.ink;
    const { degrees, minutes } = formatDegree(b.sign_degree);
    const [gx, gy] = at(place, R.bodyGlyph);
    const [dx, dy] = at(place, R.degree);
    const [mx, my] = at(place, R.minute);
    const halo = `stroke="${p.background}" stroke-width="4" paint-order="stroke"`;
    const group = [
      `<g data-body="${b.id}" data-longitude="${b.longitude}"${b.retrograde ? ' data-retrograde="true"' : ""}>`,
      `<line data-part="leader" ${line(b.longitude, R.zodiacInner, b.longitude, R.exactTick)} stroke="${ink}" stroke-width="1.4"/>`,
      `<line data-part="leader" ${line(b.longitude, R.exactTick, place, R.leaderEnd)} stroke="${p.muted}" stroke-width="0.8"/>`,
      glyph(BODY_GLYPHS[b.id as BodyId], gx, gy, 0.95, ink, p.background, "glyph"),
      `<text data-part="degree" x="${n(dx)}" y="${n(dy)}" dy="0.35em" fill="${ink}" font-size="11" text-anchor="middle" ${halo}>${degrees}°</text>`,
      `<text data-part="minute" x="${n(mx)}" y="${n(my)}" dy="0.35em" fill="${p.muted}" font-size="10" text-anchor="middle" ${halo}>${minutes}′</text>`,
    ];
    if (b.retrograde) {
      const [rx, ry] = at(place, R.retrograde);
      group.push(glyph(RETROGRADE_GLYPH, rx, ry, 0.5, p.muted, p.background, "retrograde"));
    }
    group.push("</g>");
    return group.join("");
  });
  return out.join("");
}

/** A stroked glyph with a halo of the background colour, so lines beneath never cross it. */
function glyph(
  d: string,
  x: number,
  y: number,
  scale: number,
  ink: string,
  background: string,
  part: string,
): string {
  return `<g data-part="${part}" transform="translate(${n(x)} ${n(y)}) scale(${scale})" fill="none" stroke-linecap="round" stroke-linejoin="round"><path d="${d}" stroke="${background}" stroke-width="5"/><path d="${d}" stroke="${ink}" stroke-width="1.7"/></g>`;
}

/** The aspect legend, bottom left: a sample of each line and its name. */
function legend(p: WheelPalette): string {
  const rows = (Object.keys(ASPECT_DASHES) as (keyof typeof ASPECT_DASHES)[]).map((type, i) => {
    const y = HALF - 78 + i * 15;
    const dash = ASPECT_DASHES[type];
    return `<line x1="${-HALF + 10}" y1="${y}" x2="${-HALF + 40}" y2="${y}" stroke="${p.aspects[type]}" stroke-width="1.6"${dash === "none" ? "" : ` stroke-dasharray="${dash}"`}/><text x="${-HALF + 46}" y="${y}" dy="0.35em">${type[0]?.toUpperCase()}${type.slice(1)}</text>`;
  });
  return `<g data-legend="aspects" fill="${p.ink}" font-size="10" stroke-linecap="round">${rows.join("")}</g>`;
}

/** The zodiac and house system, top left. */
function caption(chart: WheelChart, p: WheelPalette): string {
  const zodiac =
    chart.zodiac === "sidereal"
      ? `Sidereal (${chart.ayanamsa ?? "lahiri"} ${formatDegree(chart.ayanamsa_value ?? 0).text})`
      : "Tropical";
  // Short lines: the corner ends where the zodiac ring begins.
  const h = chart.houses;
  const houses = !h
    ? ["Birth time unknown: no houses"]
    : h.requested_system === h.system
      ? [`${houseSystemName(h.system)} houses`]
      : [
          `${houseSystemName(h.system)} houses`,
          `(${houseSystemName(h.requested_system)} undefined here)`,
        ];
  const lines = [chart.utc.replace("T", " ").replace("Z", " UTC"), zodiac, ...houses];
  return `<g data-caption="chart" fill="${p.ink}" font-size="11">${lines
    .map((t, i) => `<text x="${-HALF + 10}" y="${-HALF + 18 + i * 15}">${escapeXml(t)}</text>`)
    .join("")}</g>`;
}

/** The longitude, in [0, 360), halfway along the shorter arc from `a` to `b` (a house's middle). */
function midpoint(a: number, b: number): number {
  return normalizeDegrees(a + signedDifference(b, a) / 2);
}
