import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Timing of I/O spans (D1, KV, queue sends) for `Server-Timing` and slow-query records.
 *
 * Workers freeze `Date.now()` while JavaScript runs (a Spectre mitigation) and advance it only
 * across I/O, so a span that does no I/O reads 0 ms: only I/O is timed here, never CPU work (the
 * performance benchmarks measure CPU outside the Worker).
 *
 * A request (or job batch, or cron run) runs inside {@link withTiming}; the binding wrappers below
 * find its collector through AsyncLocalStorage, so query code needs no extra parameter. Outside a
 * collector every wrapper hands back the binding itself.
 */

/** The kinds of I/O reported in `Server-Timing`. */
export type SpanKind = "db" | "cache" | "queue";

/** D1 queries slower than this are recorded with their statement name. */
export const SLOW_QUERY_MS = 100;

/** A D1 query slower than {@link SLOW_QUERY_MS}. */
export interface SlowQuery {
  statement: string;
  durationMs: number;
}

/** A span name as a `Server-Timing` metric name (a token): `select jobs` → `select_jobs`,
 * `batch(2)` → `batch_2`. */
export function metricName(kind: SpanKind, name: string): string {
  return `${kind}.${name.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^_+|_+$/g, "")}`;
}

/**
 * {@link metricName}s already made in this isolate, per kind. Span names come from the code (named
 * queries, statement names, cache operations), so there are few; the bound only guards against a
 * caller that ever names spans from data.
 */
const metricNames = new Map<SpanKind, Map<string, string>>();
const METRIC_NAMES_PER_KIND = 256;

function cachedMetricName(kind: SpanKind, name: string): string {
  let names = metricNames.get(kind);
  if (!names) {
    names = new Map();
    metricNames.set(kind, names);
  }
  let metric = names.get(name);
  if (metric === undefined) {
    metric = metricName(kind, name);
    if (names.size < METRIC_NAMES_PER_KIND) names.set(name, metric);
  }
  return metric;
}

/**
 * The spans of one request, summed per kind (`db`, `cache`, `queue`) and per name: a named D1
 * query (src/db/hot-queries.ts) under its name, any other statement under {@link statementName}.
 */
export class Timing {
  readonly totals = new Map<SpanKind, { ms: number; count: number }>();
  /** Per {@link metricName}, in the order first seen. */
  readonly byName = new Map<string, { ms: number; count: number }>();
  readonly slowQueries: SlowQuery[] = [];

  private readonly onSlowQuery: (q: SlowQuery) => void;
  private readonly now: () => number;
  private readonly slowMs: number;

  constructor(
    options: { onSlowQuery?: (q: SlowQuery) => void; now?: () => number; slowMs?: number } = {},
  ) {
    this.onSlowQuery = options.onSlowQuery ?? (() => {});
    this.now = options.now ?? Date.now;
    this.slowMs = options.slowMs ?? SLOW_QUERY_MS;
  }

  /** Runs `task` as a span of `kind`; `name` names a D1 statement for slow-query records. */
  async span<T>(kind: SpanKind, name: string, task: () => Promise<T>): Promise<T> {
    const started = this.now();
    try {
      return await task();
    } finally {
      this.add(kind, name, this.now() - started);
    }
  }

  /** Adds a measured span of `ms` milliseconds. */
  add(kind: SpanKind, name: string, ms: number): void {
    const total = this.totals.get(kind) ?? { ms: 0, count: 0 };
    total.ms += ms;
    total.count += 1;
    this.totals.set(kind, total);
    const metric = cachedMetricName(kind, name);
    const named = this.byName.get(metric) ?? { ms: 0, count: 0 };
    named.ms += ms;
    named.count += 1;
    this.byName.set(metric, named);
    if (kind === "db" && ms > this.slowMs) {
      const slow = { statement: name, durationMs: ms };
      this.slowQueries.push(slow);
      this.onSlowQuery(slow);
    }
  }

  /**
   * The `Server-Timing` value: the totals per kind, then each name, durations in ms, e.g.
   * `db;dur=12;desc="3 calls", cache;dur=2;desc="1 call", db.key_lookup;dur=4, db.chart_get;dur=8;desc="2 calls", cache.edge_match;dur=2`.
   */
  header(): string {
    const calls = (count: number) => `desc="${count} ${count === 1 ? "call" : "calls"}"`;
    const totals = [...this.totals].map(([kind, t]) => `${kind};dur=${t.ms};${calls(t.count)}`);
    const named = [...this.byName].map(
      ([metric, t]) => `${metric};dur=${t.ms}${t.count === 1 ? "" : `;${calls(t.count)}`}`,
    );
    return [...totals, ...named].join(", ");
  }
}

const storage = new AsyncLocalStorage<Timing>();
const queryNames = new AsyncLocalStorage<string>();

/** Runs `task` with `timing` as the collector of every span inside it. */
export function withTiming<T>(timing: Timing, task: () => T): T {
  return storage.run(timing, task);
}

/** The collector of the running request, job batch or cron run, if any. */
export function currentTiming(): Timing | undefined {
  return storage.getStore();
}

/** Times `task` as a span of the current collector (just runs it when there is none). */
export function timeSpan<T>(kind: SpanKind, name: string, task: () => Promise<T>): Promise<T> {
  const timing = currentTiming();
  return timing ? timing.span(kind, name, task) : task();
}

/**
 * Runs `task` (one D1 query, or one batch) so that its statements are timed under `name` rather
 * than under their {@link statementName}. Used by src/db/named.ts, which restricts `name` to the
 * registry of hot-path queries.
 */
export function withQueryName<T>(name: string, task: () => T): T {
  return queryNames.run(name, task);
}

/**
 * A short, stable name for a SQL statement: its verb and first table, e.g. `select jobs`,
 * `insert readings`. Never its parameters.
 */
export function statementName(sql: string): string {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "query";
  const table = /\b(?:from|into|update)\s+["`[]?(\w+)/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}

const STATEMENT_RUNS = new Set<PropertyKey>(["first", "all", "run", "raw"]);

/** Real statements behind the proxies, for `batch`, which needs the runtime's own objects. */
const unwrapped = new WeakMap<object, D1PreparedStatement>();

function timeStatement(statement: D1PreparedStatement, name: string): D1PreparedStatement {
  const proxy = new Proxy(statement, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "bind") {
        return (...args: unknown[]) =>
          timeStatement(Reflect.apply(value, target, args) as D1PreparedStatement, name);
      }
      if (STATEMENT_RUNS.has(property)) {
        return (...args: unknown[]) =>
          timeSpan(
            "db",
            queryNames.getStore() ?? name,
            () => Reflect.apply(value, target, args) as Promise<unknown>,
          );
      }
      return value.bind(target);
    },
  });
  unwrapped.set(proxy, statement);
  return proxy;
}

/**
 * D1 with every query timed as a `db` span of the collector current when the query runs (just
 * run without one), so one wrapper serves every request of the isolate.
 */
export function timeD1(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "prepare") {
        return (sql: string) => timeStatement(target.prepare(sql), statementName(sql));
      }
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          const real = statements.map((s) => unwrapped.get(s) ?? s);
          const name = queryNames.getStore() ?? `batch(${statements.length})`;
          return timeSpan("db", name, () => target.batch(real));
        };
      }
      return (...args: unknown[]) => Reflect.apply(value, target, args);
    },
  });
}

/** KV with every call timed as a `cache` span of the current collector (KV itself without one). */
export function timeKv(kv: KVNamespace): KVNamespace {
  if (!currentTiming()) return kv;
  return new Proxy(kv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        timeSpan("cache", `kv.${String(property)}`, () =>
          Promise.resolve(Reflect.apply(value, target, args)),
        );
    },
  });
}
