// A local webhook receiver: verifies each request's Standard Webhooks signature over the RAW body
// and hands the verified event on. Used by `npm run webhook:receiver` and the soak (bench/soak.ts).
import { createServer, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

/** A verified delivery as the receiver saw it. */
export interface ReceivedDelivery {
  /** The request path, e.g. `/0`: lets one receiver serve several endpoints. */
  path: string;
  /** The `webhook-id` header (`dlv_…`): the same on every retry of one delivery. */
  webhookId: string;
  /** The `webhook-timestamp` header, Unix seconds of this attempt. */
  timestamp: number;
  /** The parsed event (`type`, `timestamp`, `data`). */
  event: { type: string; timestamp: string; data: Record<string, unknown> };
  /** `performance.now()` when the body was in, ms. */
  receivedAt: number;
}

/** What the receiver does with each request. */
export interface ReceiverHandlers {
  /** The `whsec_…` secret for a request path; undefined refuses the request (404). */
  secretFor: (path: string) => string | undefined;
  /** Called for every verified request (retries included); the answer is 204. */
  onDelivery: (delivery: ReceivedDelivery) => void;
  /** Called for a request whose signature does not verify; the answer is 400. */
  onRefused: (path: string, webhookId: string, reason: string) => void;
}

/**
 * Starts a receiver on 127.0.0.1:`port` and resolves once it listens. The signature is checked
 * over the bytes as received (re-serializing parsed JSON would change them and fail), with the
 * `standardwebhooks` library (which also refuses timestamps more than 5 minutes off).
 */
export function startWebhookReceiver(port: number, handlers: ReceiverHandlers): Promise<Server> {
  const verifiers = new Map<string, Webhook>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      const raw = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
      };
      const secret = handlers.secretFor(path);
      if (!secret) {
        handlers.onRefused(path, headers["webhook-id"], "no endpoint at this path");
        res.writeHead(404).end();
        return;
      }
      let verifier = verifiers.get(secret);
      if (!verifier) {
        verifier = new Webhook(secret);
        verifiers.set(secret, verifier);
      }
      try {
        const event = verifier.verify(raw, headers) as ReceivedDelivery["event"];
        handlers.onDelivery({
          path,
          webhookId: headers["webhook-id"],
          timestamp: Number(headers["webhook-timestamp"]),
          event,
          receivedAt: performance.now(),
        });
        res.writeHead(204).end();
      } catch (error) {
        handlers.onRefused(path, headers["webhook-id"], (error as Error).message);
        res.writeHead(400).end();
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
