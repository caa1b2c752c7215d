/**
 * UK Home Office: "Migrants detected crossing the English Channel in small boats",
 * the weekly ODS time series. SB_01 is daily (people, boats, boats in uncontrolled
 * landings); SB_02 is weekly and adds French-reported preventions. "-" means the
 * figure was not collected; "Revised" notes are kept as a flag.
 */
import { implausible, latestPossibleDate, plausibleFor } from '../metrics/plausible.js';
import { fileError } from '../errors.js';
import { count, findHeader, text, type ColumnSpec } from './columns.js';
import { readOds } from './formats/ods.js';
import type { Sheet } from './formats/table.js';
import { IssueSink } from './issues.js';
import { mirrorMatches } from './mirror.js';
import { insertObservations, type Observation } from './observations.js';
import type { Source } from './types.js';

export const SMALL_BOATS_PAGE = 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats';
export const SMALL_BOATS_CONTENT_API = 'https://www.gov.uk/api/content/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats';

const DAILY: ColumnSpec[] = [
  { key: 'date', names: ['Date'], required: true },
  { key: 'people', names: ['Migrants arrived', 'Number of migrants arrived'], required: true },
  { key: 'boats', names: ['Boats arrived', 'Number of boats arrived'], required: true },
  { key: 'uncontrolled', names: ['Boats arrived - involved in uncontrolled landings', 'Boats involved in uncontrolled landings'] },
  { key: 'notes', names: ['Notes'] },
];
const WEEKLY: ColumnSpec[] = [
  { key: 'week', names: ['Week ending'], required: true },
  { key: 'people', names: ['Migrants arrived'], required: true },
  { key: 'boats', names: ['Boats arrived'], required: true },
  { key: 'uncontrolled', names: ['Boats arrived - involved in uncontrolled landings'] },
  { key: 'prevented', names: ['Migrants prevented'] },
  { key: 'events', names: ['Events prevented'] },
  { key: 'notes', names: ['Notes'] },
];

function isoDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

function sheetRows(sheet: Sheet, specs: ColumnSpec[], file: string, issues: IssueSink, grain: 'day' | 'week', metrics: Record<string, string>): Observation[] {
  const h = findHeader(sheet, specs, file);
  const header = sheet.rows[h.headerIndex]!.cells;
  const out: Observation[] = [];
  const latest = latestPossibleDate();
  for (const row of sheet.rows.slice(h.headerIndex + 1)) {
    const get = (k: string) => {
      const j = h.col.get(k);
      return j === undefined ? null : (row.cells[j] ?? null);
    };
    const dateCell = get(grain === 'day' ? 'date' : 'week');
    if (dateCell === null) continue;
    const d = isoDate(dateCell);
    if (!d) {
      issues.add({ row: row.r, column: String(header[h.col.get(grain === 'day' ? 'date' : 'week')!]), value: String(dateCell), expected: 'a date (DD/MM/YYYY)' });
      continue;
    }
    // A day after the file was read cannot be in it: the row is not loaded.
    if (d > latest) {
      issues.add({ row: row.r, column: String(header[h.col.get(grain === 'day' ? 'date' : 'week')!]), value: String(dateCell), expected: `a date no later than ${latest}, the day the file was read; the row is not loaded`, severity: 'error' });
      continue;
    }
    // A week ending on day D covers D-6 .. D.
    const start = grain === 'day' ? d : new Date(Date.parse(`${d}T00:00:00Z`) - 6 * 86400000).toISOString().slice(0, 10);
    const flag = text(get('notes'));
    const values: Observation[] = [];
    let wild = false;
    for (const [key, metric] of Object.entries(metrics)) {
      if (!h.col.has(key)) continue;
      const column = String(header[h.col.get(key)!]);
      const value = count(get(key), { issues, row: row.r, column });
      const why = value === null ? null : implausible(value, plausibleFor(metric));
      if (why) {
        issues.add({ row: row.r, column, value: String(get(key)), expected: why, severity: 'error' });
        wild = true;
      }
      values.push({ metric, grain, start, dims: {}, value, flag: flag ? flag.toLowerCase() : null, row: row.r });
    }
    if (!wild) out.push(...values);
  }
  return out;
}

export function parseSmallBoatsOds(bytes: Uint8Array, file: string): { observations: Observation[]; issues: IssueSink } {
  const sheets = readOds(bytes, file, ['SB_01', 'SB_02']);
  const daily = sheets.find((s) => s.name === 'SB_01');
  if (!daily) throw fileError('FILE_STRUCTURE', { file, sheet: 'SB_01' }, `no sheet SB_01 (daily arrivals); the workbook has ${sheets.map((s) => s.name).join(', ') || 'no matching sheets'}`);
  const issues = new IssueSink(file, 'SB_01');
  const observations = sheetRows(daily, DAILY, file, issues, 'day', {
    people: 'uk.small_boats.arrivals',
    boats: 'uk.small_boats.boats',
    uncontrolled: 'uk.small_boats.uncontrolled_boats',
  });
  const weekly = sheets.find((s) => s.name === 'SB_02');
  const wIssues = new IssueSink(file, 'SB_02');
  if (weekly) observations.push(...sheetRows(weekly, WEEKLY, file, wIssues, 'week', { prevented: 'uk.small_boats.prevented', events: 'uk.small_boats.prevented_events' }));
  issues.list.push(...wIssues.list);
  return { observations, issues };
}

export const ukSmallBoats: Source = {
  id: 'uk-small-boats',
  title: 'Migrants detected crossing the English Channel in small boats (daily, provisional)',
  publisher: 'UK Home Office',
  licence: 'Open Government Licence v3.0 (Crown copyright)',
  landingPage: SMALL_BOATS_PAGE,
  attribution: 'Source: Home Office, Migrants detected crossing the English Channel in small boats (OGL v3.0)',
  mirrorFiles: (dir) => mirrorMatches(dir, 'uk-home-office/small-boats', [/^small_boats_time_series.*\.ods$/i]),
  async fetchLatest(ctx) {
    ctx.progress('Home Office small-boats time series');
    const page = await ctx.fetch(SMALL_BOATS_CONTENT_API, { accept: 'application/json' });
    const links = [...new TextDecoder().decode(page.bytes).matchAll(/https:\/\/assets\.publishing\.service\.gov\.uk\/[^"\s]*?Small_boats[^"\s]*?time_series[^"\s]*?\.ods/gi)].map((m) => m[0]);
    const url = links[0];
    if (!url) throw fileError('FETCH_FAILED', { file: SMALL_BOATS_CONTENT_API }, 'no link to a "Small_boats_-_time_series.ods" attachment on the publication page');
    return [await ctx.fetch(url)];
  },
  async load(ctx) {
    const { observations, issues } = parseSmallBoatsOds(ctx.file.bytes, ctx.file.name);
    const { from, to } = await insertObservations(ctx, observations);
    const days = observations.filter((o) => o.grain === 'day').map((o) => o.start);
    return {
      dataset: 'uk.small_boats',
      title: 'Small boats time series (SB_01 daily, SB_02 weekly)',
      fileKind: 'ods',
      coverageFrom: days[0] ?? from,
      coverageTo: days.at(-1) ?? to,
      rowCount: observations.length,
      issues: issues.list,
    };
  },
};
