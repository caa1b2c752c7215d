/**
 * The challenge suite (test/challenge/cases.jsonl, cases-2.jsonl, cases-3.jsonl): sentences written for
 * the test, by phenomenon, with the verdict each claim deserves computed from the mirror's
 * files by test/challenge/label.py, label2.py and label3.py, independently of the checker. Each expected claim is matched
 * to the checker's claims by their words (as ../shared/tools/score-articles.mjs does).
 * A true claim called inaccurate or misleading, or a false one called accurate, fails
 * the suite; so does agreement below 90%. The outcome of every claim is a golden file,
 * so that any change in a verdict is reviewed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../src/claims/check.js';
import { SeriesData } from '../src/metrics/access.js';
import { buildStore } from '../src/store/build.js';
import { openStore, type Store } from '../src/store/open.js';
import { SOURCES } from '../src/sources/index.js';
import { MIRROR, NO_MIRROR, ROOT, tmp } from './helpers.js';
import { golden } from './golden.js';

interface Expected {
  quote: string;
  type: string;
  expected_verdict: string;
  accept: string[];
}
interface Case {
  id: string;
  phenomenon: string;
  text: string;
  date: string;
  speaker?: string;
  claims: Expected[];
}

const CASES = join(ROOT, 'test', 'challenge', 'cases.jsonl');
const FILES = [CASES, join(ROOT, 'test', 'challenge', 'cases-2.jsonl'), join(ROOT, 'test', 'challenge', 'cases-3.jsonl')];
const cases = (): Case[] => FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case));
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9,]+/g) ?? []);
const overlap = (a: string, b: string) => {
  const A = words(a);
  const B = words(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.max(1, Math.min(A.size, B.size));
};
const supported = (v: string) => v === 'accurate' || v === 'roughly_accurate';
const against = (v: string) => v === 'inaccurate' || v === 'misleading';

let store: Store;
before(async () => {
  if (NO_MIRROR) return;
  const db = join(tmp(), 'challenge.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: MIRROR } });
  store = await openStore(db);
});
after(() => store?.close());

test('the challenge suite: every phenomenon, no true claim called false, no false claim called true', { skip: NO_MIRROR || (!existsSync(CASES) && 'no cases') }, async () => {
  const data = new SeriesData(store.conn);
  let n = 0;
  let right = 0;
  const falseAccurate: string[] = [];
  const falseAgainst: string[] = [];
  const outcomes: string[] = [];
  for (const c of cases()) {
    const out = await checkText(store.conn, { text: c.text, date: c.date, speaker: c.speaker }, data);
    c.claims.forEach((e, i) => {
      n++;
      const vs = out.claims.filter((x) => overlap(x.text, e.quote) >= 0.6).map((x) => x.verdict);
      const ok = e.accept.includes('unverifiable') ? vs.every((v) => e.accept.includes(v) || v === 'unverifiable') : vs.some((v) => e.accept.includes(v));
      if (ok) right++;
      else if (e.accept.every(supported) && vs.some(against) && !vs.some((v) => e.accept.includes(v))) falseAgainst.push(`${c.id}#${i}`);
      else if (e.accept.every((v) => !supported(v)) && vs.some(supported)) falseAccurate.push(`${c.id}#${i}`);
      outcomes.push(`${c.id}#${i} ${ok ? 'ok' : 'MISS'} want ${e.accept.join('|')} got ${vs.join('/') || 'nothing'}`);
    });
  }
  golden('challenge-outcomes.txt', outcomes.join('\n') + '\n');
  assert.deepEqual(falseAgainst, [], 'true claims called inaccurate or misleading');
  assert.deepEqual(falseAccurate, [], 'false claims called accurate');
  assert.ok(right / n >= 0.9, `agreement ${right}/${n}`);
});
