import { z } from "@hono/zod-openapi";
import { SIGNS } from "../../astro/signs.ts";
import { idPattern } from "../../lib/ids.ts";
import { LANGUAGES } from "../../readings/corpus/index.ts";
import { CORPUS_BODIES } from "../../readings/corpus/types.ts";
import { ChartRequestSchema } from "../charts/schemas.ts";
import { JobSchema } from "../jobs/schemas.ts";
import { listQuerySchema, listResponseSchema } from "../list.ts";

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
    kind: z.enum(["natal"]).default("natal"),
    detail: z.enum(["brief", "standard", "full"]).default("standard").openapi({
      description:
        "`brief`: a sentence per part; `standard`: paragraphs; `full`: every aspect, pattern and stellium.",
    }),
    language: z.enum(LANGUAGES).default("en"),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.chart?.store === false) {
      ctx.addIssue({
        code: "custom",
        path: ["chart", "store"],
        message:
          "a reading's chart is stored for the account: omit store (or store the chart first)",
      });
    }
    if ((body.chart_id === undefined) === (body.chart === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["chart_id"],
        message: "give exactly one of chart_id and chart",
      });
    }
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
    kind: z.string(),
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
      .nullable(),
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
