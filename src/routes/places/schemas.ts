import { z } from "@hono/zod-openapi";
import { placeSearchKey } from "../../places/search-key.ts";

/**
 * A number from a query string: decimal notation only, so `""`, `0x10` and `1e3` are refused; an
 * explicit sign is kept (`%2B51.5`: a bare `+` in a query string is a space) and any number of
 * decimals, up to 32 characters.
 */
const queryNumber = z
  .string()
  .max(32)
  .regex(/^[+-]?\d{1,3}(\.\d+)?$/, { message: "must be a decimal number such as -12.345" })
  .transform(Number);

/** Query of `GET /v1/places`. */
export const PlaceSearchQuerySchema = z
  .object({
    q: z
      .string()
      .max(100)
      .refine((q) => placeSearchKey(q) !== "", { message: "must contain a letter or a digit" })
      .openapi({
        description:
          "The start of a place name, in any case, with or without accents and punctuation (`sao paulo` finds São Paulo).",
        example: "london",
      }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 code in capitals, e.g. GB" })
      .optional()
      .openapi({ description: "Only places in this country (ISO 3166-1 alpha-2).", example: "GB" }),
    limit: z
      .string()
      .regex(/^(?:[1-9]|[1-4][0-9]|50)$/, { message: "must be a whole number from 1 to 50" })
      .default("10")
      .transform(Number)
      .openapi({ description: "How many places, 1–50 (default 10).", example: "10" }),
  })
  .strict();

/** A place of the gazetteer. */
export const PlaceSchema = z
  .object({
    id: z.string().openapi({
      description: "`plc_` and the GeoNames id: give it as a chart's `place_id`.",
      example: "plc_2643743",
    }),
    geonames_id: z.number().int().openapi({ example: 2643743 }),
    name: z.string().openapi({ example: "London" }),
    ascii_name: z.string().openapi({ example: "London" }),
    country_code: z.string().openapi({ description: "ISO 3166-1 alpha-2.", example: "GB" }),
    admin1_code: z.string().nullable().openapi({
      description: "GeoNames first-level division code (e.g. a US state's postal code).",
      example: "ENG",
    }),
    latitude: z.number().openapi({ description: "Degrees, north positive.", example: 51.50853 }),
    longitude: z.number().openapi({ description: "Degrees, east positive.", example: -0.12574 }),
    population: z.number().int().openapi({ example: 7556900 }),
    timezone: z.string().openapi({
      description: "IANA time zone (GeoNames'), accepted by POST /v1/charts.",
      example: "Europe/London",
    }),
  })
  .openapi("Place");

/** Body of `GET /v1/places`. */
export const PlaceListSchema = z
  .object({
    data: z.array(PlaceSchema),
    source: z.string().openapi({ description: "The gazetteer and its licence." }),
  })
  .openapi("PlaceList");

/** Query of `GET /v1/places/timezone`. */
export const TimezoneQuerySchema = z
  .object({
    latitude: queryNumber
      .pipe(z.number().min(-90).max(90))
      .openapi({ description: "Degrees, north positive, −90 to 90.", example: "51.5074" }),
    longitude: queryNumber
      .pipe(z.number().min(-180).max(180))
      .openapi({ description: "Degrees, east positive, −180 to 180.", example: "-0.1278" }),
  })
  .strict();

/** Body of `GET /v1/places/timezone`. */
export const TimezoneAtSchema = z
  .object({
    latitude: z.number(),
    longitude: z.number(),
    timezone: z.string().openapi({
      description:
        "IANA zone at the point; at sea the nautical zone `Etc/GMT±N` (sign inverted: `Etc/GMT+2` is UTC−2). Accepted by POST /v1/charts.",
      example: "Europe/London",
    }),
    source: z.string().openapi({ description: "The boundary data that answered." }),
  })
  .openapi("TimezoneAt");
