/**
 * Fault injection for tests: a module-level switch that makes calls on a named binding fail.
 *
 * The tests run in the same isolate as the Worker (`exports.default.fetch`), so a test imports
 * {@link injectFault} and the Worker's next calls through {@link wrapKv} throw. Nothing is armed
 * unless a test arms it, and then the wrapper still delegates every call that is not failed to the
 * real binding: this is never a stand-in for KV. Later bindings (D1, queues) get their own `wrap…`
 * beside {@link wrapKv}, sharing the switch.
 */

/** Which calls fail: reads, writes, or every call on the binding. */
export type FaultOperation = "get" | "put" | "all";

/** The error an injected fault throws. */
export class InjectedFault extends Error {
  constructor(binding: string, method: string) {
    super(`injected fault: ${binding}.${method}`);
    this.name = "InjectedFault";
  }
}

/** Remaining failures per binding and operation (`Infinity` until cleared). */
const armed = new Map<string, Map<FaultOperation, number>>();

/** Makes the next `count` calls of `operation` on `binding` throw {@link InjectedFault}. */
export function injectFault(binding: string, operation: FaultOperation, count = Infinity): void {
  const faults = armed.get(binding) ?? new Map<FaultOperation, number>();
  faults.set(operation, count);
  armed.set(binding, faults);
}

/** Disarms every fault (call it in `afterEach`). */
export function clearFaults(): void {
  armed.clear();
}

/** Consumes one armed failure for this call, if any; true when the call must fail. */
function takeFault(binding: string, operation: "get" | "put"): boolean {
  const faults = armed.get(binding);
  if (!faults) return false;
  for (const key of [operation, "all"] as const) {
    const left = faults.get(key) ?? 0;
    if (left > 0) {
      faults.set(key, left - 1);
      return true;
    }
  }
  return false;
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
        if (takeFault(binding, KV_READS.has(property) ? "get" : "put")) {
          return Promise.reject(new InjectedFault(binding, String(property)));
        }
        return Reflect.apply(value, target, args);
      };
    },
  });
}

/** D1 methods that write; `prepare` (every query, read or write, starts there) counts as a read. */
const D1_WRITES = new Set<PropertyKey>(["batch", "exec"]);

/**
 * The D1 binding `db` named `binding`, failing where a test armed a fault: `get` fails the next
 * `prepare` (any single query), `put` the next `batch` or `exec`, `all` either. With nothing
 * armed for the binding it returns `db` itself.
 */
export function wrapD1(db: D1Database, binding: string): D1Database {
  if (!armed.has(binding)) return db;
  return new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (takeFault(binding, D1_WRITES.has(property) ? "put" : "get")) {
          const fault = new InjectedFault(binding, String(property));
          if (property === "prepare") throw fault;
          return Promise.reject(fault);
        }
        return Reflect.apply(value, target, args);
      };
    },
  });
}
