// A tiny webhook receiver for trying Orrery's webhooks locally: it verifies each request's
// Standard Webhooks signature over the RAW body and prints the event.
// Usage: WEBHOOK_SECRET=whsec_… npm run webhook:receiver -- [port=8900]
import { startWebhookReceiver } from "./lib/webhook-receiver.ts";

const port = Number(process.argv[2] ?? 8900);
const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error("Set WEBHOOK_SECRET to the endpoint's whsec_… secret (shown when you create it).");
  process.exit(2);
}

await startWebhookReceiver(port, {
  secretFor: () => secret,
  onDelivery: (d) =>
    console.log(`verified ${d.webhookId} ${d.event.type} ${JSON.stringify(d.event.data)}`),
  onRefused: (_path, id, reason) => console.log(`REFUSED ${id}: ${reason}`),
});
console.log(`listening on http://127.0.0.1:${port}/`);
