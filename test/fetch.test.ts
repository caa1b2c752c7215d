/** The official-download path, against a loopback server this test starts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fetchFile } from '../src/sources/fetch.js';
import { CrossingsError } from '../src/errors.js';
import { cli, tmp } from './helpers.js';
import { exportXlsx } from './fixtures/mirror.js';

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

test('fetchFile retries a server error, then records name, checksum and user agent', async () => {
  const body = exportXlsx();
  let calls = 0;
  let agent = '';
  const s = await serve((req, res) => {
    calls++;
    agent = String(req.headers['user-agent']);
    if (calls === 1) return void res.writeHead(503).end('busy');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  try {
    const f = await fetchFile(`${s.url}/files/Missing_Migrants_Global_Figures_allData.xlsx`, { userAgent: 'test-bot/1.0', retries: 2 });
    assert.equal(calls, 2);
    assert.equal(agent, 'test-bot/1.0');
    assert.equal(f.name, 'Missing_Migrants_Global_Figures_allData.xlsx');
    assert.equal(f.bytes.length, body.length);
    assert.match(f.sha256, /^[0-9a-f]{64}$/);
  } finally {
    await s.close();
  }
});

test('fetchFile gives up on a 404 at once and on a hung server after its timeout', async () => {
  let calls = 0;
  const s = await serve((req, res) => {
    calls++;
    if (req.url === '/missing') return void res.writeHead(404).end();
    // never answer /slow
  });
  try {
    await assert.rejects(fetchFile(`${s.url}/missing`, { retries: 3 }), (e: CrossingsError) => e.code === 'FETCH_FAILED' && /404/.test(e.message));
    assert.equal(calls, 1, 'a 404 is not retried');
    await assert.rejects(fetchFile(`${s.url}/slow`, { retries: 1, timeoutMs: 200 }), (e: CrossingsError) => e.code === 'FETCH_FAILED' && /timed out/.test(e.message));
  } finally {
    await s.close();
  }
});

test('crossings update --official downloads the IOM export and builds the store', async () => {
  const body = exportXlsx();
  const s = await serve((_req, res) => void res.writeHead(200).end(body));
  try {
    const db = join(tmp(), 'official.duckdb');
    // The child process must not run while this process's server is blocked: spawn asynchronously.
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('./helpers.js');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'crossings.js'), 'update', '--official', '--source', 'iom', '--json'], {
      env: { ...process.env, CROSSINGS_DB: db, CROSSINGS_IOM_URL: `${s.url}/Missing_Migrants_Global_Figures_allData.xlsx`, CROSSINGS_MIRROR: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    assert.equal(code, 0, err);
    const summary = JSON.parse(out);
    assert.equal(summary.releases.length, 1);
    assert.equal(summary.releases[0].rows, 7);
    const q = cli(['sources', '--json'], { CROSSINGS_DB: db });
    const rel = JSON.parse(q.stdout).releases[0];
    assert.equal(rel.url, `${s.url}/Missing_Migrants_Global_Figures_allData.xlsx`);
    assert.equal(rel.file_name, 'Missing_Migrants_Global_Figures_allData.xlsx');
  } finally {
    await s.close();
  }
});

test('UNHCR from its API (a loopback imitation): paging by maxPages, ISO codes, rows into the store', async () => {
  const pop = [
    { year: 2024, coo: 'SYR', coo_iso: 'SYR', coa: 'GFR', coa_iso: 'DEU', refugees: 700000, asylum_seekers: 50000, idps: 0 },
    { year: 2024, coo: 'AFG', coo_iso: 'AFG', coa: 'GFR', coa_iso: 'DEU', refugees: 300000, asylum_seekers: '-', idps: 0 },
    { year: 2023, coo: 'SYR', coo_iso: 'SYR', coa: 'GFR', coa_iso: 'DEU', refugees: 650000, asylum_seekers: 40000, idps: 0 },
  ];
  const apps = [{ year: 2024, coo: 'SYR', coo_iso: 'SYR', coa: 'GFR', coa_iso: 'DEU', procedure_type: 'G', app_type: 'N', applied: 1000 }];
  const decs = [{ year: 2024, coo: 'SYR', coo_iso: 'SYR', coa: 'GFR', coa_iso: 'DEU', dec_recognized: 800, dec_other: 0, dec_rejected: 100, dec_total: 900 }];
  const seen: string[] = [];
  const s = await serve((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    seen.push(`${u.pathname}?cf_type=${u.searchParams.get('cf_type')}&coo_all=${u.searchParams.get('coo_all')}`);
    const rows = u.pathname.startsWith('/population') ? pop : u.pathname.startsWith('/asylum-applications') ? apps : decs;
    const limit = Number(u.searchParams.get('limit'));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(limit === 1 ? { maxPages: rows.length, items: rows.slice(0, 1) } : { maxPages: 1, items: rows }));
  });
  const prev = process.env.CROSSINGS_UNHCR_API;
  process.env.CROSSINGS_UNHCR_API = `${s.url}/`;
  try {
    const { buildStore } = await import('../src/store/build.js');
    const { unhcr } = await import('../src/sources/unhcr.js');
    const { openStore } = await import('../src/store/open.js');
    const { runSeries } = await import('../src/metrics/series.js');
    const db = join(tmp(), 'unhcr.duckdb');
    const summary = await buildStore({ dbPath: db, sources: [unhcr], origin: { kind: 'official' } });
    assert.deepEqual(summary.releases.map((r) => r.file), ['unhcr_population_api.csv', 'unhcr_asylum_applications_api.csv', 'unhcr_asylum_decisions_api.csv']);
    assert.ok(seen.every((x) => x.endsWith('cf_type=ISO&coo_all=true')), 'one row per origin–asylum pair, ISO codes');
    const st = await openStore(db);
    try {
      const r = await runSeries(st.conn, { metric: 'unhcr.refugees', by: 'year', where: { asylum: 'DEU' } });
      assert.deepEqual(r.rows, [{ period: '2023', value: 650000 }, { period: '2024', value: 1000000 }]);
      const a = await runSeries(st.conn, { metric: 'unhcr.asylum_seekers', by: 'year' });
      assert.deepEqual(a.rows, [{ period: '2023', value: 40000 }, { period: '2024', value: 50000 }], '"-" is no value, not zero');
    } finally {
      st.close();
    }
  } finally {
    if (prev === undefined) delete process.env.CROSSINGS_UNHCR_API;
    else process.env.CROSSINGS_UNHCR_API = prev;
    await s.close();
  }
});

/** An SDMX-CSV 2.0 answer with codes and labels, shaped like Eurostat's for migr_asyappctza. */
function sdmxCsv(axis: string, rows: { citizen: string; app: string; geo: string; year: number; n: number | '' }[]): string {
  const head = `STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,freq,Time frequency,citizen,Country of citizenship,sex,Sex,unit,Unit of measure,age,Age class,${axis},Applicant type,geo,Geopolitical entity (reporting),TIME_PERIOD,Time,OBS_VALUE,Observation value,OBS_FLAG,Observation status (Flag) V2 structure,CONF_STATUS,Confidentiality status (flag)`;
  const lines = rows.map((r) => `dataflow,ESTAT:MIGR_ASYAPPCTZA(1.0),"Asylum applicants by type, citizenship, age and sex - annual aggregated data",A,Annual,${r.citizen},,T,Total,PER,Person,TOTAL,Total,${r.app},,${r.geo},,${r.year},,${r.n},,${r.n === '' ? ':' : ''},,,`);
  return [head, ...lines].join('\n') + '\n';
}

test('Eurostat from its SDMX 3.0 API (a loopback imitation): the applicant axis found by a probe, reporting countries only, rows into the store', async () => {
  const seen: URLSearchParams[] = [];
  const all = [
    { citizen: 'TOTAL', app: 'TOTAL', geo: 'DE', year: 2023, n: 351_510 },
    { citizen: 'TOTAL', app: 'TOTAL', geo: 'FR', year: 2023, n: 166_880 },
    { citizen: 'UA', app: 'TOTAL', geo: 'DE', year: 2023, n: 1_000 },
    { citizen: 'TOTAL', app: 'TOTAL', geo: 'DE', year: 2024, n: 250_945 },
    { citizen: 'TOTAL', app: 'TOTAL', geo: 'FR', year: 2024, n: '' as const },
  ];
  const s = await serve((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    seen.push(u.searchParams);
    assert.equal(u.pathname, '/sdmx/3.0/data/dataflow/ESTAT/migr_asyappctza/1.0');
    const app = u.searchParams.get('c[applicant]');
    const geos = (u.searchParams.get('c[geo]') ?? '').split(',');
    const probe = app === null;
    // The probe sees every applicant type; the extract only what it asked for.
    const rows = probe
      ? [{ citizen: 'TOTAL', app: 'FRST', geo: 'DE', year: 2024, n: 229_751 }, { citizen: 'TOTAL', app: 'TOTAL', geo: 'DE', year: 2024, n: 250_945 }]
      : all.filter((r) => r.app === app && geos.includes(r.geo));
    res.writeHead(200, { 'content-type': 'text/csv' }).end(sdmxCsv('applicant', rows));
  });
  const prev = process.env.CROSSINGS_EUROSTAT_API;
  process.env.CROSSINGS_EUROSTAT_API = `${s.url}/`;
  try {
    const { buildStore } = await import('../src/store/build.js');
    const { eurostat, REPORTING_COUNTRIES } = await import('../src/sources/eurostat.js');
    const { openStore } = await import('../src/store/open.js');
    const { runSeries } = await import('../src/metrics/series.js');
    const db = join(tmp(), 'eurostat.duckdb');
    const summary = await buildStore({ dbPath: db, sources: [eurostat], origin: { kind: 'official' } });
    assert.deepEqual(summary.releases.map((r) => r.file), ['migr_asyappctza_total_applicants_sdmx_api.csv']);
    assert.equal(seen.length, 2, 'one probe, one extract');
    const extract = seen[1]!;
    assert.equal(extract.get('c[applicant]'), 'TOTAL', 'only the all-applicants total, never first-time plus subsequent plus total');
    assert.equal(extract.get('c[citizen]'), 'TOTAL,UA');
    assert.ok(!REPORTING_COUNTRIES.some((g) => g.startsWith('EU')) && extract.get('c[geo]') === REPORTING_COUNTRIES.join(','), 'no aggregates among the reporting countries');
    assert.equal(extract.get('format'), 'csvdata');
    const st = await openStore(db);
    try {
      const r = await runSeries(st.conn, { metric: 'eu.asylum.applicants_sdmx', by: 'year' });
      // Citizen defaults to TOTAL; the countries are added; FR 2024 is missing (":"), not zero.
      assert.deepEqual(r.rows, [{ period: '2023', value: 351_510 + 166_880 }, { period: '2024', value: 250_945 }]);
      const ua = await runSeries(st.conn, { metric: 'eu.asylum.applicants_sdmx', by: 'year', where: { citizen: 'UA' } });
      assert.deepEqual(ua.rows, [{ period: '2023', value: 1_000 }]);
    } finally {
      st.close();
    }
  } finally {
    if (prev === undefined) delete process.env.CROSSINGS_EUROSTAT_API;
    else process.env.CROSSINGS_EUROSTAT_API = prev;
    await s.close();
  }
});

test('Eurostat API: an answer that is not SDMX-CSV, or an applicant axis with no total, fails loudly naming the query', async () => {
  let mode: 'html' | 'no-total' = 'html';
  const s = await serve((_req, res) => {
    if (mode === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Service temporarily unavailable</body></html>');
    res.writeHead(200, { 'content-type': 'text/csv' }).end(sdmxCsv('applicant', [{ citizen: 'TOTAL', app: 'FRST', geo: 'DE', year: 2024, n: 1 }]));
  });
  const prev = process.env.CROSSINGS_EUROSTAT_API;
  process.env.CROSSINGS_EUROSTAT_API = `${s.url}/`;
  try {
    const { buildStore } = await import('../src/store/build.js');
    const { eurostat } = await import('../src/sources/eurostat.js');
    const db = join(tmp(), 'eurostat-bad.duckdb');
    await assert.rejects(buildStore({ dbPath: db, sources: [eurostat], origin: { kind: 'official' } }), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /migr_asyappctza/.test(e.message) && /TIME_PERIOD and OBS_VALUE/.test(e.message) && /Service temporarily unavailable/.test(e.message));
    mode = 'no-total';
    await assert.rejects(buildStore({ dbPath: db, sources: [eurostat], origin: { kind: 'official' } }), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /value TOTAL/.test(e.message) && /"FRST"/.test(e.message));
    const { existsSync } = await import('node:fs');
    assert.equal(existsSync(db), false, 'nothing half-built is left at the store path');
  } finally {
    if (prev === undefined) delete process.env.CROSSINGS_EUROSTAT_API;
    else process.env.CROSSINGS_EUROSTAT_API = prev;
    await s.close();
  }
});

test('Home Office quarterly workbooks from GOV.UK (a loopback imitation): found by file-name stem, newest period, every table in a workbook loaded', async () => {
  const { makeXlsx } = await import('./fixtures/xlsx.js');
  const cover = (title: string) => ({ name: 'Cover_sheet', rows: [[title], ['Published 27 August 2026']] });
  const notes = { name: 'Notes', rows: [['Note'], ['1. Figures are provisional.']] };
  const titled = (name: string, header: string[], rows: (string | number)[][]) => ({ name, rows: [[`${name}: a table`], ['Source: Home Office'], header, ...rows] });
  const files: Record<string, Uint8Array> = {
    'illegal-entry-routes-to-the-uk-dataset-jun-2026.xlsx': makeXlsx([
      cover('Illegal entry routes to the UK detailed dataset'),
      notes,
      titled('Data_IER_D01', ['Year', 'Quarter', 'Method of entry', 'Nationality', 'Region', 'Sex', 'Age Group', 'Number of detections'], [
        [2026, '2026 Q1', 'Small boat arrivals', 'Eritrea', 'Africa North', 'Male', '18-24', 4_000],
        [2026, '2026 Q2', 'Small boat arrivals', 'Eritrea', 'Africa North', 'Male', '18-24', 6_500],
        [2026, '2026 Q2', 'Inadequately documented air arrivals', 'Albania', 'Europe Other', 'Female', '25-39', 120],
      ]),
    ]),
    'asylum-claims-datasets-jun-2026.xlsx': makeXlsx([
      cover('Asylum claims and initial decisions detailed datasets'),
      notes,
      titled('Data_Asy_D01', ['Year', 'Quarter', 'Nationality', 'Region', 'Applicant type', 'UASC', 'Location of application', 'Applications'], [[2026, '2026 Q2', 'Iran', 'Middle East', 'Main applicant', 'No', 'In country', 2_000]]),
      titled('Data_Asy_D02', ['Year', 'Quarter', 'Nationality', 'Region', 'Case type', 'Case outcome group', 'Case outcome', 'Applicant type', 'Decisions'], [
        [2026, '2026 Q2', 'Iran', 'Middle East', 'Asylum Case', 'Grant of Protection', 'Refugee Permission', 'Main applicant', 900],
        [2026, '2026 Q2', 'Iran', 'Middle East', 'Asylum Case', 'Refused', 'Refused asylum', 'Main applicant', 300],
      ]),
    ]),
    'returns-datasets-mar-2026.xlsx': makeXlsx([titled('Data_Ret_D01', ['Year', 'Quarter', 'Nationality', 'Region', 'Return type group', 'Return type', 'Number of returns'], [[2026, '2026 Q1', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 999_999]])]),
    'returns-datasets-jun-2026.xlsx': makeXlsx([
      cover('Returns detailed datasets'),
      titled('Data_Ret_D01', ['Year', 'Quarter', 'Nationality', 'Region', 'Return type group', 'Return type', 'Number of returns'], [
        [2026, '2026 Q1', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 1_100],
        [2026, '2026 Q1', 'Albania', 'Europe Other', 'Voluntary return', 'Assisted returns', 400],
      ]),
    ]),
    'immigration-detention-datasets-jun-2026.xlsx': makeXlsx([titled('Data_Det_D01', ['Year', 'Quarter', 'Nationality', 'Region', 'Sex', 'First place of detention', 'People entering detention'], [[2026, '2026 Q2', 'India', 'Asia South', 'Male', 'Immigration removal centre', 700]])]),
    'asylum-appeals-lodged-datasets-mar-2023.xlsx': makeXlsx([{ name: 'Data', rows: [['nothing this source reads']] }]),
  };
  const requested: string[] = [];
  let s: { url: string; close: () => Promise<void> } | null = null;
  s = await serve((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    if (path === '/api/content/government/statistical-data-sets/immigration-system-statistics-data-tables') {
      const attachments = Object.keys(files).map((name, i) => ({ title: name.replace(/-/g, ' '), url: `${s!.url}/media/${String(i).padStart(24, 'a')}/${name}`, content_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ public_updated_at: '2026-08-27T09:30:00.000+01:00', details: { attachments } }));
    }
    const name = path.split('/').at(-1) ?? '';
    const body = files[name];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  const prev = process.env.CROSSINGS_HO_DATASETS_API;
  process.env.CROSSINGS_HO_DATASETS_API = `${s.url}/api/content/government/statistical-data-sets/immigration-system-statistics-data-tables`;
  try {
    const { buildStore } = await import('../src/store/build.js');
    const { ukQuarterly } = await import('../src/sources/uk-quarterly.js');
    const { openStore } = await import('../src/store/open.js');
    const { runSeries } = await import('../src/metrics/series.js');
    const { listSources } = await import('../src/store/releases.js');
    const db = join(tmp(), 'ho.duckdb');
    const summary = await buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'official' } });
    assert.deepEqual(summary.releases.map((r) => r.file).sort(), ['asylum-claims-datasets-jun-2026.xlsx', 'illegal-entry-routes-to-the-uk-dataset-jun-2026.xlsx', 'immigration-detention-datasets-jun-2026.xlsx', 'returns-datasets-jun-2026.xlsx']);
    assert.ok(!requested.some((p) => p.endsWith('returns-datasets-mar-2026.xlsx') || p.includes('appeals')), 'the older returns workbook and unrelated attachments are not downloaded');
    const st = await openStore(db);
    try {
      const boats = await runSeries(st.conn, { metric: 'uk.irregular.detections', by: 'quarter', where: { method: 'Small boat arrivals' } });
      assert.deepEqual(boats.rows, [{ period: '2026-Q1', value: 4_000 }, { period: '2026-Q2', value: 6_500 }], 'IER_D01 read as Irr_D01');
      const apps = await runSeries(st.conn, { metric: 'uk.asylum.applications', by: 'quarter' });
      assert.deepEqual(apps.rows, [{ period: '2026-Q2', value: 2_000 }]);
      const decisions = await runSeries(st.conn, { metric: 'uk.asylum.decisions', by: 'quarter' });
      assert.deepEqual(decisions.rows, [{ period: '2026-Q2', value: 1_200 }], 'the second table of the same workbook is loaded too');
      const enforced = await runSeries(st.conn, { metric: 'uk.returns', by: 'quarter', where: { return_type_group: 'Enforced return' } });
      assert.deepEqual(enforced.rows, [{ period: '2026-Q1', value: 1_100 }], 'from the newest workbook only');
      const det = await runSeries(st.conn, { metric: 'uk.detention.entering', by: 'quarter' });
      assert.deepEqual(det.rows, [{ period: '2026-Q2', value: 700 }]);
      const releases = await listSources(st.conn, false);
      const asylum = releases.find((r) => r.file_name === 'asylum-claims-datasets-jun-2026.xlsx');
      assert.equal(asylum?.dataset, 'uk.quarterly.Asy_D01+uk.quarterly.Asy_D02');
      assert.equal(asylum?.row_count, 3);
      assert.equal(asylum?.published, '2026-08-27', "the page's public_updated_at is the release date");
    } finally {
      st.close();
    }
    // A page that lost a topic's workbook fails loudly, naming what it looked for and what it found.
    delete files['immigration-detention-datasets-jun-2026.xlsx'];
    await assert.rejects(buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'official' } }), (e: CrossingsError) => e.code === 'FETCH_FAILED' && /no detention \(Det_D01\) workbook/.test(e.message) && /returns-datasets-jun-2026\.xlsx/.test(e.message));
  } finally {
    if (prev === undefined) delete process.env.CROSSINGS_HO_DATASETS_API;
    else process.env.CROSSINGS_HO_DATASETS_API = prev;
    await s.close();
  }
});

test('workbook periods parse the spellings GOV.UK has used', async () => {
  const { workbookPeriod } = await import('../src/sources/uk-quarterly.js');
  const p = (y: number, m: number) => y * 12 + m - 1;
  assert.equal(workbookPeriod('asylum-claims-datasets-jun-2026.xlsx'), p(2026, 6));
  assert.equal(workbookPeriod('asylum-applications-awaiting-decision-datasets-sep-24.xlsx'), p(2024, 9));
  assert.equal(workbookPeriod('irregular-migration-to-the-UK-detailed-dataset-year-ending-December-2022.xlsx'), p(2022, 12));
  assert.equal(workbookPeriod('illegal-entry-routes-to-the-uk-summary-mar-2026-tables.ods'), p(2026, 3));
  assert.equal(workbookPeriod('returns-datasets.xlsx'), null);
});
