/**
 * Fuzzing /api/check and /api/sql (issue 11): random texts built from reporting's own pieces
 * (figures, hedges, months, measures, punctuation, repetition) and random SELECTs built from
 * the functions that hurt (repeat, range, glob, lists, joins of ranges). Every answer must be
 * one of the statuses the limits produce, in the one JSON error shape, and of bounded size;
 * the limits themselves (check deadline, SQL time and memory, result size) stop the rest.
 * Fixed seeds and a fixed budget, so CI runs the same cases every time.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp, type App } from '../src/server/app.js';
import { tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let a: App;
before(async () => {
  const db = join(tmp(), 'fuzz.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  a = createApp({ dbPath: db, webRoot: null, checkWorkers: 1, checkDeadlineMs: 5_000, sqlLimits: { timeoutMs: 1_000 } });
});
after(() => a.close());

/** 8 MB: the largest answer the limits allow (a check of 1,000 claims; a SQL result). */
const MAX_BODY = 8 * 1024 * 1024;

async function answer(path: string, body: unknown): Promise<{ status: number; size: number; json: Record<string, unknown> }> {
  const r = await a.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, size: text.length, json: JSON.parse(text) as Record<string, unknown> };
}

function assertShape(res: { status: number; size: number; json: Record<string, unknown> }, allowed: number[], what: string): void {
  assert.ok(allowed.includes(res.status), `${what}: status ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
  assert.ok(res.size <= MAX_BODY, `${what}: ${res.size} bytes`);
  if (res.status !== 200) assert.deepEqual(Object.keys(res.json).sort(), ['code', 'error', 'ok', 'status'], what);
}

const PIECES = ['In 2023,', 'nearly', 'more than', 'about', '1,000', '45,774', '5', '50%', 'a third', 'one in 50', 'people', 'migrants', 'died', 'crossed', 'the Channel', 'the Mediterranean', 'small boats', 'arrivals', 'deaths', 'in January', 'since 2018', 'so far this year', 'compared with', 'the same period last year', 'up', 'down', 'by', 'fell', 'rose', 'record', 'highest', 'second', 'per boat', 'each', '(', ')', ',', '.', ';', '—', 'respectively', 'Albanians', 'Frontex', 'IOM', 'than', 'of whom', 'the first 100 boats'];

test('fuzz /api/check: every answer is 200 or a typed error, of bounded size', async () => {
  const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).chain((ws) => fc.integer({ min: 1, max: 40 }).map((k) => Array.from({ length: k }, () => ws.join(' ')).join(' ')));
  await fc.assert(
    fc.asyncProperty(text, fc.constantFrom('2024-06-01', '2025-01-15', undefined), async (t, date) => {
      const res = await answer('/api/check', { text: t.slice(0, 200_000), ...(date ? { date } : {}) });
      assertShape(res, [200, 400, 503, 504], t.slice(0, 120));
    }),
    { seed: 20261202, numRuns: 40 },
  );
});

test('fuzz /api/sql: every answer is 200 or a typed error (time, memory, size, refusal), of bounded size', async () => {
  const n = fc.constantFrom(1, 10, 1_000, 100_000, 10_000_000, 1_500_000_000);
  const expr = fc.oneof(
    n.map((k) => `select len(range(${k})) AS x`),
    n.map((k) => `select repeat('x', ${k}) AS x`),
    fc.tuple(n, n).map(([k, m]) => `select count(*) AS x from range(${k}) a, range(${m}) b`),
    fc.integer({ min: 1, max: 12 }).map((k) => `select repeat('a', 100) glob repeat('*a', ${k}) || '*b' AS x`),
    n.map((k) => `select string_agg(i::VARCHAR, ',') AS x from range(${k}) t(i)`),
    fc.constantFrom('select * from duckdb_settings()', "select current_setting('memory_limit') AS x", 'select * from observations limit 5', 'select 1; select 2', "select * from read_csv('/etc/passwd')", 'selec 1'),
  );
  await fc.assert(
    fc.asyncProperty(expr, async (sql) => {
      const res = await answer('/api/sql', { sql });
      assertShape(res, [200, 400, 403, 500, 503], sql);
      if (res.status === 500) assert.equal(res.json.code, 'INTERNAL', sql);
    }),
    { seed: 20261202, numRuns: 25 },
  );
  // Whatever ran, the SQL processes are still there and answer.
  const after = await answer('/api/sql', { sql: 'select 6 * 7 AS x' });
  assert.deepEqual(after.json.rows, [{ x: 42 }]);
});
