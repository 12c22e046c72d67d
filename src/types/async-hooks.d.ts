// The part of node:async_hooks the Worker uses (workerd provides it under nodejs_compat; the
// Worker's tsconfig loads no Node types, so only this class is declared).
declare module "node:async_hooks" {
  export class AsyncLocalStorage<T> {
    run<R>(store: T, callback: () => R): R;
    getStore(): T | undefined;
  }
}
