import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { fieldErrorsFromZod } from "../errors/zod-issues.ts";
import { MAX_FIELD_ERRORS } from "./problem-schema.ts";
import { StaticBesideParamRouter } from "./static-beside-param-router.ts";

/**
 * A router whose zod validation failures become 400 `validation_error` problems naming each field
 * (the first {@link MAX_FIELD_ERRORS}), the same envelope as every other error. It matches with
 * Hono's `RegExpRouter`, which this app's `GET /v1/keys/self` and `GET /v1/jobs/stats` would
 * otherwise rule out (see `StaticBesideParamRouter`).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    router: new StaticBesideParamRouter(),
    defaultHook: (result) => {
      if (result.success) return;
      const all = fieldErrorsFromZod(result.error);
      const errors = all.slice(0, MAX_FIELD_ERRORS);
      const fields = [...new Set(all.map((e) => e.path))];
      const noun = fields.length === 1 ? "field is" : "fields are";
      const listed = fields.slice(0, MAX_FIELD_ERRORS).join(", ");
      const more =
        fields.length > MAX_FIELD_ERRORS ? ` and ${fields.length - MAX_FIELD_ERRORS} more` : "";
      throw new ApiError(
        "validation_error",
        `${fields.length} ${noun} invalid: ${listed}${more}.`,
        {
          errors,
          ...(all.length > errors.length && {
            extensions: { errors_omitted: all.length - errors.length },
          }),
        },
      );
    },
  });
}
