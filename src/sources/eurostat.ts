/**
 * Eurostat: asylum applicants (migr_asyappctza) — the processed extract by geo,
 * nationality and sex, and the SDMX-CSV extract — and people found illegally
 * present (migr_eipre, SDMX-CSV with labels). Aggregates (EU27) are already
 * totals: the catalogue uses them instead of adding the member states.
 */
import { fileError } from '../errors.js';
import { readCsv } from './formats/csv.js';
import { mirrorMatches } from './mirror.js';
import { loadMatchingCsv, type CsvFileSpec, type CsvSpec } from './observations.js';
import type { FetchContext, RawFile, Source } from './types.js';

const YEAR_START = 'make_date(TRY_CAST(c.year AS INTEGER), 1, 1)';

const SPECS: CsvFileSpec[] = [
  {
    test: /^migr_asyappctza_first_time.*\.csv$/i,
    dataset: 'eu.asylum.migr_asyappctza',
    title: 'migr_asyappctza: asylum applicants by country, citizenship and sex (annual; all applicants despite the file name)',
    spec: {
      columns: [
        { key: 'geo', names: ['geo'] },
        { key: 'year', names: ['year', 'TIME_PERIOD'] },
        { key: 'nat', names: ['nat', 'citizen'] },
        { key: 'sex', names: ['sex'], required: false },
        { key: 'n', names: ['n', 'OBS_VALUE'] },
      ],
      grain: 'year',
      start: YEAR_START,
      dims: { geo: 'c.geo', nationality: 'c.nat', sex: 'c.sex' },
      metrics: [{ metric: 'eu.asylum.applicants', value: 'c.n' }],
    },
  },
  {
    test: /^migr_asyappctza_total.*sdmx.*\.csv$/i,
    dataset: 'eu.asylum.migr_asyappctza_sdmx',
    title: 'migr_asyappctza (SDMX-CSV): asylum applicants, all and Ukrainian citizens',
    spec: {
      columns: [
        { key: 'geo', names: ['geo'] },
        { key: 'year', names: ['TIME_PERIOD'] },
        { key: 'citizen', names: ['citizen'] },
        { key: 'app', names: ['asyl_app', 'applicant'] },
        { key: 'n', names: ['OBS_VALUE'] },
        { key: 'flag', names: ['OBS_FLAG'], required: false },
      ],
      grain: 'year',
      start: YEAR_START,
      dims: { geo: 'c.geo', citizen: 'c.citizen', applicant_type: 'c.app' },
      metrics: [{ metric: 'eu.asylum.applicants_sdmx', value: 'c.n', flag: 'c.flag' }],
    },
  },
  {
    test: /^migr_eipre.*\.csv$/i,
    dataset: 'eu.migr_eipre',
    title: 'migr_eipre: third-country nationals found to be illegally present',
    spec: {
      columns: [
        { key: 'geo', names: ['geo'] },
        { key: 'year', names: ['TIME_PERIOD'] },
        { key: 'reason', names: ['reason'], required: false },
        { key: 'apprehen', names: ['apprehen'], required: false },
        { key: 'citizen', names: ['citizen'] },
        { key: 'sex', names: ['sex'], required: false },
        { key: 'age', names: ['age'], required: false },
        { key: 'n', names: ['OBS_VALUE'] },
        { key: 'flag', names: ['OBS_FLAG'], required: false },
      ],
      grain: 'year',
      start: YEAR_START,
      dims: { geo: 'c.geo', citizen: 'c.citizen', reason: 'c.reason', apprehension: 'c.apprehen', sex: 'c.sex', age: 'c.age' },
      metrics: [{ metric: 'eu.illegally_present', value: 'c.n', flag: 'c.flag' }],
    },
  },
  {
    // Legacy bulk downloads (pre-2017 definition): "225,415" numbers, ":" for missing, flags; the by-citizen file is Latin-1.
    test: /^migr_eirtn_returned_totals.*legacy.*\.csv$/i,
    dataset: 'eu.migr_eirtn_legacy_totals',
    title: 'migr_eirtn (legacy definition, to 2016): third-country nationals returned, totals',
    spec: legacySpec('eu.returned_legacy', true),
  },
  {
    test: /^migr_eirtn_returned_by_citizen.*legacy.*\.csv$/i,
    dataset: 'eu.migr_eirtn_legacy_citizen',
    title: 'migr_eirtn (legacy definition, to 2016): third-country nationals returned, by citizenship',
    spec: legacySpec('eu.returned_legacy_by_citizen', true),
  },
  {
    test: /^migr_eiord_ordered_to_leave_totals.*legacy.*\.csv$/i,
    dataset: 'eu.migr_eiord_legacy_totals',
    title: 'migr_eiord (bulk download, to 2016): third-country nationals ordered to leave, totals',
    spec: legacySpec('eu.ordered_to_leave_legacy', false),
  },
  {
    test: /^migr_eiord.*by_citizen.*processed.*\.csv$/i,
    dataset: 'eu.migr_eiord_by_citizen',
    title: 'migr_eiord: third-country nationals ordered to leave, by citizenship (processed; aggregates dropped)',
    spec: {
      columns: [
        { key: 'citizen', names: ['citizen'] },
        { key: 'geo', names: ['geo'] },
        { key: 'year', names: ['year', 'TIME_PERIOD'] },
        { key: 'n', names: ['Third Country Nationals Ordered to Leave', 'OBS_VALUE'] },
      ],
      grain: 'year',
      start: YEAR_START,
      dims: { geo: 'c.geo', citizen: 'c.citizen' },
      metrics: [{ metric: 'eu.ordered_to_leave', value: 'c.n' }],
    },
  },
];

function legacySpec(metric: string, withIndicator: boolean): CsvSpec {
  return {
    columns: [
      { key: 'year', names: ['TIME'] },
      { key: 'geo', names: ['GEO'] },
      { key: 'citizen', names: ['CITIZEN'] },
      ...(withIndicator ? [{ key: 'indic', names: ['INDIC_MG'] }] : []),
      { key: 'n', names: ['Value'] },
      { key: 'flag', names: ['Flag and Footnotes', 'Flag'], required: false },
    ],
    grain: 'year',
    start: YEAR_START,
    dims: { geo: 'c.geo', citizen: 'c.citizen', ...(withIndicator ? { indicator: 'c.indic' } : {}) },
    metrics: [{ metric, value: 'c.n', flag: 'c.flag' }],
  };
}

/** Eurostat's dissemination API; CROSSINGS_EUROSTAT_API overrides it (a mirror or a test server). */
export const EUROSTAT_API = 'https://ec.europa.eu/eurostat/api/dissemination/';
const apiBase = () => process.env.CROSSINGS_EUROSTAT_API ?? EUROSTAT_API;

/**
 * The reporting countries the extract asks for: EU member states, EFTA and the UK (to 2019).
 * Aggregates such as EU27_2020 are left out on purpose: an unfiltered series adds the
 * reporting countries, and an aggregate among them would count everyone twice.
 */
export const REPORTING_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO', 'CH', 'UK',
];

/** An SDMX 3.0 data query: filters by dimension name (independent of the structure's key order), CSV with codes and labels. */
export function sdmxUrl(flow: string, filters: Record<string, string>): string {
  const c = Object.entries(filters).map(([k, v]) => `c[${k}]=${v}`);
  return `${apiBase()}sdmx/3.0/data/dataflow/ESTAT/${flow}/1.0?${[...c, 'format=csvdata', 'formatVersion=2.0', 'compress=false', 'lang=en', 'labels=both'].join('&')}`;
}

/** The header and rows of an SDMX-CSV answer, checked to be data and not an error page or an asynchronous ticket. */
function sdmxTable(file: RawFile, url: string): { header: string[]; rows: string[][] } {
  const sheet = readCsv(file.bytes, url);
  const [head, ...rest] = sheet.rows;
  const header = (head?.cells ?? []).map(String);
  const missing = ['TIME_PERIOD', 'OBS_VALUE'].filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const start = new TextDecoder().decode(file.bytes.slice(0, 120)).replace(/\s+/g, ' ');
    throw fileError('FILE_STRUCTURE', { file: url, row: 1 }, `expected SDMX-CSV with columns TIME_PERIOD and OBS_VALUE; the answer begins "${start}"`);
  }
  return { header, rows: rest.map((r) => r.cells.map(String)) };
}

/**
 * The all-applicants rows of migr_asyappctza (all citizenships and Ukrainians, both sexes,
 * all ages), as the mirror's SDMX extract holds them. The applicant-type axis has been
 * renamed (asyl_app=ASY_APP in older releases, applicant=… now), so a small first query
 * reads the header and the values on offer, and the extract then asks for the total only.
 */
async function fetchAsylumApplicants(ctx: FetchContext): Promise<RawFile> {
  const base = { citizen: 'TOTAL,UA', sex: 'T', age: 'TOTAL', unit: 'PER' };
  const probeUrl = sdmxUrl('migr_asyappctza', { ...base, geo: 'DE', TIME_PERIOD: 'ge:2020' });
  const probe = sdmxTable(await ctx.fetch(probeUrl, { accept: 'text/csv' }), probeUrl);
  const known: [string, string][] = [['asyl_app', 'ASY_APP'], ['applicant', 'TOTAL']];
  const axis = known.find(([col]) => probe.header.includes(col));
  if (!axis) {
    throw fileError('FILE_STRUCTURE', { file: probeUrl, row: 1 }, `expected an applicant-type column (${known.map(([c]) => c).join(' or ')}); the header has ${probe.header.map((h) => `"${h}"`).join(', ')}`);
  }
  const [col, total] = axis;
  const i = probe.header.indexOf(col);
  const values = [...new Set(probe.rows.map((r) => r[i] ?? ''))];
  if (!values.includes(total)) {
    throw fileError('FILE_STRUCTURE', { file: probeUrl, column: col }, `expected the value ${total} (all applicants) in "${col}"; found ${values.map((v) => `"${v}"`).join(', ') || 'no rows'}`);
  }
  const url = sdmxUrl('migr_asyappctza', { ...base, [col]: total, geo: REPORTING_COUNTRIES.join(','), TIME_PERIOD: 'ge:2008' });
  const file = await ctx.fetch(url, { accept: 'text/csv' });
  const data = sdmxTable(file, url);
  if (data.rows.length === 0) throw fileError('FILE_STRUCTURE', { file: url, row: 2 }, 'expected data rows; the answer has a header only');
  return { ...file, name: 'migr_asyappctza_total_applicants_sdmx_api.csv' };
}

export const eurostat: Source = {
  id: 'eurostat',
  title: 'Eurostat asylum and enforcement statistics',
  publisher: 'Eurostat',
  licence: 'CC BY 4.0 (Commission Decision 2011/833/EU: reuse authorised with acknowledgement of the source)',
  landingPage: 'https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table?lang=en',
  attribution: 'Source: Eurostat (migr_asyappctza, migr_eipre, migr_eirtn, migr_eiord)',
  mirrorFiles: (dir) => mirrorMatches(dir, 'eurostat', SPECS.map((s) => s.test)),
  async fetchLatest(ctx) {
    ctx.progress('Eurostat migr_asyappctza');
    return [await fetchAsylumApplicants(ctx)];
  },
  load: (ctx) => loadMatchingCsv(ctx, SPECS, 'a Eurostat extract'),
};
