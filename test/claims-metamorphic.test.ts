/**
 * Metamorphic properties of the checker, against a store built from the mirror: what
 * must not change a verdict (a paraphrase, an unrelated clause), and what must (a number
 * moved beyond its tolerance, one nationality for another, a qualifier the data do not
 * hold). The figures are the publishers' own annual totals (SOURCES.md): small-boat
 * arrivals 45,755 (2022), 29,437 (2023), 36,816 (2024); IOM dead and missing 8,747 (2023).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../src/claims/check.js';
import { SeriesData } from '../src/metrics/access.js';
import { buildStore } from '../src/store/build.js';
import { openStore, type Store } from '../src/store/open.js';
import { SOURCES } from '../src/sources/index.js';
import type { ClaimResult } from '../src/claims/types.js';
import { MIRROR, NO_MIRROR, tmp } from './helpers.js';

let store: Store;
let data: SeriesData;
before(async () => {
  if (NO_MIRROR) return;
  const db = join(tmp(), 'metamorphic.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: MIRROR } });
  store = await openStore(db);
  data = new SeriesData(store.conn);
});
after(() => store?.close());

const skip = NO_MIRROR;
const ARRIVALS: Record<number, number> = { 2022: 45_755, 2023: 29_437, 2024: 36_816 };
const check = async (text: string, date = '2025-06-01'): Promise<ClaimResult[]> => (await checkText(store.conn, { text, date }, data)).claims;
const verdicts = async (text: string, date?: string) => (await check(text, date)).map((c) => c.verdict);
const fmt = (n: number) => n.toLocaleString('en-GB');
const supports = (v: string) => v === 'accurate' || v === 'roughly_accurate';

/** One count claim, said several ways. */
const PARAPHRASES: ((n: string, y: number) => string)[] = [
  (n, y) => `${n} people crossed the Channel in small boats in ${y}.`,
  (n, y) => `In ${y}, ${n} people crossed the Channel in small boats.`,
  (n, y) => `A total of ${n} people crossed the Channel in small boats in ${y}.`,
  (n, y) => `There were ${n} small boat arrivals in ${y}.`,
  (n, y) => `${n} small boat arrivals were recorded in ${y}.`,
  (n, y) => `The Home Office recorded ${n} small boat arrivals in ${y}.`,
  (n, y) => `In ${y} the number of people arriving in the UK in small boats was ${n}.`,
];

test('a paraphrase keeps the verdict: fronted time, "a total of", "there were", passive and active', { skip }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(2022, 2023, 2024), fc.constantFrom(1, 1.6, 0.55), async (year, factor) => {
      const n = Math.round(ARRIVALS[year]! * factor);
      const got = await Promise.all(PARAPHRASES.map(async (p) => (await verdicts(p(fmt(n), year)))[0]));
      assert.deepEqual(new Set(got), new Set([factor === 1 ? 'accurate' : 'inaccurate']), `${fmt(n)} in ${year}: ${got.join(', ')}`);
    }),
    { numRuns: 12 },
  );
});

test('a number moved beyond its tolerance flips the verdict; within it, it holds', { skip }, async () => {
  const hedges = [
    { word: '', inside: 1, outside: 1.2 },
    { word: 'about ', inside: 1.03, outside: 1.25 },
    { word: 'more than ', inside: 0.9, outside: 1.1 },
    { word: 'nearly ', inside: 1.05, outside: 0.7 },
    { word: 'fewer than ', inside: 1.2, outside: 0.8 },
  ];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(2022, 2023, 2024), fc.constantFrom(...hedges), async (year, h) => {
      const say = (f: number) => `${h.word}${fmt(Math.round((ARRIVALS[year]! * f) / 100) * 100)} people crossed the Channel in small boats in ${year}.`;
      const inside = (await verdicts(say(h.inside)))[0]!;
      const outside = (await verdicts(say(h.outside)))[0]!;
      assert.ok(supports(inside), `${say(h.inside)} → ${inside}`);
      assert.equal(outside, 'inaccurate', `${say(h.outside)} → ${outside}`);
    }),
    { numRuns: 15 },
  );
});

test('one nationality for another changes the figure looked up, and neither is the total', { skip }, async () => {
  const nationalities = ['Albanians', 'Afghans', 'Iranians', 'Iraqis', 'Eritreans', 'Syrians', 'Vietnamese nationals'];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...nationalities), fc.constantFrom(...nationalities), fc.constantFrom(2022, 2023), async (a, b, year) => {
      fc.pre(a !== b);
      const say = (who: string) => `1,000 ${who} crossed the Channel in small boats in ${year}.`;
      const [x] = await check(say(a), '2024-06-01');
      const [y] = await check(say(b), '2024-06-01');
      assert.ok(x && y && x.verdict !== 'unverifiable' && y.verdict !== 'unverifiable', `${x?.reason} / ${y?.reason}`);
      assert.notDeepEqual(x.filters, y.filters);
      assert.notEqual(x.evidence[0]!.value, y.evidence[0]!.value, `${a} and ${b} in ${year}`);
      for (const c of [x, y]) assert.ok(c.evidence[0]!.value < ARRIVALS[year]!, 'a part of the total, not the total');
    }),
    { numRuns: 15 },
  );
});

test('a qualifier the data do not hold makes the claim unverifiable, naming the words', { skip }, async () => {
  const qualifiers = ['Kurdish', 'Christian', 'left-handed', 'wealthy', 'highly educated', 'Sikh', 'homeless'];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...qualifiers), fc.constantFrom(2022, 2023, 2024), async (q, year) => {
      const [c] = await check(`${fmt(ARRIVALS[year]!)} ${q} migrants crossed the Channel in small boats in ${year}.`);
      assert.equal(c?.verdict, 'unverifiable', c?.reason);
      assert.match(c!.reason, new RegExp(q.split(' ')[0]!));
    }),
    { numRuns: 12 },
  );
});

test('an unrelated clause changes nothing', { skip }, async () => {
  const frames: ((s: string) => string)[] = [
    (s) => `Speaking in Dover on a wet morning, the minister said that ${s[0]!.toLowerCase()}${s.slice(1)}`,
    (s) => `${s.slice(0, -1)}, the minister told reporters.`,
    (s) => `${s} The weather in Calais was calm.`,
    (s) => `${s.slice(0, -1)}, according to the Home Office.`,
    (s) => `As ministers met in London, ${s[0]!.toLowerCase()}${s.slice(1)}`,
  ];
  const claims = [
    `${fmt(ARRIVALS[2023]!)} people crossed the Channel in small boats in 2023.`,
    'Small boat arrivals fell by 36% in 2023.',
    'About 8,700 migrants died or went missing worldwide in 2023.',
    `More than 40,000 people crossed the Channel in small boats in 2023.`,
  ];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...claims), fc.constantFrom(...frames), async (s, frame) => {
      const plain = await verdicts(s);
      assert.equal(plain.length, 1, s);
      assert.deepEqual(await verdicts(frame(s)), plain, frame(s));
    }),
    { numRuns: 20 },
  );
});
