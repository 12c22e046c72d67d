import { ApiError } from "../../errors/api-error.ts";

/** The 400 for a URL the SSRF guard refused, naming `url`. */
export function urlRefused(reason: string): ApiError {
  return new ApiError("validation_error", `The webhook url ${reason}.`, {
    errors: [{ path: "url", message: `url ${reason}` }],
  });
}

/** The 404 for an unknown webhook (or another account's). */
export function webhookNotFound(id: string): ApiError {
  return new ApiError("not_found", `No webhook ${id} for this account.`);
}
