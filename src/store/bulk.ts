/**
 * Bulk insert of rows parsed in JS: the DuckDB appender fills a staging table of
 * plain types, then one INSERT … SELECT casts them into the real table.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export type ColType = 'VARCHAR' | 'DOUBLE' | 'BIGINT';
export type Value = string | number | null;

export async function bulkInsert(
  conn: DuckDBConnection,
  table: string,
  columns: { name: string; type: ColType; cast?: string; stageOnly?: boolean }[],
  rows: Value[][],
): Promise<void> {
  const stage = `stage_${table}_${Math.random().toString(36).slice(2, 8)}`;
  await conn.run(`CREATE TEMP TABLE ${stage} (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
  const app = await conn.createAppender(stage);
  try {
    for (const row of rows) {
      columns.forEach((c, i) => {
        const v = row[i];
        if (v === null || v === undefined) app.appendNull();
        else if (c.type === 'VARCHAR') app.appendVarchar(String(v));
        else if (c.type === 'DOUBLE') app.appendDouble(Number(v));
        else app.appendBigInt(BigInt(Math.round(Number(v))));
      });
      app.endRow();
    }
    app.flushSync();
  } finally {
    app.closeSync();
  }
  const target = columns.filter((c) => !c.stageOnly);
  const select = target.map((c) => (c.cast ? c.cast.replaceAll('$', `"${c.name}"`) : `"${c.name}"`)).join(', ');
  await conn.run(`INSERT INTO ${table} (${target.map((c) => `"${c.name}"`).join(', ')}) SELECT ${select} FROM ${stage}`);
  await conn.run(`DROP TABLE ${stage}`);
}
