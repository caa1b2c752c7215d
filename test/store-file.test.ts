/**
 * The store file is the store's (issue 11, finding 4): `--db` refuses anything that is not
 * a crossings store or nothing in an existing folder, and leaves it untouched; the update
 * lock is taken atomically and a stale lock is taken over by one process only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cli, ROOT, tmp } from './helpers.js';
import { makeMirror } from './fixtures/mirror.js';

const update = (db: string) => cli(['update', '--from', makeMirror(), '--db', db]);

test('update --db refuses a text file, a directory, a missing folder and a device, and leaves each untouched', () => {
  const dir = tmp();
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'my notes\n');
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  const missing = join(dir, 'no-such-folder', 'store.duckdb');
  const cases: [string, string, RegExp][] = [
    ['a text file', text, /notes\.txt is not a crossings store \(not a DuckDB file\); an update replaces only a crossings store/],
    ['a directory', folder, /folder is a directory; an update replaces only a crossings store/],
    ['a missing folder', missing, /the folder .*no-such-folder does not exist/],
  ];
  if (existsSync('/dev/null')) cases.push(['a device', '/dev/null', /\/dev\/null is a device/]);
  for (const [what, path, message] of cases) {
    const r = update(path);
    assert.equal(r.code, 2, `${what}: ${r.stderr}`);
    assert.match(r.stderr, message, what);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: one line`);
  }
  assert.equal(readFileSync(text, 'utf8'), 'my notes\n');
  assert.ok(statSync(folder).isDirectory());
  assert.ok(!existsSync(join(dir, 'no-such-folder')));
  if (existsSync('/dev/null')) assert.ok(statSync('/dev/null').isCharacterDevice());
  assert.ok(!existsSync(`${text}.lock`) && !existsSync(`${folder}.lock`), 'no lock left beside a refused path');
});

test('update --db refuses a DuckDB file that is not a crossings store, byte for byte untouched; a store is replaced', async () => {
  const dir = tmp();
  const other = join(dir, 'other.duckdb');
  const inst = await DuckDBInstance.create(other);
  const conn = await inst.connect();
  await conn.run('CREATE TABLE mine AS SELECT 42 AS answer');
  conn.closeSync();
  inst.closeSync();
  const before = readFileSync(other);
  const r = update(other);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /a DuckDB file but not a crossings store/);
  assert.ok(readFileSync(other).equals(before));

  const store = join(dir, 'store.duckdb');
  assert.equal(update(store).code, 0, 'nothing there: created');
  const again = update(store);
  assert.equal(again.code, 0, `a crossings store: replaced (${again.stderr})`);
});

test('reading from a path that is not a store says what the path is, in one line', () => {
  const dir = tmp();
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'my notes\n');
  for (const [path, message] of [
    [dir, /is a directory, not a store/],
    [text, /is not a crossings store \(not a DuckDB file\)/],
  ] as const) {
    const r = cli(['series', 'deaths.dead_and_missing', '--db', path]);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

test('eight processes taking over one stale lock at once: exactly one wins', async () => {
  const db = join(tmp(), 'race.duckdb');
  writeFileSync(`${db}.lock`, '999999999'); // a dead process's lock
  const script = `
    import { acquireLock } from ${JSON.stringify(join(ROOT, 'src', 'store', 'lock.ts'))};
    const go = Number(process.argv[1]);
    while (Date.now() < go) {} // start together
    try { const release = acquireLock(${JSON.stringify(db)}); console.log('won'); setTimeout(release, 800); }
    catch (e) { console.log(e.code ?? String(e)); }`;
  const go = Date.now() + 1_500;
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, () =>
      new Promise<string>((resolve) => {
        const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, String(go)], { cwd: ROOT });
        let out = '';
        p.stdout.on('data', (d: Buffer) => (out += d.toString()));
        p.on('close', () => resolve(out.trim()));
      }),
    ),
  );
  assert.equal(outcomes.filter((o) => o === 'won').length, 1, outcomes.join(', '));
  assert.deepEqual(new Set(outcomes.filter((o) => o !== 'won')), new Set(['STORE_BUSY']));
  assert.ok(!existsSync(`${db}.lock`), 'the winner released the lock');
  assert.ok(!existsSync(`${db}.lock.takeover`));
});
