/**
 * A child process that runs user SQL (sql-runner.ts starts it): its own read-only store
 * with DuckDB's memory and thread limits set and locked, and a watchdog that ends the
 * process when its memory passes the limit. Argument: the store's path, the limits as JSON.
 */
import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { serveJobs } from '../util/job-worker.js';
import { READ_ONLY_CONFIG } from './open.js';
import { checkReadablePath } from './store-file.js';
import { encodeResult, runUserSql, type SqlLimits } from './sandbox.js';

const [dbPath = '', limitsJson = '{}'] = process.argv.slice(2);
const limits = JSON.parse(limitsJson) as SqlLimits;
let open: { instance: DuckDBInstance; conn: DuckDBConnection; mtimeMs: number } | null = null;
let running: number | null = null;

async function connection(): Promise<DuckDBConnection> {
  if (!checkReadablePath(dbPath)) throw new CrossingsError('NO_STORE', 'there is no store yet: run `crossings update` first');
  const mtimeMs = statSync(dbPath).mtimeMs;
  if (open && open.mtimeMs === mtimeMs) return open.conn;
  if (open) {
    open.conn.closeSync();
    open.instance.closeSync();
    open = null;
  }
  const instance = await DuckDBInstance.create(dbPath, { ...READ_ONLY_CONFIG, threads: '1', memory_limit: `${limits.duckdbMemoryMb}MB`, max_temp_directory_size: '0B' });
  open = { instance, conn: await instance.connect(), mtimeMs };
  return open.conn;
}

// The watchdog: DuckDB does not count every allocation (a list of a billion numbers), the process does.
setInterval(() => {
  if (running === null || process.memoryUsage.rss() < limits.processMemoryMb * 1048576) return;
  const error = { code: 'SQL_LIMIT', error: `the query used more than the ${limits.processMemoryMb} MB of memory a query may use and was stopped` };
  process.send?.({ id: running, ok: false, error, fatal: true }, () => process.kill(process.pid, 'SIGKILL'));
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 200).unref();
}, 50).unref();

serveJobs<{ sql: string }>(
  async ({ sql }, id) => {
    running = id;
    try {
      return encodeResult(await runUserSql(await connection(), sql, limits), limits);
    } finally {
      running = null;
    }
  },
  async () => void (await connection()),
);
