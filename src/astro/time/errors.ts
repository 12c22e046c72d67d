/** Why a local date and time could not be turned into an instant. */
export type LocalTimeErrorCode =
  | "invalid_date"
  | "year_out_of_range"
  | "unknown_timezone"
  | "nonexistent_local_time"
  | "ambiguous_local_time";

/**
 * A local date and time that cannot be honoured. Domain error: the API maps `code` to 422 (or 400
 * for `unknown_timezone`).
 */
export class LocalTimeError extends Error {
  override readonly name = "LocalTimeError";
  /** What went wrong; a closed set. */
  readonly code: LocalTimeErrorCode;
  /**
   * For `nonexistent_local_time` and `ambiguous_local_time`: the two instants the local time could
   * mean, in epoch seconds, earlier first (what `disambiguation` "earlier" and "later" would give).
   */
  readonly candidates?: [earlierEpochSeconds: number, laterEpochSeconds: number];

  constructor(code: LocalTimeErrorCode, message: string, candidates?: [number, number]) {
    super(message);
    this.code = code;
    if (candidates) this.candidates = candidates;
  }
}
