// A tiny webhook receiver for trying Orrery's webhooks locally: it verifies each request's
// Standard Webhooks signature over the RAW body and prints the event.
// Usage: WEBHOOK_SECRET=whsec_… npm run webhook:receiver -- [port=8900]
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const port = Number(process.argv[2] ?? 8900);
const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error("Set WEBHOOK_SECRET to the endpoint's whsec_… secret (shown when you create it).");
  process.exit(2);
}
const webhook = new Webhook(secret);

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    // Verify the bytes as received: re-serializing parsed JSON would change them and fail.
    const raw = Buffer.concat(chunks).toString("utf8");
    const headers = {
      "webhook-id": String(req.headers["webhook-id"] ?? ""),
      "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
      "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
    };
    try {
      const event = webhook.verify(raw, headers) as { type: string; data: unknown };
      console.log(`verified ${headers["webhook-id"]} ${event.type} ${JSON.stringify(event.data)}`);
      res.writeHead(204).end();
    } catch (error) {
      console.log(`REFUSED ${headers["webhook-id"]}: ${(error as Error).message}`);
      res.writeHead(400).end();
    }
  });
}).listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}/`));
