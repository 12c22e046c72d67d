import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RETRY_SCHEDULE_SECONDS, WEBHOOKS_MAX_RETRIES } from "../../src/webhooks/config.ts";
import wranglerToml from "../../wrangler.toml?raw";
import { authed, expectProblem, postJson } from "../helpers/http.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

interface WebhookJson {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabled_reason: string | null;
  secret?: string;
  previous_secret_expires_at: string | null;
  updated_at: string;
}

async function createWebhook(body: Record<string, unknown>): Promise<WebhookJson> {
  const res = await postJson("/v1/webhooks", body);
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as WebhookJson;
}

describe("/v1/webhooks", () => {
  it("creates an endpoint with a secret shown once, and lists, reads, patches and deletes it", async () => {
    const created = await createWebhook({
      url: "http://127.0.0.1:8790/hook",
      events: ["reading.completed"],
      description: "local",
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created).toMatchObject({ enabled: true, disabled_reason: null });
    const got = (await (await authed(`/v1/webhooks/${created.id}`)).json()) as WebhookJson;
    expect(got.secret).toBeUndefined();
    const list = (await (await authed("/v1/webhooks")).json()) as { data: WebhookJson[] };
    expect(list.data.map((w) => w.id)).toContain(created.id);
    const patched = await authed(`/v1/webhooks/${created.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ events: ["reading.failed"], enabled: false }),
    });
    expect(await patched.json()).toMatchObject({
      events: ["reading.failed"],
      enabled: false,
      disabled_reason: "manual",
    });
    expect((await authed(`/v1/webhooks/${created.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await authed(`/v1/webhooks/${created.id}`)).status).toBe(404);
  });

  it("leaves updated_at alone on a PATCH that changes nothing", async () => {
    const created = await createWebhook({
      url: "http://127.0.0.1:8790/hook",
      events: ["reading.failed"],
    });
    // updated_at has whole seconds: wait past the next one so a bump would show.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const patch = (body: object) =>
      authed(`/v1/webhooks/${created.id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then((res) => res.json() as Promise<WebhookJson>);
    const unchanged = await patch({});
    expect(unchanged.updated_at).toBe(created.updated_at);
    const changed = await patch({ description: "renamed" });
    expect(changed.updated_at).not.toBe(unchanged.updated_at);
  });

  it.each([
    "https://10.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://user:pass@hooks.example.com/",
    "https://[fd00:ec2::254]/",
    "https://metadata.google.internal/",
    "https://0x0a000001/",
    "https://[::ffff:127.0.0.1]/",
    "http://printer.local/",
  ])("refuses %s with a 400 problem naming url", async (url) => {
    const res = await postJson("/v1/webhooks", { url, events: ["reading.completed"] });
    const problem = await expectProblem(res, 400);
    expect(problem.errors.map((e) => e.path)).toEqual(["url"]);
  });

  it.each([
    ["a NUL", "ops\u0000team"],
    ["a right-to-left override", "pay \u202egnp.exe"],
    ["a bidi isolate", "a\u2066b\u2069"],
    ["a C1 control", "x\u0085y"],
    ["a lone surrogate", "a\ud800b"],
    ["a paragraph separator", "line one\u2029line two"],
  ])("refuses a description with %s, naming it, and keeps other Unicode", async (_, text) => {
    const res = await postJson("/v1/webhooks", {
      url: "http://localhost:8790/",
      events: ["reading.completed"],
      description: text,
    });
    expect((await expectProblem(res, 400)).errors.map((e) => e.path)).toEqual(["description"]);
    const ok = await postJson("/v1/webhooks", {
      url: "http://localhost:8790/",
      events: ["reading.completed"],
      description: "Zürich 受信 שלום 🚀",
    });
    expect(ok.status).toBe(201);
  });

  it("rotates the secret, keeping the previous one in its grace period", async () => {
    const created = await createWebhook({
      url: "http://localhost:8790/",
      events: ["reading.failed"],
    });
    const res = await postJson(`/v1/webhooks/${created.id}/rotate-secret`, {});
    const rotated = (await res.json()) as WebhookJson;
    expect(res.status).toBe(200);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previous_secret_expires_at).not.toBeNull();
  });

  it("keeps accounts apart and needs webhooks:manage", async () => {
    const created = await createWebhook({
      url: "http://localhost:8790/",
      events: ["reading.failed"],
    });
    const other = await createTestKey({ scopes: ["webhooks:manage"] });
    expect((await withKey(other.key, `/v1/webhooks/${created.id}`)).status).toBe(404);
    expect((await postJsonWithKey(other.key, `/v1/webhooks/${created.id}/test`, {})).status).toBe(
      404,
    );
    const reader = await createTestKey({ scopes: ["readings:read"] });
    await expectProblem(await withKey(reader.key, "/v1/webhooks"), 403);
  });

  it("gives the WEBHOOKS consumer max_retries above the retry schedule in every environment", () => {
    const consumers = [
      ...wranglerToml.matchAll(/queue = "orrery(?:-\w+)?-webhooks"\n[^[]*?max_retries = (\d+)/g),
    ];
    expect(consumers).toHaveLength(3);
    for (const [, retries] of consumers) expect(Number(retries)).toBe(WEBHOOKS_MAX_RETRIES);
    expect(WEBHOOKS_MAX_RETRIES).toBeGreaterThanOrEqual(RETRY_SCHEDULE_SECONDS.length);
    expect(env.WEBHOOKS_ALLOW_LOOPBACK).toBe("true");
  });
});
