const encoder = new TextEncoder();

/**
 * JSON with object keys sorted at every level, so two equal values written in a different key
 * order serialize to the same text. `undefined` members are dropped, as `JSON.stringify` does;
 * numbers keep JavaScript's shortest round-trip form (`51.50740` and `51.5074` are one number).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (Web Crypto, no dependency). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
