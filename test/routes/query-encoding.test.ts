import { describe, expect, it } from "vitest";
import { authed, expectProblem, send } from "../helpers/http.ts";

describe("query strings that are not valid percent-encoded UTF-8", () => {
  it("answer 400 naming the parameter, on every /v1 route, instead of being read as literal text", async () => {
    const cases: [string, string][] = [
      ["/v1/places?q=%FF", "q"], // not UTF-8
      ["/v1/places?q=%FE", "q"],
      ["/v1/places?q=%80", "q"], // a continuation byte alone
      ["/v1/places?q=%C0%80", "q"], // overlong NUL
      ["/v1/places?q=%ED%A0%80", "q"], // an encoded surrogate half
      ["/v1/places?q=100%", "q"], // a bare %
      ["/v1/places?q=%zz", "q"],
      ["/v1/places?q=london&country=%FF", "country"],
      ["/v1/places/timezone?latitude=%FF&longitude=0", "latitude"],
      ["/v1/charts?cursor=%E2%82", "cursor"], // a truncated sequence
      ["/v1/jobs/stats?%FF=1", "%FF"], // a name that cannot be decoded is named as sent
    ];
    for (const [path, field] of cases) {
      const problem = await expectProblem(await authed(path), 400);
      expect(problem.code, path).toBe("validation_error");
      expect(
        problem.errors.map((e) => e.path),
        path,
      ).toEqual([field]);
      expect(problem.errors[0]?.message, path).toMatch(/percent-encoded UTF-8/);
    }
  });

  it("names every such parameter at once", async () => {
    const problem = await expectProblem(await authed("/v1/places?q=%FF&country=%FE&limit=5"), 400);
    expect(problem.errors.map((e) => e.path)).toEqual(["q", "country"]);
    expect(problem.detail).toBe("2 fields are invalid: q, country.");
  });

  it("names a repeated parameter once, an empty name as such, and a long name cut short", async () => {
    const repeated = await expectProblem(await authed(`/v1/places?${"q=%FF&".repeat(60)}`), 400);
    expect(repeated.errors).toEqual([{ path: "q", message: expect.any(String) }]);
    const empty = await expectProblem(await authed("/v1/places?=%FF"), 400);
    expect(empty.errors.map((e) => e.path)).toEqual(["(empty name)"]);
    const long = `${"n".repeat(5000)}%FF`;
    const res = await authed(`/v1/places?${long}=1`);
    const text = await res.text();
    expect(res.status, text).toBe(400);
    expect(text.length).toBeLessThan(1000);
    expect((JSON.parse(text) as { errors: { path: string }[] }).errors[0]?.path).toBe(
      `${"n".repeat(64)}…`,
    );
  });

  it("leaves valid encodings alone: escaped UTF-8, %25 for a literal %, + for a space", async () => {
    const res = await authed("/v1/places?q=s%C3%A3o+paulo&limit=1");
    const body = (await res.json()) as { data: { name: string }[] };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.data[0]?.name).toBe("São Paulo");
    // %25 decodes to "%", which the search itself refuses with its own message.
    const percent = await expectProblem(await authed("/v1/places?q=%25"), 400);
    expect(percent.errors[0]?.message).not.toMatch(/percent-encoded/);
  });

  it("comes after authentication: a caller without a key learns nothing about the query rules", async () => {
    await expectProblem(await send("/v1/places?q=%FF"), 401);
  });
});
