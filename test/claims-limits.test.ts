/**
 * The reader's bounds (issue 11): a sentence past the limits is not read and says so;
 * the sentences and claims of a text are capped, and the rest is named, not dropped.
 * No timings here: the 200 KB texts are timed in `npm run bench`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../src/claims/check.js';
import { MAX_CLAIMS, MAX_SENTENCES, MAX_SENTENCE_FIGURES, MAX_SENTENCE_WORDS, MAX_TEXT_CHARS, overLimit } from '../src/claims/limits.js';
import { vocabulary } from './fixtures/vocabulary.js';

const vocab = vocabulary();
const date = '2025-06-01';
const fill = (phrase: string, chars: number) => phrase.repeat(Math.floor(chars / phrase.length));

test('a sentence of thousands of figures is not read: one skipped entry with its span and the limit, no claims', () => {
  const text = fill('more 5 people ', MAX_TEXT_CHARS - 100);
  const r = readText({ text, date }, vocab);
  assert.deepEqual(r.claims, []);
  assert.equal(r.skipped.length, 1);
  const s = r.skipped[0]!;
  assert.deepEqual(s.span, [0, text.trimEnd().length]);
  assert.match(s.reason, new RegExp(`limit is ${MAX_SENTENCE_WORDS} words a sentence`));
});

test('the limits: words, figures and characters of a sentence', () => {
  assert.equal(overLimit('In 2024, 36,816 people crossed the Channel in small boats.'), null);
  assert.match(overLimit(Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => 'word').join(' ')) ?? '', /201 words/);
  assert.match(overLimit(Array.from({ length: MAX_SENTENCE_FIGURES + 1 }, (_, i) => `${i}`).join(' ')) ?? '', /31 figures/);
  assert.match(overLimit('x'.repeat(2_001)) ?? '', /2,001 characters/);
});

test('a sentence after one not read does not take its period or place from before it', () => {
  const first = 'In 2024, 36,816 people crossed the Channel in small boats.';
  const follow = 'Of them, 5,000 were Afghans.';
  const joined = readText({ text: `${first} ${follow}`, date }, vocab);
  assert.equal(joined.claims.length, 2);
  assert.equal(joined.claims[1]!.period?.reading, '2024'); // the control: it does continue without the long sentence
  const junk = `More ${fill('5 people and more ', 1_500)}.`;
  const cut = readText({ text: `${first} ${junk} ${follow}`, date }, vocab);
  assert.equal(cut.skipped.length, 1);
  assert.ok(cut.claims.every((c) => c.period?.reading !== '2024' || c.span[0] < first.length), JSON.stringify(cut.claims.map((c) => [c.span, c.period?.reading])));
});

test(`at most ${MAX_CLAIMS} claims a check: the rest of the text is named with its size`, () => {
  const text = Array.from({ length: MAX_CLAIMS + 50 }, (_, i) => `In 2023, ${(10_000 + i).toLocaleString('en-GB')} people crossed the Channel in small boats.`).join(' ');
  const r = readText({ text, date }, vocab);
  assert.equal(r.claims.length, MAX_CLAIMS);
  assert.equal(r.skipped.length, 1);
  assert.match(r.skipped[0]!.reason, /the rest of the text \(50 sentences, [\d,]+ characters\) was not read: the limit is 1,000 claims a check/);
  assert.equal(r.skipped[0]!.span[1], text.length);
});

test(`at most ${MAX_SENTENCES} sentences a check: a figure past them is not read, and that is said`, () => {
  const last = 'In 2023, 10,000 people crossed the Channel in small boats.';
  const text = `${'Nothing here. '.repeat(MAX_SENTENCES)}${last}`;
  const r = readText({ text, date }, vocab);
  assert.deepEqual(r.claims, []);
  assert.equal(r.skipped[0]?.reason, `the rest of the text (1 sentence, ${last.length} characters) was not read: the limit is 3,000 sentences a check`);
  assert.equal(readText({ text: last, date }, vocab).claims.length, 1); // the control: alone, it is read
});
