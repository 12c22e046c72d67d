// D1 time per named hot-path query (src/db/hot-queries.ts), read from the `Server-Timing` header
// (`db.<name>;dur=<ms>`) of real requests to the API under wrangler dev (Miniflare D1, local
// SQLite). Requests are sent one at a time, so the numbers are the query's own latency, not
// queueing. workerd's clock advances across I/O only, so a D1 duration is real wall time at 1 ms
// resolution. Loopback only; run it under the measurement lock:
//   flock /tmp/orrery-measure.lock node bench/query-timings.ts [requests per scenario = 200]
import { loadavg } from "node:os";
import { ADMIN_KEY, percentile, startWorker } from "./lib.ts";

const PER_SCENARIO = Number(process.argv[2] ?? 200);
const PORT = 8780;
/** Keys used in turn, so `key_lookup` misses the isolate's key cache once per key. */
const KEYS = 20;

const admin = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };
const durations = new Map<string, number[]>();

/** Records the `db.<name>` entries of a response's `Server-Timing`. */
function record(res: Response): void {
  for (const entry of (res.headers.get("Server-Timing") ?? "").split(", ")) {
    const match = /^db\.([a-z_]+);dur=(\d+(?:\.\d+)?)/.exec(entry);
    if (!match?.[1]) continue;
    const list = durations.get(match[1]) ?? [];
    list.push(Number(match[2]));
    durations.set(match[1], list);
  }
}

async function expectJson<T>(res: Response, expected: number): Promise<T> {
  if (res.status !== expected)
    throw new Error(`${res.url} answered ${res.status}, not ${expected}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function send(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  record(res);
  await res.arrayBuffer();
  return res;
}

const api = await startWorker(PORT);
try {
  const url = api.url;
  const chart = (input: number) =>
    JSON.stringify({
      datetime: `${1900 + (input % 200)}-0${1 + (input % 9)}-1${input % 10}T12:${String(input % 60).padStart(2, "0")}`,
      timezone: "Europe/London",
      latitude: 51.5,
      longitude: -0.12,
    });
  const stored = await expectJson<{ id: string }>(
    await fetch(`${url}/v1/charts`, { method: "POST", headers: admin, body: chart(0) }),
    201,
  );
  const keys: string[] = [];
  for (let i = 0; i < KEYS; i++) {
    const created = await expectJson<{ key: string }>(
      await fetch(`${url}/v1/keys`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({
          name: `bench: query timings ${i}`,
          owner: "admin",
          scopes: ["charts:read", "charts:write", "readings:read", "readings:write"],
        }),
      }),
      201,
    );
    keys.push(created.key);
  }
  let job = "";
  for (let i = 0; i < PER_SCENARIO; i++) {
    const key = { Authorization: `Bearer ${keys[i % KEYS]}`, "Content-Type": "application/json" };
    await send(`${url}/v1/charts`, { method: "POST", headers: key, body: chart(i + 1) });
    await send(`${url}/v1/charts/${stored.id}`, { headers: admin });
    await send(`${url}/v1/charts?limit=20`, { headers: admin });
    const accepted = await send(`${url}/v1/readings`, {
      method: "POST",
      headers: { ...admin, "Idempotency-Key": `bench-${i}` },
      body: JSON.stringify({ chart_id: stored.id, detail: "brief" }),
    });
    job = accepted.headers.get("Location")?.split("/").pop() ?? job;
    if (job) await send(`${url}/v1/jobs/${job}`, { headers: admin });
    await send(`${url}/v1/jobs?limit=20`, { headers: admin });
    await send(`${url}/v1/readings?limit=20`, { headers: admin });
  }
  console.table(
    [...durations].map(([name, list]) => ({
      query: name,
      samples: list.length,
      "p50 ms": percentile(list, 50),
      "p95 ms": percentile(list, 95),
      "max ms": Math.max(...list),
    })),
  );
  console.log(
    `${PER_SCENARIO} rounds, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  api.stop();
}
