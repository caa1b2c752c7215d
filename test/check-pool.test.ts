/**
 * The claim checker off the event loop (issue 11, finding 3): checks run in child processes with
 * their own store, a check past its deadline is stopped and its process replaced, a full queue
 * answers 503 with Retry-After, and health answers while checks run. Ordering, not timings, is asserted.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp } from '../src/server/app.js';
import { tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

let db = '';
before(async () => {
  db = join(tmp(), 'pool.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
});

const body = (text: string, date = '2025-06-01') => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date }) });
/** A long text of ordinary sentences: the most work a check is allowed (the sentence limit), and far more than a health check. */
const LONG = 'In 2023, 1,234 people died crossing the Mediterranean. '.repeat(3_000);

test('a check in a check process answers as in-process, and /api/health answers while a long check runs', async () => {
  const { app, close } = createApp({ dbPath: db, webRoot: null });
  const inProcess = createApp({ dbPath: db, webRoot: null, checkWorkers: false });
  try {
    const text = 'Nearly 600 people died in 2023.';
    const [a, b] = await Promise.all([app.request('/api/check', body(text)), inProcess.app.request('/api/check', body(text))]);
    assert.deepEqual(await a.json(), await b.json());
    const order: string[] = [];
    const long = Promise.resolve(app.request('/api/check', body(LONG))).then((r) => order.push(`check ${r.status}`));
    await new Promise((r) => setTimeout(r, 50));
    const health = Promise.resolve(app.request('/api/health')).then((r) => order.push(`health ${r.status}`));
    await Promise.all([long, health]);
    assert.deepEqual(order, ['health 200', 'check 200']);
  } finally {
    await close();
    await inProcess.close();
  }
});

test('a check past its deadline is stopped with 504 CHECK_TIMEOUT, its process replaced, and the next check answered', async () => {
  const { app, checks, close } = createApp({ dbPath: db, webRoot: null, checkWorkers: 1, checkDeadlineMs: 300 });
  try {
    // Stopped three times over, at whatever point of the reader or of DuckDB the deadline falls:
    // terminating a worker thread inside DuckDB aborted this whole process (Napi::Error), killing a process does not.
    for (let k = 0; k < 3; k++) {
      const slow = await app.request('/api/check', body(LONG.replace('1,234', String(3000 + k))));
      assert.equal(slow.status, 504);
      assert.deepEqual(Object.keys(await slow.json()).sort(), ['code', 'error', 'ok', 'status']);
    }
    assert.equal(checks!.stats().spawned, 4);
    // A new process takes the place of the one stopped, and answers the next check.
    assert.equal((await app.request('/api/check', body('Nearly 600 people died in 2023.'))).status, 200);
    assert.equal((await app.request('/api/health')).status, 200);
  } finally {
    await close();
  }
});

test('a full queue answers 503 SERVER_BUSY with Retry-After; the checks it took are answered', async () => {
  const { app, close } = createApp({ dbPath: db, webRoot: null, checkWorkers: 1, checkQueue: 2 });
  try {
    const rs = await Promise.all(Array.from({ length: 8 }, (_, i) => Promise.resolve(app.request('/api/check', body(`In 2023, ${1000 + i * 7} people died crossing the Mediterranean.`)))));
    const busy = rs.filter((r) => r.status === 503);
    assert.ok(busy.length >= 4, rs.map((r) => r.status).join(','));
    assert.equal(busy[0]!.headers.get('retry-after'), '2');
    assert.equal(((await busy[0]!.json()) as { code: string }).code, 'SERVER_BUSY');
    assert.ok(rs.filter((r) => r.status === 200).length >= 2);
  } finally {
    await close();
  }
});

test('checks whose clients have gone are dropped from the queue or stopped: nothing runs for them afterwards', async () => {
  const { app, checks, close } = createApp({ dbPath: db, webRoot: null, checkWorkers: 1, checkQueue: 16 });
  try {
    const gone = await Promise.all(
      Array.from({ length: 8 }, (_, i) => Promise.resolve(app.request('/api/check', { ...body(LONG.replace('1,234', String(2000 + i))), signal: AbortSignal.timeout(100) })).then(
        async (r) => ((await r.json()) as { error: string }).error,
        () => 'abandoned',
      )),
    );
    // In-process the abandoned request still gets an answer object; a socket's client would not read it.
    for (const g of gone) assert.match(g, /cancelled: the client went away|abandoned/);
    let s = checks!.stats();
    for (let k = 0; k < 50 && (s.queued || s.running); k++) {
      await new Promise((r) => setTimeout(r, 20));
      s = checks!.stats();
    }
    assert.deepEqual([s.queued, s.running], [0, 0]);
    const next = await app.request('/api/check', body('Nearly 600 people died in 2023.'));
    assert.equal(next.status, 200);
  } finally {
    await close();
  }
});
