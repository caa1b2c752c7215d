/**
 * Read-only SQL for users. The connection is already locked down (see open.ts:
 * read-only file, no external access, configuration locked); on top of that only a
 * single SELECT statement is accepted, rows are capped and a timer interrupts
 * queries that run too long.
 */
import { StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';

export const SQL_LIMITS = { maxRows: 10_000, timeoutMs: 5_000, maxChars: 20_000 };

export interface SqlResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export async function runUserSql(conn: DuckDBConnection, sql: string, limits = SQL_LIMITS): Promise<SqlResult> {
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

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'SQL error';
}

function classify(e: unknown): CrossingsError {
  const msg = firstLine(e);
  if (/Permission Error|disabled|read-only|lock_configuration|cannot change|external access/i.test(msg)) {
    return new CrossingsError('SQL_REFUSED', `refused: ${msg}`);
  }
  return new CrossingsError('SQL_ERROR', msg);
}
