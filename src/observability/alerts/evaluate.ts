import { wrapKv } from "../../bindings/faulty.ts";
import type { Env } from "../../env.ts";
import { createLogger, describeError } from "../logger.ts";
import { currentReporter } from "../sentry.ts";
import { analyticsSqlFrom } from "./analytics-sql.ts";
import { ALERT_RULES, type AlertContext, type AlertRule } from "./rules.ts";

/**
 * Evaluates the alert rules (every cron run) and notifies on changes only: one incident is one
 * `firing` notification, then nothing while it lasts, then one `resolved` notice. The state of a
 * firing rule is kept in KV `CACHE` under `alert:<rule>` (no TTL: it lasts until resolved).
 * Notifications go to `ALERT_WEBHOOK_URL` (Slack-compatible JSON) and to Sentry as messages.
 */

/** A firing rule's state in KV. */
export interface AlertState {
  since: number;
  value: number;
}

/** What one evaluation did per rule. */
export type AlertTransition = "fired" | "firing" | "resolved" | "ok" | "skipped" | "error";

const log = createLogger({ component: "alerts" });

/** The value in words: fractions as percentages, milliseconds with their unit. */
export function formatValue(rule: AlertRule, value: number): string {
  if (rule.unit === "fraction") return `${(value * 100).toFixed(2)}%`;
  if (rule.unit === "ms") return `${Math.round(value)} ms`;
  return String(value);
}

/** The Slack-compatible message of a transition. */
export function alertMessage(
  rule: AlertRule,
  kind: "firing" | "resolved",
  value: number,
  environment: string,
) {
  const firing = kind === "firing";
  const title = `${firing ? "FIRING" : "RESOLVED"} [${environment}] ${rule.name}`;
  return {
    text: `${title}: ${rule.summary} (value ${formatValue(rule, value)}, threshold ${formatValue(rule, rule.threshold)})`,
    attachments: [
      {
        color: firing ? (rule.severity === "critical" ? "#d00000" : "#f2c744") : "#2eb886",
        title,
        text: rule.summary,
        fields: [
          { title: "rule", value: rule.name, short: true },
          { title: "severity", value: rule.severity, short: true },
          { title: "value", value: formatValue(rule, value), short: true },
          { title: "threshold", value: formatValue(rule, rule.threshold), short: true },
        ],
      },
    ],
  };
}

async function notify(
  env: Env,
  rule: AlertRule,
  kind: "firing" | "resolved",
  value: number,
): Promise<void> {
  const message = alertMessage(rule, kind, value, env.ENVIRONMENT);
  currentReporter().captureMessage(
    `alert ${kind}: ${rule.name}`,
    kind === "firing" ? (rule.severity === "critical" ? "error" : "warning") : "info",
    { rule: rule.name, value, threshold: rule.threshold },
  );
  if (!env.ALERT_WEBHOOK_URL) return;
  const res = await fetch(env.ALERT_WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`alert webhook answered ${res.status}`);
  await res.body?.cancel();
}

/**
 * Evaluates `rules` at `now`. A rule that fails to measure or notify is logged and left as it
 * was (a failed `firing` notification is retried next run, since the state is written after it).
 */
export async function evaluateAlerts(
  env: Env,
  now: number,
  options: { rules?: readonly AlertRule[]; statePrefix?: string } = {},
): Promise<Record<string, AlertTransition>> {
  const rules = options.rules ?? ALERT_RULES;
  const prefix = options.statePrefix ?? "alert:";
  const kv = wrapKv(env.CACHE, "CACHE");
  const ctx: AlertContext = { env, now, analytics: analyticsSqlFrom(env) };
  const result: Record<string, AlertTransition> = {};
  for (const rule of rules) {
    const key = `${prefix}${rule.name}`;
    try {
      const value = await rule.measure(ctx);
      if (value === null) {
        result[rule.name] = "skipped";
        continue;
      }
      const state = await kv.get<AlertState>(key, "json");
      const breaching = value > rule.threshold;
      if (breaching && !state) {
        await notify(env, rule, "firing", value);
        await kv.put(key, JSON.stringify({ since: now, value } satisfies AlertState));
        log.warn("alert.fired", { rule: rule.name, value, threshold: rule.threshold });
        result[rule.name] = "fired";
      } else if (breaching) {
        result[rule.name] = "firing";
      } else if (state) {
        await notify(env, rule, "resolved", value);
        await kv.delete(key);
        log.info("alert.resolved", { rule: rule.name, value, firing_ms: now - state.since });
        result[rule.name] = "resolved";
      } else {
        result[rule.name] = "ok";
      }
    } catch (error) {
      log.error("alert.evaluation_failed", { rule: rule.name, error: describeError(error) });
      result[rule.name] = "error";
    }
  }
  return result;
}
