// Runs one Worker with wrangler's programmatic dev server (`unstable_startWorker`, the same dev
// environment `wrangler dev` builds) until SIGTERM, in its own process as `wrangler dev` would be.
// Started by bench/lib.ts, which passes the input as JSON; unlike the CLI, the input can turn the
// DevTools inspector off (`dev.inspector: false`).
//
// The Worker's console lines are dropped here as they arrive (`structuredLogsHandler`). wrangler's
// own handler would source-map each line in this Node process before its logger drops it (the
// benches run at WRANGLER_LOG=error with stdout ignored): about 0.6 ms of CPU per request line on
// this machine, taken from the Worker and autocannon on the same cores, which production never
// pays (the runtime ships a Worker's logs off the request path). The Worker still writes every
// line and Miniflare still reads it (docs/PERFORMANCE_GUIDE.md).
// Usage: node bench/dev-server.ts '<JSON of the startWorker input>'
import { unstable_startWorker } from "wrangler";

const input = JSON.parse(process.argv[2] ?? "{}");
const worker = await unstable_startWorker({
  ...input,
  dev: { ...input.dev, structuredLogsHandler: () => {} },
});
await worker.ready;
const stop = async () => {
  await worker.dispose();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
