// CPU profile of the API under load: starts the Worker with wrangler dev (fresh state, migrations
// applied), connects to its inspector with the Chrome DevTools protocol (Node's own WebSocket, no
// extra dependency), starts the V8 sampling profiler, drives one route with autocannon, then
// prints the functions with the most self time and writes the .cpuprofile (open it in Chrome
// DevTools → Performance). Loopback only; run it under the measurement lock:
//   flock /tmp/orrery-measure.lock node bench/profile.ts <scenario> [requests = 3000] [out.cpuprofile]
// Scenarios: health, chart-get, chart-304, chart-post, job-get. Ports: API 8780, inspector 9230.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import autocannon, { type Options, type Result } from "autocannon";
import { ADMIN_KEY, SAMPLE_CHART_BODY, startWorker } from "./lib.ts";

const SCENARIO = process.argv[2] ?? "chart-get";
const REQUESTS = Number(process.argv[3] ?? 3000);
const OUT = process.argv[4] ?? `/tmp/orrery-profile-${SCENARIO}.cpuprofile`;
const PORT = 8780;
const INSPECTOR_PORT = 9230;
const CONNECTIONS = 50;
/** Sampling interval of the profiler, µs. */
const SAMPLING_US = 100;

const admin = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };

/** A V8 CPU profile, as `Profiler.stop` returns it. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A minimal DevTools protocol client over one WebSocket. */
async function connect(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const target = targets[0];
  if (!target) throw new Error("the inspector lists no target");
  // The inspector proxy accepts loopback origins only; Node's WebSocket takes headers (undici).
  const socket = new WebSocket(target.webSocketDebuggerUrl, {
    headers: { Origin: "http://127.0.0.1" },
  } as unknown as string[]);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let id = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      result?: unknown;
      error?: unknown;
    };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      id += 1;
      const current = id;
      return new Promise((resolve, reject) => {
        pending.set(current, (message) => {
          pending.delete(current);
          if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
          else resolve(message.result as T);
        });
        socket.send(JSON.stringify({ id: current, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

function load(options: Omit<Options, "connections" | "amount">, amount: number) {
  return new Promise<Result>((resolve, reject) => {
    autocannon({ ...options, connections: CONNECTIONS, amount, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** Self time per function (ms) and the total sampled time, from a profile. */
function selfTimes(profile: CpuProfile) {
  const byNode = new Map<number, number>();
  profile.samples.forEach((node, i) => {
    byNode.set(node, (byNode.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").slice(-2).join("/");
    const name = `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`;
    byFunction.set(name.trim(), (byFunction.get(name.trim()) ?? 0) + ms);
  }
  return { total, rows: [...byFunction].sort((a, b) => b[1] - a[1]) };
}

const api = await startWorker(PORT, { inspectorPort: INSPECTOR_PORT });
try {
  const url = api.url;
  const stored = (await (
    await fetch(`${url}/v1/charts`, {
      method: "POST",
      headers: admin,
      body: SAMPLE_CHART_BODY,
    })
  ).json()) as { id: string };
  const read = await fetch(`${url}/v1/charts/${stored.id}`, { headers: admin });
  const etag = read.headers.get("ETag") ?? "";
  await read.arrayBuffer();
  const reading = (await (
    await fetch(`${url}/v1/readings`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ chart_id: stored.id, detail: "brief" }),
    })
  ).json()) as { job: { id: string } };

  let seq = 0;
  const scenarios: Record<string, Omit<Options, "connections" | "amount">> = {
    health: { url: `${url}/health/live` },
    "chart-get": { url: `${url}/v1/charts/${stored.id}`, headers: admin },
    "chart-304": {
      url: `${url}/v1/charts/${stored.id}`,
      headers: { ...admin, "If-None-Match": etag },
    },
    "job-get": { url: `${url}/v1/jobs/${reading.job.id}`, headers: admin },
    "chart-post": {
      url,
      requests: [
        {
          method: "POST",
          path: "/v1/charts",
          headers: admin,
          setupRequest: (req) => {
            seq += 1;
            return {
              ...req,
              body: JSON.stringify({
                datetime: `${1900 + (seq % 200)}-0${1 + (seq % 9)}-1${seq % 10}T12:${String(seq % 60).padStart(2, "0")}`,
                timezone: "Europe/London",
                latitude: 51.5,
                longitude: -0.12,
                store: false,
              }),
            };
          },
        },
      ],
    },
  };
  const options = scenarios[SCENARIO];
  if (!options) throw new Error(`unknown scenario ${SCENARIO}: ${Object.keys(scenarios)}`);

  await load(options, 500); // warm-up, outside the profile
  const inspector = await connect(INSPECTOR_PORT);
  await inspector.send("Profiler.enable");
  await inspector.send("Profiler.setSamplingInterval", { interval: SAMPLING_US });
  await inspector.send("Profiler.start");
  const started = performance.now();
  const result = await load(options, REQUESTS);
  const seconds = (performance.now() - started) / 1000;
  const { profile } = await inspector.send<{ profile: CpuProfile }>("Profiler.stop");
  inspector.close();
  writeFileSync(OUT, JSON.stringify(profile));

  const { total, rows } = selfTimes(profile);
  const idle = rows.find(([name]) => name.startsWith("(idle)"))?.[1] ?? 0;
  const busy = total - idle;
  const statuses = { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
  console.log(
    `${SCENARIO}: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s), ${JSON.stringify(statuses)}`,
  );
  console.log(
    `isolate CPU (non-idle samples): ${busy.toFixed(0)} ms = ${((busy / REQUESTS) * 1000).toFixed(0)} µs per request; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.table(
    rows
      .filter(([name]) => !name.startsWith("(idle)"))
      .slice(0, 30)
      .map(([name, ms]) => ({
        function: name.slice(0, 90),
        "self ms": Number(ms.toFixed(1)),
        "% of busy": Number(((ms / busy) * 100).toFixed(1)),
        "µs/request": Number(((ms / REQUESTS) * 1000).toFixed(1)),
      })),
  );
  console.log(`profile written to ${OUT}`);
} finally {
  api.stop();
}
