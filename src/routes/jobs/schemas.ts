import { z } from "@hono/zod-openapi";
import { JOB_STATUSES, JOB_TYPES } from "../../jobs/types.ts";
import { idPattern } from "../../lib/ids.ts";
import { listQuerySchema, listResponseSchema } from "../list.ts";

/** A background job (shared by the jobs routes and the routes that create jobs). */
export const JobSchema = z
  .object({
    id: z.string().openapi({ example: "job_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    type: z.enum(JOB_TYPES),
    status: z.enum(JOB_STATUSES),
    attempts: z.number().int().openapi({ description: "Attempts started so far." }),
    max_attempts: z.number().int(),
    progress: z.number().min(0).max(1),
    error: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .openapi({ description: "The last error (also while queued for a retry)." }),
    result: z.object({ reading_id: z.string() }).nullable(),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .openapi("Job");

/** Path parameter of the job routes. */
export const JobIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "job_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
});

/** Query of `GET /v1/jobs`: the list parameters and two optional filters. */
export const JobListQuerySchema = listQuerySchema(idPattern("job")).extend({
  status: z
    .enum(JOB_STATUSES)
    .optional()
    .openapi({
      param: { name: "status", in: "query" },
      description: "Only jobs in this status. Repeat it with `cursor` on the next pages.",
    }),
  type: z
    .enum(JOB_TYPES)
    .optional()
    .openapi({
      param: { name: "type", in: "query" },
      description: "Only jobs of this type. Repeat it with `cursor` on the next pages.",
    }),
});

/** 200 body of `GET /v1/jobs`. */
export const JobListSchema = listResponseSchema(JobSchema, "JobList");

const durationPercentiles = (what: string) =>
  z
    .object({
      p50: z.number().int().nullable(),
      p95: z.number().int().nullable(),
    })
    .openapi({
      description: `${what}, ms: nearest-rank percentiles over the sample; null when it is empty.`,
    });

/** 200 body of `GET /v1/jobs/stats`. */
export const JobStatsSchema = z
  .object({
    counts: z
      .object(
        Object.fromEntries(JOB_STATUSES.map((s) => [s, z.number().int()])) as {
          [S in (typeof JOB_STATUSES)[number]]: z.ZodNumber;
        },
      )
      .openapi({ description: "All of the account's jobs by status." }),
    total: z.number().int().openapi({ description: "All of the account's jobs." }),
    window_hours: z.number().int().openapi({
      description: "The percentiles cover succeeded jobs created this many hours back.",
      example: 24,
    }),
    sample_size: z
      .number()
      .int()
      .openapi({ description: "Succeeded jobs in the window the percentiles are computed from." }),
    queue_wait_ms: durationPercentiles(
      "From queued to started (from creation for a job re-queued after a failed attempt)",
    ),
    run_time_ms: durationPercentiles("From started to finished"),
  })
  .openapi("JobStats");
