import { z } from "@hono/zod-openapi";
import { SIGNS } from "../../astro/signs.ts";
import { idPattern } from "../../lib/ids.ts";
import { LANGUAGES } from "../../readings/corpus/index.ts";
import { CORPUS_BODIES } from "../../readings/corpus/types.ts";
import { READING_KINDS } from "../../readings/create-reading.ts";
import {
  refineChartReference,
  refineTransitWindow,
  transitWindowFields,
} from "../charts/relations-schemas.ts";
import { ChartRequestSchema } from "../charts/schemas.ts";
import { JobSchema } from "../jobs/schemas.ts";
import { listQuerySchema, listResponseSchema } from "../list.ts";
import { EVEN_WITH_FIELD_ERRORS } from "../refine-always.ts";

/** Body of `POST /v1/readings`: a stored chart's id, or a chart request (stored first). */
export const ReadingRequestSchema = z
  .object({
    chart_id: z.string().max(64).optional().openapi({
      description: "A stored chart of this account. Give this or `chart`.",
      example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    }),
    chart: ChartRequestSchema.optional().openapi({
      description: "A chart request, as for POST /v1/charts; the chart is stored for the account.",
    }),
    kind: z.enum(READING_KINDS).default("natal").openapi({
      description:
        "`natal`: the chart alone; `transit`: the sky against it at `at` or over `from`–`to` (as POST /v1/charts/transits, default bodies and orbs); `synastry`: the chart with `partner_chart_id` or `partner_chart` (same zodiac).",
    }),
    partner_chart_id: z.string().max(64).optional().openapi({
      description:
        "Synastry: the second chart, a stored chart of this account. Or `partner_chart`.",
      example: "chr_01JXYZ5V7Q9N8M2K3H4G5F6D7D",
    }),
    partner_chart: ChartRequestSchema.optional().openapi({
      description: "Synastry: the second chart as a chart request; stored for the account.",
    }),
    ...transitWindowFields,
    detail: z.enum(["brief", "standard", "full"]).default("standard").openapi({
      description:
        "`brief`: a sentence per part; `standard`: paragraphs; `full`: every aspect, pattern and stellium.",
    }),
    language: z.enum(LANGUAGES).default("en"),
  })
  .strict()
  .superRefine((body, ctx) => {
    refineChartReference(body, ctx, "chart");
    // An invalid kind has its own error; which fields it allows is moot then.
    if (!READING_KINDS.includes(body.kind)) return;
    if (body.kind === "synastry") refineChartReference(body, ctx, "partner_chart");
    else {
      for (const field of ["partner_chart_id", "partner_chart"] as const) {
        if (body[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: "only for kind synastry" });
        }
      }
    }
    if (body.kind !== "transit") {
      for (const field of ["at", "from", "to"] as const) {
        if (body[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: "only for kind transit" });
        }
      }
    }
  }, EVEN_WITH_FIELD_ERRORS)
  .superRefine((body, ctx) => {
    if (body.chart?.store === false) {
      ctx.addIssue({
        code: "custom",
        path: ["chart", "store"],
        message:
          "a reading's chart is stored for the account: omit store (or store the chart first)",
      });
    }
    if (body.partner_chart?.store === false) {
      ctx.addIssue({
        code: "custom",
        path: ["partner_chart", "store"],
        message: "a reading's charts are stored for the account: omit store",
      });
    }
    if (body.kind === "transit") refineTransitWindow(body, ctx);
  })
  .openapi("ReadingRequest");

/** 202 body of `POST /v1/readings`. */
export const ReadingAcceptedSchema = z
  .object({ job: JobSchema, reading_id: z.string() })
  .openapi("ReadingAccepted");

/** A reading (pending, ready or failed). */
export const ReadingSchema = z
  .object({
    id: z.string(),
    chart_id: z.string(),
    kind: z.enum(READING_KINDS),
    partner_chart_id: z
      .string()
      .nullable()
      .openapi({ description: "Synastry: the second chart; null for other kinds." }),
    parameters: z
      .object({ at: z.string().optional(), from: z.string().optional(), to: z.string().optional() })
      .nullable()
      .openapi({
        description:
          "Transit: the instant (`at`) or range (`from`, `to`), UTC; null for other kinds.",
      }),
    detail: z.string(),
    language: z.string(),
    status: z.enum(["pending", "ready", "failed"]),
    job_id: z.string(),
    placements: z
      .array(
        z.object({
          body: z.enum(CORPUS_BODIES),
          sign: z.enum(SIGNS),
          house: z.number().int().min(1).max(12).nullable(),
        }),
      )
      .nullable()
      .openapi({
        description:
          "Natal: the chart's bodies. Transit: the transiting bodies at `at` (or `from`), `house` the natal house they transit. Synastry: the second chart's bodies, `house` the first chart's house they fall in.",
      }),
    sections: z
      .array(
        z.object({
          key: z.string(),
          title: z.string(),
          body: z
            .enum(CORPUS_BODIES)
            .nullable()
            .openapi({ description: "The body a placement section is about." }),
          text: z.string(),
        }),
      )
      .nullable(),
    text: z.string().nullable().openapi({
      description: "The whole reading in Markdown (also with `Accept: text/markdown`).",
    }),
    narrative: z.enum(["composed", "ai"]).nullable().openapi({
      description:
        "`composed` from Orrery's corpus, or `ai` when a model rewrote it (staging and production with AI_MODEL set).",
    }),
    narrative_error: z.string().nullable().openapi({
      description: "Why a model rewrite was not used (timeout, error, dropped sections).",
    }),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .openapi("Reading");

/** Path parameter of the reading routes. */
export const ReadingIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "rdg_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
});

/** Query of `GET /v1/readings`. */
export const ReadingListQuerySchema = listQuerySchema(idPattern("rdg"));

/** 200 body of `GET /v1/readings`. */
export const ReadingListSchema = listResponseSchema(ReadingSchema, "ReadingList");
