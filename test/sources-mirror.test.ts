/** Every other source, from the real mirror: the publishers' own published totals. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { MIRROR, NO_MIRROR, cli, tmp } from './helpers.js';

let db = '';
const run = (args: string[]) => {
  const r = cli(args, { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
};
const series = (metric: string, ...args: string[]) =>
  Object.fromEntries((JSON.parse(run(['series', metric, '--json', ...args])).rows as { period: string; value: number }[]).map((r) => [r.period, r.value]));

before(() => {
  if (NO_MIRROR) return;
  db = join(tmp(), 'all.duckdb');
  run(['update', '--from', MIRROR]);
});

test('Irr_D01 small-boat arrivals per year are the Home Office published figures', { skip: NO_MIRROR }, () => {
  const y = series('uk.irregular.detections', '--by', 'year', '--where', 'method=Small boat arrivals');
  assert.deepEqual(y, { '2018': 299, '2019': 1843, '2020': 8466, '2021': 28526, '2022': 45774, '2023': 29437 });
});

test('the daily series: 2022 45,755 (provisional), 2024 36,816, 2025 41,472; busiest day 2022-09-03 (1,305); 22 Aug 2022 now 1,137', { skip: NO_MIRROR }, () => {
  const y = series('uk.small_boats.arrivals', '--by', 'year');
  assert.equal(y['2022'], 45755);
  assert.equal(y['2024'], 36816);
  assert.equal(y['2025'], 41472);
  const top = JSON.parse(run(['sql', "select period, value from observations_current where metric = 'uk.small_boats.arrivals' order by value desc limit 1", '--json']));
  assert.deepEqual(top.rows, [{ period: '2022-09-03', value: 1305 }]);
  assert.deepEqual(series('uk.small_boats.arrivals', '--by', 'day', '--from', '2022-08-22', '--to', '2022-08-22'), { '2022-08-22': 1137 });
  const months = series('uk.small_boats.arrivals', '--by', 'month', '--from', '2024', '--to', '2024');
  assert.equal(Object.values(months).reduce((a, b) => a + b, 0), 36816);
});

test('Frontex detections: 2015 1,822,102 and 2024 240,021', { skip: NO_MIRROR }, () => {
  const y = series('eu.frontex.detections', '--by', 'year');
  assert.equal(y['2015'], 1822102);
  assert.equal(y['2023'], 381319);
  assert.equal(y['2024'], 240021);
});

test('returns by type group; deportations are enforced returns', { skip: NO_MIRROR }, () => {
  const enforced = series('uk.returns', '--by', 'year', '--where', 'return_type_group=Enforced return');
  const voluntary = series('uk.returns', '--by', 'year', '--where', 'return_type_group=Voluntary return');
  assert.equal(enforced['2023'], 6393);
  assert.equal(enforced['2023']! + voluntary['2023']!, 25646);
  const { metrics } = JSON.parse(run(['metrics', '--json']));
  const returns = metrics.find((m: { id: string }) => m.id === 'uk.returns');
  assert.ok(returns.aliases.includes('deportations'));
  assert.ok(returns.caveats.some((c: string) => /no "deportation" series/.test(c)));
});

test('Eurostat: the EU27 row is used as the total, never added to the member states', { skip: NO_MIRROR }, () => {
  const eu = series('eu.asylum.applicants', '--by', 'year');
  const explicit = series('eu.asylum.applicants', '--by', 'year', '--where', 'geo=EU27');
  assert.deepEqual(eu, explicit);
  const de = series('eu.asylum.applicants', '--by', 'year', '--where', 'geo=DEU');
  assert.ok(de['2016']! < eu['2016']!);
});

test('metrics --json lists every metric with coverage from the store', { skip: NO_MIRROR }, () => {
  const { metrics } = JSON.parse(run(['metrics', '--json']));
  for (const id of ['deaths.dead_and_missing', 'uk.small_boats.arrivals', 'uk.small_boats.boats', 'uk.irregular.detections', 'uk.returns', 'uk.asylum.applications', 'uk.asylum.decisions', 'uk.detention.entering', 'eu.frontex.detections', 'eu.asylum.applicants', 'unhcr.refugees']) {
    const m = metrics.find((x: { id: string }) => x.id === id);
    assert.ok(m, id);
    assert.ok(m.coverage?.from && m.coverage?.to, `${id} has coverage`);
  }
  assert.equal(metrics.find((x: { id: string }) => x.id === 'uk.small_boats.arrivals').coverage.to, '2026-08-20');
});

test('UNHCR figures join the country list: names and ISO-3 codes select the same rows', { skip: NO_MIRROR }, () => {
  const byName = series('unhcr.refugees', '--by', 'year', '--from', '2020', '--where', 'asylum_name=Germany');
  const byCode = series('unhcr.refugees', '--by', 'year', '--from', '2020', '--where', 'asylum=DEU');
  assert.deepEqual(byName, byCode);
  assert.ok((byCode['2024'] ?? 0) > 1_000_000);
  const { releases } = JSON.parse(run(['sources', '--json']));
  const lookup = releases.find((r: { file_name: string }) => /countries_lookup/.test(r.file_name));
  assert.equal(lookup.row_count, 232);
});
