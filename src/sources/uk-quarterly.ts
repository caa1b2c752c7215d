/**
 * UK Home Office "Immigration system statistics" detailed datasets: irregular
 * arrivals (Irr_D01, Irr_D02), asylum (Asy_D01, Asy_D02), returns (Ret_D01, Ret_D02)
 * and detention (Det_D01). Each table is a CSV in the mirror, or a sheet of the official
 * workbooks an update finds on GOV.UK; columns are found by name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CrossingsError, fileError } from '../errors.js';
import { toCsv } from '../util/csv.js';
import { findHeader } from './columns.js';
import { readOds } from './formats/ods.js';
import { readXlsx } from './formats/xlsx.js';
import type { Sheet } from './formats/table.js';
import { mirrorMatches } from './mirror.js';
import { loadCsvObservations, type CsvColumn, type CsvSpec } from './observations.js';
import type { FetchContext, LoadContext, LoadResult, RawFile, Source } from './types.js';

export const HO_DATASETS_PAGE = 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables';

const PERIOD: CsvColumn[] = [
  { key: 'date', names: ['Date', 'Quarter end'], required: false },
  { key: 'quarter', names: ['Quarter'], required: false },
  { key: 'year', names: ['Year'], required: false },
];
/** Quarter start from the quarter-end Date, or from "2024 Q1", or from Year + Quarter 1-4. */
const QUARTER_START = `coalesce(
  CAST(date_trunc('quarter', TRY_CAST(c.date AS DATE)) AS DATE),
  CASE WHEN regexp_matches(c.quarter, '^\\d{4} ?Q[1-4]$') THEN make_date(CAST(left(c.quarter, 4) AS INTEGER), (CAST(right(c.quarter, 1) AS INTEGER) - 1) * 3 + 1, 1) END,
  CASE WHEN regexp_matches(c.quarter, '^[1-4]$') AND TRY_CAST(c.year AS INTEGER) IS NOT NULL THEN make_date(CAST(c.year AS INTEGER), (CAST(c.quarter AS INTEGER) - 1) * 3 + 1, 1) END)`;

const col = (key: string, ...names: string[]): CsvColumn => ({ key, names });
const opt = (key: string, ...names: string[]): CsvColumn => ({ key, names, required: false });

/** Table id (the start of the file name) → how to read it. */
export const HO_TABLES: Record<string, { title: string; spec: CsvSpec }> = {
  Irr_D01: {
    title: 'Irr_D01: detections of irregular arrivals by method of entry',
    spec: {
      columns: [...PERIOD, col('method', 'Method of entry'), col('nationality', 'Nationality'), opt('region', 'Region'), opt('sex', 'Sex'), opt('age', 'Age Group', 'Age'), col('n', 'Number of detections', 'Detections')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { method: 'c.method', nationality: 'c.nationality', region: 'c.region', sex: 'c.sex', age: 'c.age' },
      metrics: [{ metric: 'uk.irregular.detections', value: 'c.n' }],
    },
  },
  Irr_D02: {
    title: 'Irr_D02: asylum applications from small-boat arrivals',
    spec: {
      columns: [...PERIOD, col('application', 'Asylum application'), col('nationality', 'Nationality'), opt('region', 'Region'), opt('applicant_type', 'Applicant type'), opt('uasc', 'UASC'), opt('sex', 'Sex'), opt('age', 'Age Group'), col('n', 'Applications')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { asylum_application: 'c.application', nationality: 'c.nationality', region: 'c.region', applicant_type: 'c.applicant_type', uasc: 'c.uasc', sex: 'c.sex', age: 'c.age' },
      metrics: [{ metric: 'uk.small_boats.asylum_claims', value: 'c.n' }],
    },
  },
  Asy_D01: {
    title: 'Asy_D01: asylum applications',
    spec: {
      columns: [...PERIOD, col('nationality', 'Nationality'), opt('region', 'Region'), col('applicant_type', 'Applicant type'), opt('uasc', 'UASC'), opt('location', 'Location of application'), col('n', 'Applications')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { nationality: 'c.nationality', region: 'c.region', applicant_type: 'c.applicant_type', uasc: 'c.uasc', location: 'c.location' },
      metrics: [{ metric: 'uk.asylum.applications', value: 'c.n' }],
    },
  },
  Asy_D02: {
    title: 'Asy_D02: initial decisions on asylum applications and resettlement',
    spec: {
      columns: [...PERIOD, col('nationality', 'Nationality'), opt('region', 'Region'), col('case_type', 'Case type'), col('outcome_group', 'Case outcome group'), opt('outcome', 'Case outcome'), opt('applicant_type', 'Applicant type'), col('n', 'Decisions')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { nationality: 'c.nationality', region: 'c.region', case_type: 'c.case_type', outcome_group: 'c.outcome_group', outcome: 'c.outcome', applicant_type: 'c.applicant_type' },
      metrics: [{ metric: 'uk.asylum.decisions', value: 'c.n' }],
    },
  },
  Ret_D01: {
    title: 'Ret_D01: returns by nationality and type',
    spec: {
      columns: [...PERIOD, col('nationality', 'Nationality'), opt('region', 'Region'), col('group', 'Return type group'), opt('type', 'Return type'), col('n', 'Number of returns')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { return_type_group: 'c."group"', return_type: 'c.type', nationality: 'c.nationality', region: 'c.region' },
      metrics: [{ metric: 'uk.returns', value: 'c.n' }],
    },
  },
  Ret_D02: {
    title: 'Ret_D02: returns by destination',
    spec: {
      columns: [...PERIOD, col('group', 'Return type group'), opt('type', 'Return type'), col('destination', 'Return destination'), opt('destination_region', 'Return destination region'), col('n', 'Number of returns')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { return_type_group: 'c."group"', return_type: 'c.type', destination: 'c.destination', destination_region: 'c.destination_region' },
      metrics: [{ metric: 'uk.returns.by_destination', value: 'c.n' }],
    },
  },
  Det_D01: {
    title: 'Det_D01: people entering detention',
    spec: {
      columns: [...PERIOD, col('nationality', 'Nationality'), opt('region', 'Region'), opt('sex', 'Sex'), opt('place', 'First place of detention', 'Place of initial detention'), col('n', 'Entering', 'People entering detention')],
      grain: 'quarter',
      start: QUARTER_START,
      dims: { nationality: 'c.nationality', region: 'c.region', sex: 'c.sex', place: 'c.place' },
      metrics: [{ metric: 'uk.detention.entering', value: 'c.n' }],
    },
  },
};

export const tableOf = (name: string): string | undefined => Object.keys(HO_TABLES).find((t) => basename(name).toLowerCase().startsWith(t.toLowerCase()));

/** The same page through GOV.UK's content API (JSON with details.attachments); CROSSINGS_HO_DATASETS_API overrides it. */
export const HO_DATASETS_CONTENT_API = 'https://www.gov.uk/api/content/government/statistical-data-sets/immigration-system-statistics-data-tables';

/**
 * The workbooks an official update downloads, each found by the stable start of its file
 * name (newest spelling first: GOV.UK renamed "applications" to "claims" in 2025,
 * "irregular migration" to "illegal entry routes" in 2026, and "detention" to
 * "immigration-detention"), never by position or by a stored asset URL.
 */
export const HO_WORKBOOKS: { topic: string; stems: RegExp }[] = [
  { topic: 'illegal entry routes (Irr_D01, Irr_D02)', stems: /^(illegal-entry-routes-to-the-uk-dataset|irregular-migration-to-the-uk-detailed-dataset)/i },
  { topic: 'asylum claims and initial decisions (Asy_D01, Asy_D02)', stems: /^(asylum-claims-datasets|asylum-applications-datasets)/i },
  { topic: 'returns (Ret_D01, Ret_D02)', stems: /^returns-datasets/i },
  { topic: 'detention (Det_D01)', stems: /^(immigration-detention-datasets|detention-datasets)/i },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The period a workbook's name ends with ("…-jun-2026", "…-sep-24", "…-year-ending-December-2022") as a sortable number, or null. */
export function workbookPeriod(name: string): number | null {
  const m = /-([a-z]{3})[a-z]*-(\d{4}|\d{2})(?:-tables)?\.(?:xlsx|ods)$/i.exec(name);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return year * 12 + month;
}

async function fetchWorkbooks(ctx: FetchContext): Promise<RawFile[]> {
  const api = process.env.CROSSINGS_HO_DATASETS_API ?? HO_DATASETS_CONTENT_API;
  const page = await ctx.fetch(api, { accept: 'application/json' });
  let content: { public_updated_at?: string; details?: { attachments?: { title?: string; url?: string }[] } };
  try {
    content = JSON.parse(new TextDecoder().decode(page.bytes)) as typeof content;
  } catch (e) {
    throw fileError('FETCH_FAILED', { file: api }, `not JSON (${(e as Error).message})`, e);
  }
  const attachments = (content.details?.attachments ?? []).filter((a): a is { title?: string; url: string } => typeof a.url === 'string' && /^https?:\/\//.test(a.url));
  if (attachments.length === 0) throw fileError('FILE_STRUCTURE', { file: api }, 'expected "details.attachments" with file URLs on the data-tables page');
  const fileName = (url: string) => decodeURIComponent(basename(new URL(url).pathname));
  const out: RawFile[] = [];
  for (const { topic, stems } of HO_WORKBOOKS) {
    const matches = attachments
      .map((a) => ({ url: a.url, name: fileName(a.url) }))
      .filter((a) => stems.test(a.name) && /\.(xlsx|ods)$/i.test(a.name))
      .sort((a, b) => (workbookPeriod(b.name) ?? -1) - (workbookPeriod(a.name) ?? -1));
    const best = matches[0];
    if (!best) {
      throw fileError('FETCH_FAILED', { file: api }, `no ${topic} workbook among the page's attachments (looked for a file name matching ${stems.source}); it has ${attachments.map((a) => fileName(a.url)).slice(0, 12).join(', ')}`);
    }
    ctx.progress(`Home Office ${best.name}`);
    const file = await ctx.fetch(best.url);
    out.push({ ...file, published: content.public_updated_at ? content.public_updated_at.slice(0, 10) : (file.published ?? null) });
  }
  return out;
}

export const ukQuarterly: Source = {
  id: 'uk-quarterly',
  title: 'Immigration system statistics: detailed datasets (quarterly)',
  publisher: 'UK Home Office',
  licence: 'Open Government Licence v3.0 (Crown copyright)',
  landingPage: HO_DATASETS_PAGE,
  attribution: 'Source: Home Office, Immigration system statistics detailed datasets (OGL v3.0)',
  mirrorFiles: (dir) =>
    mirrorMatches(dir, 'uk-home-office/quarterly-detailed', [
      ...Object.keys(HO_TABLES).map((t) => new RegExp(`^${t}_.*\\.csv$`, 'i')),
      /\.(xlsx|ods)$/i,
    ]),
  fetchLatest: fetchWorkbooks,
  async load(ctx) {
    if (/\.(xlsx|ods)$/i.test(ctx.file.name)) return loadWorkbook(ctx);
    const table = tableOf(ctx.file.name);
    if (!table) throw fileError('FILE_STRUCTURE', { file: ctx.file.name }, `not one of the Home Office tables this source reads (${Object.keys(HO_TABLES).join(', ')})`);
    const { title, spec } = HO_TABLES[table]!;
    const r = await loadCsvObservations(ctx, spec);
    return { dataset: `uk.quarterly.${table}`, title, fileKind: 'csv', coverageFrom: r.from, coverageTo: r.to, rowCount: r.rows, issues: r.issues };
  },
};

/**
 * The official workbook layout: a cover sheet, notes, and data sheets whose header
 * row sits below a title block. Each data sheet and its header are found by a table's
 * column names (the sheet's own name only breaks ties: Data_Asy_D01, "Data - Asy_D01",
 * and IER_D0n for the renamed Irr_D0n); every table the workbook holds is loaded, each
 * once, like the CSV, keeping sheet row numbers.
 */
async function loadWorkbook(ctx: LoadContext): Promise<LoadResult> {
  const kind = ctx.file.name.toLowerCase().endsWith('.ods') ? 'ods' : 'xlsx';
  const sheets: Sheet[] = kind === 'ods' ? readOds(ctx.file.bytes, ctx.file.name) : readXlsx(ctx.file.bytes, ctx.file.name);
  const mismatched = new Map<string, string>();
  const named = (sheetName: string, table: string) => {
    const n = sheetName.toLowerCase().replace(/ier_d/g, 'irr_d');
    return n.includes(table.toLowerCase());
  };
  const order = (sh: Sheet) => (Object.keys(HO_TABLES).some((t) => named(sh.name, t)) ? 0 : 1);
  const loaded: { table: string; sheet: string; title: string; from: string | null; to: string | null; rows: number; issues: LoadResult['issues'] }[] = [];
  for (const sheet of [...sheets].sort((a, b) => order(a) - order(b))) {
    const candidates = Object.entries(HO_TABLES)
      .filter(([t]) => !loaded.some((l) => l.table === t))
      .sort(([a], [b]) => Number(!named(sheet.name, b)) - Number(!named(sheet.name, a)));
    for (const [table, { title, spec }] of candidates) {
      let header;
      try {
        header = findHeader(sheet, spec.columns.filter((c) => c.required !== false).map((c) => ({ key: c.key, names: c.names, required: true })), ctx.file.name);
      } catch (e) {
        if (!(e instanceof CrossingsError)) throw e;
        if (named(sheet.name, table) && !mismatched.has(table)) mismatched.set(table, `sheet ${sheet.name} looks like ${table} but ${e.message.replace(/^[^:]*: /, '')}`);
        continue;
      }
      const head = sheet.rows[header.headerIndex]!;
      const names = head.cells.map((c) => (c === null ? '' : String(c)));
      const rows = sheet.rows.slice(header.headerIndex + 1).filter((r) => r.cells.some((c) => c !== null && c !== ''));
      const objects = rows.map((r) => Object.fromEntries([['_sheet_row', r.r], ...names.map((n, j) => [n, r.cells[j] ?? null])]));
      const dir = mkdtempSync(join(tmpdir(), 'crossings-wb-'));
      try {
        const path = join(dir, `${table}.csv`);
        const csv = Buffer.from(toCsv(['_sheet_row', ...names.filter(Boolean)], objects), 'utf8');
        writeFileSync(path, csv);
        // The table's own bytes (its header and encoding are read from them), under the workbook's name for errors.
        const r = await loadCsvObservations({ ...ctx, path, file: { ...ctx.file, bytes: csv } }, { ...spec, sheet: sheet.name, rowColumn: '_sheet_row' });
        loaded.push({ table, sheet: sheet.name, title, from: r.from, to: r.to, rows: r.rows, issues: r.issues });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      break;
    }
  }
  // A sheet named for a table that does not hold it is a changed file: say so rather than load the rest quietly.
  const missed = [...mismatched].find(([t]) => !loaded.some((l) => l.table === t));
  if (missed) throw fileError('FILE_STRUCTURE', { file: ctx.file.name }, missed[1]);
  if (loaded.length === 0) {
    throw fileError('FILE_STRUCTURE', { file: ctx.file.name }, `no sheet holds one of the Home Office tables this source reads (${Object.keys(HO_TABLES).join(', ')}); the sheets are ${sheets.map((x) => `"${x.name}"`).join(', ')}`);
  }
  const dates = (k: 'from' | 'to') => loaded.map((l) => l[k]).filter((d): d is string => d !== null).sort();
  return {
    // Each table's own dataset, so a workbook supersedes an older CSV or workbook of any table it holds.
    dataset: loaded.map((l) => `uk.quarterly.${l.table}`).join('+'),
    title: loaded.map((l) => `${l.title} (workbook, sheet ${l.sheet})`).join('; '),
    fileKind: kind,
    coverageFrom: dates('from')[0] ?? null,
    coverageTo: dates('to').at(-1) ?? null,
    rowCount: loaded.reduce((n, l) => n + l.rows, 0),
    issues: loaded.flatMap((l) => l.issues),
  };
}
