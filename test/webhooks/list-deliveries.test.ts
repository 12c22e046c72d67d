import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client.ts";
import { insertDeliveryStatement } from "../../src/db/webhooks.ts";
import { newId } from "../../src/lib/ids.ts";
import { eventBody } from "../../src/webhooks/payload.ts";
import { createTestKey, postJsonWithKey, withKey } from "../helpers/keys.ts";

interface Page {
  data: { id: string; attempts: { status_code: number | null }[] }[];
  next_cursor: string | null;
}

describe("GET /v1/webhooks/{id}/deliveries", () => {
  // Found by the soak (npm run soak): a full page selected its attempts with the page's 101 ids
  // bound one by one, over D1's 100 bound parameters per statement, and answered 500.
  it("pages through more than 100 deliveries with limit=100, each with its attempts", async () => {
    const key = await createTestKey({ scopes: ["webhooks:manage"] });
    const created = await postJsonWithKey(key.key, "/v1/webhooks", {
      url: "http://127.0.0.1:8790/hook",
      events: ["reading.completed"],
    });
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string };
    const db = createDb(env.DB);
    const now = Date.now();
    const ids = Array.from({ length: 150 }, () => newId("dlv"));
    await db.batch(
      ids.map((id) =>
        insertDeliveryStatement(db, {
          id,
          endpointId: endpoint.id,
          owner: key.owner,
          eventType: "webhook.test",
          body: eventBody("webhook.test", now, { endpoint_id: endpoint.id }),
          status: "succeeded",
          attempts: 1,
          nextAttemptAt: now,
          lastStatusCode: 204,
          lastError: null,
          createdAt: now,
          finishedAt: now,
        }),
      ) as [ReturnType<typeof insertDeliveryStatement>],
    );
    await env.DB.batch(
      ids.map((id) =>
        env.DB.prepare(
          "INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms) VALUES (?, ?, 204, 5)",
        ).bind(id, now),
      ),
    );

    const seen: Page["data"] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await withKey(
        key.key,
        `/v1/webhooks/${endpoint.id}/deliveries?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const text = await res.text();
      expect(res.status, text).toBe(200);
      const page = JSON.parse(text) as Page;
      seen.push(...page.data);
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(2);
    expect(seen.map((d) => d.id)).toEqual([...ids].sort().reverse());
    for (const d of seen)
      expect(d.attempts).toEqual([expect.objectContaining({ status_code: 204 })]);
  });
});
