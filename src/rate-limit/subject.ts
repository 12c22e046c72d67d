/**
 * Who a request is counted against when it carries no valid key: its client network, from
 * `CF-Connecting-IP` (set by Cloudflare, which overwrites any value the client sends). IPv4
 * addresses count one by one; IPv6 addresses by their /64, since one customer line gets a whole
 * /64 and could otherwise rotate through 2^64 addresses to escape the limit.
 */
export function clientNetwork(ip: string | undefined): string {
  const address = ip?.trim().toLowerCase() ?? "";
  if (address === "") return "unknown";
  if (!address.includes(":")) return address.slice(0, 45);
  const prefix = ipv6Prefix64(address);
  return prefix ?? address.slice(0, 45);
}

/**
 * The /64 prefix of an IPv6 address (`2001:db8:0:1::/64`), an IPv4-mapped address as its IPv4
 * address, or null when `address` is not IPv6.
 */
function ipv6Prefix64(address: string): string | null {
  const mapped = address.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/);
  if (mapped?.[1]) return mapped[1];
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(":") : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  // An embedded IPv4 tail (`::1.2.3.4`) is two groups; only the first four groups matter here.
  const groups =
    halves.length === 2
      ? [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill("0"), ...tail]
      : head;
  const first = groups.slice(0, 4);
  if (first.length < 4 || !first.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return `${first.map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
