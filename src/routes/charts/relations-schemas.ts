import { z } from "@hono/zod-openapi";
import { AYANAMSAS } from "../../astro/ayanamsa.ts";
import { PLANET_IDS } from "../../astro/planet-longitude.ts";
import { SIGNS } from "../../astro/signs.ts";
import {
  MAX_TRANSIT_RANGE_DAYS,
  MOON_MAX_RANGE_DAYS,
  normalizeInstant,
  TRANSIT_EARLIEST_MS,
  TRANSIT_LATEST_MS,
} from "../../charts/transit-window.ts";
import { EVEN_WITH_FIELD_ERRORS } from "../refine-always.ts";
import { ChartRequestSchema } from "./schemas.ts";

const ASPECT_TYPES = ["conjunction", "sextile", "square", "trine", "opposition"] as const;

/** A UTC instant (RFC 3339 with `Z` or an offset), normalized to UTC to the second. */
const instant = (description: string) =>
  z.iso
    .datetime({
      offset: true,
      message: "must be an RFC 3339 time with Z or an offset, such as 2026-01-02T03:04:05Z",
      // A malformed time has no range to be out of: one issue for the field, not two.
      abort: true,
    })
    .refine((t) => Date.parse(t) >= TRANSIT_EARLIEST_MS && Date.parse(t) < TRANSIT_LATEST_MS, {
      message:
        "must be from 1799-12-31T00:00:00Z to 2101-01-01T23:59:59Z (every instant a chart of 1800–2100 can stand for)",
      // Nor is an instant out of range before or after another: the cross-field rules wait.
      abort: true,
    })
    .transform(normalizeInstant)
    .optional()
    .openapi({ description, example: "2026-03-20T12:00:00Z" });

/** The transit window fields, shared by `POST /v1/charts/transits` and transit readings. */
export const transitWindowFields = {
  at: instant(
    "One instant (UTC): the sky then against the natal chart. Give this, or `from` and `to`.",
  ),
  from: instant("Start of a range (UTC); with `to`."),
  to: instant(
    `End of a range (UTC), after \`from\` and at most ${MAX_TRANSIT_RANGE_DAYS} days from it.`,
  ),
};

/**
 * The cross-field rules of a transit window: `at`, or `from` and `to` (not both kinds), `to` after
 * `from` and at most {@link MAX_TRANSIT_RANGE_DAYS} days later; the Moon only in ranges up to
 * {@link MOON_MAX_RANGE_DAYS} days. Issues name the field at fault.
 */
export function refineTransitWindow(
  body: {
    at?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    bodies?: readonly string[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [field], message });
  if (body.at !== undefined) {
    if (body.from !== undefined) issue("from", "give either at, or from and to, not both");
    if (body.to !== undefined) issue("to", "give either at, or from and to, not both");
    return;
  }
  if (body.from === undefined && body.to === undefined) {
    issue("at", "give at (one instant), or from and to (a range)");
    return;
  }
  if (body.from === undefined || body.to === undefined) {
    const missing = body.from === undefined ? "from" : "to";
    issue(missing, "a range needs both from and to");
    return;
  }
  const days = (Date.parse(body.to) - Date.parse(body.from)) / 86_400_000;
  if (days <= 0) issue("to", "must be after from");
  else if (days > MAX_TRANSIT_RANGE_DAYS) {
    issue("to", `must be at most ${MAX_TRANSIT_RANGE_DAYS} days after from`);
  } else if (days > MOON_MAX_RANGE_DAYS && body.bodies?.includes("moon")) {
    issue(
      "bodies",
      `the moon is allowed in ranges up to ${MOON_MAX_RANGE_DAYS} days; leave it out or shorten the range`,
    );
  }
}

/** `{ chart_id } | { chart }` rules, naming `<name>_id`. */
export function refineChartReference(
  body: Record<string, unknown>,
  ctx: z.RefinementCtx,
  name: "chart" | "partner_chart",
): void {
  if ((body[`${name}_id`] === undefined) === (body[name] === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [`${name}_id`],
      message: `give exactly one of ${name}_id and ${name}`,
    });
  }
}

const chartId = (description: string) =>
  z.string().max(64).optional().openapi({ description, example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" });

const inlineChart = (description: string) => ChartRequestSchema.optional().openapi({ description });

const orbsSchema = (max: number, description: string) =>
  z
    .object(Object.fromEntries(ASPECT_TYPES.map((t) => [t, z.number().min(0).max(max).optional()])))
    .strict()
    .optional()
    .openapi({ description });

/** Body of `POST /v1/charts/transits`. */
export const TransitsRequestSchema = z
  .object({
    chart_id: chartId("The natal chart: a stored chart of this account. Give this or `chart`."),
    chart: inlineChart(
      "The natal chart as a chart request (as for POST /v1/charts); computed, never stored here.",
    ),
    ...transitWindowFields,
    bodies: z
      .array(z.enum(PLANET_IDS))
      .min(1)
      .refine((b) => new Set(b).size === b.length, { message: "must not repeat a body" })
      .optional()
      .openapi({
        description: `Transiting bodies. Default: the Sun to Pluto, without the Moon for ranges over ${MOON_MAX_RANGE_DAYS} days (where it is refused).`,
      }),
    orbs: orbsSchema(
      5,
      "Transit orbs in degrees (0–5; 0 leaves the type out). Defaults: conjunction and opposition 2, square and trine 1.5, sextile 1.",
    ),
  })
  .strict()
  .superRefine((body, ctx) => refineChartReference(body, ctx, "chart"), EVEN_WITH_FIELD_ERRORS)
  .superRefine((body, ctx) => refineTransitWindow(body, ctx))
  .openapi("TransitsRequest");

const longitude = z.number().openapi({ description: "Ecliptic longitude, degrees [0, 360)." });
const iso = z.string().openapi({ example: "2026-03-20T12:00:00Z" });

const AspectSchema = z.object({
  a: z.string(),
  b: z.string(),
  type: z.enum(ASPECT_TYPES),
  angle: z.number(),
  orb: z.number().openapi({ description: "|separation − angle|, degrees." }),
  applying: z.boolean(),
});

const relationHead = {
  chart_id: z.string().nullable().openapi({ description: "Null for an inline chart." }),
  zodiac: z.enum(["tropical", "sidereal"]),
  ayanamsa: z.enum(AYANAMSAS).nullable(),
};

const orbsOut = z.object(Object.fromEntries(ASPECT_TYPES.map((t) => [t, z.number()])));

/** 200 body of `POST /v1/charts/transits`: one instant (`at`) or a range (`from`, `to`). */
export const TransitsSchema = z
  .object({
    ...relationHead,
    bodies: z.array(z.enum(PLANET_IDS)),
    orbs: orbsOut,
    at: iso.optional().openapi({ description: "Instant answers: the instant." }),
    julian_day_ut: z.number().optional(),
    positions: z
      .array(
        z.object({
          id: z.enum(PLANET_IDS),
          longitude,
          speed: z.number().openapi({ description: "Degrees/day." }),
          retrograde: z.boolean(),
          sign: z.enum(SIGNS),
          sign_degree: z.number(),
          natal_house: z.number().int().min(1).max(12).nullable(),
        }),
      )
      .optional()
      .openapi({ description: "Instant answers: the transiting bodies, in the natal zodiac." }),
    aspects: z.array(AspectSchema).optional().openapi({
      description:
        "Instant answers: `a` transiting, `b` natal; applying/separating with the natal point fixed.",
    }),
    from: iso.optional(),
    to: iso.optional(),
    events: z
      .array(
        z.object({
          transiting: z.enum(PLANET_IDS),
          natal: z.string().openapi({ description: "A natal body, `ascendant` or `midheaven`." }),
          type: z.enum(ASPECT_TYPES),
          angle: z.number(),
          exact_at: z.array(iso).openapi({
            description:
              "Perfections in the range (UTC, to the second); several when the body turns retrograde.",
          }),
          enters_orb_at: iso.nullable().openapi({ description: "Null: in orb at `from`." }),
          leaves_orb_at: iso.nullable().openapi({ description: "Null: still in orb at `to`." }),
        }),
      )
      .optional()
      .openapi({ description: "Range answers: passages through an orb, by start time." }),
  })
  .openapi("Transits");

/** Body of `POST /v1/charts/synastry`. */
export const SynastryRequestSchema = z
  .object({
    chart_id: chartId("The first chart: a stored chart of this account. Give this or `chart`."),
    chart: inlineChart("The first chart as a chart request; computed, never stored here."),
    partner_chart_id: chartId(
      "The second chart: a stored chart of this account. Give this or `partner_chart`.",
    ),
    partner_chart: inlineChart("The second chart as a chart request; computed, never stored here."),
    orbs: orbsSchema(
      15,
      "Orbs in degrees (0–15), over the natal defaults (conjunction and opposition 8, square and trine 7, sextile 5).",
    ),
  })
  .strict()
  .superRefine((body, ctx) => {
    refineChartReference(body, ctx, "chart");
    refineChartReference(body, ctx, "partner_chart");
  }, EVEN_WITH_FIELD_ERRORS)
  .openapi("SynastryRequest");

const OverlaySchema = z.array(
  z.object({ body: z.string(), house: z.number().int().min(1).max(12) }),
);

/** 200 body of `POST /v1/charts/synastry`. */
export const SynastrySchema = z
  .object({
    ...relationHead,
    partner_chart_id: z.string().nullable(),
    orbs: orbsOut,
    aspects: z.array(AspectSchema).openapi({
      description: "`a` a point of the first chart, `b` of the second; the single-chart rule.",
    }),
    first_in_second_houses: OverlaySchema.nullable().openapi({
      description: "The first chart's bodies in the second's houses; null without its birth time.",
    }),
    second_in_first_houses: OverlaySchema.nullable().openapi({
      description: "The second chart's bodies in the first's houses; null without its birth time.",
    }),
  })
  .openapi("Synastry");
