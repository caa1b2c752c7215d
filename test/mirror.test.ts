/** The real data, from the mirror (CROSSINGS_MIRROR, default ../shared/data): IOM's own published figures. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIRROR, NO_MIRROR, cli, tmp } from './helpers.js';

let db = '';
const run = (args: string[]) => {
  const r = cli(args, { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};
const series = (...args: string[]) =>
  Object.fromEntries((JSON.parse(run(['series', 'deaths.dead_and_missing', '--json', ...args])).rows as { period: string; value: number }[]).map((r) => [r.period, r.value]));

before(() => {
  if (NO_MIRROR) return;
  db = join(tmp(), 'mirror.duckdb');
  run(['update', '--from', MIRROR, '--source', 'iom']);
});

test('yearly dead and missing match IOM\'s published totals; 2025 comes from the newer API release', { skip: NO_MIRROR }, () => {
  const y = series('--by', 'year');
  // IOM's published annual figures (SOURCES.md): 2014 5,441 … 2023 8,747, 2024 9,002.
  assert.deepEqual(
    [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((k) => y[String(k)]),
    [5441, 6961, 8249, 6400, 5016, 5430, 4314, 6276, 7205, 8747, 9002],
  );
  // Independent computation: the API file's rows summed directly, less exact duplicates.
  const api = JSON.parse(readFileSync(join(MIRROR, 'iom-missing-migrants', 'mmp_api_2025_to_2025-09-08.json'), 'utf8')) as Record<string, string>[];
  const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, '')) || 0;
  const rawTotal = api.reduce((s, r) => s + num(r.total_dead_and_missing), 0);
  const unique = [...new Map(api.map((r) => [JSON.stringify(r), r])).values()];
  const uniqueTotal = unique.reduce((s, r) => s + num(r.total_dead_and_missing), 0);
  assert.equal(rawTotal, 3780);
  assert.equal(api.length - unique.length, 3, 'three exact duplicate rows');
  assert.equal(y['2025'], uniqueTotal);
  assert.equal(y['2025'], 3776);
});

test('the Channel route spans both releases; region=Mediterranean works', { skip: NO_MIRROR }, () => {
  const ch = series('--by', 'year', '--where', 'route=English Channel to the UK');
  assert.equal(ch['2024'], 82);
  assert.ok((ch['2025'] ?? 0) > 0, 'the API release\'s "Mainland Europe to the UK" rows count here');
  const med = series('--by', 'year', '--where', 'region=Mediterranean');
  assert.equal(med['2016'], 5097);
  assert.equal(med['2024'], 2475);
});

test('monthly and daily series add up to the yearly one', { skip: NO_MIRROR }, () => {
  const months = series('--by', 'month', '--from', '2024', '--to', '2024');
  assert.equal(Object.keys(months).length, 12);
  assert.equal(Object.values(months).reduce((a, b) => a + b, 0), 9002);
  const days = series('--by', 'day', '--from', '2024-07-01', '--to', '2024-07-31');
  assert.equal(Object.values(days).reduce((a, b) => a + b, 0), months['2024-07']);
});

test('sources says which release covers which dates, with checksums and issues', { skip: NO_MIRROR }, () => {
  const releases = JSON.parse(run(['sources', '--json'])).releases.filter((r: { source_id: string }) => r.source_id === 'iom');
  assert.equal(releases.length, 2);
  const [exp, api] = releases;
  assert.equal(exp.coverage_from, '2014-01-02');
  assert.equal(exp.coverage_to, '2025-04-29');
  assert.equal(api.coverage_from, '2025-01-01');
  assert.equal(api.coverage_to, '2025-09-08');
  assert.deepEqual(exp.superseded_by, [{ release_id: api.release_id, from: '2025-01-01', to: '2025-09-08' }]);
  assert.match(exp.sha256, /^[0-9a-f]{64}$/);
  assert.equal(exp.row_count, 19255);
  assert.ok(exp.issues.some((i: { expected: string; count: number }) => /all-time totals only/.test(i.expected) && i.count === 13), '13 undated rows');
  assert.ok(api.issues.some((i: { expected: string; count: number }) => /exact duplicate/.test(i.expected) && i.count === 3));
});
