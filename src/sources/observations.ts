/**
 * Loading observations, the tidy table most sources share. Two paths:
 *  - rows parsed in JS (ODS, XLSX) go through the appender;
 *  - large CSVs are read by DuckDB's own read_csv (all columns as text), checked
 *    in SQL (header, bad numbers → validation issues with their row numbers) and
 *    inserted with one INSERT … SELECT.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CrossingsError, fileError } from '../errors.js';
import { bulkInsert, type Value } from '../store/bulk.js';
import { query } from '../store/open.js';
import { DIM_SLOTS, storedDimensions } from '../metrics/catalogue.js';
import { endOfPeriodSql, type Grain } from '../metrics/types.js';
import { normaliseName } from './columns.js';
import { implausible, latestPossibleDate, plausibleFor } from '../metrics/plausible.js';
import type { ValidationIssue } from './issues.js';
import type { LoadContext, LoadResult } from './types.js';

export interface Observation {
  metric: string;
  /** 'window': a published figure for an exact span (start..end), never summed with the rest. */
  grain: Grain | 'window';
  start: string;
  /** Only for 'window' observations. */
  end?: string;
  dims: Record<string, string | null>;
  value: number | null;
  flag?: string | null;
  row: number;
}

export function periodOf(grain: Grain, start: string): { period: string; end: string } {
  const d = new Date(`${start}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  switch (grain) {
    case 'day':
      return { period: start, end: start };
    case 'week':
      return { period: start, end: iso(new Date(Date.UTC(y, m, d.getUTCDate() + 6))) };
    case 'month':
      return { period: start.slice(0, 7), end: iso(new Date(Date.UTC(y, m + 1, 0))) };
    case 'quarter':
      return { period: `${y}-Q${Math.floor(m / 3) + 1}`, end: iso(new Date(Date.UTC(y, Math.floor(m / 3) * 3 + 3, 0))) };
    case 'year':
      return { period: String(y), end: `${y}-12-31` };
  }
}

export async function insertObservations(ctx: LoadContext, obs: Observation[]): Promise<{ from: string | null; to: string | null }> {
  let from: string | null = null;
  let to: string | null = null;
  const rows: Value[][] = obs.map((o) => {
    const { period, end } = o.grain === 'window' ? { period: `${o.start}..${o.end ?? o.start}`, end: o.end ?? o.start } : periodOf(o.grain, o.start);
    if (from === null || o.start < from) from = o.start;
    if (to === null || end > to) to = end;
    const slots: (string | null)[] = new Array(DIM_SLOTS).fill(null);
    const names = storedDimensions(o.metric);
    for (const [k, v] of Object.entries(o.dims)) {
      const i = names.indexOf(k);
      if (i < 0) throw new Error(`${o.metric} has no stored dimension ${k}`);
      slots[i] = v;
    }
    return [o.metric, o.grain, period, o.start, end, ...slots, o.value, o.flag ?? null, ctx.releaseId, o.row];
  });
  await bulkInsert(
    ctx.conn,
    'observations',
    [
      { name: 'metric', type: 'VARCHAR' },
      { name: 'grain', type: 'VARCHAR' },
      { name: 'period', type: 'VARCHAR' },
      { name: 'period_start', type: 'VARCHAR', cast: 'CAST($ AS DATE)' },
      { name: 'period_end', type: 'VARCHAR', cast: 'CAST($ AS DATE)' },
      ...Array.from({ length: DIM_SLOTS }, (_, i) => ({ name: `d${i + 1}`, type: 'VARCHAR' as const })),
      { name: 'value', type: 'DOUBLE' },
      { name: 'flag', type: 'VARCHAR' },
      { name: 'release_id', type: 'BIGINT' },
      { name: 'source_row', type: 'BIGINT' },
    ],
    rows,
  );
  return { from, to };
}

/** A CSV column: the names it has gone by, and whether the file must have it. */
export interface CsvColumn {
  key: string;
  names: string[];
  required?: boolean;
}

export interface CsvMetric {
  metric: string;
  /** SQL over the renamed columns (c.<key>) giving the value text. */
  value: string;
  flag?: string;
}

export interface CsvSpec {
  columns: CsvColumn[];
  grain: Grain;
  /** SQL giving the period's start date from the renamed text columns. */
  start: string;
  /** Dimension name → SQL over the renamed columns. */
  dims: Record<string, string>;
  metrics: CsvMetric[];
  /** Extra condition on rows to keep (SQL), e.g. dropping total rows. */
  where?: string;
  encoding?: 'utf-8' | 'latin-1';
  /** For tables cut out of a workbook: the sheet, and the column holding each row's number in it. */
  sheet?: string;
  rowColumn?: string;
}

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
/** Text → number: thousands separators dropped; publishers' missing markers (":", "-", "NA", "") fail the cast → NULL. */
export const NUM = (expr: string) => `TRY_CAST(replace(trim(${expr}), ',', '') AS DOUBLE)`;
const MISSING_SQL = (expr: string) => `(${expr} IS NULL OR trim(${expr}) IN ('', ':', '-', 'NA', '..', 'z', 'x'))`;

/** The first CSV record of a file, as column names; null when it cannot be read simply. */
function headerOf(bytes: Uint8Array, encoding: 'utf-8' | 'latin-1'): string[] | null {
  const head = new TextDecoder(encoding === 'latin-1' ? 'latin1' : 'utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\ufeff/, '');
  const end = head.search(/\r?\n/);
  if (end < 0) return null;
  try {
    const rec = (parse(head.slice(0, end), { relax_quotes: true }) as string[][])[0];
    if (!rec || rec.length < 2 || new Set(rec).size !== rec.length || rec.some((c) => c.trim() === '')) return null;
    return rec;
  } catch {
    return null;
  }
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** DuckDB's CSV reader with the options every publisher's file needs: text columns, BOM, ragged rows padded. */
export function readCsvSql(path: string, encoding: 'utf-8' | 'latin-1', parallel: boolean): string {
  return `read_csv(${q(path)}, all_varchar = true, header = true, strict_mode = false, null_padding = true${parallel ? '' : ', parallel = false'}${encoding === 'latin-1' ? ", encoding = 'latin-1'" : ''})`;
}

/** A source made of CSV files, each matched by name to the spec that reads it. */
export interface CsvFileSpec {
  test: RegExp;
  dataset: string;
  title: string;
  spec: CsvSpec;
}

export async function loadMatchingCsv(ctx: LoadContext, specs: CsvFileSpec[], what: string): Promise<LoadResult> {
  const s = specs.find((x) => x.test.test(ctx.file.name));
  if (!s) throw fileError('FILE_STRUCTURE', { file: ctx.file.name }, `not ${what} this source reads`);
  const r = await loadCsvObservations(ctx, s.spec);
  return { dataset: s.dataset, title: s.title, fileKind: 'csv', coverageFrom: r.from, coverageTo: r.to, rowCount: r.rows, issues: r.issues };
}

export async function loadCsvObservations(ctx: LoadContext, spec: CsvSpec): Promise<{ rows: number; from: string | null; to: string | null; issues: ValidationIssue[] }> {
  const file = ctx.file.name;
  let path = ctx.path;
  let cleanup: string | null = null;
  if (path === null) {
    cleanup = mkdtempSync(join(tmpdir(), 'crossings-csv-'));
    path = join(cleanup, file);
    writeFileSync(path, ctx.file.bytes);
  }
  const typed = `t_${ctx.releaseId}`;
  try {
    const encoding = spec.encoding ?? (isUtf8(ctx.file.bytes) ? 'utf-8' : 'latin-1');
    // Reads the file (serially when DuckDB's parallel reader cannot pad rows around quoted newlines).
    const withReader = async <T>(fn: (reader: string) => Promise<T>): Promise<T> => {
      try {
        return await fn(readCsvSql(path!, encoding, true));
      } catch (e) {
        try {
          if (!(e instanceof Error && /parallel/i.test(e.message))) throw e;
          return await fn(readCsvSql(path!, encoding, false));
        } catch (e2) {
          if (e2 instanceof CrossingsError) throw e2;
          throw fileError('FILE_UNREADABLE', { file }, `not readable as CSV: ${(e2 instanceof Error ? e2.message : String(e2)).split('\n')[0]}`, e2);
        }
      }
    };
    // The header, read from the file's first record (DuckDB names the columns the same way).
    const have = headerOf(ctx.file.bytes, encoding) ?? (await withReader(async (reader) => (await query<{ column_name: string }>(ctx.conn, `SELECT column_name FROM (DESCRIBE SELECT * FROM ${reader})`)).map((r) => r.column_name)));
    const byNorm = new Map(have.map((h) => [normaliseName(h), h]));
    const mapped = new Map<string, string>();
    const missing: CsvColumn[] = [];
    for (const c of spec.columns) {
      const found = c.names.map((n) => byNorm.get(normaliseName(n))).find((x) => x !== undefined);
      if (found) mapped.set(c.key, found);
      else if (c.required !== false) missing.push(c);
    }
    if (missing.length) {
      throw fileError(
        'FILE_STRUCTURE',
        { file, ...(spec.sheet ? { sheet: spec.sheet } : {}), row: 1, column: missing[0]!.names[0]! },
        `required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m.names[0]}"`).join(', ')} missing from the header (renamed or removed?); the header has ${have.map((h) => `"${h}"`).join(', ')}`,
      );
    }
    const cols = spec.columns.map((c) => `${mapped.has(c.key) ? `"${mapped.get(c.key)!.replaceAll('"', '""')}"` : 'NULL'} AS ${c.key}`).join(', ');
    // Dimension values go to the slots the catalogue gives each metric (the same for every metric of a file).
    const slotSql = (metric: string) => {
      const names = storedDimensions(metric);
      for (const k of Object.keys(spec.dims)) if (!names.includes(k)) throw new Error(`${metric} has no stored dimension ${k}`);
      return Array.from({ length: DIM_SLOTS }, (_, i) => (names[i] && spec.dims[names[i]!] !== undefined ? `dim_${names[i]}` : 'NULL')).join(', ');
    };
    const dimCols = Object.entries(spec.dims).map(([k, sql]) => `CAST(${sql} AS VARCHAR) AS dim_${k}`).join(', ');
    // One pass over the file: row number, period, dimensions, and each value as text and as a number.
    await withReader((reader) =>
      ctx.conn.run(
        `CREATE TEMP TABLE ${typed} AS
         WITH c AS (SELECT ${spec.rowColumn ? `CAST("${spec.rowColumn}" AS INTEGER)` : 'row_number() OVER () + 1'} AS _row, ${cols} FROM ${reader})
         SELECT c._row, CAST(${spec.start} AS DATE) AS s${dimCols ? `, ${dimCols}` : ''},
           ${spec.metrics.map((m, i) => `(${m.value}) AS raw${i}, ${NUM(`(${m.value})`)} AS v${i}, ${m.flag ? `nullif(trim(${m.flag}), '')` : 'NULL'} AS f${i}`).join(', ')}
         FROM c WHERE (${spec.where ?? 'TRUE'})`,
      ),
    );
    // Validation: bad periods and bad numbers become issues with their row and column.
    const issues: ValidationIssue[] = [];
    const badStart = await query<{ _row: number }>(ctx.conn, `SELECT _row FROM ${typed} WHERE s IS NULL ORDER BY _row LIMIT 1000`);
    for (const r of badStart) issues.push({ file, sheet: spec.sheet ?? null, row: r._row, column: null, value: null, expected: 'a valid period (date, year or quarter); the row is skipped', severity: 'warning' });
    // A period after the day the file was read cannot be in it; a count far beyond the publisher's history is a slip.
    const latest = latestPossibleDate();
    const future = await query<{ _row: number; s: string }>(ctx.conn, `SELECT _row, CAST(s AS VARCHAR) AS s FROM ${typed} WHERE s > CAST($latest AS DATE) ORDER BY _row LIMIT 1000`, { latest });
    for (const r of future) issues.push({ file, sheet: spec.sheet ?? null, row: r._row, column: null, value: r.s, expected: `a period starting no later than ${latest}, the day the file was read; the row is not loaded`, severity: 'error' });
    const limits = spec.metrics.map((m) => plausibleFor(m.metric));
    for (const [i, m] of spec.metrics.entries()) {
      const column = spec.columns.find((c) => `c.${c.key}` === m.value);
      const wild = await query<{ _row: number; v: string }>(ctx.conn, `SELECT _row, raw${i} AS v FROM ${typed} WHERE v${i} > $max ORDER BY _row LIMIT 1000`, { max: limits[i]!.max });
      for (const r of wild) issues.push({ file, sheet: spec.sheet ?? null, row: r._row, column: column ? (mapped.get(column.key) ?? column.key) : m.value, value: r.v, expected: implausible(Number.POSITIVE_INFINITY, limits[i]!)!, severity: 'error' });
      const bad = await query<{ _row: number; v: string }>(
        ctx.conn,
        `SELECT _row, raw${i} AS v FROM ${typed} WHERE (v${i} IS NULL AND NOT ${MISSING_SQL(`raw${i}`)}) OR v${i} < 0 OR NOT isfinite(v${i}) ORDER BY _row LIMIT 1000`,
      );
      for (const r of bad) issues.push({ file, sheet: spec.sheet ?? null, row: r._row, column: column ? (mapped.get(column.key) ?? column.key) : m.value, value: r.v, expected: 'a count of zero or more (or a missing-value marker)', severity: 'warning' });
    }

    const grain = spec.grain;
    const endSql = (x: string) => endOfPeriodSql(grain, x);
    const labelSql = (x: string) =>
      grain === 'year' ? `CAST(year(${x}) AS VARCHAR)` : grain === 'quarter' ? `printf('%04d-Q%d', year(${x}), quarter(${x}))` : grain === 'month' ? `strftime(${x}, '%Y-%m')` : `strftime(${x}, '%Y-%m-%d')`;
    // A row with any value beyond its bound is not loaded at all (its other values come from the same slip).
    const sane = spec.metrics.map((_, i) => `(v${i} IS NULL OR v${i} <= $max${i})`).join(' AND ');
    const bounds = Object.fromEntries(limits.map((l, i) => [`max${i}`, l.max]));
    const res = await ctx.conn.run(
      `INSERT INTO observations ${spec.metrics
        .map(
          (m, i) =>
            `SELECT ${q(m.metric)}, ${q(grain)}, ${labelSql('s')}, s, ${endSql('s')}, ${slotSql(m.metric)}, v${i}, f${i}, ${ctx.releaseId}, _row FROM ${typed} WHERE s IS NOT NULL AND s <= CAST($latest AS DATE) AND (v${i} IS NULL OR (v${i} >= 0 AND isfinite(v${i}))) AND ${sane}`,
        )
        .join(' UNION ALL ')}`,
      { latest, ...bounds },
    );
    const rows = Number(res.rowsChanged);
    const cov = await query<{ from: string | null; to: string | null }>(
      ctx.conn,
      `SELECT CAST(min(period_start) AS VARCHAR) AS "from", CAST(max(period_end) AS VARCHAR) AS "to" FROM observations WHERE release_id = ${ctx.releaseId}`,
    );
    return { rows, from: cov[0]?.from ?? null, to: cov[0]?.to ?? null, issues };
  } finally {
    await ctx.conn.run(`DROP TABLE IF EXISTS ${typed}`);
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  }
}
