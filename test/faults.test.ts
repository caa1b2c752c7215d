/** Faults and load: updates killed mid-way, concurrent readers, a bounded load test, slow clients. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { openStore } from '../src/store/open.js';
import { runSeries } from '../src/metrics/series.js';
import { startServer } from '../src/server/serve.js';
import { MIRROR, NO_MIRROR, ROOT, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

async function yearTotal(db: string, year: string): Promise<number | undefined> {
  const s = await openStore(db);
  try {
    return (await runSeries(s.conn, { metric: 'deaths.dead_and_missing', by: 'year' })).rows.find((r) => r.period === year)?.value;
  } finally {
    s.close();
  }
}

test('kill -9 during update, at several points, leaves the previous store intact and usable', { skip: NO_MIRROR, timeout: 180_000 }, async () => {
  const dir = tmp();
  const db = join(dir, 'store.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  const good = readFileSync(db);
  for (const afterMs of [150, 600, 1200, 2000, 3000]) {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'crossings.js'), 'update', '--from', MIRROR], { env: { ...process.env, CROSSINGS_DB: db }, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, afterMs));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const swapped = !readFileSync(db).equals(good);
    if (swapped) {
      // The update finished before the kill: then the new store must be whole.
      assert.equal(await yearTotal(db, '2024'), 9002, `killed after ${afterMs} ms, after the swap`);
      return;
    }
    assert.equal(await yearTotal(db, '2023'), 582, `killed after ${afterMs} ms: the old store still answers`);
  }
  // The next update takes over the dead process's lock, clears its half-built file and succeeds.
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  assert.deepEqual(readdirSync(dir).filter((f) => f !== 'store.duckdb'), [], 'no lock or half-built file is left');
});

test('readers keep getting answers while an update runs', { timeout: 60_000 }, async () => {
  const db = join(tmp(), 'r.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  let answers = 0;
  let done = false;
  const reading = (async () => {
    while (!done) {
      const v = await yearTotal(db, '2023');
      assert.equal(v, 582);
      answers++;
    }
  })();
  for (let i = 0; i < 3; i++) await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  done = true;
  await reading;
  assert.ok(answers > 0);
});

test('load: 50 clients on /api/check and /api/series for 2 s each, no errors', { timeout: 60_000 }, async () => {
  const db = join(tmp(), 'load.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  const s = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: null });
  try {
    let n = 0;
    const check = await autocannon({
      url: `${s.url}/api/check`,
      connections: 50,
      duration: 2,
      headers: { 'content-type': 'application/json' },
      requests: [{ method: 'POST', setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify({ text: 'Nearly 600 people died in 2023 and more than 1,000 in 2024.', date: `2025-0${(n++ % 9) + 1}-15` }) }) }],
    });
    assert.equal(check.errors, 0);
    assert.equal(check.non2xx, 0);
    assert.equal(check.timeouts, 0);
    assert.ok(check.requests.total > 100);
    const series = await autocannon({ url: `${s.url}/api/series/deaths.dead_and_missing?by=month`, connections: 50, duration: 2 });
    assert.equal(series.errors + series.non2xx + series.timeouts, 0);
  } finally {
    await s.close();
  }
});

test('a slow client that never finishes its headers is cut off', { timeout: 30_000 }, async () => {
  const db = join(tmp(), 'slow.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  const s = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: null, headersTimeoutMs: 1000 });
  try {
    const { port } = new URL(s.url);
    const closed = await new Promise<string>((resolve) => {
      const sock = connect(Number(port), '127.0.0.1', () => sock.write('GET /api/metrics HTTP/1.1\r\nHost: x\r\n'));
      let data = '';
      sock.on('data', (d) => (data += d.toString()));
      sock.on('close', () => resolve(data));
      // Keep trickling, never ending the headers.
      const t = setInterval(() => sock.writable && sock.write('X-Slow: 1\r\n'), 200);
      sock.on('close', () => clearInterval(t));
    });
    assert.match(closed, /^HTTP\/1\.1 408|^$/, 'closed with 408 Request Timeout or without an answer');
  } finally {
    await s.close();
  }
  assert.ok(existsSync(db));
});

test('crossings serve --workers 2: worker processes share the port, answer, and all stop on SIGTERM', { timeout: 60_000 }, async () => {
  const db = join(tmp(), 'workers.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'crossings.js'), 'serve', '--port', '0', '--workers', '2', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/[^\s]+?)\/? with 2 workers/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on('close', () => reject(new Error(`serve exited: ${err}`)));
  });
  for (let i = 0; i < 4; i++) {
    const r = await fetch(`${url}/api/series/deaths.dead_and_missing?by=year`);
    assert.equal(r.status, 200);
  }
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.equal(code, 0, err);
});
