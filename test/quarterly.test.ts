/** Home Office quarterly tables through DuckDB's CSV reader: quirks and bad files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { openStore } from '../src/store/open.js';
import { runSeries } from '../src/metrics/series.js';
import { ukQuarterly } from '../src/sources/uk-quarterly.js';
import { CrossingsError } from '../src/errors.js';
import { tmp } from './helpers.js';

const HEADER = 'Date,Year,Quarter,Nationality,Region,Return type group,Return type,Number of returns';
const ROWS = [
  '2023-03-31,2023,1,Albania,Europe Other,Enforced return,Enforced removals from detention,"1,200"',
  '2023-03-31,2023,1,Albania,Europe Other,Voluntary return,Assisted returns,300',
  '2023-06-30,2023,2,Albania,Europe Other,Enforced return,Non-detained enforced removals,50',
  '2023-06-30,2023,2,India,Asia South,Voluntary return,Other verified returns,-',
  '2023-06-30,2023,2,India,Asia South,Voluntary return,Other verified returns,lots',
  'not a date,xx,2,India,Asia South,Voluntary return,Other verified returns,7',
];

function mirror(header = HEADER, rows = ROWS): string {
  const dir = tmp('crossings-q-');
  mkdirSync(join(dir, 'uk-home-office', 'quarterly-detailed'), { recursive: true });
  writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'Ret_D01_fixture.csv'), '\ufeff' + [header, ...rows].join('\r\n') + '\r\n');
  return dir;
}

test('quarterly returns: thousands separators, "-" as no value, bad cells reported with row and column', async () => {
  const db = join(tmp(), 'q.duckdb');
  const summary = await buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir: mirror() } });
  assert.equal(summary.releases[0]!.rows, 5, 'the row without a period is skipped');
  const s = await openStore(db);
  try {
    const r = await runSeries(s.conn, { metric: 'uk.returns', by: 'quarter', where: { return_type_group: 'Enforced return' } });
    assert.deepEqual(r.rows, [{ period: '2023-Q1', value: 1200 }, { period: '2023-Q2', value: 50 }]);
    const y = await runSeries(s.conn, { metric: 'uk.returns', by: 'year' });
    assert.deepEqual(y.rows, [{ period: '2023', value: 1550 }]);
    await assert.rejects(runSeries(s.conn, { metric: 'uk.returns', by: 'month' }), (e: CrossingsError) => e.code === 'BAD_PERIOD');
    const issues = (await s.conn.runAndReadAll('SELECT "row", "column", value FROM validation_issues ORDER BY "row"')).getRowObjectsJson();
    assert.deepEqual(issues, [
      { row: 6, column: 'Number of returns', value: 'lots' },
      { row: 7, column: null, value: null },
    ]);
  } finally {
    s.close();
  }
});

test('a renamed column fails the update with the file and column named; the old store stays', async () => {
  const db = join(tmp(), 'q.duckdb');
  await buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir: mirror() } });
  const before = readFileSync(db);
  await assert.rejects(
    buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir: mirror(HEADER.replace('Number of returns', 'Returns (number)')) } }),
    (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /Ret_D01_fixture\.csv/.test(e.message) && /"Number of returns"/.test(e.message),
  );
  assert.deepEqual(readFileSync(db), before);
});

test('the official workbook layout: cover and notes sheets, a title block, the header found by its names', async () => {
  const { makeXlsx } = await import('./fixtures/xlsx.js');
  const wb = makeXlsx([
    { name: 'Cover_sheet', rows: [['Returns detailed datasets, year ending December 2023'], ['Published 29 February 2024']] },
    { name: 'Notes', rows: [['Note'], ['1. Figures are provisional.']] },
    {
      name: 'Data_Ret_D01',
      rows: [
        ['Returns by nationality, return type group and return type'],
        ['Source: Home Office'],
        [null],
        ['Year', 'Quarter', 'Nationality', 'Region', 'Return type group', 'Return type', 'Number of returns'],
        [2023, '2023 Q1', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 1200],
        [2023, '2023 Q1', 'Albania', 'Europe Other', 'Voluntary return', 'Assisted returns', 300],
        [2023, '2023 Q2', 'Albania', 'Europe Other', 'Enforced return', 'Non-detained enforced removals', 'n/k?'],
      ],
    },
  ]);
  const dir = tmp('crossings-wb-');
  mkdirSync(join(dir, 'uk-home-office', 'quarterly-detailed'), { recursive: true });
  writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'returns-datasets-dec-2023.xlsx'), wb);
  const db = join(tmp(), 'wb.duckdb');
  const summary = await buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir } });
  assert.equal(summary.releases[0]!.rows, 3);
  const s = await openStore(db);
  try {
    const r = await runSeries(s.conn, { metric: 'uk.returns', by: 'quarter' });
    assert.deepEqual(r.rows, [{ period: '2023-Q1', value: 1500 }]);
    const issues = (await s.conn.runAndReadAll('SELECT sheet, "row", "column", value FROM validation_issues')).getRowObjectsJson();
    assert.deepEqual(issues, [{ sheet: 'Data_Ret_D01', row: 7, column: 'Number of returns', value: 'n/k?' }], 'issues carry the sheet and its own row number');
  } finally {
    s.close();
  }
  // A workbook whose data sheet lost a column names the file and what is missing.
  const broken = makeXlsx([{ name: 'Data_Ret_D01', rows: [['Year', 'Quarter', 'Nationality', 'Return type group', 'Return type']] }]);
  writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'returns-datasets-dec-2023.xlsx'), broken);
  await assert.rejects(buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir } }), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /returns-datasets-dec-2023\.xlsx/.test(e.message) && /sheet Data_Ret_D01 looks like Ret_D01 but .*"Number of returns"/.test(e.message));
  // One good table does not hide a second data sheet that changed: the file is refused, naming the sheet.
  const half = makeXlsx([
    { name: 'Data_Ret_D01', rows: [['Year', 'Quarter', 'Nationality', 'Region', 'Return type group', 'Return type', 'Number of returns'], [2023, '2023 Q1', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 1200]] },
    { name: 'Data_Ret_D02', rows: [['Year', 'Quarter', 'Return type group', 'Return type', 'Destination', 'Number of returns']] },
  ]);
  writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'returns-datasets-dec-2023.xlsx'), half);
  await assert.rejects(buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir } }), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /sheet Data_Ret_D02 looks like Ret_D02 but .*"Return destination"/.test(e.message));
});

test('a workbook holding two tables supersedes an older CSV of either table for the dates it covers, never adds to it', async () => {
  const { makeXlsx } = await import('./fixtures/xlsx.js');
  const dir = tmp('crossings-mix-');
  const q = join(dir, 'uk-home-office', 'quarterly-detailed');
  mkdirSync(q, { recursive: true });
  // The older CSV: 2023 Q1 as first published (1,200 enforced).
  writeFileSync(join(q, 'Ret_D01_old.csv'), [HEADER, ROWS[0]!].join('\n') + '\n');
  // The newer workbook: 2023 Q1 revised to 1,250, and 2023 Q2; plus Ret_D02.
  writeFileSync(
    join(q, 'returns-datasets-jun-2023.xlsx'),
    makeXlsx([
      { name: 'Data_Ret_D01', rows: [['Year', 'Quarter', 'Nationality', 'Region', 'Return type group', 'Return type', 'Number of returns'], [2023, '2023 Q1', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 1250], [2023, '2023 Q2', 'Albania', 'Europe Other', 'Enforced return', 'Enforced removals from detention', 90]] },
      { name: 'Data_Ret_D02', rows: [['Year', 'Quarter', 'Return type group', 'Return type', 'Return destination', 'Number of returns'], [2023, '2023 Q2', 'Enforced return', 'Enforced removals from detention', 'Albania', 90]] },
    ]),
  );
  const db = join(tmp(), 'mix.duckdb');
  await buildStore({ dbPath: db, sources: [ukQuarterly], origin: { kind: 'mirror', dir } });
  const s = await openStore(db);
  try {
    const r = await runSeries(s.conn, { metric: 'uk.returns', by: 'quarter', where: { return_type_group: 'Enforced return' } });
    assert.deepEqual(r.rows, [{ period: '2023-Q1', value: 1250 }, { period: '2023-Q2', value: 90 }], 'the revised figure, not 1,200 + 1,250');
  } finally {
    s.close();
  }
});
