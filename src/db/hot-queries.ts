import { newReadingJob } from "../readings/create-reading.ts";
import { chartByInputHashQuery, chartInsertQuery, chartListQuery, chartQuery } from "./charts.ts";
import type { Db } from "./client.ts";
import {
  claimIdempotencyQuery,
  completeIdempotencyQuery,
  idempotencyRecordQuery,
  releaseIdempotencyQuery,
} from "./idempotency.ts";
import { jobCountsQuery, succeededTimesQuery } from "./job-stats.ts";
import {
  claimJobQuery,
  insertJobStatement,
  jobListQuery,
  jobQuery,
  staleQueuedJobsQuery,
  stuckJobsQuery,
} from "./jobs.ts";
import { keyByHashQuery } from "./keys.ts";
import { insertReadingStatement, readingListQuery, readingQuery } from "./readings.ts";

/**
 * The D1 query budget: every query on a hot path (a request route, the job consumer, the cron
 * sweep) by name. A query runs under its name through `named()` (src/db/named.ts), so its time
 * shows in `Server-Timing` as `db.<name>;dur=<ms>` and a run over 100 ms is recorded as a
 * `slow_query` metric under the name (src/observability/metrics.ts). test/db/query-plans.test.ts
 * runs `EXPLAIN QUERY PLAN` on every statement of every entry against the migrated D1 and fails
 * on a full table scan, so a new named query is checked for an index by construction.
 *
 * Each entry says where the query runs and builds its statements (the same builders the query
 * functions use) with sample values; optional filters are given so that the widest variant is
 * checked, plus the narrowest where they differ.
 */

/** Sample values for the statements: shapes only, never read. */
const OWNER = "acct_sample";
const CHART_ID = "chr_01JSAMPLE0000000000000000";
const JOB_ID = "job_01JSAMPLE0000000000000000";
const HASH = "0".repeat(64);
const NOW = 1_800_000_000_000;

/** A statement whose SQL drizzle can render (every query builder). */
interface Renderable {
  toSQL(): { sql: string; params: unknown[] };
}

/** One named hot-path query: where it runs, and its statements with sample values. */
interface HotQuery {
  /** The routes or handlers that run it. */
  runsIn: string;
  statements: (db: Db) => Renderable[];
}

const sampleRows = () =>
  newReadingJob(OWNER, CHART_ID, { kind: "natal", detail: "brief", language: "en" }, NOW);

/** The named hot-path queries (see the top of this module). */
export const HOT_QUERIES = {
  key_lookup: {
    runsIn: "every /v1 request with an orr_ key, behind the isolate's 5 s key cache",
    statements: (db) => [keyByHashQuery(db, HASH)],
  },
  chart_get: {
    runsIn: "GET /v1/charts/{id} on an edge-cache miss; POST /v1/readings with chart_id",
    statements: (db) => [chartQuery(db, OWNER, CHART_ID)],
  },
  chart_by_input_hash: {
    runsIn: "POST /v1/charts (an equal stored chart of the owner)",
    statements: (db) => [chartByInputHashQuery(db, OWNER, HASH)],
  },
  chart_insert: {
    runsIn: "POST /v1/charts with store:true; POST /v1/readings with an inline chart",
    statements: (db) => [
      chartInsertQuery(db, {
        id: CHART_ID,
        owner: OWNER,
        input: {},
        chart: {},
        engineVersion: "sample",
        inputHash: HASH,
        createdAt: NOW,
      }),
    ],
  },
  chart_list: {
    runsIn: "GET /v1/charts",
    statements: (db) => [
      chartListQuery(db, OWNER, { limit: 20 }),
      chartListQuery(db, OWNER, { limit: 20, beforeId: CHART_ID }),
    ],
  },
  job_get: {
    runsIn: "GET /v1/jobs/{id} (clients poll it)",
    statements: (db) => [jobQuery(db, OWNER, JOB_ID)],
  },
  job_list: {
    runsIn: "GET /v1/jobs",
    statements: (db) => [
      jobListQuery(db, OWNER, { limit: 20 }),
      jobListQuery(db, OWNER, {
        limit: 20,
        status: "queued",
        type: "reading.natal",
        before: JOB_ID,
      }),
    ],
  },
  job_claim: {
    runsIn: "the reading-jobs consumer, once per message",
    statements: (db) => [claimJobQuery(db, JOB_ID, NOW, 60_000)],
  },
  job_stuck: {
    runsIn: "the cron sweep",
    statements: (db) => [stuckJobsQuery(db, NOW, 100)],
  },
  job_stale_queued: {
    runsIn: "the cron sweep",
    statements: (db) => [staleQueuedJobsQuery(db, NOW, 100)],
  },
  job_stats_counts: {
    runsIn: "GET /v1/jobs/stats",
    statements: (db) => [jobCountsQuery(db, OWNER)],
  },
  job_stats_times: {
    runsIn: "GET /v1/jobs/stats",
    statements: (db) => [succeededTimesQuery(db, OWNER, NOW, 1000)],
  },
  reading_create: {
    runsIn: "POST /v1/readings (one batch: the reading and its job)",
    statements: (db) => {
      const { reading, job } = sampleRows();
      return [
        insertReadingStatement(db, reading) as unknown as Renderable,
        insertJobStatement(db, job) as unknown as Renderable,
      ];
    },
  },
  reading_get: {
    runsIn: "GET /v1/readings/{id}",
    statements: (db) => [readingQuery(db, OWNER, "rdg_01JSAMPLE0000000000000000")],
  },
  reading_list: {
    runsIn: "GET /v1/readings",
    statements: (db) => [
      readingListQuery(db, OWNER, { limit: 20 }),
      readingListQuery(db, OWNER, { limit: 20, before: "rdg_01JSAMPLE0000000000000000" }),
    ],
  },
  idempotency_find: {
    runsIn: "POST /v1/readings with Idempotency-Key",
    statements: (db) => [idempotencyRecordQuery(db, OWNER, "key")],
  },
  idempotency_claim: {
    runsIn: "POST /v1/readings with Idempotency-Key",
    statements: (db) => [
      claimIdempotencyQuery(db, {
        owner: OWNER,
        key: "key",
        requestHash: HASH,
        now: NOW,
        expiresAt: NOW + 1,
        abandonedBefore: NOW - 1,
      }),
    ],
  },
  idempotency_complete: {
    runsIn: "POST /v1/readings with Idempotency-Key, after the response (a replayable answer)",
    statements: (db) => [
      completeIdempotencyQuery(db, { owner: OWNER, key: "key", createdAt: NOW }, 202, {
        headers: {},
        body: "{}",
      }),
    ],
  },
  idempotency_release: {
    runsIn: "POST /v1/readings with Idempotency-Key, after a 5xx, 409 or 429",
    statements: (db) => [releaseIdempotencyQuery(db, { owner: OWNER, key: "key", createdAt: NOW })],
  },
} satisfies Record<string, HotQuery>;

/** The name of a hot-path query: a key of {@link HOT_QUERIES}. */
export type HotQueryName = keyof typeof HOT_QUERIES;
