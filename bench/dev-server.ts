// Runs one Worker with wrangler's programmatic dev server (`unstable_startWorker`, the same dev
// environment `wrangler dev` builds) until SIGTERM, in its own process as `wrangler dev` would be.
// Started by bench/lib.ts, which passes the input as JSON; unlike the CLI, the input can turn the
// DevTools inspector off (`dev.inspector: false`). Logging follows WRANGLER_LOG.
// Usage: node bench/dev-server.ts '<JSON of the startWorker input>'
import { unstable_startWorker } from "wrangler";

const worker = await unstable_startWorker(JSON.parse(process.argv[2] ?? "{}"));
await worker.ready;
const stop = async () => {
  await worker.dispose();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
