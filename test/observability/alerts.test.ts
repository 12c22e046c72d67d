import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import worker from "../../src/index.ts";
import { evaluateAlerts } from "../../src/observability/alerts/evaluate.ts";
import { ALERT_RULES, type AlertRule } from "../../src/observability/alerts/rules.ts";
import { resetReadinessCache } from "../../src/observability/readiness.ts";
import { createReporter, withReporter } from "../../src/observability/sentry.ts";
import { eventually, seedReadingJob } from "../helpers/jobs.ts";
import { answerAnalytics, received, waitForReceived } from "../helpers/stand-in.ts";

afterEach(() => clearFaults());
beforeEach(() => resetReadinessCache());

/** A rule whose value the test sets. */
function controlledRule(name: string): AlertRule & { value: number | null } {
  const rule = {
    name,
    severity: "critical" as const,
    summary: "a test rule",
    threshold: 10,
    unit: "count" as const,
    value: 0 as number | null,
    measure: async () => rule.value,
  };
  return rule;
}

function rule(name: string): AlertRule {
  const found = ALERT_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
}

/** Alert webhook messages whose text mentions `name`. */
async function alertsFor(name: string): Promise<string[]> {
  return (await received("alert"))
    .map((r) => (JSON.parse(r.body) as { text: string }).text)
    .filter((t) => t.includes(` ${name}:`));
}

describe("alert rules: one incident, one alert", () => {
  it("fires once, stays quiet while firing, then sends one resolve notice", async () => {
    const name = `test_rule_${crypto.randomUUID().slice(0, 8)}`;
    const r = controlledRule(name);
    const prefix = `alert-test-${name}:`;
    // As in the cron: one Sentry reporter for the run, flushed at its end.
    const reporter = createReporter(env, { handler: "scheduled" });
    const run = () =>
      withReporter(reporter, () =>
        evaluateAlerts(env, Date.now(), { rules: [r], statePrefix: prefix }),
      );

    expect(await run()).toEqual({ [name]: "ok" });
    r.value = 11;
    expect(await run()).toEqual({ [name]: "fired" });
    expect(await env.CACHE.get(`${prefix}${name}`, "json")).toMatchObject({ value: 11 });
    expect(await run()).toEqual({ [name]: "firing" });
    r.value = 50;
    expect(await run()).toEqual({ [name]: "firing" });
    expect(await alertsFor(name)).toHaveLength(1);
    expect((await alertsFor(name))[0]).toMatch(/^FIRING \[test\]/);

    r.value = null; // no data: the state is kept, nothing is sent
    expect(await run()).toEqual({ [name]: "skipped" });
    r.value = 3;
    expect(await run()).toEqual({ [name]: "resolved" });
    expect(await env.CACHE.get(`${prefix}${name}`)).toBeNull();
    expect(await run()).toEqual({ [name]: "ok" });
    const messages = await alertsFor(name);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatch(/^RESOLVED \[test\]/);

    // The alert also reaches Sentry, as a message.
    await reporter.flush();
    await waitForReceived("sentry", (s) => s.body.includes(`alert firing: ${name}`));
  });

  it("keeps a firing notification that failed to send for the next run", async () => {
    const name = `test_rule_${crypto.randomUUID().slice(0, 8)}`;
    const r = controlledRule(name);
    r.value = 99;
    const prefix = `alert-test-${name}:`;
    const badEnv = { ...env, ALERT_WEBHOOK_URL: "http://127.0.0.1:9/nothing-listens" };
    expect(await evaluateAlerts(badEnv, Date.now(), { rules: [r], statePrefix: prefix })).toEqual({
      [name]: "error",
    });
    expect(await env.CACHE.get(`${prefix}${name}`)).toBeNull();
    expect(await evaluateAlerts(env, Date.now(), { rules: [r], statePrefix: prefix })).toEqual({
      [name]: "fired",
    });
  });
});

describe("the rules", () => {
  it("request error rate and p95 come from the Analytics Engine SQL API", async () => {
    const prefix = `alert-test-${crypto.randomUUID()}:`;
    const rules = [rule("request_error_rate"), rule("request_latency_p95")];
    await answerAnalytics([{ meta: [], data: [{ errors: 5, requests: 100, p95: 620 }], rows: 1 }]);
    expect(await evaluateAlerts(env, Date.now(), { rules, statePrefix: prefix })).toEqual({
      request_error_rate: "fired",
      request_latency_p95: "fired",
    });
    const queries = (await received("analytics")).slice(-2);
    expect(queries[0]?.headers.authorization).toBe("Bearer test-analytics-token");
    expect(queries[0]?.path).toBe("/client/v4/accounts/test-account/analytics_engine/sql");
    expect(queries[0]?.body).toContain("FROM orrery_metrics_local WHERE blob1 = 'request'");
    expect(queries[1]?.body).toContain("quantileExactWeighted(0.95)(double2, _sample_interval)");

    await answerAnalytics([{ meta: [], data: [{ errors: 0, requests: 100, p95: 40 }], rows: 1 }]);
    expect(await evaluateAlerts(env, Date.now(), { rules, statePrefix: prefix })).toEqual({
      request_error_rate: "resolved",
      request_latency_p95: "resolved",
    });
    // Too little traffic says nothing.
    await answerAnalytics([{ meta: [], data: [{ errors: 3, requests: 4, p95: 900 }], rows: 1 }]);
    expect(await evaluateAlerts(env, Date.now(), { rules, statePrefix: prefix })).toEqual({
      request_error_rate: "skipped",
      request_latency_p95: "skipped",
    });
    await answerAnalytics([]);
  });

  it("skips the request rules when the SQL API is not configured", async () => {
    const bare = { ...env, ANALYTICS_API_TOKEN: undefined };
    expect(
      await evaluateAlerts(bare, Date.now(), {
        rules: [rule("request_error_rate")],
        statePrefix: `alert-test-${crypto.randomUUID()}:`,
      }),
    ).toEqual({ request_error_rate: "skipped" });
  });

  it("counts dead-lettered jobs from D1", async () => {
    const now = Date.now();
    const before = await rule("jobs_dead_lettered").measure({ env, now, analytics: null });
    await seedReadingJob("acct_alerts", "chr_none", {
      status: "failed",
      attempts: 4,
      maxAttempts: 4,
      errorCode: "transient_error",
      finishedAt: now - 1_000,
    });
    expect(await rule("jobs_dead_lettered").measure({ env, now, analytics: null })).toBe(
      (before ?? 0) + 1,
    );
  });

  it("reads disabled webhook endpoints and job failure rate from D1 without error", async () => {
    const ctx = { env, now: Date.now(), analytics: null };
    expect(await rule("webhook_endpoint_disabled").measure(ctx)).toBeGreaterThanOrEqual(0);
    const rate = await rule("job_failure_rate").measure(ctx);
    expect(rate === null || (rate >= 0 && rate <= 1)).toBe(true);
  });

  it("readiness failing fires when D1 fails", async () => {
    const ctx = { env, now: Date.now(), analytics: null };
    expect(await rule("readiness_failing").measure(ctx)).toBe(0);
    resetReadinessCache();
    injectFault("DB", "all");
    expect(await rule("readiness_failing").measure(ctx)).toBe(1);
  });

  it("are evaluated by the cron", async () => {
    await env.CACHE.delete("alert:request_error_rate");
    await answerAnalytics([{ meta: [], data: [{ errors: 50, requests: 100, p95: 10 }], rows: 1 }]);
    const scheduledTime = Date.now();
    const ctx = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime, cron: "* * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    await eventually(async () =>
      (await env.CACHE.get("alert:request_error_rate")) ? true : undefined,
    );
    expect((await alertsFor("request_error_rate")).length).toBeGreaterThanOrEqual(1);
    await answerAnalytics([]);
    await env.CACHE.delete("alert:request_error_rate");
  });
});
