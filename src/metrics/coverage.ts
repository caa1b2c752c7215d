/** Coverage of each metric, computed from the store: the first period's start and the last period's end. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { query } from '../store/open.js';
import { METRICS } from './catalogue.js';
import { endOfPeriodSql } from './types.js';

export async function coverage(conn: DuckDBConnection): Promise<Map<string, { from: string; to: string; values: number }>> {
  const out = new Map<string, { from: string; to: string; values: number }>();
  const parts = METRICS.map(
    (m, i) => `SELECT ${i} AS i, CAST(min(date) AS VARCHAR) AS "from", CAST(max(${endOfPeriodSql(m.grain)}) AS VARCHAR) AS "to", count(*)::INTEGER AS n FROM (${m.relation})`,
  );
  const rows = await query<{ i: number; from: string | null; to: string | null; n: number }>(conn, parts.join(' UNION ALL '));
  for (const r of rows) {
    const m = METRICS[r.i];
    if (m && r.from && r.to) out.set(m.id, { from: r.from, to: r.to, values: r.n });
  }
  return out;
}
