import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";
import { validationProblem } from "../errors/validation-problem.ts";
import { fieldErrorsFromZod } from "../errors/zod-issues.ts";
import { StaticBesideParamRouter } from "./static-beside-param-router.ts";

/**
 * A router whose zod validation failures become 400 `validation_error` problems naming each field
 * (`validationProblem`), the same envelope as every other error. It matches with Hono's
 * `RegExpRouter`, which this app's `GET /v1/keys/self` and `GET /v1/jobs/stats` would otherwise
 * rule out (see `StaticBesideParamRouter`).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    router: new StaticBesideParamRouter(),
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrorsFromZod(result.error));
    },
  });
}
