import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The id that ties log lines together across handlers: the request id in fetch (then carried by
 * every queue message sent while handling the request, as `request_id`), a run id in the cron.
 * Held in AsyncLocalStorage so producers deep in the domain code need no extra parameter.
 */
const storage = new AsyncLocalStorage<string>();

/** Runs `task` with `requestId` as the current request id. */
export function withRequestId<T>(requestId: string, task: () => T): T {
  return storage.run(requestId, task);
}

/** The current request id (or cron run id), if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore();
}
