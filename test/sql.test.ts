/** The read-only SQL path cannot reach the machine. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { openStore, type Store } from '../src/store/open.js';
import { runUserSql, SQL_LIMITS } from '../src/store/sandbox.js';
import { SOURCES } from '../src/sources/index.js';
import { CrossingsError } from '../src/errors.js';
import { cli, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let db = '';
let store: Store;
before(async () => {
  db = join(tmp(), 'sql.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  store = await openStore(db);
});
after(() => store.close());

const refused = (code: string) => (e: CrossingsError) => {
  assert.ok(e instanceof CrossingsError, String(e));
  assert.equal(e.code, code, e.message);
  return true;
};

test('SELECT works and rows are capped', async () => {
  const r = await runUserSql(store.conn, 'SELECT year, sum(total)::INTEGER AS t FROM incidents_current WHERE year = 2023 GROUP BY 1');
  assert.deepEqual(r.rows, [{ year: 2023, t: 582 }]);
  const big = await runUserSql(store.conn, 'SELECT * FROM range(100000)', { ...SQL_LIMITS, maxRows: 10 });
  assert.equal(big.rows.length, 10);
  assert.equal(big.truncated, true);
});

for (const [what, sql, code] of [
  ['reading a file', "SELECT * FROM read_csv('/etc/passwd')", 'SQL_REFUSED'],
  ['reading a file as text', "SELECT * FROM read_text('/etc/hostname')", 'SQL_REFUSED'],
  ['globbing the file system', "SELECT * FROM glob('/*')", 'SQL_REFUSED'],
  ['writing a file', "COPY (SELECT 1) TO '/tmp/crossings-pwned.csv'", 'SQL_REFUSED'],
  ['attaching a database', "ATTACH '/tmp/other.duckdb' AS o", 'SQL_REFUSED'],
  ['installing an extension', 'INSTALL httpfs', 'SQL_REFUSED'],
  ['loading an extension', 'LOAD httpfs', 'SQL_REFUSED'],
  ['changing a setting', "SET enable_external_access = true", 'SQL_REFUSED'],
  ['resetting the lock', 'RESET lock_configuration', 'SQL_REFUSED'],
  ['creating a table', 'CREATE TABLE t AS SELECT 1', 'SQL_REFUSED'],
  ['deleting rows', 'DELETE FROM incidents', 'SQL_REFUSED'],
  ['two statements', 'SELECT 1; SELECT 2', 'SQL_REFUSED'],
  ['a syntax error', 'SELEKT 1', 'SQL_ERROR'],
] as const) {
  test(`refuses ${what}`, async () => {
    await assert.rejects(runUserSql(store.conn, sql), refused(code));
  });
}

test('a query that runs too long is stopped', async () => {
  await assert.rejects(
    runUserSql(store.conn, 'SELECT count(*) FROM range(100000000000) a', { ...SQL_LIMITS, maxRows: 10, timeoutMs: 300 }),
    refused('SQL_LIMIT'),
  );
  const again = await runUserSql(store.conn, 'SELECT 42 AS x');
  assert.deepEqual(again.rows, [{ x: 42 }], 'the connection still answers after an interrupt');
});

test('the CLI refuses file access and COPY with a one-line message', () => {
  for (const sql of ["select * from read_csv('/etc/passwd')", "COPY (select 1) TO '/tmp/crossings-pwned.csv'"]) {
    const r = cli(['sql', sql], { CROSSINGS_DB: db });
    assert.equal(r.code, 8, r.stderr);
    assert.match(r.stderr, /^crossings: refused/);
    assert.equal(r.stdout, '');
  }
});
