import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { parseConfig } from "../../src/env.ts";
import type { RateLimitPolicy } from "../../src/keys/principal.ts";
import { rateLimitHeaders } from "../../src/rate-limit/headers.ts";
import { type HitInput, RateLimiter } from "../../src/rate-limit/limiter.ts";
import { anonymousPolicy, defaultPolicy } from "../../src/rate-limit/policy.ts";
import { decide, windowStart } from "../../src/rate-limit/sliding-window.ts";
import { clientNetwork } from "../../src/rate-limit/subject.ts";
import { ADMIN_KEY, expectProblem, send } from "../helpers/http.ts";
import { createTestKey, withKey } from "../helpers/keys.ts";

/** The anonymous tier the tests run with (vitest.config.ts). */
const ANONYMOUS = anonymousPolicy(parseConfig(env));

let ipCounter = 0;
/** A client address no other test uses (TEST-NET-3 with a random middle). */
function freshIp(): string {
  ipCounter += 1;
  return `203.0.${Math.floor(Math.random() * 256)}.${ipCounter}`;
}

/** A `/v1` request without a key from `ip`. */
function anonymous(ip: string, headers: Record<string, string> = {}): Promise<Response> {
  return send("/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", {
    headers: { "CF-Connecting-IP": ip, ...headers },
  });
}

/** Uses up the anonymous quota of `ip`: every answer is the 401 of a missing key. */
async function exhaust(ip: string): Promise<void> {
  for (let i = 0; i < ANONYMOUS.requests; i++) {
    const res = await anonymous(ip);
    await expectProblem(res, 401);
  }
}

/** The value of the `r` parameter of the `RateLimit` field. */
function remainingOf(res: Response): number {
  const match = res.headers.get("RateLimit")?.match(/;r=(\d+);/);
  if (!match?.[1]) throw new Error(`no RateLimit field: ${res.headers.get("RateLimit")}`);
  return Number(match[1]);
}

/** Waits until `check` passes (the limiter writes KV after the response). */
async function eventually(check: () => Promise<void> | void, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

afterEach(() => {
  clearFaults();
  vi.restoreAllMocks();
});

describe("sliding-window estimate", () => {
  const policy: RateLimitPolicy = { name: "key", requests: 10, windowSeconds: 60 };
  const start = windowStart(1_800_000_000_000, 60); // a window boundary
  const end = start + 60_000;

  it("lets a fresh subject through with the quota less one, reset at the window's end", () => {
    expect(decide(policy, { previous: 0, current: 0 }, start)).toEqual({
      allowed: true,
      remaining: 9,
      resetSeconds: 60,
      retryAfterSeconds: 0,
    });
    expect(decide(policy, { previous: 0, current: 0 }, start + 20_500).resetSeconds).toBe(40);
  });

  it("weighs a full previous window wholly at the boundary and frees one request per W/q", () => {
    const full = { previous: 10, current: 0 };
    expect(decide(policy, full, start)).toMatchObject({ allowed: false, retryAfterSeconds: 6 });
    // 10 × 54/60 = 9 used: the first request comes free exactly 6 s in, not a millisecond before.
    expect(decide(policy, full, start + 5_999)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(decide(policy, full, start + 6_000)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("refuses at the last millisecond of a full window and frees in the next one", () => {
    expect(decide(policy, { previous: 0, current: 10 }, end - 1)).toMatchObject({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 7, // until end + 6 s, when 10 × 54/60 = 9 are still counted
      resetSeconds: 7,
    });
    expect(decide(policy, { previous: 10, current: 0 }, end + 5_999).allowed).toBe(false);
    expect(decide(policy, { previous: 10, current: 0 }, end + 6_000).allowed).toBe(true);
  });

  it("adds the weighted previous count to the current one, rounding a fraction up", () => {
    // Halfway: 10 × 1/2 + 4 = 9 used, this request is the last; one more in 6 s (10 × 24/60 + 5).
    expect(decide(policy, { previous: 10, current: 4 }, start + 30_000)).toEqual({
      allowed: true,
      remaining: 0,
      resetSeconds: 6,
      retryAfterSeconds: 0,
    });
    // One millisecond before the end a single previous request still counts whole.
    expect(decide(policy, { previous: 1, current: 9 }, end - 1).allowed).toBe(false);
    expect(decide(policy, { previous: 1, current: 8 }, end - 1)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
  });

  it("with a quota of one, a used window frees when the next one has passed", () => {
    const one = { ...policy, requests: 1 };
    expect(decide(one, { previous: 0, current: 1 }, start)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 120,
    });
    expect(decide(one, { previous: 0, current: 0 }, start)).toMatchObject({
      allowed: true,
      remaining: 0,
      resetSeconds: 120,
    });
  });
});

describe("RateLimit fields", () => {
  it("are the draft's structured-field lists: name with q and w, then r and t", () => {
    const policy = { name: "default", requests: 60, windowSeconds: 60 };
    expect(rateLimitHeaders(policy, 12, 40)).toEqual({
      "RateLimit-Policy": '"default";q=60;w=60',
      RateLimit: '"default";r=12;t=40',
    });
  });
});

describe("client networks", () => {
  it("count IPv4 addresses one by one and IPv6 addresses by their /64", () => {
    expect(clientNetwork("198.51.100.7")).toBe("198.51.100.7");
    expect(clientNetwork("2001:DB8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(clientNetwork("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(clientNetwork(undefined)).toBe("unknown");
    expect(clientNetwork("not an address:::")).toBe("not an address:::");
  });
});

describe("tiers from configuration", () => {
  it("builds the default and anonymous policies from the vars", () => {
    const config = parseConfig(env);
    expect(defaultPolicy(config)).toEqual({ name: "default", requests: 1000, windowSeconds: 60 });
    expect(anonymousPolicy(config)).toEqual({ name: "anonymous", requests: 40, windowSeconds: 60 });
  });

  it("rejects a tier that is not a positive integer, naming the var", () => {
    for (const bad of ["0", "-5", "1.5", "ten", ""]) {
      expect(() => parseConfig({ ...env, RATE_LIMIT_ANONYMOUS_REQUESTS: bad })).toThrow(
        /RATE_LIMIT_ANONYMOUS_REQUESTS must be a positive integer/,
      );
    }
  });
});

describe("counting on KV across isolates", () => {
  const policy: RateLimitPolicy = { name: "key", requests: 10, windowSeconds: 60 };
  const now = windowStart(Date.now(), 60) + 1_000;

  /** One isolate's limiter with a fixed clock, whose background work waits in `tasks`. */
  function isolate(options: { flushIntervalMs?: number } = {}) {
    const limiter = new RateLimiter({ clock: () => now, refreshMs: 0, ...options });
    const tasks: (() => Promise<void>)[] = [];
    const errors: string[] = [];
    const input = (subject: string): HitInput => ({
      kv: env.RATE_LIMIT,
      subject,
      policy,
      defer: (task) => tasks.push(task),
      onStoreError: (operation) => errors.push(operation),
    });
    return {
      tasks,
      errors,
      async hits(subject: string, n: number) {
        let allowed = 0;
        for (let i = 0; i < n; i++) if ((await limiter.hit(input(subject)))?.allowed) allowed++;
        return allowed;
      },
      async runTasks() {
        while (tasks.length > 0) await tasks.shift()?.();
      },
    };
  }

  it("is exact in one isolate and writes one name at most once per interval", async () => {
    const a = isolate();
    const subject = `key:key_${crypto.randomUUID()}`;
    expect(await a.hits(subject, 25)).toBe(10);
    // Ten counted requests in one instant leave one write task (plus reads), not ten writes.
    expect(a.tasks.length).toBeLessThanOrEqual(3);
  });

  it("lets two isolates overshoot only until each has read the other's writes", async () => {
    const a = isolate({ flushIntervalMs: 0 });
    const b = isolate({ flushIntervalMs: 0 });
    const subject = `key:key_${crypto.randomUUID()}`;
    const stored = async () => {
      const list = await env.RATE_LIMIT.list({ prefix: `rl:${subject}:` });
      const values = await Promise.all(list.keys.map((k) => env.RATE_LIMIT.get(k.name)));
      return values.reduce((sum, v) => sum + Number(v), 0);
    };
    // Both count before either has written: each sees only its own requests.
    expect(await a.hits(subject, 6)).toBe(6);
    expect(await b.hits(subject, 6)).toBe(6);
    await a.runTasks();
    await b.runTasks();
    expect(await stored()).toBe(12); // b's write added its count to a's: nothing lost
    // a last read KV before b wrote, so it lets one more through, then refreshes and refuses.
    expect(await a.hits(subject, 1)).toBe(1);
    await a.runTasks();
    expect(await a.hits(subject, 5)).toBe(0);
    expect(await b.hits(subject, 5)).toBe(0);
    expect(await stored()).toBe(13);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});

describe("/v1 with an API key: its own limit or the default tier, per key", () => {
  it("counts a key against its own limit with the fields on successes and errors, then 429", async () => {
    const key = await createTestKey({ rate_limit: { requests: 3, window_seconds: 60 } });
    const listed = await withKey(key.key, "/v1/charts");
    expect(listed.status, await listed.text()).toBe(200);
    expect(listed.headers.get("RateLimit-Policy")).toBe('"key";q=3;w=60');
    expect(listed.headers.get("RateLimit")).toMatch(/^"key";r=2;t=([1-9]|[1-5][0-9]|60)$/);

    const missing = await withKey(key.key, "/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C");
    await expectProblem(missing, 404);
    expect(missing.headers.get("RateLimit-Policy")).toBe('"key";q=3;w=60');
    const third = await withKey(key.key, "/v1/charts");
    expect(third.status).toBe(200);
    expect(remainingOf(third)).toBe(0);

    const limited = await withKey(key.key, "/v1/charts");
    expect((await expectProblem(limited, 429)).code).toBe("rate_limited");
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(limited.headers.get("RateLimit")).toBe(`"key";r=0;t=${retryAfter}`);
  });

  it("gives keys without a limit of their own the default tier from configuration", async () => {
    const key = await createTestKey();
    const res = await withKey(key.key, "/v1/charts");
    expect(res.status, await res.text()).toBe(200);
    const tier = defaultPolicy(parseConfig(env));
    expect(res.headers.get("RateLimit-Policy")).toBe(
      `"default";q=${tier.requests};w=${tier.windowSeconds}`,
    );
    expect(remainingOf(res)).toBe(tier.requests - 1);
  });

  it("keeps keys apart from each other and from their client's anonymous count", async () => {
    const ip = freshIp();
    await exhaust(ip);
    const a = await createTestKey({ rate_limit: { requests: 2, window_seconds: 60 } });
    const b = await createTestKey({ rate_limit: { requests: 2, window_seconds: 60 } });
    const from = { headers: { "CF-Connecting-IP": ip } };
    expect((await withKey(a.key, "/v1/charts", from)).status).toBe(200);
    expect((await withKey(a.key, "/v1/charts", from)).status).toBe(200);
    await expectProblem(await withKey(a.key, "/v1/charts", from), 429);
    const other = await withKey(b.key, "/v1/charts", from);
    expect(other.status).toBe(200);
    expect(remainingOf(other)).toBe(1);
  });

  it("hands the state to GET /v1/keys/self", async () => {
    const key = await createTestKey({ rate_limit: { requests: 5, window_seconds: 60 } });
    await withKey(key.key, "/v1/charts");
    const res = await withKey(key.key, "/v1/keys/self");
    const self = (await res.json()) as { rate_limit: Record<string, number> };
    expect(self.rate_limit).toMatchObject({ requests: 5, window_seconds: 60, remaining: 3 });
    expect(self.rate_limit.reset_seconds).toBe(
      Number(res.headers.get("RateLimit")?.split("t=")[1]),
    );
  });
});

describe("/v1 without a valid key: the anonymous tier per client network", () => {
  it("answers 429 rate_limited with Retry-After past the quota, with the fields on every answer", async () => {
    const ip = freshIp();
    const first = await anonymous(ip);
    await expectProblem(first, 401);
    expect(first.headers.get("RateLimit-Policy")).toBe(
      `"anonymous";q=${ANONYMOUS.requests};w=${ANONYMOUS.windowSeconds}`,
    );
    expect(first.headers.get("RateLimit")).toMatch(
      new RegExp(`^"anonymous";r=${ANONYMOUS.requests - 1};t=([1-9]|[1-5][0-9]|60)$`),
    );
    let last = remainingOf(first);
    for (let i = 1; i < ANONYMOUS.requests; i++) {
      const res = await anonymous(ip);
      await expectProblem(res, 401);
      expect(remainingOf(res)).toBeLessThanOrEqual(last);
      last = remainingOf(res);
    }
    expect(last).toBe(0);

    const limited = await anonymous(ip);
    const problem = await expectProblem(limited, 429);
    expect(problem).toMatchObject({
      type: "urn:orrery:problem:rate_limited",
      title: "Too many requests",
      code: "rate_limited",
      instance: "/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    });
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2 * ANONYMOUS.windowSeconds);
    expect(limited.headers.get("RateLimit")).toBe(`"anonymous";r=0;t=${retryAfter}`);
    expect(limited.headers.get("RateLimit-Policy")).toBe(first.headers.get("RateLimit-Policy"));
  });

  it("counts wrong keys like missing ones, so key guessing is throttled", async () => {
    const ip = freshIp();
    await exhaust(ip);
    const guess = await anonymous(ip, { Authorization: "Bearer orr_live_guessed_key_0000000000" });
    expect((await expectProblem(guess, 429)).code).toBe("rate_limited");
  });

  it("keeps separate counts for separate clients, and one count for one IPv6 /64", async () => {
    const ip = freshIp();
    await exhaust(ip);
    await expectProblem(await anonymous(ip), 429);
    const other = await anonymous(freshIp());
    await expectProblem(other, 401);
    expect(remainingOf(other)).toBe(ANONYMOUS.requests - 1);

    const net = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${ipCounter++}`;
    const a = await anonymous(`${net}::1`);
    const b = await anonymous(`${net}:ffff::2`);
    expect(remainingOf(a)).toBe(ANONYMOUS.requests - 1);
    expect(remainingOf(b)).toBe(ANONYMOUS.requests - 2);
  });

  it("never limits the bootstrap admin key, and sends it no fields", async () => {
    const ip = freshIp();
    await exhaust(ip);
    const res = await send("/v1/charts/chr_01JXYZ5V7Q9N8M2K3H4G5F6D7C", {
      headers: { "CF-Connecting-IP": ip, Authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect((await expectProblem(res, 404)).code).toBe("not_found");
    expect(res.headers.get("RateLimit")).toBeNull();
    expect(res.headers.get("RateLimit-Policy")).toBeNull();
  });

  it("never limits probes, the version and the API reference, which live outside /v1", async () => {
    const ip = freshIp();
    await exhaust(ip);
    await expectProblem(await anonymous(ip), 429);
    for (const path of ["/health/live", "/health/ready", "/version", "/openapi.json", "/docs"]) {
      const res = await send(path, { headers: { "CF-Connecting-IP": ip } });
      await res.arrayBuffer();
      expect(res.status, path).not.toBe(429);
      expect(res.headers.get("RateLimit"), path).toBeNull();
      expect(res.headers.get("RateLimit-Policy"), path).toBeNull();
    }
    expect((await send("/health/live", { headers: { "CF-Connecting-IP": ip } })).status).toBe(200);
  });
});

describe("when KV fails, requests go through (fail open)", () => {
  /** The structured fail-open lines logged since the spy was set. */
  function failOpenLines(spy: { mock: { calls: unknown[][] } }) {
    return spy.mock.calls
      .map((args) => String(args[0]))
      .filter((line) => line.includes("rate_limit.fail_open"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it("lets a request through unlimited and without fields when reading fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    injectFault("RATE_LIMIT", "get");
    const ip = freshIp();
    const res = await anonymous(ip);
    expect((await expectProblem(res, 401)).code).toBe("unauthorized");
    expect(res.headers.get("RateLimit")).toBeNull();
    const [line] = failOpenLines(warn);
    expect(line).toMatchObject({
      level: "warn",
      event: "rate_limit.fail_open",
      operation: "get",
      binding: "RATE_LIMIT",
      policy: "anonymous",
      key_prefix: null,
    });
    expect(JSON.stringify(line)).not.toContain(ip);
    expect(line?.request_id).toBeTruthy();

    clearFaults();
    const after = await anonymous(ip);
    expect(remainingOf(after)).toBe(ANONYMOUS.requests - 1); // the failed request was not counted
  });

  it("fails only as many calls as armed, then counts again", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    injectFault("RATE_LIMIT", "all", 1);
    const ip = freshIp();
    expect((await anonymous(ip)).headers.get("RateLimit")).toBeNull();
    expect(remainingOf(await anonymous(ip))).toBe(ANONYMOUS.requests - 1);
  });

  it("keeps counting locally when a write fails, and writes the count later", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    injectFault("RATE_LIMIT", "put", 1);
    const ip = freshIp();
    const res = await anonymous(ip);
    await expectProblem(res, 401);
    expect(remainingOf(res)).toBe(ANONYMOUS.requests - 1);
    await eventually(() => {
      expect(failOpenLines(warn).map((l) => l.operation)).toEqual(["put"]);
    });
    const stored = async () => {
      const list = await env.RATE_LIMIT.list({ prefix: `rl:ip:${ip}:` });
      const values = await Promise.all(list.keys.map((k) => env.RATE_LIMIT.get(k.name)));
      return values.reduce((sum, v) => sum + Number(v), 0);
    };
    expect(await stored()).toBe(0);

    expect(remainingOf(await anonymous(ip))).toBe(ANONYMOUS.requests - 2);
    await eventually(async () => expect(await stored()).toBe(2));
  });
});
