/**
 * API key secrets: how they look, how they are made and what of them is stored. A key is
 * `orr_live_<random>` in production and `orr_test_<random>` everywhere else; only its SHA-256 hash
 * and a short prefix are ever stored.
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 characters per key: 43 × log2(62) ≈ 256 bits. */
export const SECRET_LENGTH = 43;

/** Random characters kept in the stored, loggable prefix (`orr_live_3fK9`). */
const PREFIX_RANDOM_CHARS = 4;

/** What a key of ours looks like; anything else is not looked up at all. */
export const KEY_PATTERN = /^orr_(?:live|test)_[0-9A-Za-z]{32,128}$/;

/** The key's mode: `live` in production, `test` in every other environment. */
export function keyMode(environment: string): "live" | "test" {
  return environment === "production" ? "live" : "test";
}

/**
 * `length` uniformly random base62 characters from `crypto.getRandomValues`. Bytes of 248 and more
 * are dropped (rejection sampling: 248 = 4 × 62), so `byte % 62` has no bias.
 */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/** A new key for an environment: `orr_live_…` in production, `orr_test_…` elsewhere. */
export function generateKey(environment: string): string {
  return `orr_${keyMode(environment)}_${randomBase62(SECRET_LENGTH)}`;
}

/** The non-secret prefix of a key, safe to store, show and log: `orr_live_3fK9`. */
export function keyPrefix(key: string): string {
  return key.slice(0, "orr_live_".length + PREFIX_RANDOM_CHARS);
}

const encoder = new TextEncoder();

/** SHA-256 digest of a key (32 bytes). */
export async function digestKey(key: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(key));
}

/** Lowercase hex of bytes. */
export function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Bytes of a hex string (the stored hash). Returns 32 zero bytes for anything malformed. */
export function fromHex(hex: string): ArrayBuffer {
  const out = new Uint8Array(32);
  if (!/^[0-9a-f]{64}$/.test(hex)) return out.buffer;
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out.buffer;
}

/** Hex SHA-256 of a key: what `api_keys.hash` holds. */
export async function hashKey(key: string): Promise<string> {
  return toHex(await digestKey(key));
}
