/** The claim checker's language side: numbers, periods, tolerances, extraction (no store needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../src/claims/numbers.js';
import { findPeriods } from '../src/claims/periods.js';
import { judgeChange, judgeCount, judgeRatio } from '../src/claims/judge.js';
import { extractClaims } from '../src/claims/check.js';
import { splitSentences, htmlToText, markdownToText } from '../src/claims/text.js';
import { addMonths } from '../src/util/dates.js';
import { golden } from './golden.js';

const nums = (s: string) => findNumbers(s).map((n) => [n.text, n.value, n.unit]);

test('numbers in digits, words, fractions, multipliers and other languages', () => {
  assert.deepEqual(nums('nearly 9,000 people'), [['9,000', 9000, 'count']]);
  assert.deepEqual(nums('Eight migrants'), [['Eight', 8, 'count']]);
  assert.deepEqual(nums('twenty-five thousand arrivals'), [['twenty-five thousand', 25000, 'count']]);
  assert.deepEqual(nums('down by a third').map(([t, v, u]) => [t, Math.round(Number(v) * 1000) / 1000, u]), [['a third', 33.333, 'percent']]);
  assert.deepEqual(nums('more than doubled'), [['doubled', 2, 'ratio']]);
  assert.deepEqual(nums('24,000+ returns'), [['24,000+', 24000, 'count']]);
  assert.deepEqual(nums('oltre 1.200 morti'), [['1.200', 1200, 'count']]);
  assert.deepEqual(nums('a 13 per cent increase'), [['13 per cent', 13, 'percent']]);
  assert.deepEqual(nums('1.2 million refugees'), [['1.2 million', 1_200_000, 'count']]);
  assert.deepEqual(nums('£150 million'), [['£150 million', 150_000_000, 'money']]);
  assert.deepEqual(nums('in 2023'), [['2023', 2023, 'year']]);
  assert.equal(findNumbers('9,000').at(0)?.precision, 1000);
  assert.equal(findNumbers('8,565').at(0)?.precision, 1);
});

test('periods resolve against the claim date and the cited calendar', () => {
  const p = (s: string, d: string, who?: string) => findPeriods(s, d, who).map((x) => [x.kind, x.from, x.to]);
  assert.deepEqual(p('last year', '2023-02-09'), [['year', '2022-01-01', '2022-12-31']]);
  assert.deepEqual(p('so far this year', '2024-10-26'), [['ytd', '2024-01-01', '2024-10-25']]);
  assert.deepEqual(p('the six months to the end of June', '2023-07-07'), [['window', '2023-01-01', '2023-06-30']]);
  assert.deepEqual(p('in the last year', '2025-07-10'), [['last_n', '2024-07-10', '2025-07-09']]);
  assert.deepEqual(p('since Labour came to power', '2025-08-12'), [['since_event', '2024-07-05', '2025-08-11']]);
  assert.deepEqual(p('since I became Prime Minister', '2024-05-08', 'Rishi Sunak'), [['since_event', '2022-10-25', '2024-05-07']]);
  assert.deepEqual(p('since I became Prime Minister', '2024-05-08', 'Someone Else'), [], 'first-person events need the speaker');
  assert.deepEqual(p('in the five months since I launched the plan', '2023-06-05', 'Rishi Sunak'), [['window', '2023-01-01', '2023-05-31']]);
  assert.deepEqual(p('lower than any August', '2025-09-02'), [['month_any_year', '2025-08-01', '2025-08-31']]);
  assert.deepEqual(p('lower than any August', '2025-08-20'), [['month_any_year', '2024-08-01', '2024-08-31']], 'an August not yet over is last year\'s');
  assert.deepEqual(p('July 2024', '2025-04-01'), [['month', '2024-07-01', '2024-07-31']]);
});

test('month arithmetic clamps to month ends and handles leap years', () => {
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2024-02-29', -12), '2023-02-28');
  assert.deepEqual(findPeriods('the last six months', '2024-08-31').map((x) => [x.from, x.to]), [['2024-02-29', '2024-08-30']]);
});

test('count tolerances follow the hedge and the written precision', () => {
  assert.equal(judgeCount(9000, 9002, 'nearly', 1000).verdict, 'accurate', '"nearly 9,000": 9,002 is 9,000 at its rounding');
  assert.equal(judgeCount(9000, 8200, 'nearly', 1000).verdict, 'accurate');
  assert.equal(judgeCount(9000, 7000, 'nearly', 1000).verdict, 'inaccurate');
  assert.equal(judgeCount(40000, 45755, 'more_than', 10000).verdict, 'accurate');
  assert.equal(judgeCount(50000, 49600, 'more_than', 10000).verdict, 'roughly_accurate', 'a hair (under 1%) short of a lower bound');
  assert.equal(judgeCount(50000, 49000, 'more_than', 10000).verdict, 'inaccurate', '2% short of a lower bound');
  assert.equal(judgeCount(78, 82, 'at_least', 1).verdict, 'accurate');
  assert.equal(judgeCount(23, 2337, null, 1).verdict, 'inaccurate');
  assert.equal(judgeCount(2452, 2475, null, 1, { revisedUpwards: true }).verdict, 'accurate');
  assert.equal(judgeCount(2452, 2475, null, 1).verdict, 'roughly_accurate', 'without upward revisions a precise figure 1% off is rough');
  assert.equal(judgeCount(25000, 26000, 'about', 1000).verdict, 'accurate');
  assert.equal(judgeCount(25000, 27400, 'about', 1000).verdict, 'roughly_accurate');
});

test('change tolerances: rounding, understatement and overstatement', () => {
  assert.equal(judgeChange(-20, -20.8, null, 5).verdict, 'accurate');
  assert.equal(judgeChange(-20, -10.3, 'about', 5).verdict, 'inaccurate', 'a fall half the size claimed');
  assert.equal(judgeChange(-25, -34.7, 'about', 2.5).verdict, 'roughly_accurate', 'the fall was larger than claimed');
  assert.equal(judgeChange(13, 12.6, null, 1).verdict, 'accurate');
  assert.equal(judgeChange(13, -12.6, null, 1).verdict, 'inaccurate', 'wrong direction');
  assert.equal(judgeRatio(2, 2.09, true).verdict, 'accurate');
  assert.equal(judgeRatio(2, 1.8, true).verdict, 'inaccurate');
  assert.equal(judgeRatio(0.5, 0.52, false).verdict, 'accurate');
});

test('sentences: abbreviations, decimals and wrapped lines do not split; HTML and Markdown become text', () => {
  const s = splitSentences('Mr. Smith said 2.5 million. Then he left.\nIt was\nlate. "Quoted." 2024 was bad.').map((x) => x.text);
  assert.deepEqual(s, ['Mr. Smith said 2.5 million.', 'Then he left.', 'It was\nlate.', '"Quoted."', '2024 was bad.']);
  assert.equal(htmlToText('<p>Nearly 9,000 &amp; more</p><script>x()</script>').trim(), 'Nearly 9,000 & more');
  assert.equal(markdownToText('**Nearly** [9,000](http://x) died').trim(), 'Nearly 9,000 died');
});

test('extraction: which claims a text makes, with types, measures, periods and spans (golden)', () => {
  const text = [
    'Nearly 9,000 people died trying to cross borders last year.',
    'Eight migrants have already died crossing the Channel this year.',
    'Small boat crossings are down 20% compared to last year.',
    'The death toll has risen for five successive years, more than doubling since 2020.',
    'We have deported more than 24,000 people since Labour came to power.',
    'The centres hold up to 36,000 people a year at a cost of £150 million.',
    'The summit lasted two days and 40 countries attended.',
    'The weather was fine.',
  ].join(' ');
  const specs = extractClaims({ text, date: '2025-04-07' }).map((c) => ({
    span: c.span,
    claimed: text.slice(c.span[0], c.span[1]).includes(c.claimed.text) ? c.claimed.text : `?${c.claimed.text}`,
    type: c.type,
    metric: c.metric,
    filters: c.filters,
    period: c.period && [c.period.from, c.period.to],
    hedge: c.claimed.hedge,
    value: c.claimed.value,
    blocked: c.blocked ?? null,
  }));
  golden('extraction.json', specs);
});
