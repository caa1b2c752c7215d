/**
 * Readers never see a swap (issue 11, finding 5): a request holds the store it started on
 * until it ends, and an old store closes only when its last request has finished. Eight
 * updates under eight querying clients: zero failed reads, and the old stores do close.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { createApp } from '../src/server/app.js';
import { tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

test('eight updates under eight readers: every read answers, and retired stores close', async () => {
  const db = join(tmp(), 'swap.duckdb');
  const mirror = makeMirror();
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: mirror } });
  const { app, store, close } = createApp({ dbPath: db, webRoot: null, checkWorkers: false });
  let stop = false;
  let n = 0;
  const failures: string[] = [];
  // Each URL is new, so no answer comes from the cache: every read touches the store.
  const paths = (k: number) => [`/api/measures/uk-labour-government-2024?months=${1 + (k % 36)}`, `/api/sources?issues=all&n=${k}`, `/api/series/deaths.dead_and_missing?by=year&from=2014&to=${2015 + (k % 9)}`, `/api/health`, `/api/metrics?n=${k}`];
  const reader = async () => {
    while (!stop) {
      const k = n++;
      for (const p of paths(k)) {
        const r = await app.request(p);
        if (r.status !== 200) failures.push(`${p}: ${r.status} ${(await r.text()).slice(0, 200)}`);
        else await r.arrayBuffer();
      }
      const c = await app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `In 2023, ${500 + (k % 100)} people died crossing the Mediterranean.`, date: '2024-06-01' }) });
      if (c.status !== 200) failures.push(`check: ${c.status} ${(await c.text()).slice(0, 200)}`);
    }
  };
  const readers = Array.from({ length: 8 }, () => reader());
  try {
    for (let u = 0; u < 8; u++) {
      await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: mirror } });
      // The server looks for a new file at most once a second.
      await new Promise((r) => setTimeout(r, 1_100));
    }
  } finally {
    stop = true;
    await Promise.all(readers);
  }
  try {
    assert.deepEqual(failures, []);
    assert.ok(n > 40, `${n} rounds of reads`);
    assert.ok(store.closedGenerations >= 4, `${store.closedGenerations} old stores closed`);
  } finally {
    await close();
  }
});
