/**
 * Plausibility as validation (issue 11, finding 6): a value no publisher could have meant
 * (a billion deaths in one incident, a number that overflows, a day after the file was
 * read) is a validation issue naming file, row, column and value, and is not loaded; the
 * rest of the file loads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIomJson } from '../src/sources/iom.js';
import { buildStore } from '../src/store/build.js';
import { openStore, query } from '../src/store/open.js';
import { SOURCES } from '../src/sources/index.js';
import { FIXTURES, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

const good = JSON.parse(readFileSync(join(FIXTURES, 'iom', 'api-2025.json'), 'utf8')) as Record<string, string>[];
const bad = (patch: Record<string, string>, id: string) => ({ ...good[0]!, web_id: id, ...patch });
const HOSTILE = JSON.stringify([
  ...good,
  bad({ total_dead_and_missing: '999999999' }, 'BILLION'),
  bad({ reported_date: '2031-05-01' }, 'FUTURE'),
  bad({ number_dead: '1e308', total_dead_and_missing: '1e308' }, 'OVERFLOW'),
]);

test('the IOM JSON with 999999999, a date in 2031 and 1e308: three issues naming row, column and value; the rest parsed', () => {
  const parsed = parseIomJson(new TextEncoder().encode(HOSTILE), 'mmp_api_hostile.json');
  const plain = parseIomJson(new TextEncoder().encode(JSON.stringify(good)), 'mmp_api_hostile.json');
  assert.deepEqual(parsed.incidents, plain.incidents, 'the plausible rows are read as in a file without the others');
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  assert.equal(errors.length, 3, JSON.stringify(errors, null, 1));
  const [billion, future, overflow] = errors;
  assert.deepEqual([billion!.file, billion!.row, billion!.column, billion!.value], ['mmp_api_hostile.json', good.length + 2, 'total_dead_and_missing', '999999999']);
  assert.match(billion!.expected, /at most 10,000 in one row \(the largest incident on record has 1,022 dead and missing\); the row is not loaded/);
  assert.deepEqual([future!.row, future!.column, future!.value], [good.length + 3, 'reported_date', '2031-05-01']);
  assert.match(future!.expected, /no later than \d{4}-\d{2}-\d{2}, the day the file was read/);
  assert.deepEqual([overflow!.row, overflow!.value], [good.length + 4, '1e308']);
});

test('a whole update with those rows: the issues are recorded, the store holds only the plausible rows, and 2025 is no billion', async () => {
  const dir = makeMirror({ json: HOSTILE });
  const db = join(tmp(), 'plausible.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir } });
  const store = await openStore(db);
  try {
    const ids = await query<{ id: string }>(store.conn, "SELECT main_id AS id FROM incidents_current WHERE main_id IN ('BILLION', 'FUTURE', 'OVERFLOW')");
    assert.deepEqual(ids, []);
    const max = await query<{ y: number | null }>(store.conn, 'SELECT max(year)::INTEGER AS y FROM incidents_current');
    assert.ok((max[0]!.y ?? 0) <= new Date().getUTCFullYear());
    const issues = await query<{ n: number }>(store.conn, "SELECT count(*)::INTEGER AS n FROM validation_issues WHERE severity = 'error' AND file = 'mmp_api_2025_fixture.json'");
    assert.equal(issues[0]!.n, 3);
  } finally {
    store.close();
  }
});

test('a CSV read by DuckDB: a count far beyond the publisher\'s history and a future month are issues, not rows', async () => {
  const dir = makeMirror();
  mkdirSync(join(dir, 'frontex'));
  const rows = ['route,type,nat,month,n', 'Central Mediterranean Route,Sea,SYR,2023-01-01,120', 'Central Mediterranean Route,Sea,SYR,2023-02-01,95', 'Central Mediterranean Route,Sea,SYR,2031-01-01,12', 'Eastern Mediterranean Route,Sea,SYR,2023-03-01,99999999'];
  writeFileSync(join(dir, 'frontex', 'frontex_monthly_fixture.csv'), rows.join('\n') + '\n');
  const db = join(tmp(), 'plausible-csv.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir } });
  const store = await openStore(db);
  try {
    const held = await query<{ month: string; n: number }>(store.conn, "SELECT strftime(period_start, '%Y-%m') AS month, value::INTEGER AS n FROM observations WHERE metric = 'eu.frontex.detections' ORDER BY 1");
    assert.deepEqual(held, [{ month: '2023-01', n: 120 }, { month: '2023-02', n: 95 }]);
    const issues = await query<{ row: number; value: string; expected: string }>(store.conn, "SELECT \"row\", value, expected FROM validation_issues WHERE severity = 'error' AND file = 'frontex_monthly_fixture.csv' ORDER BY \"row\"");
    assert.deepEqual(issues.map((i) => [i.row, i.value]), [[4, '2031-01-01'], [5, '99999999']]);
    assert.match(issues[1]!.expected, /at most 2,000,000 in one row \(the largest row is 204,286/);
  } finally {
    store.close();
  }
});
