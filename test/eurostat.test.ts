/** Eurostat's legacy bulk CSVs: Latin-1, "225,415" numbers, ":" for missing, flags; aggregates used as totals, never summed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { openStore, query } from '../src/store/open.js';
import { runSeries } from '../src/metrics/series.js';
import { eurostat } from '../src/sources/eurostat.js';
import { getMetric } from '../src/metrics/catalogue.js';
import { tmp } from './helpers.js';

const LEGACY = [
  '"TIME","GEO","CITIZEN","INDIC_MG","UNIT","Value","Flag and Footnotes"',
  '"2015","European Union (28 countries)","Côte d\'Ivoire","Total number of persons returned","Person","1,250","d"',
  '"2015","France","Côte d\'Ivoire","Total number of persons returned","Person","1,000",""',
  '"2015","Belgium","Côte d\'Ivoire","Total number of persons returned","Person","250","p"',
  '"2015","Iceland","Côte d\'Ivoire","Total number of persons returned","Person",":",""',
  '"2016","European Union (28 countries)","Côte d\'Ivoire","Total number of persons returned","Person","2,000",""',
].join('\r\n');

test('a Latin-1 legacy file: accents, thousands separators, ":" and flags; the EU28 row is the total', async () => {
  const dir = tmp('crossings-eu-');
  mkdirSync(join(dir, 'eurostat'));
  writeFileSync(join(dir, 'eurostat', 'migr_eirtn_returned_by_citizen_fixture_legacy.csv'), Buffer.from(LEGACY, 'latin1'));
  const db = join(tmp(), 'eu.duckdb');
  const summary = await buildStore({ dbPath: db, sources: [eurostat], origin: { kind: 'mirror', dir } });
  assert.equal(summary.releases[0]!.rows, 5);
  assert.equal(summary.releases[0]!.issues, 0, '":" is a missing-value marker, not a bad cell');
  const s = await openStore(db);
  try {
    const eu = await runSeries(s.conn, { metric: 'eu.returned_legacy_by_citizen', by: 'year' });
    assert.deepEqual(eu.rows, [{ period: '2015', value: 1250 }, { period: '2016', value: 2000 }], 'the EU28 aggregate, not EU28 + France + Belgium');
    const fr = await runSeries(s.conn, { metric: 'eu.returned_legacy_by_citizen', by: 'year', where: { geo: 'France' } });
    assert.deepEqual(fr.rows, [{ period: '2015', value: 1000 }]);
    const rel = getMetric('eu.returned_legacy_by_citizen').relation;
    const rows = await query<{ citizen: string; flag: string | null; value: number | null }>(s.conn, `SELECT citizen, flag, value FROM (${rel}) WHERE geo IN ('Belgium', 'Iceland') ORDER BY geo`);
    assert.deepEqual(rows, [{ citizen: "Côte d'Ivoire", flag: 'p', value: 250 }, { citizen: "Côte d'Ivoire", flag: null, value: null }]);
  } finally {
    s.close();
  }
});
