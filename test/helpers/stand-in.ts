import { env } from "cloudflare:workers";
import { eventually } from "./jobs.ts";

/**
 * The local stand-in server for Sentry, the alert webhook and the Analytics Engine SQL API
 * (test/global-setup-sentry.ts), reached from inside workerd over real HTTP.
 */
export const STAND_IN = (env as unknown as { OBSERVABILITY_STAND_IN: string })
  .OBSERVABILITY_STAND_IN;

/** What the stand-in received. */
export interface Received {
  kind: "sentry" | "analytics" | "alert";
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** Everything of `kind` the stand-in received so far. */
export async function received(kind: Received["kind"]): Promise<Received[]> {
  const res = await fetch(`${STAND_IN}/__received?kind=${kind}`);
  return (await res.json()) as Received[];
}

/** Waits until something of `kind` matching `match` arrives, and returns it. */
export function waitForReceived(
  kind: Received["kind"],
  match: (r: Received) => boolean,
  timeoutMs = 10_000,
): Promise<Received> {
  return eventually(async () => (await received(kind)).find(match), timeoutMs);
}

/** Queues the Analytics Engine SQL API's next answers (the last one repeats). */
export async function answerAnalytics(answers: unknown[]): Promise<void> {
  await fetch(`${STAND_IN}/__analytics`, { method: "POST", body: JSON.stringify(answers) });
}
