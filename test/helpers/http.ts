import { env, exports } from "cloudflare:workers";

/** The admin key the tests give the Worker (vitest.config.ts bindings). */
export const ADMIN_KEY = env.ADMIN_API_KEY;

/** Sends a request to the Worker under test. */
export function send(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`http://orrery.test${path}`, init));
}

/** An authenticated request with the admin key. */
export function authed(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("Authorization")) headers.set("Authorization", `Bearer ${ADMIN_KEY}`);
  return send(path, { ...init, headers });
}

/** `POST path` with a JSON body (any value, serialized as given). */
export function postJson(
  path: string,
  body: unknown,
  headers: HeadersInit = {},
): Promise<Response> {
  return authed(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A problem+json body as the API sends it. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: { path: string; message: string }[];
  instance?: string;
  candidates?: string[];
}

/**
 * Reads a response that must be problem+json with the given status, and returns its body.
 * The assertion message carries the body, so a failure shows what the API said.
 */
export async function expectProblem(res: Response, status: number): Promise<ProblemBody> {
  const text = await res.text();
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  }
  const type = res.headers.get("Content-Type") ?? "";
  if (!type.startsWith("application/problem+json")) {
    throw new Error(`expected application/problem+json, got ${type}: ${text}`);
  }
  const body = JSON.parse(text) as ProblemBody;
  if (body.status !== status || typeof body.code !== "string" || !Array.isArray(body.errors)) {
    throw new Error(`not a problem body: ${text}`);
  }
  return body;
}

/** A valid chart request: London, 15 June 1990, 14:30 local (BST). */
export const LONDON_1990 = {
  datetime: "1990-06-15T14:30:00",
  timezone: "Europe/London",
  latitude: 51.5074,
  longitude: -0.1278,
};
