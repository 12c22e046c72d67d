import type { RateLimitPolicy } from "../keys/principal.ts";

/**
 * The `RateLimit-Policy` and `RateLimit` fields of draft-ietf-httpapi-ratelimit-headers-10, as
 * structured-field lists of one item each: the policy name as an sf-string with `q` (quota) and
 * `w` (window, s), then the same name with `r` (remaining) and `t` (seconds until reset), e.g.
 * `"default";q=60;w=60` and `"default";r=12;t=40`. Policy names are our own fixed tokens
 * (`key`, `default`, `anonymous`), so they need no escaping.
 */
export function rateLimitHeaders(
  policy: RateLimitPolicy,
  remaining: number,
  resetSeconds: number,
): Record<"RateLimit-Policy" | "RateLimit", string> {
  const name = `"${policy.name}"`;
  return {
    "RateLimit-Policy": `${name};q=${policy.requests};w=${policy.windowSeconds}`,
    RateLimit: `${name};r=${remaining};t=${resetSeconds}`,
  };
}
