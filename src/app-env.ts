import type { RequestIdVariables } from "hono/request-id";
import type { Config, Env } from "./env.ts";

/** Hono's environment for this app: the Worker's bindings and the request-scoped variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: RequestIdVariables & {
    /** Configuration parsed once from vars and secrets. */
    config: Config;
    /** The account that owns what this request reads and writes (set by auth). */
    owner: string;
  };
}
