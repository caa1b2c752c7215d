/**
 * Where user SQL runs: child processes with their own read-only store (sql-process.ts),
 * so that a query is stopped for certain at its deadline (the process is killed; a new
 * one takes its place), memory is bounded per query, a client that has gone cancels its
 * query, and the queue is bounded (full: SERVER_BUSY). The caller's event loop only waits.
 */
import { CrossingsError } from '../errors.js';
import { JobPool, processEndpoint } from '../util/job-pool.js';
import { SQL_LIMITS, type SqlLimits, type SqlResult } from './sandbox.js';

export interface SqlRunnerOptions {
  /** Processes running queries at once (one by default). */
  processes?: number | undefined;
  /** Queries waiting for a process (16 by default); more are refused with SERVER_BUSY. */
  maxQueue?: number | undefined;
  limits?: Partial<SqlLimits> | undefined;
}

const CHILD = new URL('./sql-process.ts', import.meta.url).href;
/** Past the query's own time limit (which interrupts it cleanly where DuckDB can), the process is killed. */
const KILL_GRACE_MS = 1_000;

export class SqlRunner {
  private readonly pool: JobPool<{ sql: string }>;
  readonly limits: SqlLimits;

  constructor(dbPath: string, opts: SqlRunnerOptions = {}) {
    const limits = { ...SQL_LIMITS, ...opts.limits };
    this.limits = limits;
    this.pool = new JobPool(() => processEndpoint(CHILD, [dbPath, JSON.stringify(limits)]), {
      size: opts.processes ?? 1,
      maxQueue: opts.maxQueue ?? 16,
      deadlineMs: limits.timeoutMs + KILL_GRACE_MS,
      timeout: () => new CrossingsError('SQL_LIMIT', `the query ran longer than ${limits.timeoutMs} ms and was stopped`),
    });
  }

  async run(sql: string, signal?: AbortSignal): Promise<SqlResult> {
    if (sql.length > this.limits.maxChars) throw new CrossingsError('SQL_LIMIT', `the query is ${sql.length} characters; the limit is ${this.limits.maxChars}`);
    return JSON.parse(await this.pool.run({ sql }, signal)) as SqlResult;
  }

  stats() {
    return { ...this.pool.stats(), spawned: this.pool.spawned };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
