/**
 * Fault injection for tests: a module-level switch that makes calls on a named binding fail.
 *
 * The tests run in the same isolate as the Worker (`exports.default.fetch`), so a test imports
 * {@link injectFault} and the Worker's next calls through {@link wrapKv} throw. Nothing is armed
 * unless a test arms it, and then the wrapper still delegates every call that is not failed to the
 * real binding: this is never a stand-in for KV, D1 or a queue. {@link wrapKv}, {@link wrapD1} and
 * {@link wrapQueue} share the switch.
 */

/** Which calls fail: reads, writes, or every call on the binding. */
export type FaultOperation = "get" | "put" | "all";

/**
 * How a failed call fails:
 * - `error`: an error no dependency would name (an unexpected failure, answered 500);
 * - `unavailable`: the binding's own words for a transient outage (D1: "Network connection
 *   lost", the first retryable error in Cloudflare's D1 "Retry queries" guide);
 * - `timeout`: D1's words when a query ran past its storage deadline ("D1 DB storage operation
 *   exceeded timeout which caused object to be reset"). Our API sets no deadline of its own on D1
 *   calls, so this is how a D1 timeout reaches it: as D1's rejection, not as a hang;
 * - `hang`: the call waits {@link HANG_MS} and then runs, for the one caller that does set a
 *   deadline (the readiness probe, 2 s).
 */
export type FaultKind = "error" | "unavailable" | "timeout" | "hang";

/** How long a `hang` fault holds a call before letting it run, ms. */
export const HANG_MS = 3_000;

/** D1's messages for the transient faults, as the binding words them. */
const D1_MESSAGES: Partial<Record<FaultKind, string>> = {
  unavailable: "D1_ERROR: Network connection lost.",
  timeout: "D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.",
};

/** The error an injected fault throws. */
export class InjectedFault extends Error {
  constructor(binding: string, method: string, kind: FaultKind = "error") {
    const worded = binding === "DB" ? D1_MESSAGES[kind] : undefined;
    super(
      worded
        ? `${worded} (injected fault: ${binding}.${method})`
        : `injected fault: ${binding}.${method}`,
    );
    this.name = "InjectedFault";
  }
}

interface Armed {
  /** Calls still let through before the failures start. */
  skip: number;
  left: number;
  kind: FaultKind;
}

/** How an armed fault behaves: its {@link FaultKind}, and how many calls pass before it starts. */
export interface FaultOptions {
  kind?: FaultKind;
  /** Calls of the operation that still succeed first (fail "the Nth call": `after: N - 1`). */
  after?: number;
}

/** Remaining failures per binding and operation (`Infinity` until cleared), and their kind. */
const armed = new Map<string, Map<FaultOperation, Armed>>();

/**
 * Makes `count` calls of `operation` on `binding` fail as `options.kind` (default `error`: throw
 * {@link InjectedFault}), starting after `options.after` calls (default 0: the next call).
 */
export function injectFault(
  binding: string,
  operation: FaultOperation,
  count = Infinity,
  options: FaultOptions = {},
): void {
  const faults = armed.get(binding) ?? new Map<FaultOperation, Armed>();
  faults.set(operation, { skip: options.after ?? 0, left: count, kind: options.kind ?? "error" });
  armed.set(binding, faults);
}

/** Disarms every fault (call it in `afterEach`). */
export function clearFaults(): void {
  armed.clear();
}

/** Consumes one armed failure for this call, if any, and returns its kind. */
function takeFault(binding: string, operation: "get" | "put"): FaultKind | undefined {
  const faults = armed.get(binding);
  if (!faults) return undefined;
  for (const key of [operation, "all"] as const) {
    const fault = faults.get(key);
    if (fault && fault.skip > 0) {
      fault.skip -= 1;
    } else if (fault && fault.left > 0) {
      fault.left -= 1;
      return fault.kind;
    }
  }
  return undefined;
}

/** Runs `call` after {@link HANG_MS} (a `hang` fault), or rejects as `kind`. */
function failAs(
  kind: FaultKind,
  binding: string,
  method: string,
  call: () => unknown,
): Promise<unknown> {
  if (kind === "hang") {
    return new Promise((resolve) => setTimeout(resolve, HANG_MS)).then(call);
  }
  return Promise.reject(new InjectedFault(binding, method, kind));
}

/** KV methods that read; every other method writes. */
const KV_READS = new Set<PropertyKey>(["get", "getWithMetadata", "list"]);

/**
 * The KV binding `kv` named `binding`, failing where a test armed a fault. With nothing armed for
 * the binding it returns `kv` itself, so production pays nothing.
 */
export function wrapKv(kv: KVNamespace, binding: string): KVNamespace {
  if (!armed.has(binding)) return kv;
  return new Proxy(kv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const call = () => Reflect.apply(value, target, args);
        const kind = takeFault(binding, KV_READS.has(property) ? "get" : "put");
        return kind ? failAs(kind, binding, String(property), call) : call();
      };
    },
  });
}

/** D1 methods that write; `prepare` (every query, read or write, starts there) counts as a read. */
const D1_WRITES = new Set<PropertyKey>(["batch", "exec"]);

/**
 * The D1 binding `db` named `binding`, failing where a test armed a fault: `get` fails the next
 * `prepare` (any single query), `put` the next `batch` or `exec`, `all` either. A failed
 * `prepare` throws at once (no statement to run); a `hang` on `prepare` returns the statement
 * with its runs held {@link HANG_MS}. With nothing armed for the binding it returns `db` itself.
 */
export function wrapD1(db: D1Database, binding: string): D1Database {
  if (!armed.has(binding)) return db;
  return new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const call = () => Reflect.apply(value, target, args);
        const kind = takeFault(binding, D1_WRITES.has(property) ? "put" : "get");
        if (!kind) return call();
        if (property === "prepare") {
          if (kind === "hang") return heldStatement(call() as D1PreparedStatement);
          throw new InjectedFault(binding, "prepare", kind);
        }
        return failAs(kind, binding, String(property), call);
      };
    },
  });
}

/** `statement` with every run (`first`, `run`, `all`, `raw`) held {@link HANG_MS}, bound or not. */
function heldStatement(statement: D1PreparedStatement): D1PreparedStatement {
  return new Proxy(statement, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const call = () => Reflect.apply(value, target, args);
        if (property === "bind") return heldStatement(call() as D1PreparedStatement);
        return failAs("hang", "DB", String(property), call);
      };
    },
  });
}

/**
 * The queue producer `queue` named `binding`, failing where a test armed a fault: `put` (or
 * `all`) fails the next `send` or `sendBatch`. With nothing armed for the binding it returns
 * `queue` itself.
 */
export function wrapQueue<Body>(queue: Queue<Body>, binding: string): Queue<Body> {
  if (!armed.has(binding)) return queue;
  return new Proxy(queue, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const call = () => Reflect.apply(value, target, args);
        const kind = takeFault(binding, "put");
        return kind ? failAs(kind, binding, String(property), call) : call();
      };
    },
  });
}
