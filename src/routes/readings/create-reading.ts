import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createDb } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { POLL_AFTER_SECONDS } from "../../jobs/config.ts";
import { toJobResource } from "../../jobs/job-resource.ts";
import { requireScope } from "../../middleware/auth.ts";
import { idempotent } from "../../middleware/idempotency.ts";
import {
  ChartNotFoundError,
  createReading,
  QueueUnavailableError,
} from "../../readings/create-reading.ts";
import { chartReferenceProblem } from "../charts/chart-reference-problem.ts";
import { localTimeProblem } from "../charts/local-time-problem.ts";
import {
  BODY_ERROR_RESPONSES,
  COMMON_ERROR_RESPONSES,
  problemResponse,
  unprocessable,
} from "../problem-schema.ts";
import { ReadingAcceptedSchema, ReadingRequestSchema } from "./schemas.ts";

const route = createRoute({
  method: "post",
  path: "/",
  operationId: "createReading",
  tags: ["readings"],
  summary: "Ask for a reading of a chart (a background job)",
  description:
    "Answers at once with a queued job; poll `Location` (`/v1/jobs/{id}`) or wait for a webhook, then fetch `/v1/readings/{reading_id}`. Send an `Idempotency-Key` to make retries safe: the same key and body answer the first response again (`Idempotency-Replayed: true`) for 24 h.",
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("readings:write"), idempotent()] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: ReadingRequestSchema } } },
  },
  responses: {
    202: {
      description:
        "Accepted: the job is queued (`Location`: the job; `Retry-After`: a polling hint).",
      content: { "application/json": { schema: ReadingAcceptedSchema } },
    },
    ...BODY_ERROR_RESPONSES,
    ...COMMON_ERROR_RESPONSES,
    ...unprocessable(
      "`chart_id` or `partner_chart_id` names no chart of this account (`chart_not_found`), an inline chart's date cannot be honoured, or a synastry's charts use different zodiacs (`zodiac_mismatch`).",
    ),
    503: problemResponse(
      "The job queue is unavailable (`queue_unavailable`, with `Retry-After` and `job_id`): the job was failed, nothing is left pending. Or the database is unavailable (`database_unavailable`, with `Retry-After`).",
    ),
  },
});

/** `POST /v1/readings`. */
export function registerCreateReading(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const deps = { db: createDb(c.env.DB), env: c.env };
    const body = c.req.valid("json");
    const { job, reading } = await createReading(deps, c.get("principal").owner, body).catch(
      (e: unknown) => {
        if (e instanceof ChartNotFoundError) {
          throw new ApiError("chart_not_found", e.message, {
            errors: [{ path: "chart_id", message: e.message }],
          });
        }
        if (e instanceof QueueUnavailableError) {
          throw new ApiError(
            "queue_unavailable",
            "The job queue is unavailable; try again shortly.",
            {
              extensions: { job_id: e.jobId },
              headers: { "Retry-After": "5" },
            },
          );
        }
        const partnerField = body.partner_chart ? "partner_chart.zodiac" : "partner_chart_id";
        throw localTimeProblem(chartReferenceProblem(e, "chart_not_found", partnerField), "chart.");
      },
    );
    c.header("Location", `/v1/jobs/${job.id}`);
    c.header("Retry-After", String(POLL_AFTER_SECONDS));
    c.header("Cache-Control", "no-store");
    return c.json({ job: toJobResource(job), reading_id: reading.id }, 202);
  });
}
