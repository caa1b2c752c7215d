/**
 * UNHCR Refugee Data Finder: end-year populations, asylum applications and
 * decisions, by country of origin and of asylum (ISO-3), joined to UNHCR's
 * country list for names.
 */
import { mirrorMatches } from './mirror.js';
import { loadMatchingCsv, type CsvColumn, type CsvFileSpec } from './observations.js';
import { fileError } from '../errors.js';
import { normaliseName } from './columns.js';
import { isUtf8, readCsvSql } from './observations.js';
import { query } from '../store/open.js';
import type { FetchContext, LoadContext, LoadResult, RawFile, Source } from './types.js';
import { sha256 } from './fetch.js';
import { toCsv } from '../util/csv.js';

const BASE: CsvColumn[] = [
  { key: 'year', names: ['year', 'Year'] },
  { key: 'coo', names: ['coo_iso', 'Country of origin (ISO)'] },
  { key: 'coa', names: ['coa_iso', 'Country of asylum (ISO)'] },
];
const YEAR_START = 'make_date(TRY_CAST(c.year AS INTEGER), 1, 1)';
const DIMS = { origin: 'c.coo', asylum: 'c.coa' };

const SPECS: CsvFileSpec[] = [
  {
    test: /^unhcr_population.*\.csv$/i,
    dataset: 'unhcr.population',
    title: 'UNHCR end-year populations of concern',
    spec: {
      columns: [...BASE, { key: 'refugees', names: ['refugees'] }, { key: 'asylum_seekers', names: ['asylum_seekers'] }, { key: 'idps', names: ['idps'], required: false }, { key: 'stateless', names: ['stateless'], required: false }, { key: 'oip', names: ['oip'], required: false }],
      grain: 'year',
      start: YEAR_START,
      dims: DIMS,
      metrics: [
        { metric: 'unhcr.refugees', value: 'c.refugees' },
        { metric: 'unhcr.asylum_seekers', value: 'c.asylum_seekers' },
        { metric: 'unhcr.idps', value: 'c.idps' },
        { metric: 'unhcr.oip', value: 'c.oip' },
      ],
    },
  },
  {
    test: /^unhcr_asylum_applications.*\.csv$/i,
    dataset: 'unhcr.asylum_applications',
    title: 'UNHCR asylum applications',
    spec: {
      columns: [...BASE, { key: 'procedure', names: ['procedure_type'], required: false }, { key: 'app_type', names: ['app_type'], required: false }, { key: 'applied', names: ['applied'] }],
      grain: 'year',
      start: YEAR_START,
      dims: { ...DIMS, procedure: 'c.procedure', application_type: 'c.app_type' },
      metrics: [{ metric: 'unhcr.asylum.applications', value: 'c.applied' }],
    },
  },
  {
    test: /^unhcr_asylum_decisions.*\.csv$/i,
    dataset: 'unhcr.asylum_decisions',
    title: 'UNHCR asylum decisions',
    spec: {
      columns: [...BASE, { key: 'recognized', names: ['dec_recognized'] }, { key: 'other', names: ['dec_other'], required: false }, { key: 'rejected', names: ['dec_rejected'] }, { key: 'total', names: ['dec_total'] }],
      grain: 'year',
      start: YEAR_START,
      dims: DIMS,
      metrics: [
        { metric: 'unhcr.asylum.decisions', value: 'c.total' },
        { metric: 'unhcr.asylum.recognised', value: 'c.recognized' },
      ],
    },
  },
];

/** UNHCR's Refugee Statistics API; CROSSINGS_UNHCR_API overrides it (a mirror or a test server). */
export const UNHCR_API = 'https://api.unhcr.org/population/v1/';
const apiBase = () => process.env.CROSSINGS_UNHCR_API ?? UNHCR_API;

const API_ENDPOINTS: { path: string; file: string; columns: string[] }[] = [
  { path: 'population/', file: 'unhcr_population_api.csv', columns: ['year', 'coo', 'coo_iso', 'coa', 'coa_iso', 'refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst'] },
  { path: 'asylum-applications/', file: 'unhcr_asylum_applications_api.csv', columns: ['year', 'coo', 'coo_iso', 'coa', 'coa_iso', 'procedure_type', 'app_type', 'dec_level', 'app_pc', 'applied'] },
  { path: 'asylum-decisions/', file: 'unhcr_asylum_decisions_api.csv', columns: ['year', 'coo', 'coo_iso', 'coa', 'coa_iso', 'procedure_type', 'dec_level', 'dec_pc', 'dec_recognized', 'dec_other', 'dec_rejected', 'dec_closed', 'dec_total'] },
];

/**
 * All rows of one API endpoint, one row per origin–asylum pair (coo_all, coa_all, ISO codes),
 * fetched in pages of 10,000 as the refugees package does, and turned into the CSV the loader reads.
 */
async function fetchEndpoint(ctx: FetchContext, e: (typeof API_ENDPOINTS)[number]): Promise<RawFile> {
  const url = (page: number, limit: number) => `${apiBase()}${e.path}?yearFrom=1951&coo_all=true&coa_all=true&cf_type=ISO&limit=${limit}&page=${page}`;
  const json = async (u: string) => {
    const f = await ctx.fetch(u, { accept: 'application/json' });
    try {
      return { file: f, body: JSON.parse(new TextDecoder().decode(f.bytes)) as { items?: Record<string, unknown>[]; maxPages?: number } };
    } catch (err) {
      throw fileError('FETCH_FAILED', { file: u }, `not JSON (${(err as Error).message})`, err);
    }
  };
  const first = await json(url(1, 1));
  const rows = Number(first.body.maxPages);
  if (!Number.isInteger(rows) || rows < 0) throw fileError('FILE_STRUCTURE', { file: url(1, 1) }, 'expected "maxPages" (the row count at limit=1)');
  const items: Record<string, unknown>[] = [];
  for (let page = 1; page <= Math.ceil(rows / 10_000); page++) {
    const { body } = await json(url(page, 10_000));
    if (!Array.isArray(body.items)) throw fileError('FILE_STRUCTURE', { file: url(page, 10_000) }, 'expected "items": [...]');
    items.push(...body.items);
  }
  const bytes = new TextEncoder().encode(toCsv(e.columns, items));
  return { name: e.file, url: `${apiBase()}${e.path}`, bytes, sha256: sha256(bytes), retrievedAt: new Date().toISOString(), published: null };
}

export const unhcr: Source = {
  id: 'unhcr',
  title: 'UNHCR Refugee Data Finder',
  publisher: 'UNHCR',
  licence: 'CC BY 4.0',
  landingPage: 'https://www.unhcr.org/refugee-statistics/',
  attribution: 'Source: UNHCR Refugee Data Finder (unhcr.org/refugee-statistics)',
  mirrorFiles: (dir) => mirrorMatches(dir, 'unhcr', [/^unhcr_countries.*\.csv$/i, ...SPECS.map((s) => s.test)]),
  async fetchLatest(ctx) {
    const out: RawFile[] = [];
    for (const e of API_ENDPOINTS) {
      ctx.progress(`UNHCR ${e.path}`);
      out.push(await fetchEndpoint(ctx, e));
    }
    return out;
  },
  async load(ctx) {
    if (/^unhcr_countries/i.test(ctx.file.name)) return loadCountries(ctx);
    return loadMatchingCsv(ctx, SPECS, 'a UNHCR file');
  },
};

/** UNHCR's country list: ISO-3 and UNHCR codes, names and regions, joined to the figures by ISO-3. */
async function loadCountries(ctx: LoadContext): Promise<LoadResult> {
  if (!ctx.path) throw fileError('FILE_UNREADABLE', { file: ctx.file.name }, 'the country list must be read from a file');
  const reader = readCsvSql(ctx.path, isUtf8(ctx.file.bytes) ? 'utf-8' : 'latin-1', true);
  const cols = (await query<{ column_name: string }>(ctx.conn, `SELECT column_name FROM (DESCRIBE SELECT * FROM ${reader})`)).map((r) => r.column_name);
  const find = (...names: string[]) => cols.find((c) => names.map(normaliseName).includes(normaliseName(c)));
  const iso = find('iso_code', 'iso3');
  const name = find('name', 'country');
  if (!iso || !name) throw fileError('FILE_STRUCTURE', { file: ctx.file.name, row: 1, column: iso ? 'name' : 'iso_code' }, `expected columns "iso_code" and "name"; the header has ${cols.map((c) => `"${c}"`).join(', ')}`);
  const opt = (c: string | undefined) => (c ? `"${c}"` : 'NULL');
  const res = await ctx.conn.run(
    `INSERT INTO countries SELECT ${ctx.releaseId}, "${iso}", ${opt(find('unhcr_code'))}, "${name}", ${opt(find('unhcr_region'))}, ${opt(find('unsd_region'))}, ${opt(find('unsd_subregion'))} FROM ${reader} WHERE "${name}" IS NOT NULL`,
  );
  return { dataset: 'unhcr.countries', title: 'UNHCR country list', fileKind: 'csv', coverageFrom: null, coverageTo: null, rowCount: Number(res.rowsChanged), issues: [] };
}
