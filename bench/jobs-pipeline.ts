// End-to-end job pipeline benchmark: N readings enqueued at once against a local Worker
// (wrangler dev: real Miniflare D1 and Queues), then the time until each job is seen succeeded.
// Usage: npm run bench:jobs -- [N=100] [port=8799]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ADMIN_KEY, listAll, percentile, ROOT, SAMPLE_CHART_BODY, startWorker } from "./lib.ts";

const N = Number(process.argv[2] ?? 100);
const PORT = Number(process.argv[3] ?? 8799);
const POLL_MS = 100;
const auth = { Authorization: `Bearer ${ADMIN_KEY}`, "Content-Type": "application/json" };

const worker = await startWorker(PORT);
try {
  const chartRes = await fetch(`${worker.url}/v1/charts`, {
    method: "POST",
    headers: auth,
    body: SAMPLE_CHART_BODY,
  });
  const chart = (await chartRes.json()) as { id: string };

  const acceptedAt = new Map<string, number>();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const res = await fetch(`${worker.url}/v1/readings`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({
          chart_id: chart.id,
          detail: (["brief", "standard", "full"] as const)[i % 3],
        }),
      });
      if (res.status !== 202)
        throw new Error(`POST /v1/readings answered ${res.status}: ${await res.text()}`);
      const body = (await res.json()) as { job: { id: string } };
      acceptedAt.set(body.job.id, performance.now());
    }),
  );
  const enqueued = performance.now();

  const doneAt = new Map<string, number>();
  const deadline = Date.now() + 300_000;
  while (doneAt.size < N && Date.now() < deadline) {
    const succeeded = await listAll<{ id: string }>(worker.url, "/v1/jobs?status=succeeded", auth);
    const now = performance.now();
    for (const j of succeeded) if (acceptedAt.has(j.id) && !doneAt.has(j.id)) doneAt.set(j.id, now);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const failed = N - doneAt.size;
  const latencies = [...doneAt].map(([id, t]) => t - (acceptedAt.get(id) as number));
  const last = Math.max(...doneAt.values());
  const result = {
    date: new Date().toISOString(),
    readings: N,
    succeeded: doneAt.size,
    not_succeeded_in_5_min: failed,
    enqueue_all_ms: Math.round(enqueued - start),
    enqueue_to_succeeded_ms: {
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      max: Math.round(Math.max(...latencies)),
    },
    readings_per_second: Number((doneAt.size / ((last - start) / 1000)).toFixed(1)),
    poll_interval_ms: POLL_MS,
  };
  console.log(JSON.stringify(result, null, 2));
  writeFileSync(
    join(ROOT, "bench", "results", `jobs-pipeline-${Date.now()}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  if (failed > 0) process.exitCode = 1;
} finally {
  worker.stop();
}
