import { wrapD1, wrapKv } from "../bindings/faulty.ts";
import { type Env, parseConfig } from "../env.ts";
import { createLogger, describeError } from "./logger.ts";

/** One dependency check: `ok`, `fail` (it threw) or `timeout` (no answer within the budget). */
export interface CheckResult {
  status: "ok" | "fail" | "timeout";
  latency_ms: number;
}

/** The readiness report: `ready` when every check is `ok`; `failing` names the others. */
export interface Readiness {
  status: "ready" | "not_ready";
  checks: Record<CheckName, CheckResult>;
  failing: CheckName[];
  checked_at: string;
}

export const CHECK_NAMES = ["d1", "kv", "queues", "config"] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Whole-check budget: probes want a fast answer, and a hung dependency is not ready. */
export const READINESS_TIMEOUT_MS = 2_000;
/** How long an isolate reuses a report, so frequent probes cannot load D1. */
export const READINESS_CACHE_MS = 5_000;
/** The KV key read by the check; it need not exist (a miss is a healthy read). */
export const KV_SENTINEL_KEY = "health:sentinel";

const log = createLogger({ component: "health" });

let cached: { at: number; report: Readiness } | undefined;

/** Forgets the cached report (tests, which arm faults between probes). */
export function resetReadinessCache(): void {
  cached = undefined;
}

/** A queue binding that may expose `metrics()` (backlog), where the runtime has it. */
type MaybeMetricsQueue = Queue & { metrics?: () => Promise<unknown> };

async function checkQueue(queue: Queue | undefined): Promise<void> {
  const q = queue as MaybeMetricsQueue | undefined;
  if (!q || typeof q.send !== "function") throw new Error("queue binding missing");
  if (typeof q.metrics === "function") await q.metrics();
}

/** The checks, each through the same binding wrappers the API uses (so tests can fail them). */
function checks(env: Env): Record<CheckName, () => Promise<unknown>> {
  return {
    d1: () => wrapD1(env.DB, "DB").prepare("SELECT 1 AS ok").first(),
    kv: () => wrapKv(env.CACHE, "CACHE").get(KV_SENTINEL_KEY),
    queues: () => Promise.all([checkQueue(env.READING_JOBS), checkQueue(env.WEBHOOKS)]),
    config: async () => parseConfig(env),
  };
}

async function runCheck(
  name: CheckName,
  check: () => Promise<unknown>,
  deadline: Promise<"timeout">,
): Promise<CheckResult> {
  const started = Date.now();
  try {
    const outcome = await Promise.race([check().then(() => "ok" as const), deadline]);
    return { status: outcome, latency_ms: Date.now() - started };
  } catch (error) {
    log.warn("health.check_failed", { check: name, error: describeError(error) });
    return { status: "fail", latency_ms: Date.now() - started };
  }
}

/**
 * Checks D1 (a cheap query), KV (a sentinel read), the queues (`metrics()` where the binding has
 * it, else presence) and the configuration, in parallel, within {@link READINESS_TIMEOUT_MS}.
 * The report is reused for {@link READINESS_CACHE_MS} in this isolate.
 */
export async function checkReadiness(env: Env, now = Date.now()): Promise<Readiness> {
  if (cached && now - cached.at < READINESS_CACHE_MS) return cached.report;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), READINESS_TIMEOUT_MS);
  });
  const all = checks(env);
  const results = await Promise.all(
    CHECK_NAMES.map(async (name) => [name, await runCheck(name, all[name], deadline)] as const),
  );
  if (timer !== undefined) clearTimeout(timer);
  const report: Readiness = {
    status: results.every(([, r]) => r.status === "ok") ? "ready" : "not_ready",
    checks: Object.fromEntries(results) as Record<CheckName, CheckResult>,
    failing: results.filter(([, r]) => r.status !== "ok").map(([name]) => name),
    checked_at: new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
  cached = { at: now, report };
  return report;
}
