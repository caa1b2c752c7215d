/** The store built from a fixture mirror: supersession, atomic swap, failed updates, the lock. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { openStore, query } from '../src/store/open.js';
import { runSeries } from '../src/metrics/series.js';
import { SOURCES } from '../src/sources/index.js';
import { CrossingsError } from '../src/errors.js';
import { cli, tmp } from './helpers.js';
import { exportRows, exportXlsx, makeMirror } from './fixtures/mirror.js';

let db = '';
before(async () => {
  db = join(tmp(), 'store.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
});

async function yearly(path: string, where: Record<string, string> = {}) {
  const s = await openStore(path);
  try {
    return Object.fromEntries((await runSeries(s.conn, { metric: 'deaths.dead_and_missing', by: 'year', where })).rows.map((r) => [r.period, r.value]));
  } finally {
    s.close();
  }
}

test('a newer release supersedes the older one for the dates it covers, and both are kept', async () => {
  // Fixture: the export says 3 for 2025-02-10; the API release (2025-02-10..2025-05-02) says 4, plus 1,032 and a split row of 2.
  assert.deepEqual(await yearly(db), { '2020': 2, '2023': 582, '2024': 1030, '2025': 1038 });
  const s = await openStore(db);
  try {
    const all = await query<{ release_id: number; n: number }>(s.conn, 'SELECT release_id, count(*)::INTEGER AS n FROM incidents GROUP BY 1 ORDER BY 1');
    assert.deepEqual(all, [{ release_id: 1, n: 7 }, { release_id: 2, n: 3 }], 'the older release keeps its rows');
  } finally {
    s.close();
  }
});

test('route filters span releases through the harmonised name', async () => {
  assert.deepEqual(await yearly(db, { route: 'English Channel to the UK' }), { '2024': 8, '2025': 4 });
  assert.deepEqual(await yearly(db, { region: 'mediterranean' }), { '2023': 582, '2024': 1022, '2025': 1034 });
});

test('series rejects unknown metrics, dimensions and bad dates with typed errors', async () => {
  const s = await openStore(db);
  try {
    await assert.rejects(runSeries(s.conn, { metric: 'nope', by: 'year' }), (e: CrossingsError) => e.code === 'UNKNOWN_METRIC');
    await assert.rejects(runSeries(s.conn, { metric: 'deaths.dead_and_missing', by: 'year', where: { colour: 'red' } }), (e: CrossingsError) => e.code === 'UNKNOWN_DIMENSION');
    await assert.rejects(runSeries(s.conn, { metric: 'deaths.dead_and_missing', by: 'year', from: '2024-13' }), (e: CrossingsError) => e.code === 'BAD_PERIOD');
  } finally {
    s.close();
  }
});

test('a failed update leaves the previous store answering, and names the file', async () => {
  const before = readFileSync(db);
  const rows = exportRows().map((r) => r.filter((_, j) => j !== 9));
  const broken = makeMirror({ xlsx: exportXlsx(rows) });
  await assert.rejects(
    buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: broken } }),
    (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && e.message.includes('Missing_Migrants_Global_Figures_allData_fixture.xlsx') && e.message.includes('Total Number of Dead and Missing'),
  );
  assert.deepEqual(readFileSync(db), before, 'the store file is byte-for-byte unchanged');
  assert.deepEqual(await yearly(db), { '2020': 2, '2023': 582, '2024': 1030, '2025': 1038 });
  const dir = join(db, '..');
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('building') || f.endsWith('.lock')), [], 'no temporary file or lock is left behind');
});

test('the CLI reports a broken file in one line and keeps the old store', () => {
  const d = join(tmp(), 's.duckdb');
  const good = cli(['update', '--from', makeMirror()], { CROSSINGS_DB: d });
  assert.equal(good.code, 0, good.stderr);
  for (const [label, mirror] of [
    ['truncated xlsx', makeMirror({ xlsx: exportXlsx().slice(0, 500) })],
    ['garbage json', makeMirror({ json: '{"web_id": [' })],
  ] as const) {
    const r = cli(['update', '--from', mirror], { CROSSINGS_DB: d });
    assert.notEqual(r.code, 0, label);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${label}: one line, no stack trace: ${r.stderr}`);
    assert.match(r.stderr, /crossings: .*(allData_fixture\.xlsx|mmp_api_2025_fixture\.json)/, label);
    const q = cli(['series', 'deaths.dead_and_missing', '--json'], { CROSSINGS_DB: d });
    assert.equal(q.code, 0, q.stderr);
    assert.equal(JSON.parse(q.stdout).rows.find((r: { period: string }) => r.period === '2023').value, 582);
  }
});

test('a second update while one holds the lock refuses clearly; a stale lock is taken over', async () => {
  const d = join(tmp(), 'l.duckdb');
  writeFileSync(`${d}.lock`, String(process.pid === 1 ? 2 : 1)); // pid 1 (init) is always alive
  await assert.rejects(buildStore({ dbPath: d, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } }), (e: CrossingsError) => e.code === 'STORE_BUSY');
  writeFileSync(`${d}.lock`, '999999999');
  await buildStore({ dbPath: d, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  assert.ok(existsSync(d));
  assert.ok(!existsSync(`${d}.lock`));
});

test('readers of the old store keep their answers while a new one is swapped in', async () => {
  const d = join(tmp(), 'r.duckdb');
  await buildStore({ dbPath: d, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  const reader = await openStore(d);
  try {
    const rows = exportRows();
    rows[1]![9] = '600';
    await buildStore({ dbPath: d, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror({ xlsx: exportXlsx(rows) }) } });
    const old = await query<{ t: number }>(reader.conn, 'SELECT sum(total)::INTEGER AS t FROM incidents_current WHERE year = 2023');
    assert.equal(old[0]!.t, 582, 'the open reader still sees its snapshot');
  } finally {
    reader.close();
  }
  assert.equal((await yearly(d))['2023'], 600, 'a new reader sees the new store');
});
