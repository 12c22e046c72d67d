// What the request path keeps per isolate instead of building per request: the parsed
// configuration and the drizzle database. Both must stay correct when what they depend on changes.
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, injectFault } from "../../src/bindings/faulty.ts";
import { createDb } from "../../src/db/client.ts";
import { ConfigError, parseConfig } from "../../src/env.ts";

afterEach(() => clearFaults());

describe("per-isolate state of the request path", () => {
  it("parses the configuration once per env object, and a new env object afresh", () => {
    const first = parseConfig(env);
    expect(parseConfig(env)).toBe(first);
    const other = { ...env, RATE_LIMIT_DEFAULT_REQUESTS: "7" };
    expect(parseConfig(other).RATE_LIMIT_DEFAULT_REQUESTS).toBe(7);
    expect(parseConfig(env).RATE_LIMIT_DEFAULT_REQUESTS).toBe(first.RATE_LIMIT_DEFAULT_REQUESTS);
  });

  it("answers a bad configuration with a ConfigError every time, never a cached success", () => {
    const bad = { ...env, RATE_LIMIT_DEFAULT_REQUESTS: "many" };
    expect(() => parseConfig(bad)).toThrow(ConfigError);
    expect(() => parseConfig(bad)).toThrow(/RATE_LIMIT_DEFAULT_REQUESTS/);
  });

  it("shares one database per D1 binding, and goes through the fault switch while a fault is armed", async () => {
    expect(createDb(env.DB)).toBe(createDb(env.DB));
    injectFault("DB", "get", 1);
    const faulty = createDb(env.DB);
    expect(faulty).not.toBe(createDb(env.DB));
    const error = await faulty.run("select 1").catch((e: unknown) => e);
    expect(String((error as Error).cause)).toMatch(/injected fault: DB\.prepare/);
    clearFaults();
    expect(await createDb(env.DB).get<{ one: number }>("select 1 as one")).toEqual({ one: 1 });
  });
});
