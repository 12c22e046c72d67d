import { Webhook } from "standardwebhooks";

/** A new signing secret: `whsec_` and the base64 of 32 random bytes (Standard Webhooks format). */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * The Standard Webhooks headers of one attempt: the same `webhook-id` on every attempt, this
 * attempt's timestamp, and one `v1,` signature per secret (two during a rotation's grace period),
 * separated by spaces, so a receiver holding either secret verifies it.
 */
export function signatureHeaders(
  secrets: readonly string[],
  id: string,
  at: Date,
  body: string,
): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((s) => new Webhook(s).sign(id, at, body)).join(" "),
  };
}
