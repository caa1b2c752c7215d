/**
 * Series queries: one SQL statement per request, built from the catalogue entry,
 * with every user value passed as a parameter.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { query } from '../store/open.js';
import { getMetric } from './catalogue.js';
import { endOfPeriodSql, GRAINS, type Grain, type Metric } from './types.js';

export interface SeriesRequest {
  metric: string;
  by: Grain;
  from?: string | undefined;
  to?: string | undefined;
  where?: Record<string, string>;
}

export interface SeriesRow {
  period: string;
  value: number;
}

export interface SeriesSource {
  release_id: number;
  source: string;
  publisher: string;
  file: string;
  sha256: string;
  retrieved_at: string;
  url: string | null;
  licence: string;
  first_period: string;
  last_period: string;
}

export interface SeriesResult {
  metric: string;
  unit: string;
  by: Grain;
  filters: Record<string, string>;
  from: string | null;
  to: string | null;
  rows: SeriesRow[];
  sources: SeriesSource[];
  sql: string;
}

const PERIOD_SQL: Record<Grain, string> = {
  day: "strftime(date, '%Y-%m-%d')",
  week: "strftime(date_trunc('week', date), '%Y-%m-%d')",
  month: "coalesce(strftime(date, '%Y-%m'), CASE WHEN m IS NOT NULL THEN printf('%04d-%02d', y, m) END)",
  quarter: "coalesce(printf('%04d-Q%d', year(date), quarter(date)), CASE WHEN m IS NOT NULL THEN printf('%04d-Q%d', y, (m + 2) // 3) END)",
  year: 'CAST(coalesce(year(date), y) AS VARCHAR)',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Accept YYYY, YYYY-MM or YYYY-MM-DD; `end` picks the last day of a year or month. */
export function normaliseDate(s: string, end: boolean, what: string): string {
  let m: RegExpExecArray | null;
  if (ISO_DATE.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s) return s;
  } else if ((m = /^(\d{4})$/.exec(s))) {
    return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) {
      if (!end) return `${m[1]}-${m[2]}-01`;
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
    }
  }
  throw new CrossingsError('BAD_PERIOD', `${what} "${s}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
}

export function buildSeriesSql(metric: Metric, req: SeriesRequest): { sql: string; params: Record<string, string> } {
  if (!GRAINS.includes(req.by)) throw new CrossingsError('USAGE', `--by must be one of ${GRAINS.join(', ')}`);
  const order = (g: Grain) => GRAINS.indexOf(g);
  if (order(req.by) < order(metric.grain) || (metric.grain === 'week' && req.by === 'month') || (metric.grain !== 'day' && metric.grain !== 'week' && req.by === 'week')) {
    throw new CrossingsError('BAD_PERIOD', `${metric.id} is published by ${metric.grain}; it cannot be broken down by ${req.by}`);
  }
  const params: Record<string, string> = {};
  const conds: string[] = [];
  let n = 0;
  for (const [name, value] of Object.entries(req.where ?? {})) {
    const dim = metric.dimensions.find((d) => d.name === name);
    if (!dim) {
      throw new CrossingsError('UNKNOWN_DIMENSION', `${metric.id} has no dimension "${name}"; its dimensions are ${metric.dimensions.map((d) => d.name).join(', ') || 'none'}`);
    }
    const p = `p${n++}`;
    params[p] = value;
    conds.push(dim.list ? `list_contains(list_transform(${dim.column}, x -> lower(x)), lower($${p}))` : `lower(${dim.column}) = lower($${p})`);
  }
  for (const dim of metric.dimensions) {
    if (dim.total !== undefined && !(dim.name in (req.where ?? {}))) {
      const p = `p${n++}`;
      params[p] = dim.total;
      conds.push(`${dim.column} = $${p}`);
    }
  }
  if (req.from) {
    params.from = normaliseDate(req.from, false, '--from');
    conds.push(`coalesce(date, make_date(y, coalesce(m, 1), 1)) >= CAST($from AS DATE)`);
  }
  if (req.to) {
    params.to = normaliseDate(req.to, true, '--to');
    conds.push(`coalesce(date_end, last_day(make_date(y, coalesce(m, 12), 1))) <= CAST($to AS DATE)`);
  }
  const dateEnd = endOfPeriodSql(metric.grain);
  const sql = [
    `WITH rel AS (${metric.relation}),`,
    `base AS (SELECT *, ${dateEnd} AS date_end FROM rel)`,
    `SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases`,
    `FROM (SELECT ${PERIOD_SQL[req.by]} AS period, value, release_id FROM base${conds.length ? `\n      WHERE ${conds.join('\n        AND ')}` : ''})`,
    `WHERE period IS NOT NULL AND value IS NOT NULL`,
    `GROUP BY period ORDER BY period`,
  ].join('\n');
  return { sql, params };
}

export async function runSeries(conn: DuckDBConnection, req: SeriesRequest): Promise<SeriesResult> {
  const metric = getMetric(req.metric);
  const { sql, params } = buildSeriesSql(metric, req);
  const rows = await query<{ period: string; value: number; releases: number[] }>(conn, sql, params);
  // Which release each period's figures came from.
  const byRelease = new Map<number, { first: string; last: string }>();
  for (const r of rows) {
    for (const id of r.releases) {
      const cur = byRelease.get(id);
      if (!cur) byRelease.set(id, { first: r.period, last: r.period });
      else cur.last = r.period;
    }
  }
  let sources: SeriesSource[] = [];
  if (byRelease.size > 0) {
    const rel = await query<Omit<SeriesSource, 'first_period' | 'last_period'>>(
      conn,
      `SELECT release_id, source_id AS source, publisher, file_name AS file, sha256, CAST(retrieved_at AS VARCHAR) AS retrieved_at, url, licence FROM releases WHERE release_id IN (${[...byRelease.keys()].join(',')}) ORDER BY release_id`,
    );
    sources = rel.map((r) => ({ ...r, first_period: byRelease.get(r.release_id)!.first, last_period: byRelease.get(r.release_id)!.last }));
  }
  return {
    metric: metric.id,
    unit: metric.unit,
    by: req.by,
    filters: req.where ?? {},
    from: params.from ?? null,
    to: params.to ?? null,
    rows: rows.map((r) => ({ period: r.period, value: r.value })),
    sources,
    sql,
  };
}
