import { createServer, type Server } from "node:http";
import type { TestProject } from "vitest/node";

/**
 * Stand-ins for the outside services observability talks to, as one real local HTTP server
 * started in Node (workerd tests cannot listen on a socket):
 *
 * - Sentry ingest: `POST /api/<project>/envelope/` (the tests' DSN points here);
 * - the Analytics Engine SQL API: `POST /client/v4/accounts/<id>/analytics_engine/sql`, answering
 *   what a test queued with `POST /__analytics` (else no rows);
 * - the alert webhook: `POST /alerts` (Slack-compatible JSON).
 *
 * Tests read what arrived with `GET /__received?kind=sentry|analytics|alert` and clear it with
 * `POST /__reset`. The port (first free of 8795–8798) reaches the Worker's bindings through
 * `provide` / the plugin's `inject` (vitest.config.ts).
 */

interface Received {
  kind: "sentry" | "analytics" | "alert";
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

declare module "vitest" {
  interface ProvidedContext {
    observabilityStandInPort: number;
  }
}

const PORTS = [8795, 8796, 8797, 8798];

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => resolve(true));
  });
}

export default async function setup(project: TestProject) {
  const received: Received[] = [];
  let analyticsAnswers: unknown[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
      );
      const json = (status: number, value: unknown) => {
        // No keep-alive: workerd would reuse a socket Node has since closed ("Network connection lost").
        res.writeHead(status, { "Content-Type": "application/json", Connection: "close" });
        res.end(JSON.stringify(value));
      };
      const record = (kind: Received["kind"]) =>
        received.push({ kind, path: url.pathname, headers, body, at: Date.now() });
      if (req.method === "GET" && url.pathname === "/__received") {
        const kind = url.searchParams.get("kind");
        return json(
          200,
          received.filter((r) => !kind || r.kind === kind),
        );
      }
      if (req.method === "POST" && url.pathname === "/__reset") {
        received.length = 0;
        analyticsAnswers = [];
        return json(200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/__analytics") {
        analyticsAnswers = JSON.parse(body) as unknown[];
        return json(200, { ok: true });
      }
      if (req.method === "POST" && /^\/api\/[^/]+\/envelope\/?$/.test(url.pathname)) {
        record("sentry");
        return json(200, { id: "0" });
      }
      if (req.method === "POST" && url.pathname.endsWith("/analytics_engine/sql")) {
        record("analytics");
        if (headers.authorization !== "Bearer test-analytics-token") {
          return json(401, { success: false, errors: [{ message: "bad token" }] });
        }
        // Each query takes the next queued answer (the last one repeats); no rows otherwise.
        const answer = analyticsAnswers.length > 1 ? analyticsAnswers.shift() : analyticsAnswers[0];
        return json(200, answer ?? { meta: [], data: [], rows: 0 });
      }
      if (req.method === "POST" && url.pathname === "/alerts") {
        record("alert");
        return json(200, { ok: true });
      }
      json(404, { error: "no such stand-in" });
    });
  });
  let port: number | undefined;
  for (const candidate of PORTS) {
    if (await listen(server, candidate)) {
      port = candidate;
      break;
    }
  }
  if (port === undefined) throw new Error(`no free port in ${PORTS.join(", ")} for the stand-ins`);
  project.provide("observabilityStandInPort", port);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
