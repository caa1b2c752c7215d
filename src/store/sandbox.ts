/**
 * Read-only SQL for users. The connection is already locked down (see open.ts:
 * read-only file, no external access, configuration locked); on top of that only a
 * single SELECT statement is accepted, the functions that read settings, file paths,
 * secrets or run SQL from a string are refused, rows and result bytes are capped, and
 * a timer interrupts queries that run too long. What interrupting cannot stop (one long
 * GLOB, a huge list) is stopped by killing the process the query runs in (sql-runner.ts).
 */
import { StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { redactPaths } from '../util/redact.js';

export const SQL_LIMITS = {
  maxRows: 10_000,
  timeoutMs: 5_000,
  maxChars: 20_000,
  /** The serialised result (JSON). */
  maxResultBytes: 8 * 1024 * 1024,
  /** DuckDB's own memory limit, and the process watchdog's (sql-process.ts). */
  duckdbMemoryMb: 256,
  processMemoryMb: 1024,
};
export type SqlLimits = typeof SQL_LIMITS;

export interface SqlResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/** Table and scalar functions a user query may not name: settings, file paths, secrets, variables, logs, SQL run from a string. */
const REFUSED = new Set([
  'duckdb_settings', 'current_setting', 'pg_settings', 'duckdb_databases', 'duckdb_extensions', 'duckdb_temporary_files', 'duckdb_memory',
  'duckdb_secrets', 'which_secret', 'duckdb_variables', 'getvariable', 'duckdb_logs', 'duckdb_log_contexts', 'duckdb_external_file_cache',
  'query', 'query_table', 'json_execute_serialized_sql', 'json_deserialize_sql', 'getenv',
]);
const refusedName = (name: string) => REFUSED.has(name) || name.startsWith('pragma_');

export async function runUserSql(conn: DuckDBConnection, sql: string, limits: SqlLimits = SQL_LIMITS): Promise<SqlResult> {
  if (sql.length > limits.maxChars) throw new CrossingsError('SQL_LIMIT', `the query is ${sql.length} characters; the limit is ${limits.maxChars}`);
  let extracted;
  try {
    extracted = await conn.extractStatements(sql);
  } catch (e) {
    throw new CrossingsError('SQL_ERROR', firstLine(e));
  }
  if (extracted.count !== 1) throw new CrossingsError('SQL_REFUSED', `exactly one statement is allowed, got ${extracted.count}`);
  let prepared;
  try {
    prepared = await extracted.prepare(0);
  } catch (e) {
    throw classify(e);
  }
  if (prepared.statementType !== StatementType.SELECT) {
    throw new CrossingsError('SQL_REFUSED', `only SELECT queries are allowed (this is a ${StatementType[prepared.statementType] ?? 'other'} statement): the store is read-only`);
  }
  await refuseNames(conn, sql);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    conn.interrupt();
  }, limits.timeoutMs);
  try {
    const reader = await prepared.streamAndReadUntil(limits.maxRows + 1);
    const rows = reader.getRowObjectsJson();
    const truncated = rows.length > limits.maxRows;
    return { columns: reader.columnNames(), rows: truncated ? rows.slice(0, limits.maxRows) : rows, truncated };
  } catch (e) {
    if (timedOut) throw new CrossingsError('SQL_LIMIT', `the query ran longer than ${limits.timeoutMs} ms and was stopped`);
    throw classify(e);
  } finally {
    clearTimeout(timer);
  }
}

/** The names a query calls or reads, from DuckDB's own parse tree: refused ones stop it. */
async function refuseNames(conn: DuckDBConnection, sql: string): Promise<void> {
  const r = await conn.runAndReadAll('SELECT json_serialize_sql(CAST($sql AS VARCHAR)) AS tree', { sql });
  const tree = JSON.parse(String(r.getRowObjects()[0]?.tree ?? '{}')) as { error?: boolean; error_message?: string };
  if (tree.error) throw new CrossingsError('SQL_REFUSED', `only plain SELECT queries are allowed: ${tree.error_message ?? 'this one could not be analysed'}`);
  const names = new Set<string>();
  collectNames(tree, names);
  const bad = [...names].filter(refusedName);
  if (bad.length) throw new CrossingsError('SQL_REFUSED', `refused: ${bad.join(', ')} reads the server's settings, files or secrets, or runs SQL from a string`);
}

function collectNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectNames(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.function_name === 'string') out.add(o.function_name.toLowerCase());
  if (o.type === 'BASE_TABLE' && typeof o.table_name === 'string') out.add(o.table_name.toLowerCase());
  for (const v of Object.values(o)) if (v && typeof v === 'object') collectNames(v, out);
}

function firstLine(e: unknown): string {
  return redactPaths((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'SQL error');
}

function classify(e: unknown): CrossingsError {
  const msg = firstLine(e);
  if (/Permission Error|disabled|read-only|lock_configuration|cannot change|external access/i.test(msg)) {
    return new CrossingsError('SQL_REFUSED', `refused: ${msg}`);
  }
  if (/Out of Memory/i.test(msg)) return new CrossingsError('SQL_LIMIT', `the query needs more than the ${SQL_LIMITS.duckdbMemoryMb} MB of memory a query may use: ${msg}`);
  if (/INTERNAL Error|FATAL/i.test(msg)) return new CrossingsError('INTERNAL', `the database failed on this query: ${msg}`);
  return new CrossingsError('SQL_ERROR', msg);
}

/** The result as JSON, refused past its size limit (rows are capped; one row can still be huge). */
export function encodeResult(res: SqlResult, limits: SqlLimits = SQL_LIMITS): string {
  const body = JSON.stringify(res);
  if (body.length > limits.maxResultBytes) {
    throw new CrossingsError('SQL_LIMIT', `the result is ${(body.length / 1048576).toFixed(1)} MB; the limit is ${limits.maxResultBytes / 1048576} MB: select fewer rows or shorter values`);
  }
  return body;
}
