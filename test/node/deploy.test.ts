import { afterEach, describe, expect, it } from "vitest";
import {
  makeStub,
  NEW,
  OLD,
  overriddenVersion,
  type RunResult,
  runScript,
  type StubState,
  startServer,
} from "./helpers.ts";

const WORKER = "orrery-staging";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const serving = (id: string) => ({ deployment: [{ version_id: id, percentage: 100 }] });

/**
 * A health server answering /health/ready per scenario, given the version the request asked for
 * and the new version's current share of traffic (read from the stub's state).
 */
async function healthServer(
  stub: ReturnType<typeof makeStub>,
  answer: (asked: string | undefined, newPercent: number) => { status: number; version: string },
) {
  const server = await startServer((req, res) => {
    const newPercent = stub.state().deployment?.find((v) => v.version_id === NEW)?.percentage ?? 0;
    const { status, version } = answer(overriddenVersion(req, WORKER), newPercent);
    res.writeHead(req.url === "/health/ready" ? status : 404, { "X-Orrery-Version": version });
    res.end(JSON.stringify({ status: status === 200 ? "ok" : "unavailable" }));
  });
  closers.push(server.close);
  return server;
}

async function deploy(
  initial: Partial<StubState>,
  answer: Parameters<typeof healthServer>[1],
  extraEnv: Record<string, string> = {},
) {
  const stub = makeStub({ deployment: null, nextVersionId: NEW, ...initial });
  const server = await healthServer(stub, answer);
  const result = await runScript("scripts/deploy.sh", ["staging", "--skip-tests"], {
    ...stub.env,
    ORRERY_URL: server.url,
    ...extraEnv,
  });
  return { stub, server, result };
}

const show = (r: RunResult) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
const healthy = (asked: string | undefined) => ({ status: 200, version: asked ?? OLD });

describe("scripts/deploy.sh", () => {
  it("healthy: migrates, uploads, deploys triggers, then promotes 10 → 50 → 100 in order", async () => {
    const { stub, server, result } = await deploy(serving(OLD), healthy);
    expect(result.code, show(result)).toBe(0);
    expect(stub.calls()).toEqual([
      "deployments status --env staging --json",
      "d1 migrations apply DB --remote --env staging",
      "versions upload --env staging --tag test --message test deploy",
      "triggers deploy --env staging",
      `versions deploy ${NEW}@10% ${OLD}@90% -y --env staging --message test deploy`,
      `versions deploy ${NEW}@50% ${OLD}@50% -y --env staging --message test deploy`,
      `versions deploy ${NEW}@100% -y --env staging --message test deploy`,
    ]);
    expect(stub.state().deployment).toEqual([{ version_id: NEW, percentage: 100 }]);
    // One probe per step, each through the override for the new version.
    expect(server.requests.map((r) => r.url)).toEqual(Array(3).fill("/health/ready"));
    for (const r of server.requests) {
      expect(r.headers["cloudflare-workers-version-overrides"]).toBe(`${WORKER}="${NEW}"`);
    }
    // The upload was given an output file to write its NDJSON to.
    expect(stub.rawCalls()[2]?.outputFile).toBe(true);
  });

  it("honours ROLLOUT_STEPS", async () => {
    const { stub, result } = await deploy(serving(OLD), healthy, { ROLLOUT_STEPS: "25 100" });
    expect(result.code, show(result)).toBe(0);
    expect(stub.calls().filter((c) => c.startsWith("versions deploy"))).toEqual([
      `versions deploy ${NEW}@25% ${OLD}@75% -y --env staging --message test deploy`,
      `versions deploy ${NEW}@100% -y --env staging --message test deploy`,
    ]);
  });

  it("unhealthy at 10%: rolls back to the old version (CI=true), exits non-zero, old at 100%", async () => {
    const { stub, result } = await deploy(serving(OLD), (asked) => ({
      status: 503,
      version: asked ?? OLD,
    }));
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toMatch(/GATE FAILED at 10%: \/health\/ready of 2{8}-\S+ answered 503/);
    expect(result.stderr).toContain(`rolled back: ${OLD} serves 100% again`);
    const calls = stub.calls();
    expect(calls.filter((c) => c.startsWith("versions deploy"))).toHaveLength(1);
    expect(calls.at(-1)).toMatch(
      new RegExp(`^rollback ${OLD} --env staging -m Automatic rollback`),
    );
    expect(stub.rawCalls().at(-1)?.ci).toBe("true");
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });

  it("unhealthy at 50%: rolls back after promoting to 50%, never reaches 100%", async () => {
    const { stub, result } = await deploy(serving(OLD), (asked, percent) => ({
      status: percent >= 50 ? 503 : 200,
      version: asked ?? OLD,
    }));
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("GATE FAILED at 50%");
    const deploys = stub.calls().filter((c) => c.startsWith("versions deploy"));
    expect(deploys).toHaveLength(2);
    expect(stub.calls().at(-1)).toMatch(new RegExp(`^rollback ${OLD} `));
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });

  it("fails closed when the old version answers the probe (override not applied)", async () => {
    const { stub, result } = await deploy(serving(OLD), () => ({ status: 200, version: OLD }));
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain(`answered by version '${OLD}', not ${NEW}`);
    expect(stub.calls().at(-1)).toMatch(new RegExp(`^rollback ${OLD} `));
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });

  it("fails closed when the probe carries no X-Orrery-Version", async () => {
    const stub = makeStub({ ...serving(OLD), nextVersionId: NEW });
    const server = await startServer((_req, res) => res.writeHead(200).end("{}"));
    closers.push(server.close);
    const result = await runScript("scripts/deploy.sh", ["staging", "--skip-tests"], {
      ...stub.env,
      ORRERY_URL: server.url,
    });
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("answered by version 'none'");
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });

  it("migration failure: nothing is uploaded or deployed", async () => {
    const { stub, server, result } = await deploy(
      { ...serving(OLD), failMigrations: true },
      healthy,
    );
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain(
      "D1 migrations failed on staging: nothing was uploaded or deployed",
    );
    expect(stub.calls()).toEqual([
      "deployments status --env staging --json",
      "d1 migrations apply DB --remote --env staging",
    ]);
    expect(server.requests).toHaveLength(0);
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });

  it("first deploy: uses wrangler deploy and says so", async () => {
    const { stub, result } = await deploy({ deployment: null }, healthy);
    expect(result.code, show(result)).toBe(0);
    expect(result.stderr).toContain("first deploy of orrery-staging: 'wrangler deploy'");
    expect(stub.calls()).toEqual([
      "deployments status --env staging --json",
      "d1 migrations apply DB --remote --env staging",
      "deploy --env staging --tag test --message test deploy",
    ]);
    expect(stub.state().deployment).toEqual([{ version_id: NEW, percentage: 100 }]);
  });

  it("reads the version id from the Worker Version ID line when there is no NDJSON", async () => {
    const { stub, result } = await deploy({ ...serving(OLD), writeOutputFile: false }, healthy);
    expect(result.code, show(result)).toBe(0);
    expect(stub.state().deployment).toEqual([{ version_id: NEW, percentage: 100 }]);
  });

  it("reads the version id from the NDJSON when the line is missing", async () => {
    const { stub, result } = await deploy({ ...serving(OLD), printVersionId: false }, healthy);
    expect(result.code, show(result)).toBe(0);
    expect(stub.state().deployment).toEqual([{ version_id: NEW, percentage: 100 }]);
  });

  it("fails closed when it cannot read the uploaded version id: nothing deployed", async () => {
    const { stub, result } = await deploy(
      { ...serving(OLD), printVersionId: false, writeOutputFile: false },
      healthy,
    );
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("could not read the uploaded version id");
    expect(stub.calls().some((c) => c.startsWith("versions deploy"))).toBe(false);
  });

  it("fails closed when the NDJSON and the printed line disagree", async () => {
    const { stub, result } = await deploy(
      { ...serving(OLD), uploadFileVersionId: "33333333-3333-4333-8333-333333333333" },
      healthy,
    );
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("wrangler reported two version ids");
    expect(stub.calls().some((c) => c.startsWith("versions deploy"))).toBe(false);
  });

  it("fails closed before any change when a rollout is unfinished (two versions serving)", async () => {
    const { stub, result } = await deploy(
      {
        deployment: [
          { version_id: OLD, percentage: 90 },
          { version_id: "33333333-3333-4333-8333-333333333333", percentage: 10 },
        ],
      },
      healthy,
    );
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("is mid-rollout");
    expect(stub.calls()).toEqual(["deployments status --env staging --json"]);
  });

  it("fails closed before any change when the deployment status is unreadable", async () => {
    const { stub, result } = await deploy(
      { ...serving(OLD), statusOutput: "✘ [ERROR] something unexpected" },
      healthy,
    );
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("could not parse 'wrangler deployments status --json'");
    expect(stub.calls()).toHaveLength(1);
  });

  it("rejects a bad environment, a missing ORRERY_URL and bad ROLLOUT_STEPS before calling wrangler", async () => {
    const stub = makeStub({ ...serving(OLD), nextVersionId: NEW });
    const bad = [
      await runScript("scripts/deploy.sh", ["prod", "--skip-tests"], {
        ...stub.env,
        ORRERY_URL: "http://x",
      }),
      await runScript("scripts/deploy.sh", ["staging", "--skip-tests"], stub.env),
      await runScript("scripts/deploy.sh", ["staging", "--skip-tests"], {
        ...stub.env,
        ORRERY_URL: "http://x",
        ROLLOUT_STEPS: "50 10",
      }),
      await runScript("scripts/deploy.sh", ["staging", "--skip-tests"], {
        ...stub.env,
        ORRERY_URL: "http://x",
        ROLLOUT_STEPS: "10 50",
      }),
    ];
    for (const r of bad) expect(r.code, show(r)).not.toBe(0);
    expect(stub.calls()).toEqual([]);
  });
});

describe("scripts/deploy.sh error-rate gate (Analytics Engine)", () => {
  async function withAnalytics(rate: { requests: number; errors: number }) {
    const queries: string[] = [];
    const analytics = await startServer((req, res) => {
      let body = "";
      req.on("data", (d) => {
        body += d;
      });
      req.on("end", () => {
        queries.push(`${req.headers.authorization} ${body}`);
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ meta: [], data: [rate], rows: 1 }));
      });
    });
    closers.push(analytics.close);
    const run = await deploy(serving(OLD), healthy, {
      CF_ACCOUNT_ID: "acc",
      ANALYTICS_API_TOKEN: "tok",
      ANALYTICS_API_URL: analytics.url,
    });
    return { ...run, queries };
  }

  it("promotes when the new version's error rate is under the limit", async () => {
    const { stub, result, queries } = await withAnalytics({ requests: 1000, errors: 3 });
    expect(result.code, show(result)).toBe(0);
    expect(queries).toHaveLength(3);
    expect(queries[0]).toMatch(/^Bearer tok SELECT .* FROM orrery_metrics_staging /);
    expect(queries[0]).toContain(`'${NEW}'`);
    expect(stub.state().deployment).toEqual([{ version_id: NEW, percentage: 100 }]);
  });

  it("rolls back when the error rate is over the limit", async () => {
    const { stub, result } = await withAnalytics({ requests: 1000, errors: 80 });
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toMatch(/GATE FAILED at 10%: the error rate of \S+ is 8\.00% of 1000/);
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
  });
});

describe("scripts/rollback.sh", () => {
  it("rolls back to a given version non-interactively and checks it serves", async () => {
    const stub = makeStub({ ...serving(NEW), nextVersionId: NEW });
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "X-Orrery-Version": OLD }).end("{}");
    });
    closers.push(server.close);
    const result = await runScript("scripts/rollback.sh", ["production", OLD, "-m", "bad deploy"], {
      ...stub.env,
      ORRERY_URL: server.url,
    });
    expect(result.code, show(result)).toBe(0);
    expect(stub.calls()).toEqual([
      "deployments status --env production --json",
      `rollback ${OLD} --env production -m bad deploy -y`,
      "deployments status --env production --json",
    ]);
    expect(stub.rawCalls()[1]?.ci).toBe("true");
    expect(stub.state().deployment).toEqual([{ version_id: OLD, percentage: 100 }]);
    expect(server.requests.map((r) => r.url)).toEqual(["/health/ready"]);
  });

  it("without a version, lets wrangler pick the previous one", async () => {
    const stub = makeStub({ ...serving(NEW), nextVersionId: NEW, previousVersionId: OLD });
    const result = await runScript("scripts/rollback.sh", ["staging"], stub.env);
    expect(result.code, show(result)).toBe(0);
    expect(stub.calls()[1]).toBe("rollback --env staging -m Manual rollback -y");
    expect(result.stderr).toContain(`orrery-staging now serves ${OLD} at 100%`);
  });

  it("refuses something that is not a version id", async () => {
    const stub = makeStub({ ...serving(NEW), nextVersionId: NEW });
    const result = await runScript("scripts/rollback.sh", ["staging", "latest"], stub.env);
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("not a version id");
    expect(stub.calls().some((c) => c.startsWith("rollback"))).toBe(false);
  });

  it("fails when the rolled-back version does not answer /health/ready with 200", async () => {
    const stub = makeStub({ ...serving(NEW), nextVersionId: NEW });
    const server = await startServer((_req, res) => {
      res.writeHead(503, { "X-Orrery-Version": OLD }).end("{}");
    });
    closers.push(server.close);
    const result = await runScript("scripts/rollback.sh", ["staging", OLD], {
      ...stub.env,
      ORRERY_URL: server.url,
    });
    expect(result.code, show(result)).not.toBe(0);
    expect(result.stderr).toContain("/health/ready answers 503");
  });
});
