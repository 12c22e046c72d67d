import { ZodiacMismatchError } from "../../charts/compare-charts.ts";
import { ChartReferenceNotFoundError, InlineChartError } from "../../charts/resolve-chart.ts";
import { ApiError } from "../../errors/api-error.ts";
import { localTimeProblem } from "./local-time-problem.ts";

/**
 * Turns the errors of charts named in a request into API problems naming the field: an id of no
 * chart of this account (`not_found` 404 on chart routes, `chart_not_found` 422 on readings, as
 * `POST /v1/readings` always answered), an inline chart's impossible local time (422, the inline
 * chart's field), charts in different zodiacs (`zodiac_mismatch` 422, naming `partnerField`: the
 * second chart's id field, or `partner_chart.zodiac` when it was given inline).
 */
export function chartReferenceProblem(
  error: unknown,
  notFound: "not_found" | "chart_not_found",
  partnerField = "partner_chart_id",
): unknown {
  if (error instanceof ChartReferenceNotFoundError) {
    return new ApiError(notFound, error.message, {
      errors: [{ path: error.field, message: error.message }],
    });
  }
  if (error instanceof InlineChartError) return localTimeProblem(error.error, error.prefix);
  if (error instanceof ZodiacMismatchError) {
    return new ApiError("zodiac_mismatch", error.message, {
      errors: [{ path: partnerField, message: error.message }],
    });
  }
  return error;
}
