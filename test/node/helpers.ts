import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const STUB = join(ROOT, "test/node/fixtures/wrangler-stub.mjs");

export const OLD = "11111111-1111-4111-8111-111111111111";
export const NEW = "22222222-2222-4222-8222-222222222222";

export interface Traffic {
  version_id: string;
  percentage: number;
}

export interface StubState {
  deployment: Traffic[] | null;
  nextVersionId: string;
  previousVersionId?: string;
  failMigrations?: boolean;
  printVersionId?: boolean;
  writeOutputFile?: boolean;
  uploadFileVersionId?: string;
  statusOutput?: string;
}

/** A wrangler stub with its own state and call log in a fresh directory. */
export function makeStub(initial: StubState) {
  const dir = mkdtempSync(join(tmpdir(), "orrery-deploy-"));
  const statePath = join(dir, "state.json");
  const callsPath = join(dir, "calls.ndjson");
  writeFileSync(statePath, JSON.stringify(initial));
  writeFileSync(callsPath, "");
  return {
    env: { WRANGLER: `${process.execPath} ${STUB}`, STUB_STATE: statePath, STUB_CALLS: callsPath },
    state: (): StubState => JSON.parse(readFileSync(statePath, "utf8")),
    /** Each call as the wrangler command line, e.g. "versions deploy <id>@10% … -y --env staging". */
    calls: (): string[] =>
      readFileSync(callsPath, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { args: string[] }).args.join(" ")),
    rawCalls: (): { args: string[]; ci: string | null; outputFile: boolean }[] =>
      readFileSync(callsPath, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 and a random port. */
export async function startServer(handler: Handler) {
  const requests: { url: string; headers: IncomingMessage["headers"] }[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The version id named for orrery-<env> in a Cloudflare-Workers-Version-Overrides header. */
export function overriddenVersion(req: IncomingMessage, worker: string): string | undefined {
  const header = req.headers["cloudflare-workers-version-overrides"];
  const value = Array.isArray(header) ? header[0] : header;
  return value?.match(new RegExp(`${worker}="([^"]+)"`))?.[1];
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script asynchronously, so the health server in this process can answer meanwhile. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn("bash", [join(ROOT, script), ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DEPLOY_TAG: "test",
        DEPLOY_MESSAGE: "test deploy",
        GATE_SECONDS: "0",
        GATE_INTERVAL: "0",
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
