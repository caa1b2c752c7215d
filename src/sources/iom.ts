/**
 * IOM Missing Migrants Project: the "all data" export (XLSX or CSV) and the per-year
 * API JSON. Parsers are pure (rows + validation issues); `load` appends to the store.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileError } from '../errors.js';
import { bulkInsert, type Value } from '../store/bulk.js';
import { PLAUSIBLE_INCIDENT, implausible, latestPossibleDate } from '../metrics/plausible.js';
import { asNumber, count, findHeader, text, type ColumnSpec } from './columns.js';
import { readCsv } from './formats/csv.js';
import { readXlsx } from './formats/xlsx.js';
import { excelSerialToIso, type Cell, type Sheet } from './formats/table.js';
import { IssueSink, type ValidationIssue } from './issues.js';
import type { LoadContext, LoadResult, Source } from './types.js';

/** The official download. IOM overwrites it in place; the name never changes. */
export const IOM_EXPORT_URL =
  'https://missingmigrants.iom.int/sites/g/files/tmzbdl601/files/report-migrant-incident/Missing_Migrants_Global_Figures_allData.xlsx';
export const IOM_LANDING = 'https://missingmigrants.iom.int/downloads';
/** IOM's host filters browser-like user agents; a plain identifying one is served. */
export const IOM_USER_AGENT = 'crossings-bot/0.1 (+https://github.com/crossings)';

export interface Incident {
  sourceRow: number;
  mainId: string | null;
  incidentId: string | null;
  incidentType: string | null;
  region: string | null;
  regionList: string[];
  regionOriginal: string | null;
  date: string | null;
  year: number | null;
  month: number | null;
  dead: number | null;
  missing: number | null;
  total: number | null;
  survivors: number | null;
  females: number | null;
  males: number | null;
  children: number | null;
  countryOfOrigin: string | null;
  regionOfOrigin: string | null;
  cause: string | null;
  country: string | null;
  route: string | null;
  routeList: string[];
  routeOriginal: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  unsdGrouping: string | null;
  informationSource: string | null;
  url: string | null;
  sourceQuality: number[];
}

export interface ParsedIom {
  incidents: Incident[];
  issues: ValidationIssue[];
  coverageFrom: string | null;
  coverageTo: string | null;
}

/** Route names that changed between releases → the name the series is kept under. */
export const ROUTE_HARMONISATION: Record<string, string> = {
  'Mainland Europe to the UK': 'English Channel to the UK',
};
export const REGION_HARMONISATION: Record<string, string> = {};

/** Columns of the export, with spellings used before February 2024 and the API's keys. */
const COLUMNS: ColumnSpec[] = [
  { key: 'mainId', names: ['Main ID', 'web_id'], required: true },
  { key: 'incidentId', names: ['Incident ID'] },
  { key: 'incidentType', names: ['Incident Type', 'incident_type'] },
  { key: 'region', names: ['Region of Incident', 'Region', 'region'], required: true },
  { key: 'date', names: ['Incident Date', 'Website Date', 'Reported Date', 'reported_date'], required: true },
  { key: 'year', names: ['Incident Year', 'Reported Year', 'year'] },
  { key: 'month', names: ['Month', 'Reported Month', 'month'] },
  { key: 'dead', names: ['Number of Dead', 'number_dead'] },
  { key: 'missing', names: ['Minimum Estimated Number of Missing', 'number_missing'] },
  { key: 'total', names: ['Total Number of Dead and Missing', 'total_dead_and_missing'], required: true },
  { key: 'survivors', names: ['Number of Survivors', 'number_of_survivors'] },
  { key: 'females', names: ['Number of Females', 'number_of_female'] },
  { key: 'males', names: ['Number of Males', 'number_of_male'] },
  { key: 'children', names: ['Number of Children', 'number_of_children'] },
  { key: 'countryOfOrigin', names: ['Country of Origin', 'country_origin'] },
  { key: 'regionOfOrigin', names: ['Region of Origin', 'region_origin'] },
  { key: 'cause', names: ['Cause of Death', 'cause_death'] },
  { key: 'country', names: ['Country of Incident', 'country_of_incident'] },
  { key: 'route', names: ['Migration Route', 'Migration route', 'migration_route'] },
  { key: 'location', names: ['Location of Incident', 'Location of death', 'location_description'] },
  { key: 'coordinates', names: ['Coordinates', 'location_coodinates', 'location_coordinates'] },
  { key: 'unsd', names: ['UNSD Geographical Grouping', 'unsd_geographic_grouping'] },
  { key: 'informationSource', names: ['Information Source', 'information_source'] },
  { key: 'url', names: ['URL', 'url'] },
  { key: 'sourceQuality', names: ['Source Quality', 'source_quality'] },
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function parseIomXlsx(bytes: Uint8Array, file: string): ParsedIom {
  const sheets = readXlsx(bytes, file);
  // The export has one sheet ("Worksheet"); take the first sheet whose header we recognise.
  let lastError: unknown = null;
  for (const sheet of sheets) {
    try {
      return parseIomSheet(sheet, file);
    } catch (e) {
      lastError = e;
    }
  }
  if (lastError) throw lastError;
  throw fileError('FILE_STRUCTURE', { file }, 'the workbook has no sheets');
}

export function parseIomCsv(bytes: Uint8Array, file: string): ParsedIom {
  return parseIomSheet(readCsv(bytes, file), file);
}

/** The API's per-year JSON: an array of flat objects whose values are strings. */
export function parseIomJson(bytes: Uint8Array, file: string): ParsedIom {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch (e) {
    throw fileError('FILE_UNREADABLE', { file }, `not valid JSON (${e instanceof Error ? e.message : String(e)})`, e);
  }
  if (!Array.isArray(data)) throw fileError('FILE_STRUCTURE', { file }, `expected a JSON array of incidents, got ${data === null ? 'null' : typeof data}`);
  const keys: string[] = [];
  const seen = new Set<string>();
  data.forEach((o, i) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      throw fileError('FILE_STRUCTURE', { file, row: i + 1 }, `expected an object for each incident, got ${Array.isArray(o) ? 'an array' : o === null ? 'null' : typeof o}`);
    }
    for (const k of Object.keys(o as object)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  });
  // Turn it into a sheet (row 1 = keys) so one code path reads every format.
  const rows = [{ r: 1, cells: keys as Cell[] }];
  data.forEach((o: Record<string, unknown>, i) => {
    rows.push({
      r: i + 2,
      cells: keys.map((k) => {
        const v = o[k];
        if (v === null || v === undefined) return null;
        if (typeof v === 'string' || typeof v === 'number') return v;
        return JSON.stringify(v);
      }),
    });
  });
  return parseIomSheet({ name: '', rows }, file);
}

export function parseIomSheet(sheet: Sheet, file: string): ParsedIom {
  const header = findHeader(sheet, COLUMNS, file);
  const issues = new IssueSink(file, sheet.name || null);
  const colName = new Map<string, string>();
  const headerCells = sheet.rows[header.headerIndex]?.cells ?? [];
  for (const [k, j] of header.col) colName.set(k, String(headerCells[j] ?? k));
  const get = (cells: Cell[], key: string): Cell => {
    const j = header.col.get(key);
    return j === undefined ? null : (cells[j] ?? null);
  };
  const incidents: Incident[] = [];
  const seenRows = new Set<string>();
  let from: string | null = null;
  let to: string | null = null;
  const width = headerCells.length;
  const latest = latestPossibleDate();

  for (let i = header.headerIndex + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    if (!row) continue;
    const cells = row.cells;
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    if (cells.length > width && cells.slice(width).some((c) => c !== null && c !== '')) {
      issues.add({ row: row.r, expected: `at most ${width} cells, as in the header`, value: `${cells.length} cells`, severity: 'warning' });
    }
    const key = JSON.stringify(cells.slice(0, width));
    if (seenRows.has(key)) {
      issues.add({ row: row.r, value: String(get(cells, 'mainId')), expected: 'a row that is not an exact duplicate of an earlier row (dropped, not counted twice)', severity: 'info' });
      continue;
    }
    seenRows.add(key);
    const at = (column: string) => ({ issues, row: row.r, column: colName.get(column) ?? column });
    const num = (k: string) => count(get(cells, k), at(k));
    // Plausible values only: a count no incident has come near, or a day after the file was read, is not loaded.
    const wild = (Object.keys(PLAUSIBLE_INCIDENT) as (keyof typeof PLAUSIBLE_INCIDENT)[]).find((k) => {
      const n = asNumber(get(cells, k));
      const why = n === null || Number.isNaN(n) ? null : implausible(n, PLAUSIBLE_INCIDENT[k]);
      if (why) issues.add({ row: row.r, column: colName.get(k) ?? k, value: String(get(cells, k)), expected: why, severity: 'error' });
      return why !== null;
    });
    if (wild) continue;

    const { date, year, month } = readDate(get(cells, 'date'), get(cells, 'year'), get(cells, 'month'), row.r, colName, issues);
    if ((date !== null && date > latest) || (year !== null && year > Number(latest.slice(0, 4)))) {
      issues.add({ row: row.r, column: colName.get(date !== null ? 'date' : 'year') ?? 'date', value: date ?? String(year), expected: `a date no later than ${latest}, the day the file was read; the row is not loaded`, severity: 'error' });
      continue;
    }
    if (date) {
      if (from === null || date < from) from = date;
      if (to === null || date > to) to = date;
    }
    const dead = num('dead');
    const missing = num('missing');
    let total = num('total');
    if (total === null && (dead !== null || missing !== null)) {
      total = (dead ?? 0) + (missing ?? 0);
      issues.add({ row: row.r, column: colName.get('total'), value: null, expected: 'a total; taken as dead + missing', severity: 'info' });
    }
    const routeOriginal = text(get(cells, 'route'));
    const routeList = splitList(routeOriginal).map((r) => ROUTE_HARMONISATION[r] ?? r);
    if (routeList.length > 1) issues.add({ row: row.r, column: colName.get('route'), value: routeOriginal, expected: 'one route; this incident is counted under each route it names', severity: 'info' });
    const regionOriginal = text(get(cells, 'region'));
    const regionList = splitList(regionOriginal).map((r) => REGION_HARMONISATION[r] ?? r);
    if (regionList.length > 1) issues.add({ row: row.r, column: colName.get('region'), value: regionOriginal, expected: 'one region; this incident is counted under each region it names', severity: 'info' });
    const { lat, lon } = readCoordinates(get(cells, 'coordinates'), row.r, colName.get('coordinates') ?? 'Coordinates', issues);

    incidents.push({
      sourceRow: row.r,
      mainId: text(get(cells, 'mainId')),
      incidentId: text(get(cells, 'incidentId')) ?? text(get(cells, 'mainId')),
      incidentType: text(get(cells, 'incidentType')),
      region: regionList.length ? regionList.join(',') : null,
      regionList,
      regionOriginal,
      date,
      year,
      month,
      dead,
      missing,
      total,
      survivors: num('survivors'),
      females: num('females'),
      males: num('males'),
      children: num('children'),
      countryOfOrigin: text(get(cells, 'countryOfOrigin')),
      regionOfOrigin: text(get(cells, 'regionOfOrigin')),
      cause: text(get(cells, 'cause')),
      country: text(get(cells, 'country')),
      route: routeList.length ? routeList.join(',') : null,
      routeList,
      routeOriginal,
      location: text(get(cells, 'location')),
      latitude: lat,
      longitude: lon,
      unsdGrouping: text(get(cells, 'unsd')),
      informationSource: text(get(cells, 'informationSource')),
      url: text(get(cells, 'url')),
      sourceQuality: readQuality(get(cells, 'sourceQuality'), row.r, colName.get('sourceQuality') ?? 'Source Quality', issues),
    });
  }
  return { incidents, issues: issues.list, coverageFrom: from, coverageTo: to };
}

function splitList(s: string | null): string[] {
  if (s === null) return [];
  return s.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

function isValidIso(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** Incident Date in the forms seen: ISO (with or without a time), dd/mm/yyyy, an Excel serial. */
export function parseIncidentDate(c: Cell): string | null {
  if (c === null) return null;
  if (typeof c === 'number') return c > 20000 && c < 80000 ? excelSerialToIso(c) : null;
  const s = c.trim();
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  else if (/^\d{5}(\.\d+)?$/.test(s)) return parseIncidentDate(Number(s));
  return iso !== null && isValidIso(iso) ? iso : null;
}

function readDate(dateCell: Cell, yearCell: Cell, monthCell: Cell, r: number, colName: Map<string, string>, issues: IssueSink) {
  let date: string | null = null;
  const raw = text(dateCell);
  if (raw !== null) {
    date = parseIncidentDate(typeof dateCell === 'number' ? dateCell : raw);
    if (date === null) issues.add({ row: r, column: colName.get('date'), value: raw, expected: 'a date (YYYY-MM-DD); the incident is kept without a date' });
  }
  let year: number | null = null;
  const y = text(yearCell);
  if (y !== null) {
    const n = Number(y);
    if (Number.isInteger(n) && n >= 1990 && n <= 2100) year = n;
    else issues.add({ row: r, column: colName.get('year'), value: y, expected: 'a year' });
  }
  let month: number | null = null;
  const mo = text(monthCell);
  if (mo !== null) {
    const idx = MONTHS.indexOf(mo.toLowerCase());
    const n = Number(mo);
    if (idx >= 0) month = idx + 1;
    else if (Number.isInteger(n) && n >= 1 && n <= 12) month = n;
    else issues.add({ row: r, column: colName.get('month'), value: mo, expected: 'a month name' });
  }
  if (date !== null) {
    const dy = Number(date.slice(0, 4));
    if (year !== null && year !== dy) issues.add({ row: r, column: colName.get('year'), value: String(year), expected: `the year of the Incident Date (${dy}); the date is used` });
    year = dy;
    month = Number(date.slice(5, 7));
  }
  if (date === null && year === null) {
    issues.add({ row: r, column: colName.get('date'), value: raw, expected: 'a date or a year; the incident counts in all-time totals only', severity: 'warning' });
  }
  return { date, year, month };
}

function readCoordinates(c: Cell, r: number, column: string, issues: IssueSink): { lat: number | null; lon: number | null } {
  const s = text(c);
  if (s === null) return { lat: null, lon: null };
  const m = /^\s*(?:POINT\s*\()?\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*\)?\s*$/i.exec(s);
  const lat = m ? Number(m[1]) : NaN;
  const lon = m ? Number(m[2]) : NaN;
  if (!m || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    issues.add({ row: r, column, value: s, expected: '"latitude, longitude" in degrees' });
    return { lat: null, lon: null };
  }
  return { lat, lon };
}

function readQuality(c: Cell, r: number, column: string, issues: IssueSink): number[] {
  const s = text(c);
  if (s === null) return [];
  const parts = s.split(/[,;\s]+/).filter(Boolean).map(Number);
  if (parts.some((n) => !Number.isInteger(n) || n < 1 || n > 5)) {
    issues.add({ row: r, column, value: s, expected: 'source quality 1-5, or a list such as "4,5"' });
    return parts.filter((n) => Number.isInteger(n) && n >= 1 && n <= 5);
  }
  return parts;
}

const INCIDENT_COLUMNS = [
  { name: 'release_id', type: 'BIGINT' },
  { name: 'source_row', type: 'BIGINT' },
  { name: 'main_id', type: 'VARCHAR' },
  { name: 'incident_id', type: 'VARCHAR' },
  { name: 'incident_type', type: 'VARCHAR' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'region_list', type: 'VARCHAR', cast: 'CAST(from_json($, \'["VARCHAR"]\') AS VARCHAR[])' },
  { name: 'region_original', type: 'VARCHAR' },
  { name: 'date', type: 'VARCHAR', cast: 'CAST($ AS DATE)' },
  { name: 'year', type: 'BIGINT' },
  { name: 'month', type: 'BIGINT' },
  { name: 'dead', type: 'BIGINT' },
  { name: 'missing', type: 'BIGINT' },
  { name: 'total', type: 'BIGINT' },
  { name: 'survivors', type: 'BIGINT' },
  { name: 'females', type: 'BIGINT' },
  { name: 'males', type: 'BIGINT' },
  { name: 'children', type: 'BIGINT' },
  { name: 'country_of_origin', type: 'VARCHAR' },
  { name: 'region_of_origin', type: 'VARCHAR' },
  { name: 'cause', type: 'VARCHAR' },
  { name: 'country', type: 'VARCHAR' },
  { name: 'route', type: 'VARCHAR' },
  { name: 'route_list', type: 'VARCHAR', cast: 'CAST(from_json($, \'["VARCHAR"]\') AS VARCHAR[])' },
  { name: 'route_original', type: 'VARCHAR' },
  { name: 'location', type: 'VARCHAR' },
  { name: 'latitude', type: 'DOUBLE' },
  { name: 'longitude', type: 'DOUBLE' },
  { name: 'unsd_grouping', type: 'VARCHAR' },
  { name: 'information_source', type: 'VARCHAR' },
  { name: 'url', type: 'VARCHAR' },
  { name: 'source_quality', type: 'VARCHAR', cast: 'CAST(from_json($, \'["INTEGER"]\') AS INTEGER[])' },
] as const;

export async function insertIncidents(ctx: LoadContext, incidents: Incident[]): Promise<void> {
  const rows: Value[][] = incidents.map((x) => [
    ctx.releaseId, x.sourceRow, x.mainId, x.incidentId, x.incidentType, x.region, JSON.stringify(x.regionList), x.regionOriginal,
    x.date, x.year, x.month, x.dead, x.missing, x.total, x.survivors, x.females, x.males, x.children,
    x.countryOfOrigin, x.regionOfOrigin, x.cause, x.country, x.route, JSON.stringify(x.routeList), x.routeOriginal, x.location,
    x.latitude, x.longitude, x.unsdGrouping, x.informationSource, x.url, JSON.stringify(x.sourceQuality),
  ]);
  await bulkInsert(ctx.conn, 'incidents', INCIDENT_COLUMNS.map((c) => ({ ...c })), rows);
}

export function parseIomFile(bytes: Uint8Array, name: string): { parsed: ParsedIom; kind: string } {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return { parsed: parseIomXlsx(bytes, name), kind: 'xlsx' };
  if (lower.endsWith('.json')) return { parsed: parseIomJson(bytes, name), kind: 'json' };
  if (lower.endsWith('.csv')) return { parsed: parseIomCsv(bytes, name), kind: 'csv' };
  throw fileError('FILE_UNREADABLE', { file: name }, 'expected an .xlsx, .csv or .json IOM file');
}

export const iom: Source = {
  id: 'iom',
  title: 'Missing Migrants Project: dead and missing migrants',
  publisher: 'IOM Missing Migrants Project',
  licence: 'CC BY 4.0 per the MMP site (HDX lists CC BY-IGO); cite "IOM\'s Missing Migrants Project" and say if the data were changed',
  landingPage: IOM_LANDING,
  attribution: "Source: IOM's Missing Migrants Project (missingmigrants.iom.int)",
  async mirrorFiles(dir) {
    // The export as IOM publishes it (xlsx; the csv beside it is a copy of the same release),
    // then the newer per-year API JSON (its csv is a flattened copy).
    const sub = join(dir, 'iom-missing-migrants');
    const names = await readdir(sub).catch(() => [] as string[]);
    const exportFile = names.find((n) => /allData.*\.xlsx$/i.test(n)) ?? names.find((n) => /allData.*\.csv$/i.test(n));
    const api = names.filter((n) => /^mmp_api.*\.json$/i.test(n)).sort();
    return [exportFile, ...api].filter((n): n is string => n !== undefined).map((n) => join(sub, n));
  },
  async fetchLatest(ctx) {
    ctx.progress('IOM Missing Migrants export');
    return [await ctx.fetch(process.env.CROSSINGS_IOM_URL ?? IOM_EXPORT_URL, { userAgent: IOM_USER_AGENT })];
  },
  async load(ctx): Promise<LoadResult> {
    const { parsed, kind } = parseIomFile(ctx.file.bytes, ctx.file.name);
    await insertIncidents(ctx, parsed.incidents);
    const api = kind === 'json' || /mmp_api/i.test(ctx.file.name);
    return {
      dataset: 'iom.mmp',
      title: api ? 'Missing Migrants Project API (per-year JSON)' : 'Missing Migrants Project: all data export',
      fileKind: kind,
      // A per-year API file covers its whole year from 1 January, whatever its first incident.
      coverageFrom: api && parsed.coverageFrom ? `${parsed.coverageFrom.slice(0, 4)}-01-01` : parsed.coverageFrom,
      coverageTo: parsed.coverageTo,
      rowCount: parsed.incidents.length,
      issues: parsed.issues,
    };
  },
};
