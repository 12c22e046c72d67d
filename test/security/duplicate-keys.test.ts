import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findStrictJsonProblem, type JsonPath, MAX_JSON_DEPTH } from "../../src/lib/strict-json.ts";
import { authed, expectProblem, LONDON_1990, postJson } from "../helpers/http.ts";

// Issue 9, parser differentials: JSON.parse keeps the last of two equal member names, other
// parsers the first, so a body naming a member twice means two things. The API refuses it (400
// validation_error naming the path), wherever it is nested and however the name is escaped.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `name` with every UTF-16 unit as a `\uXXXX` escape: the same name to JSON.parse. */
function escaped(name: string): string {
  return `"${name
    .split("")
    .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .join("")}"`;
}

/**
 * Serializes `value` as JSON, repeating one member name in the `target`-th non-empty object (in
 * document order): the repeated member goes after the original, its name escaped or not. Returns
 * the text and the path of the repeated name (undefined when there are fewer objects).
 */
function withDuplicate(
  value: Json,
  target: number,
  escapeName: boolean,
): { text: string; path: JsonPath | undefined } {
  let seen = 0;
  let path: JsonPath | undefined;
  const write = (v: Json, at: JsonPath): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...at, i])).join(",")}]`;
    if (v === null || typeof v !== "object") return JSON.stringify(v);
    const keys = Object.keys(v);
    const members = keys.map((k) => `${JSON.stringify(k)}:${write(v[k] as Json, [...at, k])}`);
    if (keys.length > 0 && seen++ === target) {
      const name = keys[target % keys.length] as string;
      path = [...at, name];
      const index = keys.indexOf(name);
      members.splice(index + 1, 0, `${escapeName ? escaped(name) : JSON.stringify(name)}:0`);
    }
    return `{${members.join(",")}}`;
  };
  const text = write(value, []);
  return { text, path };
}

const jsonTree = fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<Json>;

describe("findStrictJsonProblem (jsonc-parser's scanner, strict mode)", () => {
  it("never objects to what JSON.stringify writes (nesting within the limit)", () => {
    fc.assert(
      fc.property(jsonTree, fc.integer({ min: 0, max: 2 }), (value, indent) => {
        expect(findStrictJsonProblem(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("always finds an injected duplicate, at its path, escaped or not", () => {
    fc.assert(
      fc.property(jsonTree, fc.nat(20), fc.boolean(), (value, target, escapeName) => {
        const { text, path } = withDuplicate(value, target, escapeName);
        fc.pre(path !== undefined);
        // JSON.parse accepts it: it silently keeps one of the two.
        expect(() => JSON.parse(text)).not.toThrow();
        expect(findStrictJsonProblem(text)).toEqual({ kind: "duplicate_member", path });
      }),
      { numRuns: 300 },
    );
  });

  it("leaves text JSON.parse refuses to the JSON parser", () => {
    for (const text of ['{"a":1,"a":2', '{"a":1,"a":2,}', '{"a":1 /* c */,"a":2}', "", "{"]) {
      expect(findStrictJsonProblem(text), text).toBeUndefined();
    }
  });

  it("compares names after unescaping, and only within one object", () => {
    expect(findStrictJsonProblem('{"a":1,"\\u0061":2}')).toEqual({
      kind: "duplicate_member",
      path: ["a"],
    });
    expect(findStrictJsonProblem('{"__proto__":1,"__proto__":2}')?.kind).toBe("duplicate_member");
    expect(findStrictJsonProblem('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}')).toBe(
      undefined,
    );
    expect(findStrictJsonProblem('{"a":"A","A":"a","a ":1}')).toBeUndefined();
  });

  // The common body is passed by counting `:` and brackets outside strings against the parsed
  // value's keys; these keep that count honest about strings and about values JSON.parse drops.
  it("is not misled by colons, brackets and escaped quotes inside strings", () => {
    const tricky = JSON.stringify({ 'a:{["': '}]:\\":', "b\\": [":", { c: '\\"{' }] });
    expect(Object.keys(JSON.parse(tricky))).toHaveLength(2);
    expect(findStrictJsonProblem(tricky)).toBeUndefined();
    const first = tricky.slice(1, tricky.indexOf(",")); // the first member, text as written
    expect(findStrictJsonProblem(`{${first},${tricky.slice(1)}`)).toEqual({
      kind: "duplicate_member",
      path: ['a:{["'],
    });
    expect(findStrictJsonProblem(`[${'"[[[[",'.repeat(40)}1]`)).toBeUndefined();
    expect(findStrictJsonProblem('{"a":{"x":1,"x":2},"a":1}')).toEqual({
      kind: "duplicate_member",
      path: ["a", "x"],
    });
    expect(findStrictJsonProblem('{"a":{"x":":"},"a":{"x":1,"y":2}}')).toEqual({
      kind: "duplicate_member",
      path: ["a"],
    });
  });

  it("refuses nesting past the limit without exhausting the stack", () => {
    const deep = (n: number) => `${"[".repeat(n)}1${"]".repeat(n)}`;
    expect(findStrictJsonProblem(deep(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findStrictJsonProblem(deep(MAX_JSON_DEPTH + 1))?.kind).toBe("too_deep");
    expect(findStrictJsonProblem(deep(8_000))?.kind).toBe("too_deep");
    expect(findStrictJsonProblem(`${'{"a":'.repeat(8_000)}1${"}".repeat(8_000)}`)?.kind).toBe(
      "too_deep",
    );
  });
});

async function rowCounts(): Promise<unknown> {
  return env.DB.prepare(
    "SELECT (SELECT count(*) FROM charts) AS charts, (SELECT count(*) FROM readings) AS readings, (SELECT count(*) FROM jobs) AS jobs, (SELECT count(*) FROM webhook_endpoints) AS webhooks",
  ).first();
}

describe("the API refuses duplicate member names (regression inputs from the fuzz suite)", () => {
  const chart = JSON.stringify(LONDON_1990).slice(1, -1);
  const cases: [string, string, string, string][] = [
    [
      "POST",
      "/v1/charts",
      `{${chart},"datetime":"1990-06-15T14:30:00","datetime":{"$gt":""}}`,
      "datetime",
    ],
    ["POST", "/v1/charts", `{${chart},"\\u006catitude":10}`, "latitude"],
    ["POST", "/v1/readings", `{"chart":{${chart},"timezone":"UTC"}}`, "chart.timezone"],
    ["POST", "/v1/readings", '{"chart_id":"chr_1","chart_id":["x"]}', "chart_id"],
    [
      "POST",
      "/v1/webhooks",
      '{"url":"http://127.0.0.1:8790/","url":"http://169.254.169.254/","events":["reading.completed"]}',
      "url",
    ],
    [
      "POST",
      "/v1/keys",
      '{"name":"k","name":null,"scopes":["charts:read"],"scopes":["admin"]}',
      "name",
    ],
    ["POST", "/v1/charts", `{${chart},"orbs":{"trine":6,"trine":60}}`, "orbs.trine"],
  ];
  for (const [method, path, body, field] of cases) {
    it(`${method} ${path} naming ${field} twice → 400 validation_error at ${field}, nothing written`, async () => {
      const before = await rowCounts();
      const res = await authed(path, {
        method,
        headers: { "Content-Type": "application/json" },
        body,
      });
      const problem = await expectProblem(res, 400);
      expect(problem.code).toBe("validation_error");
      expect(problem.errors).toEqual([
        { path: field, message: "duplicate member name: send each name once per object" },
      ]);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses a body nested past the limit with 400, and still takes the same body without the duplicate", async () => {
    const deep = await postJson("/v1/charts", `${"[".repeat(40)}1${"]".repeat(40)}`);
    expect((await expectProblem(deep, 400)).code).toBe("validation_error");
    const ok = await postJson("/v1/charts", { ...LONDON_1990, store: false });
    expect(ok.status).toBe(200);
  });
});
