import type { RateLimitPolicy } from "../keys/principal.ts";
import { decide, type WindowDecision, windowStart } from "./sliding-window.ts";

/**
 * Per-subject request counting on Workers KV, shaped by KV's limits (see docs/SECURITY.md, "Rate
 * limiting"): one KV name per subject and fixed window (`rl:<subject>:<window s>:<start s>`), read
 * with the previous window's for the sliding estimate; counts accumulate in this isolate and are
 * written at most once a second per name (KV allows about one write a second to a name) after the
 * response, each write adding the local count to the value read just before. Reads are answered
 * from this isolate's copy and refreshed in the background at most once a second, so only a
 * subject's first request in an isolate waits for KV.
 */

/** The limit state a request leaves behind, for headers and `GET /v1/keys/self`. */
export interface RateLimitStatus {
  policy: RateLimitPolicy;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Seconds until the quota frees up (the `t` of the `RateLimit` field). */
  resetSeconds: number;
}

/** The limiter's answer for one request. */
export interface RateLimitVerdict extends WindowDecision {
  policy: RateLimitPolicy;
}

/** The KV call that failed. */
export type StoreOperation = "get" | "put";

/** One request to count. */
export interface HitInput {
  kv: KVNamespace;
  /** Who is counted: `key:<key id>` or `ip:<client network>`. */
  subject: string;
  policy: RateLimitPolicy;
  /** Runs work after the response (`ctx.waitUntil`); tests may hold the task and run it later. */
  defer: (task: () => Promise<void>) => void;
  /** Called for every failed KV call; the caller logs it. The limiter never throws. */
  onStoreError: (operation: StoreOperation, error: unknown) => void;
}

export interface RateLimiterOptions {
  /** The clock, ms since the Unix epoch. */
  clock?: () => number;
  /** Least time between two writes of one KV name from this isolate. */
  flushIntervalMs?: number;
  /** Age after which this isolate's copy of a KV value is refreshed in the background. */
  refreshMs?: number;
}

/** KV's smallest `expirationTtl`, in seconds. */
const MIN_TTL_SECONDS = 60;
/** KV's smallest `cacheTtl` for reads, in seconds (the default is 60): fresher remote counts. */
const READ_CACHE_TTL_SECONDS = 30;
/** How long after a window closes other locations' writes to it may still arrive (KV's ~60 s). */
const SETTLE_MS = 60_000;
/** Writes one background task makes before it leaves the rest to the next request's task. */
const MAX_WRITES_PER_TASK = 5;
/** Above this many names held, windows no longer needed are swept (at most every 10 s). */
const SWEEP_ABOVE = 10_000;
const SWEEP_EVERY_MS = 10_000;

/** This isolate's view of one KV name. */
interface Bucket {
  name: string;
  /** End of the bucket's window (ms) and its length (ms). */
  end: number;
  length: number;
  /** A lower bound of the stored count: the most read from or written to KV. */
  known: number;
  /** When `known` was last read from KV; -Infinity before the first read. */
  readAt: number;
  /** Counted here and not yet written. */
  pending: number;
  /** Counted here and being written now. */
  writing: number;
  lastWriteAt: number;
  flushing: boolean;
  refreshing: boolean;
}

/** The KV name of a subject's window starting at `start` (ms). */
export function bucketName(subject: string, windowSeconds: number, start: number): string {
  return `rl:${subject}:${windowSeconds}:${start / 1000}`;
}

function parseCount(value: string | null): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function total(bucket: Bucket): number {
  return bucket.known + bucket.pending + bucket.writing;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Counts requests per subject. One instance per isolate holds the local counts. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly clock: () => number;
  private readonly flushIntervalMs: number;
  private readonly refreshMs: number;
  private lastSweepAt = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.refreshMs = options.refreshMs ?? 1000;
  }

  /**
   * Decides one request and counts it when allowed. Null when KV could not be read for a
   * subject this isolate has not seen yet: the caller lets the request through (fail open).
   */
  async hit(input: HitInput): Promise<RateLimitVerdict | null> {
    const { kv, subject, policy } = input;
    const now = this.clock();
    const start = windowStart(now, policy.windowSeconds);
    const length = policy.windowSeconds * 1000;
    const current = this.bucket(bucketName(subject, policy.windowSeconds, start), start, length);
    const previous = this.bucket(
      bucketName(subject, policy.windowSeconds, start - length),
      start - length,
      length,
    );
    const unread = [current, previous].filter((b) => b.readAt === -Infinity);
    try {
      await Promise.all(unread.map((b) => this.read(kv, b)));
    } catch (error) {
      input.onStoreError("get", error);
      return null;
    }
    for (const b of [current, previous]) {
      if (now - b.readAt >= this.refreshMs && b.readAt < b.end + SETTLE_MS) this.refresh(input, b);
    }

    const decision = decide(policy, { previous: total(previous), current: total(current) }, now);
    if (decision.allowed) {
      current.pending += 1;
      this.flush(input, current);
    }
    this.sweep(now);
    return { ...decision, policy };
  }

  private bucket(name: string, start: number, length: number): Bucket {
    let bucket = this.buckets.get(name);
    if (!bucket) {
      bucket = {
        name,
        end: start + length,
        length,
        known: 0,
        readAt: -Infinity,
        pending: 0,
        writing: 0,
        lastWriteAt: -Infinity,
        flushing: false,
        refreshing: false,
      };
      this.buckets.set(name, bucket);
    }
    return bucket;
  }

  /** Reads the stored count; counts only grow within a window, so a stale read never lowers it. */
  private async read(kv: KVNamespace, bucket: Bucket): Promise<void> {
    const value = await kv.get(bucket.name, { cacheTtl: READ_CACHE_TTL_SECONDS });
    bucket.known = Math.max(bucket.known, parseCount(value));
    bucket.readAt = this.clock();
  }

  private refresh(input: HitInput, bucket: Bucket): void {
    if (bucket.refreshing) return;
    bucket.refreshing = true;
    input.defer(async () => {
      try {
        await this.read(input.kv, bucket);
      } catch (error) {
        input.onStoreError("get", error);
      } finally {
        bucket.refreshing = false;
      }
    });
  }

  /**
   * Writes the pending count after the response, no sooner than `flushIntervalMs` after this
   * isolate's last write of the name. Counts that a failed write could not store stay pending
   * for the next one.
   */
  private flush(input: HitInput, bucket: Bucket): void {
    if (bucket.flushing) return;
    bucket.flushing = true;
    const ttl = Math.max(MIN_TTL_SECONDS, Math.ceil((2 * bucket.length) / 1000));
    input.defer(async () => {
      try {
        for (let i = 0; i < MAX_WRITES_PER_TASK && bucket.pending > 0; i++) {
          const wait = bucket.lastWriteAt + this.flushIntervalMs - this.clock();
          if (wait > 0) await sleep(wait);
          if (!(await this.write(input, bucket, ttl))) break;
        }
      } finally {
        bucket.flushing = false;
      }
    });
  }

  /** Adds the pending count to the stored one (read first). False when KV failed. */
  private async write(input: HitInput, bucket: Bucket, ttl: number): Promise<boolean> {
    const amount = bucket.pending;
    bucket.pending = 0;
    bucket.writing = amount;
    bucket.lastWriteAt = this.clock();
    let operation: StoreOperation = "get";
    try {
      const stored = parseCount(await input.kv.get(bucket.name));
      const sum = Math.max(stored, bucket.known) + amount;
      operation = "put";
      await input.kv.put(bucket.name, String(sum), { expirationTtl: ttl });
      bucket.known = sum;
      bucket.readAt = this.clock();
      return true;
    } catch (error) {
      bucket.pending += amount;
      input.onStoreError(operation, error);
      return false;
    } finally {
      bucket.writing = 0;
    }
  }

  /** Forgets windows that can no longer be a current or previous window. */
  private sweep(now: number): void {
    if (this.buckets.size <= SWEEP_ABOVE || now - this.lastSweepAt < SWEEP_EVERY_MS) return;
    this.lastSweepAt = now;
    for (const [name, b] of this.buckets) {
      const idle = b.pending === 0 && !b.flushing && !b.refreshing;
      if (idle && b.end + b.length <= now) this.buckets.delete(name);
    }
  }
}
