import { formatUtc, LocalTimeError } from "../../astro/time/local-time.ts";
import { UnknownPlaceError } from "../../charts/chart-input.ts";
import { ApiError } from "../../errors/api-error.ts";

/**
 * Turns the errors of a chart request's time and place into API problems naming the request
 * field at fault. 422 for input that passes the schema but cannot be honoured: a `place_id` the
 * gazetteer does not hold (`unknown_place`), or a local time; `candidates` lists Temporal's
 * earlier and later instants for a rejected DST time, so the client can ask the user. `prefix`
 * places the fields inside an enclosing body (`chart.` for a reading's inline chart).
 */
export function localTimeProblem(error: unknown, prefix = ""): unknown {
  if (error instanceof UnknownPlaceError) {
    return new ApiError("unknown_place", error.message, {
      errors: [{ path: `${prefix}place_id`, message: error.message }],
    });
  }
  if (!(error instanceof LocalTimeError)) return error;
  if (error.code === "unknown_timezone") {
    return new ApiError("validation_error", error.message, {
      errors: [{ path: `${prefix}timezone`, message: error.message }],
    });
  }
  const extensions = error.candidates
    ? { candidates: error.candidates.map((s) => formatUtc(s)) }
    : {};
  return new ApiError(error.code, error.message, {
    errors: [{ path: `${prefix}datetime`, message: error.message }],
    extensions,
  });
}
