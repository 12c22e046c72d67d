// Load and soak (issue 9): the API under wrangler dev (real Miniflare D1, KV and Queues), a mixed
// request load from autocannon, reading jobs submitted at the same time, the cron triggered through
// /cdn-cgi/handler/scheduled (Miniflare runs none by itself), and a local receiver that verifies
// every webhook. At the end every accepted job, reading and delivery is accounted for.
// Usage: npm run soak -- [requests = 10000] [connections = 50] [readings = 500] [timeout_s = 600]
//   timeout_s bounds everything after setup (load, jobs, deliveries); reaching it fails the run.
// Exit 1 when the error rate is above 0 or anything is unaccounted for. Loopback only.
import { writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import autocannon, { type Request } from "autocannon";
import { type ReceivedDelivery, startWebhookReceiver } from "../scripts/lib/webhook-receiver.ts";
import {
  ADMIN_KEY,
  type ChartInput,
  chartInputs,
  expectJson,
  type LocalWorker,
  listAll,
  percentile,
  ROOT,
  rng,
  startWorker,
} from "./lib.ts";

const REQUESTS = Number(process.argv[2] ?? 10_000);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const READINGS = Number(process.argv[4] ?? 500);
const TIMEOUT_S = Number(process.argv[5] ?? 600);
/** Ports: API 8790 (inspector 8791), webhook receiver 8792. */
const API_PORT = 8790;
const RECEIVER_PORT = 8792;
/** Accounts (one key, one webhook endpoint and a few stored charts each). */
const OWNERS = 3;
const CHARTS_PER_OWNER = 3;
/** Reading submissions in flight at once, beside the load. */
const READING_CONCURRENCY = 8;
/** Every n-th reading is sent a second time with its Idempotency-Key (a replay). */
const REPLAY_EVERY = 10;
/** Tries of a reading submission that times out, fails to connect, answers 409 or 5xx. */
const READING_TRIES = 3;
const CRON_EVERY_MS = 10_000;
/** The cron's run answers the trigger; it sweeps and prunes, so it may take longer than a request. */
const CRON_TIMEOUT_S = 30;
/** Job and delivery polling, ms: every poll lists every job of every account, so not too often. */
const POLL_MS = 2_000;
/** Per-request timeout, s (autocannon and our own requests alike). */
const REQUEST_TIMEOUT_S = 10;

const SCOPES = [
  "charts:read",
  "charts:write",
  "readings:read",
  "readings:write",
  "webhooks:manage",
];
const EVENTS = { succeeded: "reading.completed", failed: "reading.failed" } as const;

/** Latencies and answers of one route. */
interface RouteStats {
  latencies: number[];
  statuses: Record<string, number>;
  /** Answers outside the route's expected statuses (5xx included). */
  unexpected: number;
  /** Socket errors and timeouts. */
  failed: number;
}

const stats = new Map<string, RouteStats>();

function routeStats(route: string): RouteStats {
  let s = stats.get(route);
  if (!s) {
    s = { latencies: [], statuses: {}, unexpected: 0, failed: 0 };
    stats.set(route, s);
  }
  return s;
}

function record(route: string, status: number, ms: number, expected: readonly number[]): void {
  const s = routeStats(route);
  s.latencies.push(ms);
  s.statuses[status] = (s.statuses[status] ?? 0) + 1;
  if (!expected.includes(status)) s.unexpected += 1;
}

/** An answer read to the end: status, headers and body text. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * A request of our own (outside autocannon), measured and counted under `route`. Undefined on a
 * socket error or timeout (counted as failed).
 */
async function call(
  route: string,
  expected: readonly number[],
  url: string,
  init: RequestInit = {},
  timeoutSeconds = REQUEST_TIMEOUT_S,
): Promise<Answer | undefined> {
  const start = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    const text = await res.text();
    record(route, res.status, performance.now() - start, expected);
    return { status: res.status, headers: res.headers, text };
  } catch {
    routeStats(route).failed += 1;
    return undefined;
  }
}

/** One account of the run. */
interface Owner {
  index: number;
  owner: string;
  headers: Record<string, string>;
  charts: { id: string; etag: string }[];
  webhook: { id: string; secret: string };
  /** A job of this account, for `GET /v1/jobs/:id` in the load. */
  jobId: string;
}

/** A reading job accepted with 202. */
interface Accepted {
  owner: number;
  readingId: string;
  acceptedAt: number;
}

/** A route of the mixed load: its share, the statuses that count as right, and the request. */
interface LoadRoute {
  name: string;
  weight: number;
  expected: readonly number[];
  request: () => Request;
}

function loadRoutes(owners: Owner[], seed: number): LoadRoute[] {
  const r = rng(seed);
  const inputs = chartInputs(seed + 1);
  const anyOwner = () => owners[Math.floor(r() * owners.length)] as Owner;
  const anyChart = (o: Owner) => o.charts[Math.floor(r() * o.charts.length)] as Owner["charts"][0];
  const json = (o: Owner) => ({ ...o.headers, "Content-Type": "application/json" });
  return [
    {
      name: "GET /health/live",
      weight: 10,
      expected: [200],
      request: () => ({ method: "GET", path: "/health/live" }),
    },
    {
      name: "GET /health/ready",
      weight: 5,
      expected: [200],
      request: () => ({ method: "GET", path: "/health/ready" }),
    },
    {
      name: "POST /v1/charts (store false)",
      weight: 15,
      expected: [200],
      request: () => ({
        method: "POST",
        path: "/v1/charts",
        headers: json(anyOwner()),
        body: JSON.stringify({ ...inputs(), store: false }),
      }),
    },
    {
      name: "POST /v1/charts (store true)",
      weight: 5,
      expected: [201],
      request: () => ({
        method: "POST",
        path: "/v1/charts",
        headers: json(anyOwner()),
        body: JSON.stringify({ ...inputs(), store: true }),
      }),
    },
    {
      name: "GET /v1/charts/:id",
      weight: 15,
      expected: [200],
      request: () => {
        const o = anyOwner();
        return { method: "GET", path: `/v1/charts/${anyChart(o).id}`, headers: o.headers };
      },
    },
    {
      name: "GET /v1/charts/:id (If-None-Match)",
      weight: 10,
      expected: [304],
      request: () => {
        const o = anyOwner();
        const chart = anyChart(o);
        return {
          method: "GET",
          path: `/v1/charts/${chart.id}`,
          headers: { ...o.headers, "If-None-Match": chart.etag },
        };
      },
    },
    {
      name: "GET /v1/charts",
      weight: 8,
      expected: [200],
      request: () => ({ method: "GET", path: "/v1/charts?limit=20", headers: anyOwner().headers }),
    },
    {
      name: "GET /v1/jobs/:id",
      weight: 10,
      expected: [200],
      request: () => {
        const o = anyOwner();
        return { method: "GET", path: `/v1/jobs/${o.jobId}`, headers: o.headers };
      },
    },
    {
      name: "GET /v1/keys/self",
      weight: 7,
      expected: [200],
      request: () => ({ method: "GET", path: "/v1/keys/self", headers: anyOwner().headers }),
    },
    {
      name: "bad: POST /v1/charts latitude 200",
      weight: 2,
      expected: [400, 422],
      request: () => ({
        method: "POST",
        path: "/v1/charts",
        headers: json(anyOwner()),
        body: JSON.stringify({ ...inputs(), latitude: 200 }),
      }),
    },
    {
      name: "bad: GET /v1/charts/:id unknown",
      weight: 1,
      expected: [404],
      request: () => ({
        method: "GET",
        path: "/v1/charts/chr_00000000000000000000000000",
        headers: anyOwner().headers,
      }),
    },
    {
      name: "bad: GET /v1/jobs/:id malformed",
      weight: 1,
      expected: [400, 404],
      request: () => ({ method: "GET", path: "/v1/jobs/not-a-job", headers: anyOwner().headers }),
    },
    {
      name: "bad: GET /v1/keys/self unknown key",
      weight: 1,
      // The anonymous tier (30/min per network) answers 429 once the bad key has been tried 30 times.
      expected: [401, 429],
      request: () => ({
        method: "GET",
        path: "/v1/keys/self",
        headers: { Authorization: "Bearer orr_test_not_a_key_000000000000000000" },
      }),
    },
  ];
}

/**
 * Runs the mixed load: `REQUESTS` requests over `CONNECTIONS` connections, each request a route
 * drawn by weight. Latency per route: autocannon calls a request's `onResponse` and then emits
 * `response` (with the latency) synchronously for the same answer, so the route named in the
 * first is the one the second measures.
 */
function runLoad(routes: LoadRoute[], url: string, deadline: number, seed: number): Promise<void> {
  const r = rng(seed);
  const total = routes.reduce((n, route) => n + route.weight, 0);
  const pick = () => {
    let x = r() * total;
    for (const route of routes) {
      x -= route.weight;
      if (x < 0) return route;
    }
    return routes[routes.length - 1] as LoadRoute;
  };
  let answered: LoadRoute | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        amount: REQUESTS,
        timeout: REQUEST_TIMEOUT_S,
        requests: [
          {
            setupRequest: (req, context) => {
              const route = pick();
              context.route = route;
              return { ...req, headers: {}, body: undefined, ...route.request() };
            },
            onResponse: (_status, _body, context) => {
              answered = context.route as LoadRoute;
            },
          },
        ],
      },
      (error, result) => {
        clearTimeout(guard);
        if (error) return reject(error);
        if (socketErrors + result.timeouts > 0)
          routeStats("(load) socket errors and timeouts").failed += socketErrors + result.timeouts;
        resolve();
      },
    );
    let socketErrors = 0;
    const guard = setTimeout(() => instance.stop(), Math.max(0, deadline - Date.now()));
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      const route = answered;
      answered = undefined;
      if (route) record(route.name, status, ms, route.expected);
    });
    instance.on("reqError", () => {
      socketErrors += 1;
    });
  });
}

const admin = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };

/** Creates an account: a key, a webhook endpoint pointing at the receiver, stored charts, a job. */
async function createOwner(url: string, index: number, seed: number): Promise<Owner> {
  const key = await expectJson<{ key: string; owner: string }>(
    await fetch(`${url}/v1/keys`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({
        name: `soak ${index}`,
        scopes: SCOPES,
        rate_limit: { requests: 100_000, window_seconds: 60 },
      }),
    }),
    201,
  );
  const headers = { Authorization: `Bearer ${key.key}` };
  const post = { ...headers, "Content-Type": "application/json" };
  const webhook = await expectJson<{ id: string; secret: string }>(
    await fetch(`${url}/v1/webhooks`, {
      method: "POST",
      headers: post,
      body: JSON.stringify({
        url: `http://127.0.0.1:${RECEIVER_PORT}/${index}`,
        events: [EVENTS.succeeded, EVENTS.failed],
        description: `soak ${index}`,
      }),
    }),
    201,
  );
  const inputs = chartInputs(seed + index);
  const charts: Owner["charts"] = [];
  for (let i = 0; i < CHARTS_PER_OWNER; i++) {
    const chart = await expectJson<{ id: string }>(
      await fetch(`${url}/v1/charts`, {
        method: "POST",
        headers: post,
        body: JSON.stringify(inputs()),
      }),
      201,
    );
    const read = await fetch(`${url}/v1/charts/${chart.id}`, { headers });
    const etag = read.headers.get("ETag");
    await expectJson(read, 200);
    if (!etag) throw new Error("GET /v1/charts/:id sent no ETag");
    charts.push({ id: chart.id, etag });
  }
  return { index, owner: key.owner, headers, charts, webhook, jobId: "" };
}

/** A reading request: from a stored chart mostly, from an inline chart (stored with it) 1 in 5. */
function readingBody(o: Owner, i: number, inputs: () => ChartInput) {
  const detail = (["brief", "standard", "full"] as const)[i % 3];
  return i % 5 === 4
    ? { chart: inputs(), detail }
    : { chart_id: (o.charts[i % o.charts.length] as Owner["charts"][0]).id, detail };
}

/** Counters of the reading submissions. */
interface Submissions {
  accepted: Map<string, Accepted>;
  replays: number;
  /** Replays that did not answer the first job (or lacked `Idempotency-Replayed: true`). */
  replayMismatches: number;
  notAccepted: number;
}

/** Submits reading `i` (and its replay when it carries an Idempotency-Key). */
async function submitReading(
  url: string,
  owners: Owner[],
  i: number,
  inputs: () => ChartInput,
  out: Submissions,
): Promise<void> {
  const o = owners[i % owners.length] as Owner;
  // Every submission carries an Idempotency-Key, as a careful client's would: one that times out
  // or fails to connect is sent again with the same key (up to READING_TRIES times, 1 s apart), so
  // the job it may have created is the one answered. The failed try still counts as an error.
  const headers = {
    ...o.headers,
    "Content-Type": "application/json",
    "Idempotency-Key": `soak-${i}`,
  };
  const body = JSON.stringify(readingBody(o, i, inputs));
  const init = { method: "POST", headers, body };
  let first = await call("POST /v1/readings", [202], `${url}/v1/readings`, init);
  for (let tries = 1; first?.status !== 202 && tries < READING_TRIES; tries++) {
    if (first && first.status !== 409 && first.status < 500) break;
    await new Promise((r) => setTimeout(r, 1_000));
    first = await call(
      "POST /v1/readings (same key after a failed try)",
      [202, 409],
      `${url}/v1/readings`,
      init,
    );
  }
  if (first?.status !== 202) {
    out.notAccepted += 1;
    return;
  }
  const accepted = JSON.parse(first.text) as { job: { id: string }; reading_id: string };
  out.accepted.set(accepted.job.id, {
    owner: o.index,
    readingId: accepted.reading_id,
    acceptedAt: performance.now(),
  });
  if (i % REPLAY_EVERY !== 0) return;
  out.replays += 1;
  const again = await call(
    "POST /v1/readings (Idempotency-Key replay)",
    [202],
    `${url}/v1/readings`,
    init,
  );
  const same =
    again?.status === 202 &&
    again.headers.get("Idempotency-Replayed") === "true" &&
    (JSON.parse(again.text) as { job: { id: string } }).job.id === accepted.job.id;
  if (!same) out.replayMismatches += 1;
}

interface JobView {
  id: string;
  status: string;
}

interface DeliveryView {
  id: string;
  status: "pending" | "succeeded" | "failed";
  event_type: string;
  payload: { data?: { job_id?: string } };
}

const numbers = (values: number[]) => ({
  p50: Math.round(percentile(values, 50)),
  p95: Math.round(percentile(values, 95)),
  max: Math.round(Math.max(...values)),
});

const seed = 9;
const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
const received: ReceivedDelivery[] = [];
const refused: { path: string; webhookId: string; reason: string }[] = [];
const owners: Owner[] = [];
let api: LocalWorker | undefined;
let receiver: Server | undefined;
let cron: ReturnType<typeof setInterval> | undefined;
try {
  receiver = await startWebhookReceiver(RECEIVER_PORT, {
    secretFor: (path) => owners.find((o) => path === `/${o.index}`)?.webhook.secret,
    onDelivery: (d) => received.push(d),
    onRefused: (path, webhookId, reason) => refused.push({ path, webhookId, reason }),
  });
  api = await startWorker(API_PORT, {
    inspectorPort: API_PORT + 1,
    testScheduled: true,
    statePrefix: "orrery-soak-",
  });
  const url = api.url;
  for (let i = 0; i < OWNERS; i++) owners.push(await createOwner(url, i, seed));

  const submissions: Submissions = {
    accepted: new Map(),
    replays: 0,
    replayMismatches: 0,
    notAccepted: 0,
  };
  const inputs = chartInputs(seed + 100);
  // One job per account before the load, for GET /v1/jobs/:id; accounted for like the others.
  for (const o of owners) {
    const before = submissions.accepted.size;
    // Reading i goes to account i mod OWNERS; OWNERS + index is this account's, without a replay.
    await submitReading(url, owners, OWNERS + o.index, inputs, submissions);
    const jobId = [...submissions.accepted.keys()][before];
    if (!jobId) throw new Error("the fixture reading was not accepted");
    o.jobId = jobId;
  }

  const start = performance.now();
  const deadline = Date.now() + TIMEOUT_S * 1000;
  const triggerCron = () =>
    call(
      "GET /cdn-cgi/handler/scheduled",
      [200],
      `${url}/cdn-cgi/handler/scheduled`,
      {},
      CRON_TIMEOUT_S,
    );
  cron = setInterval(triggerCron, CRON_EVERY_MS);

  let nextReading = 2 * OWNERS;
  const lastReading = nextReading + READINGS;
  const readingsDone = Promise.all(
    Array.from({ length: READING_CONCURRENCY }, async () => {
      while (nextReading < lastReading && Date.now() < deadline) {
        const i = nextReading++;
        await submitReading(url, owners, i, inputs, submissions);
      }
    }),
  );
  const accepted = submissions.accepted;
  const finishedAt = new Map<string, { status: string; at: number }>();
  let pollFailures = 0;
  let deliveries: DeliveryView[] = [];
  const eventsOf = new Map<string, DeliveryView[]>();
  const receivedFor = () => {
    const byJob = new Map<string, ReceivedDelivery[]>();
    for (const d of received) {
      const job = String(d.event.data.job_id ?? "");
      byJob.set(job, [...(byJob.get(job) ?? []), d]);
    }
    return byJob;
  };
  const listDeliveries = async () => {
    const all: DeliveryView[] = [];
    for (const o of owners)
      all.push(
        ...(await listAll<DeliveryView>(url, `/v1/webhooks/${o.webhook.id}/deliveries`, o.headers)),
      );
    eventsOf.clear();
    for (const d of all) {
      const job = String(d.payload.data?.job_id ?? "");
      eventsOf.set(job, [...(eventsOf.get(job) ?? []), d]);
    }
    return all;
  };
  // Poll, from the start of the load, until every reading is submitted and every accepted job is
  // finished with its event delivered (or visibly failed).
  let submitted = false;
  const watch = async () => {
    while (Date.now() < deadline) {
      if (await poll()) return true;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return false;
  };
  const poll = async () => {
    try {
      for (const o of owners) {
        const jobs = await listAll<JobView>(url, "/v1/jobs", o.headers);
        const now = performance.now();
        for (const j of jobs)
          if (
            accepted.has(j.id) &&
            !finishedAt.has(j.id) &&
            (j.status === "succeeded" || j.status === "failed")
          )
            finishedAt.set(j.id, { status: j.status, at: now });
      }
      if (!submitted || finishedAt.size < accepted.size) return false;
      const got = receivedFor();
      const missing = [...accepted.keys()].filter((id) => !got.has(id));
      if (missing.length === 0) return true;
      deliveries = await listDeliveries();
      return missing.every((id) => eventsOf.get(id)?.some((d) => d.status === "failed"));
    } catch {
      pollFailures += 1;
      return false;
    }
  };
  const watching = watch();
  await runLoad(loadRoutes(owners, seed), url, deadline, seed);
  const loadSeconds = (performance.now() - start) / 1000;
  await readingsDone;
  submitted = true;
  const complete = await watching;
  clearInterval(cron);
  await triggerCron();
  const soakSeconds = (performance.now() - start) / 1000;

  // Accounting. A list that cannot be read is an error of the run, not a crash of the script.
  const accountingFailures: string[] = [];
  const orNothing = async <T>(what: string, read: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await read();
    } catch (error) {
      accountingFailures.push(`${what}: ${(error as Error).message}`);
      return [];
    }
  };
  deliveries = await orNothing("deliveries", listDeliveries);
  const got = receivedFor();
  const readingsByJob = new Map<string, number>();
  let readingsOfNoJob = 0;
  let readingsNotReady = 0;
  for (const o of owners) {
    const list = await orNothing(`readings of account ${o.index}`, () =>
      listAll<{ job_id: string; status: string }>(url, "/v1/readings", o.headers),
    );
    for (const reading of list) {
      if (!accepted.has(reading.job_id)) readingsOfNoJob += 1;
      readingsByJob.set(reading.job_id, (readingsByJob.get(reading.job_id) ?? 0) + 1);
      const job = finishedAt.get(reading.job_id);
      if (job?.status === "succeeded" && reading.status !== "ready") readingsNotReady += 1;
    }
  }
  const apiIds = new Set(deliveries.map((d) => d.id));
  const jobs = {
    accepted: accepted.size,
    succeeded: [...finishedAt.values()].filter((j) => j.status === "succeeded").length,
    failed: [...finishedAt.values()].filter((j) => j.status === "failed").length,
    unfinished: accepted.size - finishedAt.size,
    not_accepted: submissions.notAccepted,
    replays: submissions.replays,
    replay_mismatches: submissions.replayMismatches,
  };
  const readings = {
    missing: [...accepted.keys()].filter((id) => !readingsByJob.has(id)).length,
    duplicated: [...readingsByJob.values()].filter((n) => n > 1).length,
    without_accepted_job: readingsOfNoJob,
    succeeded_but_not_ready: readingsNotReady,
  };
  let deliveredOnce = 0;
  let visiblyFailed = 0;
  let undelivered = 0;
  let wrongEventOrEndpoint = 0;
  let extraEvents = 0;
  let duplicateReceipts = 0;
  const toWebhook: number[] = [];
  for (const [id, job] of finishedAt) {
    const a = accepted.get(id) as Accepted;
    const events = eventsOf.get(id) ?? [];
    if (events.length > 1) extraEvents += events.length - 1;
    const receipts = got.get(id) ?? [];
    const distinct = new Set(receipts.map((d) => d.webhookId));
    duplicateReceipts += receipts.length - distinct.size;
    if (distinct.size > 1) extraEvents += distinct.size - 1;
    const first = receipts[0];
    if (first) {
      deliveredOnce += 1;
      toWebhook.push(first.receivedAt - a.acceptedAt);
      const expectedType = EVENTS[job.status as keyof typeof EVENTS];
      if (first.path !== `/${a.owner}` || first.event.type !== expectedType)
        wrongEventOrEndpoint += 1;
    } else if (events.some((d) => d.status === "failed")) visiblyFailed += 1;
    else undelivered += 1;
  }
  const receivedIds = new Set(received.map((d) => d.webhookId));
  const webhooks = {
    deliveries_listed: deliveries.length,
    delivered_once: deliveredOnce,
    visibly_failed: visiblyFailed,
    undelivered,
    extra_events: extraEvents,
    wrong_event_or_endpoint: wrongEventOrEndpoint,
    duplicate_receipts: duplicateReceipts,
    received_not_listed: [...receivedIds].filter((id) => !apiIds.has(id)).length,
    refused_signatures: refused.length,
  };
  const unaccounted =
    jobs.unfinished +
    jobs.replay_mismatches +
    readings.missing +
    readings.duplicated +
    readings.without_accepted_job +
    readings.succeeded_but_not_ready +
    webhooks.undelivered +
    webhooks.extra_events +
    webhooks.wrong_event_or_endpoint +
    webhooks.received_not_listed;

  const routes = [...stats].map(([route, s]) => ({
    route,
    requests: s.latencies.length + s.failed,
    latency_ms: {
      p50: Number(percentile(s.latencies, 50).toFixed(1)),
      p95: Number(percentile(s.latencies, 95).toFixed(1)),
      p99: Number(percentile(s.latencies, 99).toFixed(1)),
    },
    statuses: s.statuses,
    errors: s.unexpected + s.failed,
  }));
  const all = [...stats.values()];
  const totalRequests = routes.reduce((n, r) => n + r.requests, 0);
  const errors =
    routes.reduce((n, r) => n + r.errors, 0) +
    pollFailures +
    refused.length +
    accountingFailures.length;
  const latencies = all.flatMap((s) => s.latencies);
  const finishedLatency = [...finishedAt].map(
    ([id, j]) => j.at - (accepted.get(id) as Accepted).acceptedAt,
  );
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? "unknown",
    load_average_before: loadBefore,
    load_average_after: loadavg().map((l) => Number(l.toFixed(2))),
    arguments: {
      requests: REQUESTS,
      connections: CONNECTIONS,
      readings: READINGS,
      timeout_s: TIMEOUT_S,
    },
    complete,
    load_seconds: Number(loadSeconds.toFixed(1)),
    soak_seconds: Number(soakSeconds.toFixed(1)),
    /** The whole run, wrangler start-up and setup included. */
    wall_seconds: Number(process.uptime().toFixed(1)),
    requests: totalRequests,
    errors,
    error_rate: totalRequests ? errors / totalRequests : 0,
    poll_failures: pollFailures,
    accounting_failures: accountingFailures,
    latency_ms: {
      p50: Number(percentile(latencies, 50).toFixed(1)),
      p95: Number(percentile(latencies, 95).toFixed(1)),
      p99: Number(percentile(latencies, 99).toFixed(1)),
    },
    routes,
    jobs,
    accepted_to_finished_seen_ms: finishedLatency.length ? numbers(finishedLatency) : null,
    accepted_to_webhook_received_ms: toWebhook.length ? numbers(toWebhook) : null,
    readings,
    webhooks,
    unaccounted,
    refused: refused.slice(0, 10),
  };
  console.table(
    routes.map((r) => ({
      route: r.route,
      requests: r.requests,
      "p50 ms": r.latency_ms.p50,
      "p95 ms": r.latency_ms.p95,
      "p99 ms": r.latency_ms.p99,
      statuses: Object.entries(r.statuses)
        .map(([c, n]) => `${c}×${n}`)
        .join(" "),
      errors: r.errors,
    })),
  );
  console.log(
    JSON.stringify(
      {
        complete,
        requests: totalRequests,
        errors,
        error_rate: summary.error_rate,
        latency_ms: summary.latency_ms,
        jobs,
        accepted_to_finished_seen_ms: summary.accepted_to_finished_seen_ms,
        accepted_to_webhook_received_ms: summary.accepted_to_webhook_received_ms,
        readings,
        webhooks,
        unaccounted,
        poll_failures: pollFailures,
        accounting_failures: accountingFailures,
        load_seconds: summary.load_seconds,
        soak_seconds: summary.soak_seconds,
        wall_seconds: summary.wall_seconds,
        load_average: summary.load_average_after,
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(ROOT, "bench", "results", `soak-${Date.now()}.json`),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  if (!complete) console.error(`not finished within ${TIMEOUT_S} s`);
  if (errors > 0 || unaccounted > 0 || !complete) process.exitCode = 1;
} finally {
  clearInterval(cron);
  api?.stop();
  receiver?.close();
}
