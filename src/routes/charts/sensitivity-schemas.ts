import { z } from "@hono/zod-openapi";
import { BODY_IDS } from "../../astro/bodies.ts";
import { SIGNS } from "../../astro/signs.ts";
import { DEFAULT_WINDOW_MINUTES, MAX_WINDOW_MINUTES } from "../../charts/chart-sensitivity.ts";

/** Query of `GET /v1/charts/{id}/sensitivity`: plain digits, 1–720, default 30 (`1e2` refused). */
export const SensitivityQuerySchema = z
  .object({
    window_minutes: z
      .string()
      .regex(/^[0-9]{1,3}$/, {
        message: `must be a whole number of minutes from 1 to ${MAX_WINDOW_MINUTES}`,
      })
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_WINDOW_MINUTES))
      .default(DEFAULT_WINDOW_MINUTES)
      .openapi({
        param: { name: "window_minutes", in: "query" },
        type: "integer",
        minimum: 1,
        maximum: MAX_WINDOW_MINUTES,
        description: `Half-width of the window around the stated birth instant, minutes, 1–${MAX_WINDOW_MINUTES} (default ${DEFAULT_WINDOW_MINUTES}).`,
        example: DEFAULT_WINDOW_MINUTES,
      }),
  })
  .strict();

const PlacementValueSchema = z.union([z.enum(SIGNS), z.number().int().min(1).max(12)]).openapi({
  description: "A sign (angle_sign, cusp_sign, body_sign) or a house number 1–12 (body_house).",
  example: "leo",
});

const InstantSchema = z
  .object({
    at: z.string().openapi({ description: "UTC, ISO 8601.", example: "1990-06-15T13:34:12Z" }),
    local: z.string().openapi({
      description:
        "Local civil time in the chart's zone at that instant, with its UTC offset (seconds shown for local mean time).",
      example: "1990-06-15T14:34:12+01:00",
    }),
    offset_seconds: z.number().int().openapi({
      description: "Seconds from the stated birth instant, negative before it.",
      example: 252,
    }),
  })
  .openapi("SensitivityInstant");

const ChangeSchema = InstantSchema.extend({
  from: PlacementValueSchema,
  to: PlacementValueSchema,
  jump: z.boolean().openapi({
    description:
      "True when the quantity jumps at that instant instead of crossing continuously: whole-sign cusps and houses (they step by 30° with the ascendant's sign), or the ascendant turning by 180° inside the polar circles.",
  }),
}).openapi("SensitivityChange");

const KindSchema = z.enum(["angle_sign", "cusp_sign", "body_house", "body_sign"]).openapi({
  description:
    "angle_sign: the ascendant's or midheaven's sign; cusp_sign: a house cusp's sign; body_house: a body's house; body_sign: a body's sign.",
});

const SubjectSchema = z.string().openapi({
  description: `\`ascendant\`, \`midheaven\`, \`cusp_1\` … \`cusp_12\`, or a body id (${BODY_IDS.join(", ")}).`,
  example: "ascendant",
});

const PlacementSchema = z
  .object({
    kind: KindSchema,
    subject: SubjectSchema,
    value: PlacementValueSchema,
    stable_from: z.union([InstantSchema, z.null()]).openapi({
      description:
        "Earliest birth time in the window with the same value (the last change before the stated time); null when unchanged back to the window's start.",
    }),
    stable_until: z.union([InstantSchema, z.null()]).openapi({
      description:
        "Latest birth time in the window with the same value (the first change after the stated time); null when unchanged to the window's end.",
    }),
    changes: z.array(ChangeSchema).openapi({
      description:
        "Every change within the window, in time order, each within a second of the true instant.",
    }),
  })
  .openapi("SensitivityPlacement");

/** Body of `GET /v1/charts/{id}/sensitivity`. */
export const SensitivitySchema = z
  .object({
    chart_id: z.string().openapi({ example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    window_minutes: z.number().int().openapi({ example: 30 }),
    birth: InstantSchema,
    window_start: InstantSchema,
    window_end: InstantSchema,
    house_system: z.string().openapi({
      description: "The house system used (Porphyry where Placidus or Koch fall back).",
      example: "placidus",
    }),
    requested_house_system: z.string().openapi({ example: "placidus" }),
    zodiac: z.enum(["tropical", "sidereal"]),
    sensitive_within_minutes: z.number().int().openapi({ example: 15 }),
    sensitive: z
      .array(
        z.object({
          kind: KindSchema,
          subject: SubjectSchema,
          value: PlacementValueSchema,
          change: ChangeSchema,
        }),
      )
      .openapi({
        description:
          "Placements with a change within `sensitive_within_minutes` of the stated time, nearest change first: those a small error in the birth time would alter.",
      }),
    placements: z.array(PlacementSchema).openapi({
      description:
        "Ascendant and midheaven signs, the twelve cusps' signs, every body's sign, every body's house, in that order.",
    }),
    warnings: z
      .array(
        z.object({
          code: z.enum(["house_system_fallback", "discontinuous_angles", "engine_version_changed"]),
          message: z.string(),
        }),
      )
      .openapi({ description: "Where the method's guarantees weaken (polar latitudes) and why." }),
    method: z.object({
      grid_seconds: z.number().openapi({ example: 120 }),
      tolerance_seconds: z.number().openapi({ example: 0.5 }),
    }),
    engine_version: z.string().openapi({ example: "1.0.0" }),
  })
  .openapi("ChartSensitivity");
