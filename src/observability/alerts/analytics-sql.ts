/**
 * A small client of the Workers Analytics Engine SQL API
 * (`POST /accounts/{account}/analytics_engine/sql`, body: the SQL text), used by the request
 * alert rules. Configured only when `CF_ACCOUNT_ID` and `ANALYTICS_API_TOKEN` are set.
 */

const DEFAULT_API = "https://api.cloudflare.com/client/v4";

/** Runs a query and returns its rows. */
export interface AnalyticsSql {
  dataset: string;
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/** What the client needs from the environment. */
export interface AnalyticsSqlEnv {
  CF_ACCOUNT_ID?: string;
  ANALYTICS_API_TOKEN?: string;
  ANALYTICS_API_URL?: string;
  METRICS_DATASET?: string;
}

/** The client, or null when the account id, token or dataset is missing. */
export function analyticsSqlFrom(
  env: AnalyticsSqlEnv,
  fetcher: typeof fetch = fetch,
): AnalyticsSql | null {
  const { CF_ACCOUNT_ID: account, ANALYTICS_API_TOKEN: token, METRICS_DATASET: dataset } = env;
  if (!account || !token || !dataset) return null;
  const url = `${(env.ANALYTICS_API_URL ?? DEFAULT_API).replace(/\/$/, "")}/accounts/${account}/analytics_engine/sql`;
  return {
    dataset,
    async query(sql) {
      const res = await fetcher(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain" },
        body: `${sql} FORMAT JSON`,
        signal: AbortSignal.timeout(5_000),
      });
      if (!res.ok) throw new Error(`Analytics Engine SQL API answered ${res.status}`);
      const body = (await res.json()) as { data?: Record<string, unknown>[] };
      return body.data ?? [];
    },
  };
}
