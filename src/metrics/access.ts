/**
 * Series access for the claim checker, the measures module and the server: a metric's
 * series at its own grain, for one set of filters, read with one SQL statement (every
 * value a bound parameter) and kept in memory, so every window a claim needs is summed
 * from it; each release's figure for a window, for revisions; the published figures
 * the store holds for exact periods; and the last day whose figures were out on a date.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { query } from '../store/open.js';
import { addDays, describeRange, yearOf } from '../util/dates.js';
import { getMetric } from './catalogue.js';
import { endOfPeriodSql, type Metric } from './types.js';

export type Filters = Record<string, string[]>;

export interface Point {
  start: string;
  end: string;
  value: number;
  releases: number[];
}

export interface SourceRelease {
  release_id: number;
  publisher: string;
  file: string;
  sha256: string;
  url: string;
  licence: string;
  published: string | null;
}

export interface Series {
  metric: Metric;
  filters: Filters;
  points: Point[];
  /** First and last date the metric's data cover (whatever the filters). */
  coverage: { from: string; to: string } | null;
  sql: string;
  params: Record<string, string>;
  sources: SourceRelease[];
}

export interface WindowSum {
  value: number;
  from: string;
  to: string;
  /** The window lies inside the data's coverage and on whole periods of its grain. */
  complete: boolean;
  why?: string;
}

/** A figure the store holds for an exact period (published outside the datasets). */
export interface PublishedValue {
  from: string;
  to: string;
  value: number;
  dims: string[];
  flag: string;
  release: SourceRelease;
}

/**
 * Publication lag: how long after a period ends its figures are out. Home Office quarterly tables come out on a Thursday
 * late in Feb, May, Aug and Nov, 51 to 60 days after the quarter (2025-05-22, 2025-08-21, 2026-05-21: 51–52 days;
 * 2025-02-27, 2026-02-26: 57–58): the earliest, so that a claim made on a release day can cite it.
 */
export const PUBLICATION_LAG_DAYS: Record<string, number> = { quarter: 51, year: 120, month: 20, week: 6, day: 0 };

/** SQL conditions for filters, with their parameters: scalar dimensions by IN, list dimensions by any overlap. */
export function filterSql(metric: Metric, filters: Filters, params: Record<string, string>, prefix = 'f', except: string[] = []): string[] {
  const conds: string[] = [];
  let n = 0;
  for (const [name, values] of Object.entries(filters)) {
    const dim = metric.dimensions.find((d) => d.name === name);
    if (!dim) throw new Error(`${metric.id} has no dimension ${name}`);
    const names = values.map((v) => {
      const p = `${prefix}${n++}`;
      params[p] = v;
      return `$${p}`;
    });
    conds.push(dim.list ? `list_has_any(${dim.column}, [${names.join(', ')}])` : `${dim.column} IN (${names.join(', ')})`);
  }
  for (const dim of metric.dimensions) {
    if (dim.total !== undefined && !(dim.name in filters) && !except.includes(dim.name)) {
      const p = `${prefix}${n++}`;
      params[p] = dim.total;
      conds.push(`${dim.column} = $${p}`);
    }
  }
  return conds;
}

export class SeriesData {
  private cache = new Map<string, Promise<Series>>();
  private coverageCache = new Map<string, Promise<{ from: string; to: string } | null>>();
  private perReleaseCache = new Map<string, Promise<{ file: string; coverage_to: string; published: string | null; value: number }[]>>();
  private releaseCache = new Map<number, SourceRelease>();
  constructor(private readonly conn: DuckDBConnection) {}

  series(metricId: string, filters: Filters = {}): Promise<Series> {
    const key = `${metricId}|${JSON.stringify(Object.entries(filters).sort())}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(metricId, filters);
      this.cache.set(key, p);
      if (this.cache.size > 2000) this.cache.delete(this.cache.keys().next().value!);
    }
    return p;
  }

  private coverage(metric: Metric): Promise<{ from: string; to: string } | null> {
    let p = this.coverageCache.get(metric.id);
    if (!p) {
      p = query<{ from: string | null; to: string | null }>(this.conn, `SELECT CAST(min(date) AS VARCHAR) AS "from", CAST(max(${endOfPeriodSql(metric.grain)}) AS VARCHAR) AS "to" FROM (${metric.relation})`).then((r) =>
        r[0]?.from && r[0]?.to ? { from: metric.sparse ? `${r[0].from.slice(0, 4)}-01-01` : r[0].from, to: r[0].to } : null,
      );
      this.coverageCache.set(metric.id, p);
    }
    return p;
  }

  /** The figure for from..to in each release that covers the whole window (superseded releases included). */
  perRelease(metricId: string, filters: Filters, from: string, to: string): Promise<{ file: string; coverage_to: string; published: string | null; value: number }[]> {
    const key = `${metricId}|${JSON.stringify(Object.entries(filters).sort())}|${from}|${to}`;
    let p = this.perReleaseCache.get(key);
    if (!p) {
      p = this.loadPerRelease(metricId, filters, from, to);
      this.perReleaseCache.set(key, p);
      if (this.perReleaseCache.size > 5000) this.perReleaseCache.delete(this.perReleaseCache.keys().next().value!);
    }
    return p;
  }

  private async loadPerRelease(metricId: string, filters: Filters, from: string, to: string) {
    const metric = getMetric(metricId);
    if (!metric.allReleases) return [];
    const params: Record<string, string> = { from, to };
    const conds = ['date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)', 'value IS NOT NULL', ...filterSql(metric, filters, params)];
    return query<{ file: string; coverage_to: string; published: string | null; value: number }>(
      this.conn,
      `SELECT r.file_name AS file, CAST(r.coverage_to AS VARCHAR) AS coverage_to, CAST(r.published AS VARCHAR) AS published, CAST(coalesce(sum(x.value), 0) AS DOUBLE) AS value
       FROM releases r LEFT JOIN (SELECT * FROM (${metric.allReleases}) WHERE ${conds.join(' AND ')}) x USING (release_id)
       WHERE r.release_id IN (SELECT DISTINCT release_id FROM (${metric.allReleases}))
         AND r.coverage_from <= CAST($from AS DATE) + 3 AND r.coverage_to >= CAST($to AS DATE) - 3
       GROUP BY ALL ORDER BY 2`,
      params,
    );
  }

  private async load(metricId: string, filters: Filters): Promise<Series> {
    const metric = getMetric(metricId);
    const params: Record<string, string> = {};
    const conds = ['s IS NOT NULL', 'value IS NOT NULL', ...filterSql(metric, filters, params)];
    // Rows dated only by year or month (IOM's undated incidents) count in that year's or month's totals.
    const sql = `SELECT CAST(s AS VARCHAR) AS start, CAST(e AS VARCHAR) AS "end", CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT *, coalesce(date, make_date(y, coalesce(m, 1), 1)) AS s,
        CASE WHEN date IS NOT NULL THEN ${endOfPeriodSql(metric.grain)} WHEN m IS NOT NULL THEN last_day(make_date(y, m, 1)) ELSE make_date(y, 12, 31) END AS e
      FROM (${metric.relation}))
WHERE ${conds.join(' AND ')}
GROUP BY ALL ORDER BY start`;
    const rows = await query<{ start: string; end: string; value: number; releases: number[] }>(this.conn, sql, params);
    const ids = [...new Set(rows.flatMap((r) => r.releases))];
    return { metric, filters, points: rows, coverage: await this.coverage(metric), sql, params, sources: await this.releases(ids) };
  }

  async releases(ids: number[]): Promise<SourceRelease[]> {
    const missing = ids.filter((id) => !this.releaseCache.has(id));
    if (missing.length) {
      const params: Record<string, string> = {};
      const names = missing.map((id, i) => {
        params[`r${i}`] = String(id);
        return `CAST($r${i} AS INTEGER)`;
      });
      const rows = await query<SourceRelease>(this.conn, `SELECT release_id, publisher, file_name AS file, sha256, coalesce(url, landing_page) AS url, licence, CAST(published AS VARCHAR) AS published FROM releases WHERE release_id IN (${names.join(', ')})`, params);
      for (const r of rows) this.releaseCache.set(r.release_id, r);
    }
    return ids.map((id) => this.releaseCache.get(id)).filter((r): r is SourceRelease => r !== undefined).sort((a, b) => a.release_id - b.release_id);
  }

  /** The sum over from..to for each value of a dimension (list dimensions count a row under each of its values). */
  async breakdown(metricId: string, filters: Filters, dim: string, from: string, to: string): Promise<[string, number][]> {
    const metric = getMetric(metricId);
    const d = metric.dimensions.find((x) => x.name === dim);
    if (!d) throw new Error(`${metricId} has no dimension ${dim}`);
    const params: Record<string, string> = { from, to };
    const conds = ['date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)', 'value IS NOT NULL', ...filterSql(metric, filters, params, 'f', [dim])];
    const key = d.list ? `unnest(${d.column})` : d.column;
    const rows = await query<{ v: string | null; value: number }>(this.conn, `SELECT v, CAST(sum(value) AS DOUBLE) AS value FROM (SELECT ${key} AS v, value FROM (${metric.relation}) WHERE ${conds.join(' AND ')}) GROUP BY v ORDER BY value DESC`, params);
    // The aggregate that is already the total over the dimension (EU27) is no value to rank.
    return rows.filter((r) => r.v !== null && r.v !== d.total).map((r) => [r.v!, r.value]);
  }

  /** The values a metric's dimension holds. */
  async dimensionValues(metricId: string, dim: string): Promise<string[]> {
    const metric = getMetric(metricId);
    const d = metric.dimensions.find((x) => x.name === dim);
    if (!d) throw new Error(`${metricId} has no dimension ${dim}`);
    const key = d.list ? `unnest(${d.column})` : d.column;
    const rows = await query<{ v: string | null }>(this.conn, `SELECT DISTINCT ${key} AS v FROM (${metric.relation})`);
    return rows.map((r) => r.v).filter((v): v is string => v !== null && v !== '');
  }

  /** Figures held for exact periods (grain "window": published.json), whose dimensions match the filters. */
  async published(metricId: string): Promise<PublishedValue[]> {
    const rows = await query<{ from: string; to: string; value: number; d1: string | null; flag: string; release_id: number }>(
      this.conn,
      `SELECT CAST(period_start AS VARCHAR) AS "from", CAST(period_end AS VARCHAR) AS "to", value, d1, flag, release_id FROM observations_current WHERE metric = $m AND grain = 'window' ORDER BY period_start`,
      { m: metricId },
    );
    const rels = await this.releases([...new Set(rows.map((r) => r.release_id))]);
    return rows.map((r) => ({ from: r.from, to: r.to, value: r.value, dims: (r.d1 ?? '').split(' + '), flag: r.flag, release: rels.find((x) => x.release_id === r.release_id)! }));
  }
}

/** The releases whose figures make up from..to. */
export function releasesIn(s: Series, from: string, to: string): SourceRelease[] {
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
  const lag = s.metric.publicationLagDays ?? PUBLICATION_LAG_DAYS[s.metric.grain] ?? 0;
  let to = addDays(date, -1);
  if (s.coverage.to < to) to = s.coverage.to;
  if (lag > 0) {
    let lastEnd: string | undefined;
    for (const p of s.points) if (addDays(p.end, lag) <= date && (!lastEnd || p.end > lastEnd)) lastEnd = p.end;
    if (!lastEnd) return null;
    if (lastEnd < to) to = lastEnd;
  }
  return to;
}

/** The latest year whose figures were complete by the claim's date ("now" for a present-tense share or stock). */
export function latestCompleteYear(s: Series, date: string): number | null {
  const last = lastKnownDay(s, date);
  return last ? yearOf(last) - (last.endsWith('-12-31') ? 0 : 1) : null;
}

/** Sums over whole periods of a grain (year, month, …) from the series' points. */
export function totalsBy(s: Series, key: (p: Point) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of s.points) out.set(key(p), (out.get(key(p)) ?? 0) + p.value);
  return out;
}
