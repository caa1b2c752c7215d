/**
 * The web's rules (issue 11, finding 7): output escapes what users wrote; POST bodies are JSON
 * only; every status the server sends, Node's own included, has the one JSON error shape; a
 * wrong method is 405; only the embed route may be framed; HSTS only over HTTPS; impossible
 * claim dates are refused.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp, type App } from '../src/server/app.js';
import { startServer } from '../src/server/serve.js';
import { cli, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let db = '';
let web = '';
let a: App;
before(async () => {
  db = join(tmp(), 'web.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  web = join(tmp(), 'dist');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>crossings</title>');
  a = createApp({ dbPath: db, webRoot: web, checkWorkers: false });
});
after(() => a.close());

const SCRIPT = 'In 2023, 582 people died <script>alert(1)</script> crossing the Mediterranean.';

test('Markdown and ClaimReview output never pass a script through', () => {
  const md = cli(['check', SCRIPT, '--date', '2024-06-01', '--markdown'], { CROSSINGS_DB: db });
  assert.equal(md.code, 0, md.stderr);
  assert.doesNotMatch(md.stdout, /<script|<\/script/i);
  assert.match(md.stdout, /&lt;script&gt;/);
  const cr = cli(['check', SCRIPT, '--date', '2024-06-01', '--claimreview'], { CROSSINGS_DB: db });
  assert.equal(cr.code, 0, cr.stderr);
  assert.doesNotMatch(cr.stdout, /[<>]/, 'inside <script type="application/ld+json"> nothing can close the element');
  const reviews = JSON.parse(cr.stdout) as { claimReviewed: string }[];
  assert.ok(reviews.some((r) => r.claimReviewed.includes('<script>')), 'the text itself is kept, escaped only in the JSON');
});

test('POST endpoints take JSON only: text/plain (a cross-site form post) is 415 in the one error shape', async () => {
  for (const path of ['/api/check', '/api/sql']) {
    const r = await a.app.request(path, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ text: SCRIPT, sql: 'select 1' }) });
    assert.equal(r.status, 415, path);
    assert.deepEqual(Object.keys((await r.json()) as object).sort(), ['code', 'error', 'ok', 'status']);
  }
  const ok = await a.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ text: SCRIPT, date: '2024-06-01' }) });
  assert.equal(ok.status, 200);
});

test('a wrong method on a route that exists is 405 with Allow; an unknown route is 404', async () => {
  const get = await a.app.request('/api/check');
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
  assert.equal(((await get.json()) as { code: string }).code, 'METHOD_NOT_ALLOWED');
  const del = await a.app.request('/api/series/deaths.dead_and_missing', { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET');
  assert.equal((await a.app.request('/api/nothing-here')).status, 404);
});

test('impossible claim dates are refused, real ones taken', async () => {
  const post = (date: string) => a.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: SCRIPT, date }) });
  for (const d of ['2024-02-30', '2023-13-01', '2023-00-10']) {
    const r = await post(d);
    assert.equal(r.status, 400, d);
    assert.equal(((await r.json()) as { code: string }).code, 'BAD_PERIOD');
  }
  assert.equal((await post('2024-02-29')).status, 200);
});

test('only the embed route may be framed by other sites; HSTS only over HTTPS', async () => {
  const page = await a.app.request('/');
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
  assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.equal(page.headers.get('strict-transport-security'), null, 'no HSTS over plain HTTP');
  const embed = await a.app.request('/embed');
  assert.match(embed.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
  assert.equal(embed.headers.get('x-frame-options'), null);
  const proxied = await a.app.request('/', { headers: { 'x-forwarded-proto': 'https' } });
  assert.match(proxied.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
});

test('requests Node refuses itself (bad syntax, headers too large) get the JSON error shape', async () => {
  const s = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: null });
  const { port } = new URL(s.url);
  const raw = (bytes: string) =>
    new Promise<string>((resolve) => {
      const sock = connect(Number(port), '127.0.0.1', () => sock.write(bytes));
      let got = '';
      sock.on('data', (d) => (got += d.toString()));
      sock.on('close', () => resolve(got));
      sock.on('error', () => resolve(got));
    });
  try {
    for (const [bytes, status] of [
      ['GARBAGE / NOT-HTTP\r\n\r\n', 400],
      [`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`, 431],
    ] as const) {
      const answer = await raw(bytes);
      assert.match(answer, new RegExp(`^HTTP/1\\.1 ${status} `), answer.slice(0, 80));
      assert.match(answer, /content-type: application\/json/i);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { ok: boolean; status: number; code: string };
      assert.deepEqual([body.ok, body.status], [false, status]);
    }
  } finally {
    await s.close();
  }
});
