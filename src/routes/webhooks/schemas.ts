import { z } from "@hono/zod-openapi";
import { idPattern } from "../../lib/ids.ts";
import { WEBHOOK_EVENTS } from "../../webhooks/config.ts";
import { MAX_WEBHOOK_URL_LENGTH } from "../../webhooks/url-guard.ts";
import { listQuerySchema, listResponseSchema } from "../list.ts";
import { plainText } from "../plain-text.ts";
import { problemResponse } from "../problem-schema.ts";

const url = z.string().min(1).max(MAX_WEBHOOK_URL_LENGTH).openapi({
  description:
    "Where events are POSTed. Staging and production: `https://` on a public host only (no IP literals of loopback, private, link-local or metadata ranges in any notation, no `localhost` or internal names, no credentials). See docs/WEBHOOKS.md.",
  example: "https://hooks.example.com/orrery",
});
const events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .openapi({ description: "Events to receive.", example: ["reading.completed", "reading.failed"] });
const description = plainText(200).openapi({
  description:
    "Up to 200 characters; no control, line-separator or bidirectional-override characters.",
  example: "Production receiver",
});

/** Body of `POST /v1/webhooks`. */
export const CreateWebhookRequestSchema = z
  .object({ url, events, description: description.default("") })
  .strict()
  .openapi("CreateWebhookRequest");

/** Body of `PATCH /v1/webhooks/{id}`: any of the fields. */
export const UpdateWebhookRequestSchema = z
  .object({
    url: url.optional(),
    events: events.optional(),
    description: description.optional(),
    enabled: z.boolean().optional().openapi({
      description: "`true` re-enables a disabled endpoint (its failure count starts again).",
    }),
  })
  .strict()
  .openapi("UpdateWebhookRequest");

/** A webhook endpoint (never with its secret, except in {@link NewWebhookSchema}). */
export const WebhookSchema = z
  .object({
    id: z.string().openapi({ example: "whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    url: z.string(),
    description: z.string(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    disabled_reason: z.string().nullable().openapi({
      description:
        "Why it is disabled: `gone` (the receiver answered 410), `consecutive_failures` (5 deliveries in a row failed), `manual`; null while enabled.",
    }),
    consecutive_failures: z.number().int(),
    previous_secret_expires_at: z.string().nullable().openapi({
      description:
        "After a rotation: until when the previous secret still signs beside the new one.",
    }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("Webhook");

/** An endpoint with its signing secret: shown at creation and rotation only. */
export const NewWebhookSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description:
      "The signing secret (`whsec_…`), shown only now. Verify with any Standard Webhooks library.",
    example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  }),
}).openapi("NewWebhook");

/** A delivery of one event to one endpoint, with its attempts. */
export const WebhookDeliverySchema = z
  .object({
    id: z.string().openapi({
      description: "Also the `webhook-id` header of every attempt.",
      example: "dlv_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    }),
    endpoint_id: z.string(),
    event_type: z.string().openapi({ example: "reading.completed" }),
    status: z.enum(["pending", "succeeded", "failed"]),
    payload: z.record(z.string(), z.unknown()),
    next_attempt_at: z.string().nullable(),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
    attempts: z.array(
      z.object({
        attempted_at: z.string(),
        status_code: z.number().int().nullable(),
        latency_ms: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
  })
  .openapi("WebhookDelivery");

export const WebhookListQuerySchema = listQuerySchema(idPattern("whk"));
export const WebhookListSchema = listResponseSchema(WebhookSchema, "WebhookList");
export const DeliveryListQuerySchema = listQuerySchema(idPattern("dlv"));
export const DeliveryListSchema = listResponseSchema(WebhookDeliverySchema, "WebhookDeliveryList");

/** Path parameter `{id}`. */
export const WebhookIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "whk_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
});

/** Path parameters `{id}` and `{delivery_id}`. */
export const DeliveryParamsSchema = WebhookIdParamSchema.extend({
  delivery_id: z
    .string()
    .max(64)
    .openapi({
      param: { name: "delivery_id", in: "path" },
      example: "dlv_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    }),
});

export const NO_STORE = { "Cache-Control": "no-store" } as const;
export const NOT_FOUND = {
  404: problemResponse("No such webhook (or delivery) for this account."),
} as const;
export function conflict(description: string) {
  return { 409: problemResponse(description) } as const;
}
