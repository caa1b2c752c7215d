/**
 * A measure's numbers: each of its metrics in equal windows before and after its date,
 * the change, what else happened in the window, and its stated figures beside them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { SeriesData, sumWindow } from '../metrics/access.js';
import { getMetric } from '../metrics/catalogue.js';
import { describeRange } from '../util/dates.js';
import { effectiveDate, getMeasure, measures, type Measure } from './calendar.js';
import { beforeAfter } from './windows.js';

export const CAUSATION_WARNING =
  'A change before and after a measure is not proof that the measure caused it: other measures, the weather, conflicts, economies and the smugglers themselves all move these numbers.';

export interface MeasureWindowResult {
  metric: string;
  title: string;
  unit: string;
  where: Record<string, string>;
  before: { from: string; to: string; value: number } | null;
  after: { from: string; to: string; value: number } | null;
  change: number | null;
  change_pct: number | null;
  note: string;
}

export interface MeasureReport {
  measure: Measure;
  date: string | null;
  months: number;
  results: MeasureWindowResult[];
  concurrent: { id: string; title: string; date: string }[];
  stated_figures: { what: string; value: number; unit: string; outcome: string }[];
  warning: string;
}

const EU_MEMBERS = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
/** Measures that touch the same country; an EU-wide measure touches every member state. */
function sharesPlace(a: Measure, b: Measure): boolean {
  const touches = (x: Measure, c: string) => x.countries.includes(c) || (x.countries.includes('EU') && EU_MEMBERS.has(c)) || (c === 'EU' && x.countries.some((y) => EU_MEMBERS.has(y)));
  return a.countries.some((c) => touches(b, c));
}

export async function measureReport(conn: DuckDBConnection, id: string, opts: { months?: number; data?: SeriesData } = {}): Promise<MeasureReport> {
  const m = getMeasure(id);
  const months = opts.months ?? 12;
  const data = opts.data ?? new SeriesData(conn);
  const date = effectiveDate(m);
  const results: MeasureWindowResult[] = [];
  const spans: { from: string; to: string }[] = [];
  for (const { metric, where } of m.metrics) {
    const def = getMetric(metric);
    const base = { metric, title: def.title, unit: def.unit, where };
    if (!date) {
      results.push({ ...base, before: null, after: null, change: null, change_pct: null, note: 'The measure has not come into force: there is no date to compare around.' });
      continue;
    }
    const s = await data.series(metric, Object.fromEntries(Object.entries(where).map(([k, v]) => [k, [v]])));
    const w = beforeAfter(date, def.grain, months, s.coverage?.to ?? null);
    if (!w || !s.coverage || w.before.from < s.coverage.from) {
      results.push({ ...base, before: null, after: null, change: null, change_pct: null, note: `The data held (${s.coverage ? describeRange(s.coverage.from, s.coverage.to) : 'none'}) do not cover both windows around ${date}.` });
      continue;
    }
    const b = sumWindow(s, w.before.from, w.before.to);
    const a = sumWindow(s, w.after.from, w.after.to);
    const change = a.value - b.value;
    spans.push({ from: w.before.from, to: w.after.to });
    results.push({
      ...base,
      before: { ...w.before, value: b.value },
      after: { ...w.after, value: a.value },
      change,
      change_pct: b.value ? Math.round((1000 * change) / b.value) / 10 : null,
      note: `${describeRange(w.after.from, w.after.to)} against the same dates a year earlier${w.cut ? ` (cut at ${w.after.to}, where the data end)` : ''}.`,
    });
  }
  // What else happened between the start of the earliest window and the end of the latest.
  const from = spans.map((x) => x.from).sort()[0];
  const to = spans.map((x) => x.to).sort().at(-1);
  const concurrent = from && to
    ? measures()
        .filter((x) => x.id !== m.id && sharesPlace(m, x) && effectiveDate(x) !== null && effectiveDate(x)! >= from && effectiveDate(x)! <= to)
        .map((x) => ({ id: x.id, title: x.title, date: effectiveDate(x)! }))
        .sort((a, b) => a.date.localeCompare(b.date))
    : [];
  const stated_figures = m.figures.map((f) => ({ ...f, outcome: 'no published figure in the data held to set against it' }));
  return { measure: m, date, months, results, concurrent, stated_figures, warning: CAUSATION_WARNING };
}
