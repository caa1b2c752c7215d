/**
 * User SQL is bounded for certain (issue 11, findings 1 and 2): it runs in a child process
 * that is killed at the deadline, with a memory limit per query and a result-size limit; a
 * query whose client has gone is cancelled; settings and file paths are not readable.
 * Outcomes and ordering are asserted, not timings (docs/benchmarks.md measures those).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp, type App } from '../src/server/app.js';
import { cli, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let db = '';
let a: App;
before(async () => {
  db = join(tmp(), 'bounds.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  a = createApp({ dbPath: db, webRoot: null, checkWorkers: false, sqlQueue: 64, sqlLimits: { timeoutMs: 1_500 } });
});
after(() => a.close());

/** One long GLOB over `repeat`: DuckDB's interrupt does not stop it (the red team's query). */
const GLOB = "select repeat('a',100) glob repeat('*a',6)||'*b'";

const sql = async (q: string, signal?: AbortSignal) => {
  const r = await a.app.request('/api/sql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: q }), signal });
  return { status: r.status, body: (await r.json()) as { code?: string; error?: string; rows?: Record<string, unknown>[] } };
};

test('the GLOB query is stopped at its limit (the process is killed), and the next query is answered', async () => {
  const before = a.sql.stats().spawned;
  const r = await sql(GLOB);
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'SQL_LIMIT');
  assert.match(r.body.error!, /ran longer than 1500 ms and was stopped/);
  assert.equal(a.sql.stats().spawned, before + 1, 'a new process took the killed one’s place');
  const next = await sql('select 6 * 7 AS x');
  assert.deepEqual(next.body.rows, [{ x: 42 }]);
});

test('a list of 1.5 billion numbers is stopped under the memory limit (or the time limit), never a 500', async () => {
  const r = await sql('select len(range(1500000000)) AS n');
  assert.equal(r.body.code, 'SQL_LIMIT', r.body.error);
  assert.match(r.body.error!, /memory a query may use|ran longer than/);
  assert.deepEqual((await sql('select 1 AS one')).body.rows, [{ one: 1 }]);
});

test('a result too large to send is refused with its size and the limit', async () => {
  const r = await sql("select repeat('x', 3000000) AS s from range(4)");
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'SQL_LIMIT');
  assert.match(r.body.error!, /the result is 11\.\d MB; the limit is 8 MB/);
});

for (const q of [
  'select * from duckdb_settings()',
  "select current_setting('temp_directory') AS t",
  'select path from duckdb_databases()',
  'select path from duckdb_databases',
  'select * from pragma_database_list',
  "select * from query('select * from duckdb_settings()')",
  'select * from (select 1) t, duckdb_settings() s',
  "select 1 where exists (select 1 from pg_catalog.pg_settings)",
]) {
  test(`settings and file paths are not readable: ${q}`, async () => {
    const r = await sql(q);
    assert.equal(r.status, 403);
    assert.equal(r.body.code, 'SQL_REFUSED');
    assert.ok(!r.body.error!.includes(db), 'the store path is not in the error');
  });
}

test('the schema can still be explored', async () => {
  const r = await sql("select table_name from information_schema.tables where table_name = 'observations'");
  assert.deepEqual(r.body.rows, [{ table_name: 'observations' }]);
});

test('no API error or health answer carries a server path', async () => {
  const missing = join(tmp(), 'nowhere', 'missing.duckdb');
  const other = createApp({ dbPath: missing, webRoot: null, checkWorkers: false });
  try {
    const r = await other.app.request('/api/metrics');
    const text = await r.text();
    assert.equal(r.status, 503);
    assert.ok(!text.includes(missing) && !text.includes('/nowhere/'), text);
    const h = await a.app.request('/api/health');
    assert.ok(!(await h.text()).includes(db));
  } finally {
    await other.close();
  }
});

test('32 abandoned slow queries are cancelled: the queue empties, health and the next query answer', async () => {
  const server = serve({ fetch: a.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const post = (q: string, signal?: AbortSignal) => fetch(`${url}/api/sql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: q }), signal });
    const abandoned = Array.from({ length: 32 }, () => post(GLOB, AbortSignal.timeout(300)).then(() => 'answered', () => 'abandoned'));
    const outcomes = await Promise.all(abandoned);
    assert.deepEqual(new Set(outcomes), new Set(['abandoned']));
    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
    // The server notices each client's departure; nothing waits or runs for them afterwards.
    const drained = await waitFor(() => a.sql.stats().queued === 0 && a.sql.stats().running === 0);
    assert.ok(drained, JSON.stringify(a.sql.stats()));
    const next = await post('select 2 + 2 AS four');
    assert.equal(next.status, 200);
    assert.deepEqual(((await next.json()) as { rows: unknown[] }).rows, [{ four: 4 }]);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test('the CLI stops the GLOB query at its limit with a one-line message', () => {
  const r = cli(['sql', GLOB], { CROSSINGS_DB: db });
  assert.equal(r.code, 8, r.stderr);
  assert.match(r.stderr, /^crossings: the query ran longer than 5000 ms and was stopped/);
});

async function waitFor(ok: () => boolean, tries = 50): Promise<boolean> {
  for (let k = 0; k < tries; k++) {
    if (ok()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return ok();
}
