/**
 * Eurostat: asylum applicants (migr_asyappctza) — the processed extract by geo,
 * nationality and sex, and the SDMX-CSV extract — and people found illegally
 * present (migr_eipre, SDMX-CSV with labels). Aggregates (EU27) are already
 * totals: the catalogue uses them instead of adding the member states.
 */
import { mirrorMatches } from './mirror.js';
import { loadMatchingCsv, type CsvFileSpec, type CsvSpec } from './observations.js';
import type { Source } from './types.js';

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

export const eurostat: Source = {
  id: 'eurostat',
  title: 'Eurostat asylum and enforcement statistics',
  publisher: 'Eurostat',
  licence: 'CC BY 4.0 (Commission Decision 2011/833/EU: reuse authorised with acknowledgement of the source)',
  landingPage: 'https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table?lang=en',
  attribution: 'Source: Eurostat (migr_asyappctza, migr_eipre, migr_eirtn, migr_eiord)',
  mirrorFiles: (dir) => mirrorMatches(dir, 'eurostat', SPECS.map((s) => s.test)),
  load: (ctx) => loadMatchingCsv(ctx, SPECS, 'a Eurostat extract'),
};
