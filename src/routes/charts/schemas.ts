import { z } from "@hono/zod-openapi";
import { AYANAMSAS } from "../../astro/ayanamsa.ts";
import { BODY_IDS } from "../../astro/bodies.ts";
import { HOUSE_SYSTEMS } from "../../astro/houses.ts";
import { SIGNS } from "../../astro/signs.ts";
import { isKnownZone } from "../../astro/time/zones.ts";
import { idPattern } from "../../lib/ids.ts";
import { listQuerySchema, listResponseSchema } from "../list.ts";
import { EVEN_WITH_FIELD_ERRORS } from "../refine-always.ts";

/** `YYYY-MM-DD` with an optional `THH:MM` or `THH:MM:SS`: local time, no offset, no fractions. */
export const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const DISAMBIGUATIONS = ["compatible", "earlier", "later", "reject"] as const;

const orb = z.number().min(0).max(15).optional();

/** The fields of a chart request, before the cross-field rules. */
const ChartRequestFields = z
  .object({
    datetime: z
      .string()
      .max(32, { abort: true })
      .regex(LOCAL_DATETIME, {
        message:
          "must be a local date and time YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS (no offset, no fractional seconds), or a date YYYY-MM-DD with time_known false",
      })
      .openapi({
        description:
          "Local civil date and time of birth at the birthplace, without offset. Seconds optional; fractions refused. Years 1800–2100. With `time_known: false`, a date alone.",
        example: "1990-06-15T14:30:00",
      }),
    time_known: z.boolean().default(true).openapi({
      description:
        "False when the birth time is unknown: the chart is cast for local noon with angles, houses and house placements null.",
    }),
    timezone: z
      .string()
      .min(1, { abort: true })
      .max(64, { abort: true })
      .refine((tz) => tz === "LMT" || isKnownZone(tz), {
        message: "unknown time zone: use an IANA name such as Europe/London, or LMT",
      })
      .optional()
      .openapi({
        description:
          'IANA time zone name (full tz database with backzone), or "LMT" for local mean time at the given longitude. Required unless `place_id` is given.',
        example: "Europe/London",
      }),
    latitude: z.number().min(-90).max(90).optional().openapi({
      description: "Degrees, north positive. Required unless `place_id` is given.",
      example: 51.5074,
    }),
    longitude: z.number().min(-180).max(180).optional().openapi({
      description: "Degrees, east positive. Required unless `place_id` is given.",
      example: -0.1278,
    }),
    place_id: z.string().min(1).max(32).optional().openapi({
      description:
        "A place from `GET /v1/places`, instead of `latitude`, `longitude` and `timezone`: the chart uses its coordinates and time zone, and its `input` records the place. An id the gazetteer does not hold is a 422 `unknown_place`.",
      example: "plc_2643743",
    }),
    house_system: z.enum(HOUSE_SYSTEMS).default("placidus"),
    zodiac: z.enum(["tropical", "sidereal"]).default("tropical"),
    ayanamsa: z.enum(AYANAMSAS).optional().openapi({
      description: "Sidereal zodiac only (default lahiri).",
    }),
    disambiguation: z.enum(DISAMBIGUATIONS).default("compatible").openapi({
      description:
        "For local times that happen twice or never at a clock change, with Temporal's meanings. `reject` answers 422 with the candidate instants.",
    }),
    orbs: z
      .object({
        conjunction: orb,
        sextile: orb,
        square: orb,
        trine: orb,
        opposition: orb,
      })
      .strict()
      .optional()
      .openapi({ description: "Maximum orbs in degrees (0–15), overriding the defaults." }),
    store: z.boolean().default(true).openapi({
      description:
        "False computes the chart without keeping anything (no stored chart, no cache entry; the response has no id). Not part of the chart's identity: equal inputs with and without it describe the same chart.",
    }),
  })
  .strict();

const COORDINATE_FIELDS = ["latitude", "longitude", "timezone"] as const;

/**
 * Body of `POST /v1/charts`. Unknown fields are rejected. The birthplace is exactly one of:
 * `place_id`, or `latitude` + `longitude` + `timezone`. That check runs even when other fields
 * failed ({@link EVEN_WITH_FIELD_ERRORS}), so `{}` names every missing field, not only `datetime`.
 */
export const ChartRequestSchema = ChartRequestFields.superRefine((body, ctx) => {
  for (const field of COORDINATE_FIELDS) {
    if (body.place_id !== undefined && body[field] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: "give either place_id or latitude, longitude and timezone, not both",
      });
    }
    if (body.place_id === undefined && body[field] === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: "required (or give place_id instead of latitude, longitude and timezone)",
      });
    }
  }
}, EVEN_WITH_FIELD_ERRORS)
  .superRefine((body, ctx) => {
    // A malformed datetime already has its own issue; whether it has a time is moot then.
    const wellFormed = LOCAL_DATETIME.test(body.datetime);
    const dateOnly = !body.datetime.includes("T");
    if (wellFormed && body.time_known && dateOnly) {
      ctx.addIssue({
        code: "custom",
        path: ["datetime"],
        message:
          "needs a time (YYYY-MM-DDTHH:MM); for an unknown birth time send time_known: false",
      });
    }
    if (wellFormed && !body.time_known && !dateOnly) {
      ctx.addIssue({
        code: "custom",
        path: ["datetime"],
        message: "must be a date alone (YYYY-MM-DD) when time_known is false",
      });
    }
    if (body.ayanamsa !== undefined && body.zodiac !== "sidereal") {
      ctx.addIssue({
        code: "custom",
        path: ["ayanamsa"],
        message: 'applies only with zodiac "sidereal"',
      });
    }
  })
  .openapi("ChartRequest");

/** A validated chart request as the handler receives it. */
export type ChartRequestBody = z.infer<typeof ChartRequestSchema>;

const longitude = z.number().openapi({ description: "Ecliptic longitude, degrees [0, 360)." });

const BodySchema = z
  .object({
    id: z.enum(BODY_IDS),
    longitude,
    latitude: z.number().openapi({ description: "Ecliptic latitude, degrees." }),
    speed: z.number().openapi({ description: "Degrees/day in longitude." }),
    retrograde: z.boolean(),
    sign: z.enum(SIGNS),
    sign_degree: z.number().openapi({ description: "Degrees within the sign, [0, 30)." }),
    house: z.number().int().min(1).max(12).nullable(),
  })
  .openapi("ChartBody");

/** A stored or computed chart (`id` is null when `store` was false). */
export const ChartSchema = z
  .object({
    id: z.string().nullable().openapi({ example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    created_at: z
      .string()
      .nullable()
      .openapi({ description: "ISO 8601 UTC; null when not stored." }),
    input: ChartRequestFields.omit({ place_id: true })
      .partial()
      .extend({
        place: z
          .object({
            id: z.string().openapi({ example: "plc_2643743" }),
            name: z.string().openapi({ example: "London" }),
            country_code: z.string().openapi({ example: "GB" }),
          })
          .optional()
          .openapi({
            description:
              "The place a `place_id` named; `latitude`, `longitude` and `timezone` are then its own.",
          }),
      })
      .openapi({
        description:
          "The request in canonical form: defaults applied, `datetime` with seconds, `ayanamsa` for sidereal charts, every orb, and a `place_id` resolved to the place's coordinates and zone with the place recorded in `place`. Equal requests written differently have equal `input`s.",
      }),
    utc: z.string().openapi({ example: "1990-06-15T13:30:00Z" }),
    utc_offset_seconds: z.number().int().openapi({ description: "Positive east of Greenwich." }),
    julian_day_ut: z.number(),
    time_known: z.boolean(),
    bodies: z.array(BodySchema),
    angles: z
      .object({
        ascendant: longitude,
        midheaven: longitude,
        descendant: longitude,
        imum_coeli: longitude,
      })
      .nullable(),
    houses: z
      .object({
        system: z.enum(HOUSE_SYSTEMS).openapi({ description: "The system applied." }),
        requested_system: z.enum(HOUSE_SYSTEMS),
        cusps: z.array(longitude).length(12).openapi({ description: "House 1 first." }),
      })
      .nullable(),
    aspects: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        type: z.enum(["conjunction", "sextile", "square", "trine", "opposition"]),
        angle: z.number(),
        orb: z.number().openapi({ description: "|separation − angle|, degrees." }),
        applying: z.boolean(),
      }),
    ),
    zodiac: z.enum(["tropical", "sidereal"]),
    ayanamsa: z.enum(AYANAMSAS).nullable(),
    ayanamsa_value: z.number().nullable().openapi({ description: "Degrees (true ayanamsa)." }),
    moon_range: z
      .object({ start_longitude: longitude, end_longitude: longitude, span_degrees: z.number() })
      .nullable()
      .openapi({ description: "Unknown birth time only: the Moon over the local day." }),
    warnings: z.array(
      z.object({
        code: z.enum([
          "local_time_adjusted",
          "house_system_fallback",
          "houses_reversed",
          "time_unknown",
        ]),
        message: z.string(),
      }),
    ),
    provenance: z
      .object({
        engine_version: z.string(),
        ephemeris: z.string(),
        tz_database: z.string(),
        timezone: z.string(),
        utc_offset_seconds: z.number().int(),
        utc_offset_source: z.enum(["tzdb", "lmt"]),
        disambiguation: z.enum(DISAMBIGUATIONS),
        local_time_adjustment: z.enum(["ambiguous", "nonexistent"]).nullable(),
        delta_t_seconds: z.number(),
        house_system_fallback: z.boolean(),
      })
      .openapi({ description: "How the chart was made, so it can be trusted and reproduced." }),
  })
  .openapi("Chart");

/** Path parameter of `GET /v1/charts/{id}`. */
export const ChartIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
});

/** Query of `GET /v1/charts`. */
export const ChartListQuerySchema = listQuerySchema(idPattern("chr"));

/** Body of `GET /v1/charts`. */
export const ChartListSchema = listResponseSchema(ChartSchema, "ChartList");
