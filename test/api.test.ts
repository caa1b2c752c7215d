/** The HTTP API in-process (app.request), on a store built from the fixture mirror; every error has one JSON shape. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp } from '../src/server/app.js';
import { startServer } from '../src/server/serve.js';
import { tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let app: Hono;
let closeApp: () => Promise<void>;
let db = '';
let web = '';

before(async () => {
  db = join(tmp(), 'api.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  web = tmp('crossings-web-');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>crossings</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  ({ app, close: closeApp } = createApp({ dbPath: db, webRoot: web }));
});
after(async () => {
  await closeApp();
});

const json = async (path: string, init?: RequestInit) => {
  const r = await app.request(path, init);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: (await r.json()) as Record<string, any> };
};
const post = (path: string, body: unknown) => json(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

function assertErrorShape(r: { status: number; body: Record<string, unknown> }, status: number, code: string) {
  assert.equal(r.status, status);
  assert.deepEqual(Object.keys(r.body).sort(), ['code', 'error', 'ok', 'status']);
  assert.equal(r.body.ok, false);
  assert.equal(r.body.status, status);
  assert.equal(r.body.code, code);
  assert.equal(typeof r.body.error, 'string');
}

test('GET /api/metrics lists the catalogue with coverage', async () => {
  const r = await json('/api/metrics');
  assert.equal(r.status, 200);
  const deaths = r.body.metrics.find((m: { id: string }) => m.id === 'deaths.dead_and_missing');
  assert.deepEqual(deaths.coverage, { from: '2023-06-14', to: '2025-05-02', values: 9 }, 'first and last dated incident; 9 current incidents (the export has 7 rows less its 2025 one, the API 3)');
  assert.equal(deaths.relation, undefined, 'internal SQL is not exposed');
});

test('GET /api/series: JSON, dimension filters and CSV', async () => {
  const r = await json('/api/series/deaths.dead_and_missing?by=year');
  assert.deepEqual(r.body.rows, [{ period: '2020', value: 2 }, { period: '2023', value: 582 }, { period: '2024', value: 1030 }, { period: '2025', value: 1038 }]);
  const ch = await json('/api/series/deaths.dead_and_missing?by=year&route=English%20Channel%20to%20the%20UK');
  assert.deepEqual(ch.body.rows, [{ period: '2024', value: 8 }, { period: '2025', value: 4 }]);
  const csv = await app.request('/api/series/deaths.dead_and_missing?by=year&format=csv');
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(await csv.text(), 'period,value\n2020,2\n2023,582\n2024,1030\n2025,1038\n');
});

test('GET /api/incidents is GeoJSON with coordinates as [lon, lat]', async () => {
  const r = await json('/api/incidents?route=English%20Channel%20to%20the%20UK');
  assert.equal(r.type, 'application/geo+json');
  assert.equal(r.body.type, 'FeatureCollection');
  const f = r.body.features.find((x: { properties: { id: string } }) => x.properties.id === '2024.T002');
  assert.deepEqual(f.geometry.coordinates, [1.61, 50.77]);
  assert.equal(r.body.features.length, 3);
});

test('GET /api/sources gives releases with checksums and issues', async () => {
  const r = await json('/api/sources');
  assert.deepEqual(r.body.releases.map((x: { source_id: string }) => x.source_id), ['iom', 'iom', 'published']);
  assert.match(r.body.releases[0].sha256, /^[0-9a-f]{64}$/);
  assert.ok(r.body.releases[0].issues.length > 0);
});

test('POST /api/check returns the verdict JSON', async () => {
  const r = await post('/api/check', { text: 'At least 580 people died in 2023.', date: '2025-01-01' });
  assert.equal(r.status, 200);
  assert.equal(r.body.claims[0].verdict, 'accurate');
  assert.equal(r.body.claims[0].evidence[0].value, 582);
});

test('POST /api/sql runs a SELECT and refuses the rest', async () => {
  const r = await post('/api/sql', { sql: 'SELECT sum(total)::INTEGER AS t FROM incidents_current WHERE year = 2023' });
  assert.deepEqual(r.body.rows, [{ t: 582 }]);
  assertErrorShape(await post('/api/sql', { sql: "SELECT * FROM read_csv('/etc/passwd')" }), 403, 'SQL_REFUSED');
  assertErrorShape(await post('/api/sql', { sql: "COPY incidents TO '/tmp/x.csv'" }), 403, 'SQL_REFUSED');
  assertErrorShape(await post('/api/sql', { sql: "ATTACH '/tmp/x.duckdb'" }), 403, 'SQL_REFUSED');
  assertErrorShape(await post('/api/sql', { sql: 'SET threads = 1' }), 403, 'SQL_REFUSED');
});

test('GET /api/openapi.json describes every route', async () => {
  const r = await json('/api/openapi.json');
  assert.equal(r.body.openapi, '3.1.0');
  for (const p of ['/api/metrics', '/api/series/{metric}', '/api/incidents', '/api/sources', '/api/check', '/api/sql']) assert.ok(r.body.paths[p], p);
  assert.ok(r.body.paths['/api/check'].post.requestBody);
});

test('every error has the same JSON shape', async () => {
  assertErrorShape(await json('/api/nope'), 404, 'NOT_FOUND');
  assertErrorShape(await json('/api/series/nope'), 404, 'UNKNOWN_METRIC');
  assertErrorShape(await json('/api/series/deaths.dead_and_missing?colour=red'), 400, 'UNKNOWN_DIMENSION');
  assertErrorShape(await json('/api/series/deaths.dead_and_missing?by=fortnight'), 400, 'USAGE');
  assertErrorShape(await json('/api/series/deaths.dead_and_missing?from=yesterday'), 400, 'USAGE');
  assertErrorShape(await json('/api/incidents?limit=0'), 400, 'USAGE');
  assertErrorShape(await post('/api/check', 'not json'), 400, 'USAGE');
  assertErrorShape(await post('/api/check', { text: '' }), 400, 'USAGE');
  assertErrorShape(await post('/api/check', { text: 'x', date: '2025-13-01' }), 400, 'BAD_PERIOD');
  assertErrorShape(await post('/api/check', { text: 'x'.repeat(600 * 1024) }), 413, 'FILE_TOO_LARGE');
  const { app: noStore, close: close2 } = createApp({ dbPath: join(tmp(), 'missing.duckdb') });
  const r = await noStore.request('/api/metrics');
  assertErrorShape({ status: r.status, body: (await r.json()) as Record<string, unknown> }, 503, 'NO_STORE');
  await close2();
});

test('static files: the dashboard, client routes, security headers, no path traversal', async () => {
  const index = await app.request('/');
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<title>crossings/);
  assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await app.request('/channel')).status, 200, 'client-side route');
  assert.equal((await app.request('/assets/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/%00']) {
    const r = await app.request(p);
    const body = await r.text();
    assert.doesNotMatch(body, /root:/, p);
    // Either refused, or (once the URL's ".." segments are resolved) the app's own page.
    assert.ok(r.status === 404 || r.status === 400 || (r.status === 200 && body.includes('<title>crossings')), `${p} → ${r.status}`);
  }
  assert.equal((await app.request('/missing.js')).status, 404);
});

test('a real server on loopback answers, and refuses slow and oversized requests cleanly', async () => {
  const s = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: web });
  try {
    const r = await fetch(`${s.url}/api/series/deaths.dead_and_missing?by=year`);
    assert.equal(r.status, 200);
    const big = await fetch(`${s.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(700 * 1024) }) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { code: string }).code, 'FILE_TOO_LARGE');
  } finally {
    await s.close();
  }
});
