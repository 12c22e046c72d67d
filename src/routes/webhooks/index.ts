import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import { createRouter } from "../router.ts";
import { registerCreateWebhook } from "./create-webhook.ts";
import { registerDeleteWebhook } from "./delete-webhook.ts";
import { registerGetWebhook } from "./get-webhook.ts";
import { registerListDeliveries } from "./list-deliveries.ts";
import { registerListWebhooks } from "./list-webhooks.ts";
import { registerRedeliver } from "./redeliver.ts";
import { registerRotateWebhookSecret } from "./rotate-secret.ts";
import { registerTestWebhook } from "./test-webhook.ts";
import { registerUpdateWebhook } from "./update-webhook.ts";

/** The `/v1/webhooks` sub-app (scope `webhooks:manage`; another account's endpoint is a 404). */
export function webhooksRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerCreateWebhook(app);
  registerListWebhooks(app);
  registerGetWebhook(app);
  registerUpdateWebhook(app);
  registerDeleteWebhook(app);
  registerRotateWebhookSecret(app);
  registerListDeliveries(app);
  registerRedeliver(app);
  registerTestWebhook(app);
  return app;
}
