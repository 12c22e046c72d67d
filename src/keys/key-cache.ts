import type { KeyRow } from "../db/keys.ts";

/** How long a key found in D1 is trusted in this isolate: revocation takes effect within it. */
export const KEY_CACHE_TTL_MS = 5_000;

/** How long "no such key" is remembered: brief, but enough to absorb a burst of bad retries. */
export const KEY_CACHE_NEGATIVE_TTL_MS = 1_000;

/** Most entries held per isolate; the oldest is dropped first. */
export const KEY_CACHE_MAX_ENTRIES = 1_000;

interface Entry {
  row: KeyRow | null;
  expiresAt: number;
}

/**
 * An in-isolate cache of key lookups by hash, in front of D1. Not KV: KV is eventually consistent
 * for up to a minute, so a revoked key could keep working that long; a short-lived per-isolate Map
 * bounds that by the TTL everywhere. Misses (`null`) are cached too, more briefly. Insertion
 * order is age order (entries are re-inserted when set), so eviction drops the first key.
 */
export class KeyCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #negativeTtlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(
    options: {
      ttlMs?: number;
      negativeTtlMs?: number;
      maxEntries?: number;
      now?: () => number;
    } = {},
  ) {
    this.#ttlMs = options.ttlMs ?? KEY_CACHE_TTL_MS;
    this.#negativeTtlMs = options.negativeTtlMs ?? KEY_CACHE_NEGATIVE_TTL_MS;
    this.#maxEntries = options.maxEntries ?? KEY_CACHE_MAX_ENTRIES;
    this.#now = options.now ?? Date.now;
  }

  /** The cached lookup (`null`: known not to exist), or undefined when absent or stale. */
  get(hash: string): { row: KeyRow | null } | undefined {
    const entry = this.#entries.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(hash);
      return undefined;
    }
    return { row: entry.row };
  }

  /** Remembers a lookup: a row for the TTL, `null` for the negative TTL. */
  set(hash: string, row: KeyRow | null): void {
    this.#entries.delete(hash);
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    const ttl = row ? this.#ttlMs : this.#negativeTtlMs;
    this.#entries.set(hash, { row, expiresAt: this.#now() + ttl });
  }

  /** Forgets one key (after revoking it, so this isolate stops accepting it at once). */
  delete(hash: string): void {
    this.#entries.delete(hash);
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The isolate's key cache. Module state lives as long as the isolate, never across isolates. */
export const keyCache = new KeyCache();

/**
 * Empties this isolate's key cache. For tests, so they need not wait out the TTL to see a
 * revocation made behind the cache's back.
 */
export function clearKeyCache(): void {
  keyCache.clear();
}
