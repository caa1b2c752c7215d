/** The measures calendar: schema, window arithmetic, reports for every measure, and the claim checker's use of it. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { measures, effectiveDate } from '../src/measures/calendar.js';
import { alignStart, beforeAfter } from '../src/measures/windows.js';
import { measureReport } from '../src/measures/evaluate.js';
import { METRICS } from '../src/metrics/catalogue.js';
import { buildStore } from '../src/store/build.js';
import { openStore } from '../src/store/open.js';
import { SOURCES } from '../src/sources/index.js';
import { findTimes } from '../src/claims/read/times.js';
import { tokenize } from '../src/claims/read/tokens.js';
import { MIRROR, NO_MIRROR, cli, tmp } from './helpers.js';

const isDate = (s: string | null) => s === null || (/^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s);

test('schema: ids unique, dates valid and ordered, a citation each, metrics and filters that exist', () => {
  const all = measures();
  assert.ok(all.length >= 20);
  const ids = new Set<string>();
  for (const m of all) {
    assert.ok(!ids.has(m.id), m.id);
    ids.add(m.id);
    assert.ok(isDate(m.dates.announced) && isDate(m.dates.in_force) && isDate(m.dates.ended), `${m.id}: dates`);
    if (m.dates.announced && m.dates.in_force) assert.ok(m.dates.announced <= m.dates.in_force, `${m.id}: announced before in force`);
    if (m.dates.ended && effectiveDate(m)) assert.ok(effectiveDate(m)! <= m.dates.ended, `${m.id}: ended after it began`);
    assert.ok(m.citations.length >= 1, `${m.id}: cited`);
    for (const c of m.citations) {
      assert.match(c.url, /^https?:\/\//, m.id);
      assert.ok(c.publisher && c.says && isDate(c.date), `${m.id}: citation fields`);
    }
    assert.ok(m.promise.length > 10, `${m.id}: a promise`);
    for (const { metric, where } of m.metrics) {
      const def = METRICS.find((x) => x.id === metric);
      assert.ok(def, `${m.id}: metric ${metric}`);
      for (const dim of Object.keys(where)) assert.ok(def.dimensions.some((d) => d.name === dim), `${m.id}: ${metric} has ${dim}`);
    }
  }
  const measuresProper = all.filter((m) => m.kind !== 'government' && (effectiveDate(m) ?? '') >= '2018-01-01');
  assert.ok(measuresProper.length >= 15, `${measuresProper.length} measures from 2018`);
  for (const pm of ['Theresa May', 'Boris Johnson', 'Liz Truss', 'Rishi Sunak', 'Keir Starmer']) assert.ok(all.some((m) => m.kind === 'government' && m.who.includes(pm)), pm);
});

test('windows: equal lengths, the same months a year earlier, whole periods, leap years', () => {
  assert.deepEqual(beforeAfter('2023-07-20', 'day', 12, null), { before: { from: '2022-07-20', to: '2023-07-19' }, after: { from: '2023-07-20', to: '2024-07-19' }, cut: false });
  // Six months: the same six months of the year before, not the six months just before (seasonality).
  assert.deepEqual(beforeAfter('2023-07-01', 'day', 6, null), { before: { from: '2022-07-01', to: '2022-12-31' }, after: { from: '2023-07-01', to: '2023-12-31' }, cut: false });
  // A leap day: a year earlier is 28 February.
  assert.deepEqual(beforeAfter('2024-02-29', 'day', 1, null), { before: { from: '2023-02-28', to: '2023-03-28' }, after: { from: '2024-02-29', to: '2024-03-28' }, cut: false });
  // Quarterly data start at the next whole quarter; monthly at the next whole month.
  assert.equal(alignStart('2023-07-20', 'quarter'), '2023-10-01');
  assert.equal(alignStart('2023-10-01', 'quarter'), '2023-10-01');
  assert.equal(alignStart('2023-11-06', 'month'), '2023-12-01');
  assert.equal(alignStart('2023-11-06', 'year'), '2024-01-01');
  assert.equal(alignStart('2024-07-03', 'week'), '2024-07-08');
  // Data ending inside the after window cut both windows to the same length.
  const cut = beforeAfter('2023-10-01', 'quarter', 12, '2023-12-31')!;
  assert.deepEqual(cut, { before: { from: '2022-10-01', to: '2022-12-31' }, after: { from: '2023-10-01', to: '2023-12-31' }, cut: true });
  assert.equal(beforeAfter('2030-01-01', 'day', 12, '2025-01-01'), null, 'no data after the date');
});

test('the claim checker reads event-relative periods from the calendar', () => {
  // The period starts on the event's date, and its reading names the event from the calendar.
  const p = (s: string, d: string, id: string, who?: string) => {
    const title = measures().find((m) => m.id === id)!.title;
    return findTimes(tokenize(s), { date: d, speaker: who, sentence: s }).flatMap((x) => (x.expr.kind === 'period' && x.expr.period.kind === 'since' ? [[x.expr.period.from, x.expr.period.reading.includes(title)]] : []));
  };
  assert.deepEqual(p('since Labour came to power', '2025-08-12', 'uk-labour-government-2024'), [['2024-07-05', true]]);
  assert.deepEqual(p('since I became Prime Minister', '2024-05-08', 'uk-sunak-prime-minister', 'Rishi Sunak (Prime Minister)'), [['2022-10-25', true]]);
  assert.deepEqual(p('since I became Prime Minister', '2020-05-08', 'gb-pm-johnson', 'Boris Johnson'), [['2019-07-24', true]]);
  assert.deepEqual(p('since the plan was launched', '2023-06-05', 'uk-sunak-five-priorities', 'Rishi Sunak'), [['2023-01-04', true]]);
  assert.deepEqual(p('since I became Home Secretary', '2020-01-10', 'gb-homesec-patel', 'Priti Patel'), [['2019-07-24', true]]);
});

let db = '';
before(async () => {
  if (NO_MIRROR) return;
  db = join(tmp(), 'measures.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: MIRROR } });
});

test('every measure with a date and a metric gets a report; the arithmetic is the sums of its windows', { skip: NO_MIRROR }, async () => {
  const s = await openStore(db);
  try {
    for (const m of measures()) {
      const r = await measureReport(s.conn, m.id);
      assert.equal(r.results.length, m.metrics.length);
      assert.match(r.warning, /not proof/);
      for (const x of r.results) if (x.before && x.after) assert.equal(x.change, x.after.value - x.before.value, m.id);
    }
    // An independent check: the Illegal Migration Act's windows from the daily series summed directly.
    const r = await measureReport(s.conn, 'gb-illegal-migration-act');
    const sb = r.results.find((x) => x.metric === 'uk.small_boats.arrivals')!;
    const sum = async (from: string, to: string) => Number((await s.conn.runAndReadAll(`SELECT sum(value) AS v FROM observations_current WHERE metric = 'uk.small_boats.arrivals' AND period_start BETWEEN '${from}' AND '${to}'`)).getRowObjectsJson()[0]!.v);
    assert.equal(sb.before!.value, await sum('2022-07-20', '2023-07-19'));
    assert.equal(sb.after!.value, await sum('2023-07-20', '2024-07-19'));
  } finally {
    s.close();
  }
});

test('crossings measure: the list and one report as JSON', { skip: NO_MIRROR }, () => {
  const list = cli(['measure', '--json'], { CROSSINGS_DB: db });
  assert.equal(list.code, 0, list.stderr);
  assert.ok(JSON.parse(list.stdout).measures.length >= 20);
  const one = cli(['measure', 'it-al-protocol', '--json', '--months', '6'], { CROSSINGS_DB: db });
  assert.equal(one.code, 0, one.stderr);
  const r = JSON.parse(one.stdout);
  assert.equal(r.months, 6);
  assert.deepEqual(r.stated_figures.map((f: { value: number }) => f.value), [3000, 36000]);
  // Italy and Albania: the UK–Albania communiqué (Albania) and the EU's measures (Italy), not the UK–France ones.
  assert.deepEqual(r.concurrent.map((c: { id: string }) => c.id), ['gb-al-joint-communique', 'eu-tn-mou', 'eu-eg-partnership', 'eu-pact-migration-asylum']);
  const bad = cli(['measure', 'nope'], { CROSSINGS_DB: db });
  assert.equal(bad.code, 3);
});
