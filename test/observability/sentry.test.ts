import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import worker from "../../src/index.ts";
import { scrubEvent } from "../../src/observability/sentry.ts";
import { ADMIN_KEY, authed, LONDON_1990 } from "../helpers/http.ts";
import { waitForReceived } from "../helpers/stand-in.ts";

afterEach(() => clearFaults());

/** Items of a Sentry envelope (newline-separated JSON: header, then item header/payload pairs). */
function envelopeEvent(body: string): Record<string, unknown> {
  const lines = body.split("\n").filter((l) => l.trim() !== "");
  const event = lines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((o) => "platform" in o);
  if (!event) throw new Error(`no event in envelope: ${body}`);
  return event;
}

const SECRET_SHAPES = [ADMIN_KEY, "whsec_", "Bearer "];

describe("Sentry: unexpected errors reach the ingest endpoint, scrubbed", () => {
  it("captures a 5xx in fetch with request id, route, release and environment", async () => {
    const requestId = `req-sentry-fetch-${crypto.randomUUID()}`;
    // D1 throws a non-ApiError inside the route: an unexpected error, answered 500.
    injectFault("DB", "get", 1);
    const res = await authed(`/v1/charts?limit=5`, {
      headers: { "X-Request-Id": requestId, Cookie: "session=abc" },
    });
    expect(res.status, await res.text()).toBe(500);

    const got = await waitForReceived("sentry", (r) => r.body.includes(requestId));
    expect(got.path).toBe("/api/1/envelope/");
    const event = envelopeEvent(got.body);
    expect(event).toMatchObject({
      environment: "test",
      release: env.CF_VERSION_METADATA.id,
      tags: expect.objectContaining({ handler: "fetch", request_id: requestId }),
    });
    expect(JSON.stringify(event)).toContain("/v1/charts");
    for (const shape of SECRET_SHAPES) expect(got.body).not.toContain(shape);
    expect(got.body).not.toMatch(/orr_test_[A-Za-z0-9_]{20,}/);
    expect(got.body.toLowerCase()).not.toContain("cookie");
    expect(got.body.toLowerCase()).not.toContain("session=abc");
  });

  it("does not capture 4xx: they are the client's, not ours", async () => {
    const requestId = `req-sentry-4xx-${crypto.randomUUID()}`;
    const res = await authed("/v1/charts/chr_nope", { headers: { "X-Request-Id": requestId } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await expect(
      waitForReceived("sentry", (r) => r.body.includes(requestId), 1_500),
    ).rejects.toThrow();
  });

  it("captures a queue message whose processing throws", async () => {
    const jobId = `job_SENTRYQUEUE${Date.now()}`;
    injectFault("DB", "all");
    const batch = createMessageBatch("orrery-reading-jobs", [
      {
        id: "msg-sentry",
        timestamp: new Date(),
        attempts: 1,
        body: { job_id: jobId, owner: "admin", request_id: "req-from-queue" },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    await waitOnExecutionContext(ctx);
    const got = await waitForReceived("sentry", (r) => r.body.includes(jobId));
    expect(envelopeEvent(got.body)).toMatchObject({
      tags: expect.objectContaining({ handler: "queue", queue: "orrery-reading-jobs" }),
    });
  });

  it("captures an error of the cron", async () => {
    injectFault("DB", "all");
    const scheduledTime = Date.now();
    const controller = createScheduledController({ scheduledTime, cron: "* * * * *" });
    const ctx = createExecutionContext();
    worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx).catch(() => {});
    const got = await waitForReceived("sentry", (r) => r.body.includes(`cron_${scheduledTime}`));
    expect(envelopeEvent(got.body)).toMatchObject({
      tags: expect.objectContaining({ handler: "scheduled" }),
    });
  });
});

describe("scrubEvent", () => {
  it("removes keys, webhook secrets, bearer tokens and birth data", () => {
    const event = scrubEvent(
      {
        message: `failed for orr_live_${"aB3".repeat(15)} with whsec_c2VjcmV0 and Bearer xyz`,
        request: { headers: { authorization: "Bearer orr_test_x" }, data: LONDON_1990 },
        extra: { latitude: 51.5, nested: { datetime: "1990-06-15T14:30:00", ok: 1 } },
      },
      ADMIN_KEY,
    );
    const text = JSON.stringify(event);
    for (const shape of [
      "orr_live_",
      "orr_test_",
      "whsec_",
      "xyz",
      "51.5",
      "1990-06-15",
      "Europe/London",
    ]) {
      expect(text).not.toContain(shape);
    }
    expect(text).toContain('"ok":1');
  });
});
