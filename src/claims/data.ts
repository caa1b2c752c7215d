/**
 * The figures a claim is checked against. A metric's series at its own grain, for
 * one set of filters, is read with one SQL statement and kept in memory; every
 * window a claim needs is then summed from it, so checking is fast and the query
 * behind each figure can be shown.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { getMetric } from '../metrics/catalogue.js';
import { endOfPeriodSql, type Metric } from '../metrics/types.js';
import { query } from '../store/open.js';
import { addDays, describeRange } from '../util/dates.js';

export interface Point {
  start: string;
  end: string;
  value: number;
  releases: number[];
}

export interface Series {
  metric: Metric;
  filters: Record<string, string | string[]>;
  points: Point[];
  /** First and last date the metric's data cover (whatever the filters). */
  coverage: { from: string; to: string } | null;
  sql: string;
  sources: { release_id: number; publisher: string; file: string; sha256: string; url: string; licence: string }[];
}

export interface WindowSum {
  value: number;
  from: string;
  to: string;
  /** The window lies inside the data's coverage and on whole periods of its grain. */
  complete: boolean;
  why?: string;
}

/** Publication lag: how long after a period ends its figures are out (Home Office quarterly tables: about eight weeks). */
export const PUBLICATION_LAG_DAYS: Record<string, number> = { quarter: 56, year: 120, month: 20, week: 6, day: 0 };

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

export class ClaimData {
  private cache = new Map<string, Promise<Series>>();
  private coverageCache = new Map<string, Promise<{ from: string; to: string } | null>>();
  private perReleaseCache = new Map<string, Promise<{ file: string; coverage_to: string; value: number }[]>>();
  constructor(private readonly conn: DuckDBConnection) {}

  series(metricId: string, filters: Record<string, string | string[]> = {}): Promise<Series> {
    const key = `${metricId}|${JSON.stringify(Object.entries(filters).sort())}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(metricId, filters);
      this.cache.set(key, p);
    }
    return p;
  }

  private coverage(metric: Metric): Promise<{ from: string; to: string } | null> {
    let p = this.coverageCache.get(metric.id);
    if (!p) {
      p = query<{ from: string | null; to: string | null }>(
        this.conn,
        `SELECT CAST(min(date) AS VARCHAR) AS "from", CAST(max(${endExpr(metric)}) AS VARCHAR) AS "to" FROM (${metric.relation})`,
      ).then((r) => (r[0]?.from && r[0]?.to ? { from: metric.sparse ? `${r[0].from.slice(0, 4)}-01-01` : r[0].from, to: r[0].to } : null));
      this.coverageCache.set(metric.id, p);
    }
    return p;
  }

  /**
   * The figure for from..to in each release that covers the whole window (superseded
   * releases included): how the figure was revised from one release to the next.
   */
  perRelease(metricId: string, filters: Record<string, string | string[]>, from: string, to: string): Promise<{ file: string; coverage_to: string; value: number }[]> {
    const key = `${metricId}|${JSON.stringify(Object.entries(filters).sort())}|${from}|${to}`;
    let p = this.perReleaseCache.get(key);
    if (!p) {
      p = this.loadPerRelease(metricId, filters, from, to);
      this.perReleaseCache.set(key, p);
      if (this.perReleaseCache.size > 5000) this.perReleaseCache.delete(this.perReleaseCache.keys().next().value!);
    }
    return p;
  }

  private async loadPerRelease(metricId: string, filters: Record<string, string | string[]>, from: string, to: string): Promise<{ file: string; coverage_to: string; value: number }[]> {
    const metric = getMetric(metricId);
    if (!metric.allReleases) return [];
    const conds = [`date BETWEEN CAST('${from}' AS DATE) AND CAST('${to}' AS DATE)`, 'value IS NOT NULL'];
    for (const [name, v] of Object.entries(filters)) {
      const dim = metric.dimensions.find((d) => d.name === name);
      if (!dim) continue;
      const values = (Array.isArray(v) ? v : [v]).map(sqlString).join(', ');
      conds.push(dim.list ? `list_has_any(${dim.column}, [${values}])` : `${dim.column} IN (${values})`);
    }
    return query(
      this.conn,
      `SELECT r.file_name AS file, CAST(r.coverage_to AS VARCHAR) AS coverage_to, CAST(coalesce(sum(x.value), 0) AS DOUBLE) AS value
       FROM releases r LEFT JOIN (SELECT * FROM (${metric.allReleases}) WHERE ${conds.join(' AND ')}) x USING (release_id)
       WHERE r.release_id IN (SELECT DISTINCT release_id FROM (${metric.allReleases}))
         AND r.coverage_from <= CAST('${from}' AS DATE) + 3 AND r.coverage_to >= CAST('${to}' AS DATE) - 3
       GROUP BY ALL ORDER BY 2`,
    );
  }

  private async load(metricId: string, filters: Record<string, string | string[]>): Promise<Series> {
    const metric = getMetric(metricId);
    const conds: string[] = ['s IS NOT NULL', 'value IS NOT NULL'];
    for (const [name, v] of Object.entries(filters)) {
      const dim = metric.dimensions.find((d) => d.name === name);
      if (!dim) throw new Error(`${metricId} has no dimension ${name}`);
      const values = (Array.isArray(v) ? v : [v]).map(sqlString).join(', ');
      conds.push(dim.list ? `list_has_any(${dim.column}, [${values}])` : `${dim.column} IN (${values})`);
    }
    for (const dim of metric.dimensions) if (dim.total !== undefined && !(dim.name in filters)) conds.push(`${dim.column} = ${sqlString(dim.total)}`);
    // Rows dated only by year or month (IOM's undated incidents) count in that year's or month's totals.
    const sql = `SELECT CAST(s AS VARCHAR) AS start, CAST(e AS VARCHAR) AS "end", CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT *, coalesce(date, make_date(y, coalesce(m, 1), 1)) AS s,
        CASE WHEN date IS NOT NULL THEN ${endExpr(metric)} WHEN m IS NOT NULL THEN last_day(make_date(y, m, 1)) ELSE make_date(y, 12, 31) END AS e
      FROM (${metric.relation}))
WHERE ${conds.join(' AND ')}
GROUP BY ALL ORDER BY start`;
    const rows = await query<{ start: string; end: string; value: number; releases: number[] }>(this.conn, sql);
    const ids = [...new Set(rows.flatMap((r) => r.releases))];
    const sources = ids.length
      ? await query<Series['sources'][number]>(this.conn, `SELECT release_id, publisher, file_name AS file, sha256, coalesce(url, landing_page) AS url, licence FROM releases WHERE release_id IN (${ids.join(',')}) ORDER BY release_id`)
      : [];
    return { metric, filters, points: rows.map(({ start, end, value, releases }) => ({ start, end, value, releases })), coverage: await this.coverage(metric), sql, sources };
  }
}

const endExpr = (m: Metric): string => endOfPeriodSql(m.grain);

/** The releases whose figures make up from..to. */
export function releasesIn(s: Series, from: string, to: string): Series['sources'] {
  const ids = new Set<number>();
  for (const p of s.points) if (p.start >= from && p.end <= to) for (const r of p.releases) ids.add(r);
  return s.sources.filter((x) => ids.has(x.release_id));
}

/** Sum of the periods lying wholly inside from..to. */
export function sumWindow(s: Series, from: string, to: string): WindowSum {
  let value = 0;
  for (const p of s.points) if (p.start >= from && p.end <= to) value += p.value;
  if (!s.coverage) return { value, from, to, complete: false, why: `no ${s.metric.id} data are loaded` };
  if (from < s.coverage.from || to > s.coverage.to) {
    return { value, from, to, complete: false, why: `${describeRange(from, to)} is outside the data held (${s.metric.title.toLowerCase()}: ${describeRange(s.coverage.from, s.coverage.to)})` };
  }
  // A window that cuts a period of the metric's grain in two cannot be summed exactly.
  const cut = s.metric.grain !== 'day' && s.points.some((p) => (p.start < from && p.end >= from) || (p.start <= to && p.end > to));
  if (cut) return { value, from, to, complete: false, why: `${describeRange(from, to)} does not fall on whole ${s.metric.grain}s of ${s.metric.id}` };
  return { value, from, to, complete: true };
}

/** The last day with figures that were published by `date` (the claim's date). */
export function lastKnownDay(s: Series, date: string): string | null {
  if (!s.coverage) return null;
  const lag = PUBLICATION_LAG_DAYS[s.metric.grain] ?? 0;
  let to = addDays(date, -1);
  if (s.coverage.to < to) to = s.coverage.to;
  if (lag > 0) {
    const known = s.points.filter((p) => addDays(p.end, lag) <= date);
    const lastEnd = known.at(-1)?.end;
    if (!lastEnd) return null;
    if (lastEnd < to) to = lastEnd;
  }
  return to;
}

/** Sums over whole periods of a grain (year, month, …) from the series' points. */
export function totalsBy(s: Series, key: (p: Point) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of s.points) out.set(key(p), (out.get(key(p)) ?? 0) + p.value);
  return out;
}
