import { ApiError, type FieldError } from "./api-error.ts";

/**
 * Most field errors one problem lists: a 16 KiB body of a thousand unknown keys gets an answer of
 * a few KiB, not 70. The rest are counted in `errors_omitted`.
 */
export const MAX_FIELD_ERRORS = 50;

/**
 * The 400 `validation_error` for a list of field errors: the detail counts and names the fields,
 * `errors` holds the first {@link MAX_FIELD_ERRORS} of them and `errors_omitted` how many more
 * there were.
 */
export function validationProblem(all: FieldError[]): ApiError {
  const errors = all.slice(0, MAX_FIELD_ERRORS);
  const fields = [...new Set(all.map((e) => e.path))];
  const noun = fields.length === 1 ? "field is" : "fields are";
  const listed = fields.slice(0, MAX_FIELD_ERRORS).join(", ");
  const more =
    fields.length > MAX_FIELD_ERRORS ? ` and ${fields.length - MAX_FIELD_ERRORS} more` : "";
  return new ApiError("validation_error", `${fields.length} ${noun} invalid: ${listed}${more}.`, {
    errors,
    ...(all.length > errors.length && {
      extensions: { errors_omitted: all.length - errors.length },
    }),
  });
}
