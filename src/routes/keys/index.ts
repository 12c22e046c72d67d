import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateKey } from "./create-key.ts";
import { registerGetKey } from "./get-key.ts";
import { registerGetSelf } from "./get-self.ts";
import { registerListKeys } from "./list-keys.ts";
import { registerRevokeKey } from "./revoke-key.ts";
import { registerRotateKey } from "./rotate-key.ts";

/**
 * The `/v1/keys` sub-app. Every route but `/self` needs the `admin` scope and acts on keys of all
 * owners: an admin key is the operator's, not an account's. `/self` is registered before `/{id}`
 * so it is never read as an id.
 */
export function keysRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  // Key responses carry secrets (on create and rotate) and account details: never cache any.
  app.use(async function noStoreKeys(c, next) {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });
  registerGetSelf(app);
  registerCreateKey(app);
  registerListKeys(app);
  registerGetKey(app);
  registerRotateKey(app);
  registerRevokeKey(app);
  return app;
}
