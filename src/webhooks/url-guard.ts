/**
 * The SSRF guard for webhook URLs: pure, so every rule is unit-tested. It runs when an endpoint is
 * created or its URL changed, and again before every delivery attempt (rules may have tightened).
 *
 * The URL is parsed with the WHATWG parser first, which already turns every IPv4 notation
 * (`2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`) into dotted decimal and every IPv6 address
 * into its compressed form, so the checks below see one spelling per address.
 *
 * What this cannot see: a public-looking DNS name that resolves to a private address. A Worker
 * cannot resolve a name before it connects, and Cloudflare's egress does not route to private
 * networks, so such a name fails to connect instead of reaching an internal host
 * (docs/WEBHOOKS.md, "SSRF rules").
 */

/** What the guard allows. */
export interface UrlGuardOptions {
  /** Allow `localhost`, `127.0.0.1` and `[::1]` (local development only). */
  allowLoopback: boolean;
  /** Only `https://` (staging and production). */
  requireHttps: boolean;
}

/** The guard's verdict: the normalized URL, or why it is refused. */
export type UrlGuardResult = { ok: true; url: string } | { ok: false; reason: string };

/** Longest URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** Name suffixes that only resolve inside a private network (RFC 6761, 6762, 8375; cloud metadata). */
const INTERNAL_SUFFIXES = [
  ".internal",
  ".local",
  ".localdomain",
  ".home.arpa",
  ".lan",
  ".intranet",
];

/** IPv4 ranges that are never a public host: [first octets as a number, prefix length, name]. */
const BLOCKED_IPV4: [string, number, string][] = [
  ["0.0.0.0", 8, "an unspecified address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a carrier-grade NAT address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local or metadata address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "an IETF protocol address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved or broadcast address"],
];

function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
    return undefined;
  }
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function inIpv4Range(ip: number, base: string, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  const start = ipv4ToNumber(base) ?? 0;
  return ip >= start && ip < start + size;
}

/** Why an IPv4 address is not a public host, or undefined when it is one. */
function blockedIpv4(ip: number): string | undefined {
  return BLOCKED_IPV4.find(([base, prefix]) => inIpv4Range(ip, base, prefix))?.[2];
}

/** The eight 16-bit groups of a compressed IPv6 address (as the URL parser writes it). */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === "" ? [] : s.split(":").map((g) => Number.parseInt(g, 16)));
  const head = parse(halves[0] ?? "");
  const tail = halves.length === 2 ? parse(halves[1] ?? "") : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : undefined;
}

/**
 * Why an IPv6 address is not a public host, or undefined when it is one. Only global unicast
 * (2000::/3) passes, minus the ranges that embed or tunnel to IPv4 (6to4, Teredo) and the
 * documentation range; `::1` is reported as loopback so the dev flag can allow it.
 */
function blockedIpv6(groups: number[]): string | undefined {
  const [g0 = 0, g1 = 0] = groups;
  if (groups.every((g) => g === 0)) return "an unspecified address";
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return "a loopback address";
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) {
    return "an IPv4-mapped or IPv4-compatible address";
  }
  if ((g0 & 0xfe00) === 0xfc00) return "a private (unique local) address";
  if ((g0 & 0xffc0) === 0xfe80) return "a link-local address";
  if ((g0 & 0xff00) === 0xff00) return "a multicast address";
  if ((g0 & 0xe000) !== 0x2000) return "not a global unicast address";
  if (g0 === 0x2002 || (g0 === 0x2001 && g1 === 0) || (g0 === 0x2001 && g1 === 0x0db8)) {
    return "a tunnelling or documentation address";
  }
  return undefined;
}

/**
 * Checks a webhook URL against the SSRF rules. Returns the URL as the parser normalized it (the
 * one to store and call), or the reason it is refused, phrased to follow "url …".
 */
export function checkWebhookUrl(raw: string, options: UrlGuardOptions): UrlGuardResult {
  const refuse = (reason: string): UrlGuardResult => ({ ok: false, reason });
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) {
    return refuse(`is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse("is not a valid absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return refuse(options.requireHttps ? "must use https" : "must use https (or http to loopback)");
  }
  // A fragment is never sent to the receiver: refuse it rather than store what will not be used.
  if (url.hash !== "" || raw.includes("#")) {
    return refuse("must not contain a fragment (#…)");
  }
  if (url.username !== "" || url.password !== "") {
    return refuse("must not contain credentials (user:password@)");
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  let loopback = false;
  if (host.startsWith("[")) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (!groups) return refuse("has an invalid IPv6 address");
    const blocked = blockedIpv6(groups);
    if (blocked === "a loopback address") loopback = true;
    else if (blocked) return refuse(`points to ${blocked}`);
  } else if (/^[\d.]+$/.test(host)) {
    const ip = ipv4ToNumber(host);
    if (ip === undefined) return refuse("has an invalid IPv4 address");
    const blocked = blockedIpv4(ip);
    // Only 127.0.0.1 itself is the local-development exception, not all of 127/8.
    if (host === "127.0.0.1") loopback = true;
    else if (blocked) return refuse(`points to ${blocked}`);
  } else if (host === "localhost") {
    loopback = true;
  } else if (host.endsWith(".localhost")) {
    return refuse("points to a loopback name");
  } else if (!host.includes(".")) {
    return refuse("must name a public host (a single-label name is internal)");
  } else if (INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return refuse("points to an internal name");
  }
  if (loopback && !options.allowLoopback) {
    return refuse("points to a loopback address");
  }
  if (options.requireHttps && url.protocol !== "https:") {
    return refuse("must use https");
  }
  return { ok: true, url: url.href };
}
