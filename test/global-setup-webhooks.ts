import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

/**
 * A real local webhook receiver for the delivery tests: a Node HTTP server on 127.0.0.1 and a
 * random port (workerd tests cannot listen on a socket), reached by the Worker's own `fetch`.
 *
 * - Any request to any other path is recorded (method, path, headers, raw body, time) and answered
 *   with the next scripted response for that path, else `200 {"ok":true}`.
 * - `POST /__script/<path>` `[{ "status", "headers"?, "body"?, "delayMs"?, "reset"? }, …]` queues
 *   responses for `/<path>`, one per request, in order. `reset: true` destroys the connection
 *   instead of answering (after `delayMs`, if given): the sender sees a reset, not a status.
 * - `GET /__requests/<path>` returns what `/<path>` received, oldest first.
 *
 * Tests use a fresh path each, so nothing needs resetting. The port reaches tests through
 * `provide` / `inject("webhookReceiverPort")`.
 */

/** One request as the receiver saw it. */
export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** One scripted answer. */
export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  reset?: boolean;
}

declare module "vitest" {
  interface ProvidedContext {
    webhookReceiverPort: number;
  }
}

export default async function setup(project: TestProject) {
  const received = new Map<string, ReceivedWebhook[]>();
  const scripts = new Map<string, ScriptedResponse[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (req.method === "POST" && path.startsWith("/__script/")) {
        const target = path.slice("/__script".length);
        scripts.set(target, [
          ...(scripts.get(target) ?? []),
          ...(JSON.parse(body) as ScriptedResponse[]),
        ]);
        return json(200, { ok: true });
      }
      if (req.method === "GET" && path.startsWith("/__requests/")) {
        return json(200, received.get(path.slice("/__requests".length)) ?? []);
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(", ") : String(v),
        ]),
      );
      const list = received.get(path) ?? [];
      list.push({ method: req.method ?? "", path, headers, body, at: Date.now() });
      received.set(path, list);
      const next = scripts.get(path)?.shift() ?? { status: 200, body: '{"ok":true}' };
      const answer = () => {
        if (next.reset) {
          req.socket.destroy();
          return;
        }
        res.writeHead(next.status, { "Content-Type": "application/json", ...next.headers });
        res.end(next.body ?? "");
      };
      if (next.delayMs) setTimeout(answer, next.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("webhookReceiverPort", (server.address() as AddressInfo).port);
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}
