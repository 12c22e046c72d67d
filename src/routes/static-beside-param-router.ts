import type { ParamIndexMap, Params, Result, Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { SmartRouter } from "hono/router/smart-router";
import { TrieRouter } from "hono/router/trie-router";

type Route<T> = [method: string, path: string, handler: T];
type Entry<T> = [T, ParamIndexMap | Params];

const NO_PARAMS: ParamIndexMap = Object.create(null);

/**
 * Hono's default router (`RegExpRouter`, falling back to `TrieRouter`) with one shape taken out of
 * `RegExpRouter`'s way: a static path that a parameter route of the same method also matches, like
 * `GET /v1/keys/self` beside `GET /v1/keys/:id`. Hono 4.13's `RegExpRouter` refuses any static
 * segment beside a parameter on one method (in either order, with or without a `{regex}` on the
 * parameter), so one such pair made the whole app route through the trie, 2–4× slower per match.
 *
 * Such a static route is kept out of the inner router; its requests are answered from a table
 * built once, on the first match: what the inner router matches for that path (the middleware and
 * the parameter route) merged with the static route's own handlers in registration order — the
 * list `TrieRouter` gives, so handlers run and `c.req.routePath` reads as before. Every other
 * request is the inner router's, after one table lookup. A shape `RegExpRouter` still refuses
 * falls back to the trie as before (test/routes/router.test.ts fails then).
 */
export class StaticBesideParamRouter<T> implements Router<T> {
  name = "StaticBesideParamRouter";
  #inner: Router<T>;
  #routes: Route<T>[] | undefined = [];

  constructor(
    inner: Router<T> = new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] }),
  ) {
    this.#inner = inner;
  }

  add(method: string, path: string, handler: T): void {
    if (!this.#routes) throw new Error("Can not add a route since the matcher is already built.");
    this.#routes.push([method, path, handler]);
  }

  match(method: string, path: string): Result<T> {
    const table = this.#build();
    const inner = this.#inner;
    this.match = (m, p) => table[m]?.[p] ?? inner.match(m, p);
    this.name = `${this.name} + ${inner.name}`;
    return this.match(method, path);
  }

  #build(): Record<string, Record<string, Result<T>>> {
    const routes = this.#routes ?? [];
    this.#routes = undefined;
    const withParams = new TrieRouter<true>();
    for (const [method, path] of routes)
      if (path.includes("/:")) withParams.add(method, path, true);
    const isAside = ([method, path]: Route<T>) =>
      method !== "ALL" && !/\*|\/:/.test(path) && withParams.match(method, path)[0].length > 0;
    const order = new Map<T, number>();
    const aside: Route<T>[] = [];
    routes.forEach((route, i) => {
      order.set(route[2], i);
      if (isAside(route)) aside.push(route);
      else this.#inner.add(...route);
    });
    const table: Record<string, Record<string, Result<T>>> = Object.create(null);
    for (const [method, path] of aside) {
      table[method] ??= Object.create(null);
      const byPath = table[method] as Record<string, Result<T>>;
      if (byPath[path]) continue;
      const own: Entry<T>[] = aside
        .filter(([m, p]) => m === method && p === path)
        .map(([, , handler]) => [handler, NO_PARAMS]);
      const [matched, stash] = this.#inner.match(method, path) as [Entry<T>[], string[]?];
      const merged = [...matched, ...own].sort(
        ([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
      );
      byPath[path] = (stash ? [merged, stash] : [merged]) as Result<T>;
    }
    return table;
  }
}
