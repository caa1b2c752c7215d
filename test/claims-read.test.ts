/**
 * The reader, with no store: quantities, times, tolerances, sentences, and the claim
 * representation each phenomenon of reporting gives (apposition, baselines, lists of
 * periods, ranks, since-scopes, ranges, as-of dates, filters, per-boat averages,
 * shares, one-in-N rates, negation, numbers that are not claims, unknown qualifiers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../src/claims/check.js';
import { judgeChange, judgeCount, judgeRatio, judgeShare } from '../src/claims/judge/tolerance.js';
import { findQuantities } from '../src/claims/read/quantities.js';
import { findTimes } from '../src/claims/read/times.js';
import { tokenize } from '../src/claims/read/tokens.js';
import { htmlToText, markdownToText, splitSentences } from '../src/claims/text.js';
import type { Claim } from '../src/claims/types.js';
import { addMonths } from '../src/util/dates.js';
import { golden } from './golden.js';
import { vocabulary } from './fixtures/vocabulary.js';

const vocab = vocabulary();
const nums = (s: string) => findQuantities(tokenize(s)).map((q) => [q.value, q.unit, q.hedge]);
const times = (s: string, date: string, speaker?: string) =>
  findTimes(tokenize(s), { date, speaker, sentence: s }).map((t) => (t.expr.kind === 'period' ? [t.expr.period.kind, t.expr.period.from, t.expr.period.to] : t.expr.kind === 'since' ? ['since', t.expr.period.from, t.expr.period.to] : [t.expr.kind]));
const read = (text: string, date: string, speaker?: string) => extractClaims({ text, date, speaker }, vocab);
/** The parts of a claim a test compares. */
function summary(c: Claim): Record<string, unknown> {
  const out: Record<string, unknown> = { type: c.type, metric: c.measure?.metric ?? null, filters: c.measure?.filters ?? null, period: c.period ? [c.period.from, c.period.to] : null };
  if ('quantity' in c && c.quantity) out.value = [c.quantity.value, c.quantity.hedge];
  if (c.type === 'rank') out.rank = [c.rank.k, c.rank.direction, c.rank.scope.kind === 'since' ? `since ${c.rank.scope.year}` : c.rank.scope.kind, typeof c.rank.over === 'object' ? c.rank.over.dim : c.rank.over];
  if (c.type === 'change') out.baseline = c.baseline ? [c.baseline.from, c.baseline.to] : null;
  if (c.type === 'comparison') out.baseline = [c.baseline.period.from, c.baseline.period.to, c.baseline.aggregate];
  if (c.type === 'share') out.part = c.part;
  if (c.type === 'streak') out.streak = [c.n, c.since, c.direction];
  if (c.type === 'mean_per' || c.type === 'ratio') out.per = c.per;
  if (c.unread) out.unread = c.unread;
  return out;
}
const claims = (text: string, date: string, speaker?: string) => read(text, date, speaker).map(summary);

test('quantities: digits, words, fractions, multipliers, scale words, continental separators in counts, hedges', () => {
  assert.deepEqual(nums('nearly 9,000 people'), [[9000, 'count', 'nearly']]);
  assert.deepEqual(nums('Eight migrants'), [[8, 'count', null]]);
  assert.deepEqual(nums('twenty-five thousand arrivals'), [[25000, 'count', null]]);
  assert.deepEqual(nums('down by a third').map(([v, u]) => [Math.round(Number(v)), u]), [[33, 'percent']]);
  assert.deepEqual(nums('more than doubled'), [[2, 'ratio', 'more_than']]);
  assert.deepEqual(nums('a "threefold" increase'), [[3, 'ratio', null]]);
  assert.deepEqual(nums('24,000+ returns'), [[24000, 'count', 'more_than']]);
  assert.deepEqual(nums('the 12.900 who arrived'), [[12900, 'count', null]], 'people are whole: "12.900" is a thousands separator');
  assert.deepEqual(nums('1.2 million refugees'), [[1_200_000, 'count', null]]);
  assert.deepEqual(nums('a 13 per cent increase'), [[13, 'percent', null]]);
  assert.deepEqual(nums('at least 10 percent'), [[10, 'percent', 'at_least']]);
  assert.deepEqual(nums('in 2023'), [], 'a year is a time, not a quantity');
  assert.equal(findQuantities(tokenize('£150 million'))[0]?.money, true);
  assert.equal(findQuantities(tokenize('9,000'))[0]?.precision, 1000);
  assert.equal(findQuantities(tokenize('8,565'))[0]?.precision, 1);
});

test('times resolve against the claim date and the cited calendar', () => {
  assert.deepEqual(times('last year', '2023-02-09'), [['year', '2022-01-01', '2022-12-31']]);
  assert.deepEqual(times('so far this year', '2024-10-26'), [['to_date', '2024-01-01', '2024-10-25']]);
  assert.deepEqual(times('the six months to the end of June', '2023-07-07'), [['range', '2023-01-01', '2023-06-30']]);
  assert.deepEqual(times('in the last year', '2025-07-10'), [['last_n', '2024-07-10', '2025-07-09']]);
  assert.deepEqual(times('since Labour came to power', '2025-08-12'), [['since', '2024-07-05', '2025-08-11']]);
  assert.deepEqual(times('since I became Prime Minister', '2024-05-08', 'Rishi Sunak'), [['since', '2022-10-25', '2024-05-07']]);
  assert.deepEqual(times('since I became Prime Minister', '2024-05-08', 'Someone Else'), [], 'first-person events need the speaker');
  assert.deepEqual(times('in the five months since I launched the plan', '2023-06-05', 'Rishi Sunak'), [['range', '2023-01-01', '2023-05-31']]);
  assert.deepEqual(times('August', '2025-09-02'), [['month', '2025-08-01', '2025-08-31']]);
  assert.deepEqual(times('August', '2025-08-20'), [['month', '2024-08-01', '2024-08-31']], "an August not yet over is last year's");
  assert.deepEqual(times('July 2024', '2025-04-01'), [['month', '2024-07-01', '2024-07-31']]);
  assert.deepEqual(times('between July 5 and December 31 2024', '2025-01-01'), [['range', '2024-07-05', '2024-12-31']]);
  assert.deepEqual(times('between January 1 and July 5 in 2023', '2025-01-01'), [['range', '2023-01-01', '2023-07-05']]);
  assert.deepEqual(times('between the start of 2024 and the general election on July 5', '2025-01-01'), [['range', '2024-01-01', '2024-07-05']]);
  assert.deepEqual(times('As of April 21, 2024', '2024-04-23'), [['to_date', '2024-01-01', '2024-04-21']]);
  assert.deepEqual(times('in the first quarter of 2024', '2024-06-01'), [['quarter', '2024-01-01', '2024-03-31']]);
  assert.deepEqual(times('the first half of 2025', '2025-09-01'), [['half', '2025-01-01', '2025-06-30']]);
  assert.deepEqual(times('since records began in 2018', '2025-01-01'), [['since', '2018-01-01', '2024-12-31']]);
  assert.deepEqual(times('last summer', '2025-01-10'), [['season', '2024-06-01', '2024-08-31']]);
  assert.deepEqual(times('the same period in 2023', '2024-01-01'), [['same_window']]);
});

test('month arithmetic clamps to month ends and handles leap years', () => {
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2024-02-29', -12), '2023-02-28');
});

test('tolerances follow the hedge and the written precision', () => {
  assert.equal(judgeCount(9000, 9002, 'nearly', 1000).verdict, 'accurate', '"nearly 9,000": 9,002 is 9,000 at its rounding');
  assert.equal(judgeCount(9000, 7000, 'nearly', 1000).verdict, 'inaccurate');
  assert.equal(judgeCount(1000, 1464, 'nearly', 1000).verdict, 'inaccurate', '"nearly 1,000": 1,464 rounds to 1,000 but is far over it');
  assert.equal(judgeCount(9000, 9400, 'nearly', 1000).verdict, 'roughly_accurate', '"nearly 9,000": 9,400 is over it, within 5%');
  assert.equal(judgeCount(40000, 45755, 'more_than', 10000).verdict, 'accurate');
  assert.equal(judgeCount(50000, 49600, 'more_than', 10000).verdict, 'roughly_accurate', 'a hair (under 1%) short of a lower bound');
  assert.equal(judgeCount(50000, 49000, 'more_than', 10000).verdict, 'inaccurate', '2% short of a lower bound');
  assert.equal(judgeCount(2452, 2475, null, 1, { revisedUpwards: true }).verdict, 'accurate');
  assert.equal(judgeCount(25000, 27400, 'about', 1000).verdict, 'roughly_accurate');
  assert.equal(judgeChange(-20, -20.8, null, 5).verdict, 'accurate');
  assert.equal(judgeChange(-20, -10.3, 'about', 5).verdict, 'inaccurate', 'a fall half the size claimed');
  assert.equal(judgeChange(-25, -34.7, 'about', 2.5).verdict, 'roughly_accurate', 'the fall was larger than claimed');
  assert.equal(judgeChange(13, -12.6, null, 1).verdict, 'inaccurate', 'wrong direction');
  assert.equal(judgeChange(-38, -37.06, null, 1).verdict, 'inaccurate', 'a point off a precise change is not within its rounding');
  assert.equal(judgeChange(-38, -37.06, null, 1, { revisable: true }).verdict, 'roughly_accurate', '… unless the figure is one the publisher revises');
  assert.equal(judgeChange(-30, -29.6, 'more_than', 10).verdict, 'roughly_accurate', '"down more than 30%": a hair short');
  assert.equal(judgeChange(-30, -28.2, 'more_than', 10).verdict, 'inaccurate', '"down more than 30%": 28.2% is a lower bound missed, as for counts');
  assert.equal(judgeChange(-30, -31, 'more_than', 10).verdict, 'accurate');
  assert.equal(judgeRatio(2, 2.09, true).verdict, 'accurate');
  assert.equal(judgeRatio(2, 1.8, true).verdict, 'inaccurate');
  // "more than halved": below a half; just above it is roughly, well above it is not ("halved" alone allows a tenth).
  assert.equal(judgeRatio(0.5, 0.41, true).verdict, 'accurate');
  assert.equal(judgeRatio(0.5, 0.51, true).verdict, 'roughly_accurate');
  assert.equal(judgeRatio(0.5, 0.54, true).verdict, 'inaccurate');
  assert.equal(judgeRatio(0.5, 0.54, false).verdict, 'accurate');
  assert.equal(judgeShare(85, 84.5, 'about', 2.5).verdict, 'accurate');
  assert.equal(judgeShare(20, 37.7, 'nearly', 5).verdict, 'inaccurate');
  assert.equal(judgeShare(50, 1.5, 'more_than', 0).verdict, 'inaccurate');
  assert.equal(judgeShare(50, 46, 'nearly', 3).verdict, 'accurate', '"nearly half": within a tenth below');
  assert.equal(judgeShare(50, 44.5, 'nearly', 3).verdict, 'roughly_accurate', '"nearly half" of 44.5%: a little generous');
  assert.equal(judgeShare(50, 41, 'nearly', 3).verdict, 'inaccurate', '"nearly half" of 41%: too far below');
});

test('sentences: abbreviations, decimals and wrapped lines do not split; headings and list items do; HTML and Markdown become text', () => {
  const s = splitSentences('Mr. Smith said 2.5 million. Then he left.\nIt was\nlate. "Quoted." 2024 was bad.').map((x) => x.text);
  assert.deepEqual(s, ['Mr. Smith said 2.5 million.', 'Then he left.', 'It was\nlate.', '"Quoted."', '2024 was bad.']);
  assert.deepEqual(splitSentences('Figure 1: Returns by type\nSource: Ret_D01\n- enforced returns (removals)').map((x) => x.text), ['Figure 1: Returns by type', 'Source: Ret_D01', '- enforced returns (removals)']);
  assert.equal(htmlToText('<p>Nearly 9,000 &amp; more</p><script>x()</script>').trim(), 'Nearly 9,000 & more');
  assert.equal(markdownToText('**Nearly** [9,000](http://x) died').trim(), 'Nearly 9,000 died');
});

const SB = 'uk.small_boats.arrivals';

test('apposition: a rank with its k, the figure it is ranked after, and each figure a count of its own', () => {
  const c = claims('A total of 41,472 people crossed the Channel in small boats in 2025, the second highest annual figure on record after the 45,755 who made the journey in 2022.', '2026-01-02');
  assert.deepEqual(c.find((x) => x.type === 'rank'), { type: 'rank', metric: SB, filters: {}, period: ['2025-01-01', '2025-12-31'], rank: [2, 'max', 'record', 'year'] });
  assert.deepEqual(c.filter((x) => x.type === 'count').map((x) => [x.value, x.period]), [[[41472, null], ['2025-01-01', '2025-12-31']], [[45755, null], ['2022-01-01', '2022-12-31']]]);
});

test('baseline: a change against the figure it names is also a count claim for that figure, in the same window', () => {
  const text = 'Some 23,242 migrants crossed the Channel between July 5 and December 31 2024, up 29% on the 18,004 arrivals in this period in 2023 and down 29% on the 32,855 in 2022.';
  const c = claims(text, '2025-01-01');
  const changes = c.filter((x) => x.type === 'change');
  assert.deepEqual(changes.map((x) => [x.value, x.period, x.baseline]), [
    [[29, null], ['2024-07-05', '2024-12-31'], ['2023-07-05', '2023-12-31']],
    [[29, null], ['2024-07-05', '2024-12-31'], ['2022-07-05', '2022-12-31']],
  ]);
  assert.deepEqual(c.filter((x) => x.type === 'count').map((x) => [(x.value as number[])[0], x.period]), [
    [23242, ['2024-07-05', '2024-12-31']],
    [18004, ['2023-07-05', '2023-12-31']],
    [32855, ['2022-07-05', '2022-12-31']],
  ]);
  // "in 2022" after a window of 2024 can also mean all of 2022: the other reading is kept.
  const alt = read(text, '2025-01-01').find((x) => x.type === 'count' && x.quantity.value === 32855)!;
  assert.deepEqual(alt.period?.alternatives?.map((p) => [p.from, p.to]), [['2022-01-01', '2022-12-31']]);
});

test('a list of periods: each figure takes the time beside it; "combined" sums the periods', () => {
  const c = claims('The total was lower in 2018 (299) and 2019 (1,843), before climbing to 8,466 in 2020, 28,526 in 2021 and a record 45,774 in 2022.', '2025-01-01', 'Home Office');
  assert.deepEqual(c.filter((x) => x.type === 'count').map((x) => [(x.value as number[])[0], (x.period as string[])[0]]), [[299, '2018-01-01'], [1843, '2019-01-01'], [8466, '2020-01-01'], [28526, '2021-01-01'], [45774, '2022-01-01']]);
  const sum = claims('More people crossed the Channel in 2025 than in 2018, 2019 and 2020 combined.', '2026-02-01');
  assert.deepEqual(sum.find((x) => x.type === 'comparison')?.baseline, ['2018-01-01', '2020-12-31', 'sum']);
});

test('ranks: k from the ordinal, scope "on record", "since 2021", "for eight years", and over years, windows, months or a dimension', () => {
  const since = claims('Irregular crossings into the European Union in 2024 dropped to their lowest level since 2021.', '2025-01-14');
  assert.deepEqual(since[0]?.rank, [1, 'min', 'since 2021', 'year']);
  assert.equal(since[0]?.metric, 'eu.frontex.detections');
  const record = claims('Since records began in 2018, 2022 was the year with the highest number of small boat arrivals.', '2025-01-01');
  assert.deepEqual(record.find((x) => x.type === 'rank')?.rank, [1, 'max', 'record', 'year']);
  const window = claims('Some 13,574 migrants arrived in the UK between the start of 2024 and the general election on July 5. It was a record number for this period of the year.', '2025-01-01');
  assert.deepEqual(window.find((x) => x.type === 'rank')?.rank, [1, 'max', 'record', 'window']);
  assert.deepEqual(window.find((x) => x.type === 'rank')?.period, ['2024-01-01', '2024-07-05']);
  const route = claims('Nevertheless, the Central Mediterranean route accounted for approximately 67,000 crossings into the EU in 2024, making it the second most active path for irregular migration after the Eastern Mediterranean route.', '2025-01-14');
  assert.deepEqual(route.find((x) => x.type === 'rank')?.rank, [2, 'max', 'record', 'route']);
  const month = claims('the numbers for August were better, they were lower than any August previously', '2025-09-02', 'Yvette Cooper (Home Secretary)');
  assert.deepEqual(month[0]?.rank, [1, 'min', 'record', 'month_of_year']);
  assert.deepEqual(month[0]?.period, ['2025-08-01', '2025-08-31']);
  const negated = claims('The 2,452 deaths documented in the Mediterranean in 2024 are not the highest annual total ever.', '2025-03-21');
  assert.equal((read('The 2,452 deaths documented in the Mediterranean in 2024 are not the highest annual total ever.', '2025-03-21').find((x) => x.type === 'rank') as Extract<Claim, { type: 'rank' }>).rank.negated, true);
  assert.deepEqual(negated.find((x) => x.type === 'rank')?.filters, { region: ['Mediterranean'] });
});

test('explicit ranges and as-of dates are the claim\'s period; a figure "so far this year" runs to the day before', () => {
  assert.deepEqual(claims('As of April 21, 2024, 6,265 people had crossed the Channel, an increase of nearly 25% compared to the same period in 2023.', '2024-04-23').map((x) => [x.type, x.period, x.baseline ?? null]), [
    ['count', ['2024-01-01', '2024-04-21'], null],
    ['change', ['2024-01-01', '2024-04-21'], ['2023-01-01', '2023-04-21']],
  ]);
  assert.deepEqual(claims('More people have crossed the English Channel in small boats so far this year than over the whole of 2023.', '2024-10-26').map((x) => [x.type, x.period, x.baseline]), [['comparison', ['2024-01-01', '2024-10-25'], ['2023-01-01', '2023-12-31', 'each']]]);
});

test('filters: nationalities by demonym, sexes and age groups choose the source that holds them; routes and regions narrow deaths', () => {
  const nat = claims('In 2023, 5,545 Afghans crossed the Channel in small boats.', '2024-03-01');
  assert.deepEqual(nat[0], { type: 'count', metric: 'uk.irregular.detections', filters: { method: ['Small boat arrivals'], nationality: ['Afghanistan'] }, period: ['2023-01-01', '2023-12-31'], value: [5545, null] });
  const share = claims('About 85% of small boat arrivals in 2023 were male, and nearly 20% were between 25 and 39 years old.', '2024-04-23');
  assert.deepEqual(share.map((x) => [x.type, x.metric, x.part]), [['share', 'uk.irregular.detections', { sex: ['Male'] }], ['share', 'uk.irregular.detections', { age: ['25 to 39'] }]]);
  const region = claims('IOM recorded nearly 600 deaths from violence in South and Southeast Asia in 2024.', '2025-03-21');
  assert.deepEqual(region[0]?.filters, { region: ['Southern Asia', 'South-eastern Asia'], cause: ['Violence'] });
  const europe = claims('2024 was the deadliest year on record for migrants trying to reach Europe.', '2025-04-07');
  assert.ok((europe[0]?.filters as Record<string, string[]>).route?.includes('Central Mediterranean'), 'reaching Europe is the routes to Europe, not IOM\'s region "Europe"');
});

test('averages per boat, shares, and one-in-N rates', () => {
  assert.deepEqual(claims('An average of 53 migrants crossed the Channel per boat in 2024, up from 49 in 2023.', '2025-01-01').map((x) => [x.type, x.value, x.per, x.period]), [
    ['mean_per', [53, null], 'small_boats', ['2024-01-01', '2024-12-31']],
    ['mean_per', [49, null], 'small_boats', ['2023-01-01', '2023-12-31']],
  ]);
  const majority = claims('The majority of them are people that are not claiming asylum or fleeing persecution.', '2022-02-02', 'Priti Patel (Home Secretary)');
  assert.deepEqual(majority[0], { type: 'share', metric: 'uk.small_boats.asylum_claims', filters: {}, period: null, value: [50, 'more_than'], part: { asylum_application: ['Asylum application raised'] } });
  const rate = claims('A one in 50 chance of dying, compared to one death for every 200 arrivals.', '2025-01-01');
  assert.ok(rate.every((x) => x.type === 'ratio' || x.unread), 'no count claims on 1, 50, 1 and 200');
  assert.equal(rate.filter((x) => x.type === 'count').length, 0);
});

test('changes in people: "fell by 13,790", "an increase of 3,000 … compared with 2021", and a percentage restated in people', () => {
  assert.deepEqual(claims('Small boat arrivals fell by 13,790 in 2023.', '2025-04-13'), [
    { type: 'change', metric: 'uk.small_boats.arrivals', filters: {}, period: ['2023-01-01', '2023-12-31'], value: [13790, null], baseline: null },
  ]);
  const noun = read('There was an increase of 3,000 small boat arrivals in 2022 compared with 2021.', '2025-04-13');
  assert.equal(noun.length, 1);
  assert.equal(noun[0]!.type, 'change');
  assert.equal(noun[0]!.type === 'change' && noun[0]!.quantity?.unit, 'count');
  assert.deepEqual(summary(noun[0]!).baseline, ['2021-01-01', '2021-12-31']);
  // The two statements of one change share the year named once.
  const both = claims("Detections at the EU's external borders fell by more than 30%, or by 34,000, in 2024.", '2025-04-13');
  assert.deepEqual(both.map((c) => [c.type, c.value, c.period]), [
    ['change', [30, 'more_than'], ['2024-01-01', '2024-12-31']],
    ['change', [34000, null], ['2024-01-01', '2024-12-31']],
  ]);
  assert.deepEqual(claims('Small boat arrivals fell by 13,790 in 2023.', '2025-04-13').length, 1, 'the number is the change, not also a count');
});

test('days, spans and places: a weekday of an event, "the same period" in whole months, "for almost two decades", a demonym naming a place', () => {
  // Dated Sunday 13 April 2025: "on Saturday" is 12 April; a weekday a statement was made on is not the figure's period.
  assert.deepEqual(claims('On Saturday 656 people crossed the Channel in small boats.', '2025-04-13')[0]?.period, ['2025-04-12', '2025-04-12']);
  assert.deepEqual(claims('656 people arrived in small boats on Saturday alone.', '2025-04-13')[0]?.period, ['2025-04-12', '2025-04-12']);
  assert.deepEqual(claims('The Home Office said on Tuesday that 31,000 people had crossed the Channel in small boats this year.', '2025-04-13')[0]?.period, ['2025-01-01', '2025-04-12']);
  assert.deepEqual(claims('The Home Office said 31,000 people had crossed the Channel in small boats this year, on Tuesday.', '2025-04-13')[0]?.period, ['2025-01-01', '2025-04-12']);
  // "11 small boats": the boats are what the number counts, though people "arrived".
  assert.equal(claims('656 people arrived in 11 small boats on Saturday alone.', '2025-04-13')[1]?.metric, 'uk.small_boats.boats');
  const same = read('Small boat arrivals so far this year are 8,064, up from 5,517 in the same period last year.', '2025-04-13');
  const base = same.find((c) => c.type === 'count' && c.quantity.value === 5517)!;
  assert.deepEqual([base.period!.from, base.period!.to], ['2024-01-01', '2024-04-12']);
  assert.deepEqual(base.period!.alternatives?.map((p) => [p.from, p.to]), [['2024-01-01', '2024-03-31']], 'or the months completed, January to March, as the monthly tables give it');
  const surpassed = read('Small boat arrivals in 2025 so far reached 8,064, surpassing the previous record of 7,567 set during the same period last year.', '2025-04-13');
  const record = surpassed.find((c) => c.type === 'count' && c.quantity.value === 7567)!;
  assert.deepEqual(record.period!.alternatives?.map((p) => [p.from, p.to]), [['2024-01-01', '2024-03-31'], ['2024-01-01', '2024-04-30']], 'a figure already surpassed may be the whole period\'s');
  const decades = read('In 2022 there were 99,939 asylum applications in the UK, the highest number for almost two decades.', '2025-04-13');
  assert.deepEqual(decades.map((c) => c.type), ['count', 'rank'], '"two decades" is a span, not a count');
  const r = decades[1]!;
  assert.deepEqual(r.type === 'rank' && r.rank.scope, { kind: 'years', n: 18 }, '"almost two decades": a span a little under twenty years');
  assert.deepEqual(times('for more than a decade', '2025-04-13'), [['years']]);
  const archipelago = claims('32,436 migrants landed in the Spanish archipelago in 2023.', '2024-01-10');
  assert.equal(archipelago[0]?.filters, null, 'no nationality filter from "Spanish"');
  assert.match(String(archipelago[0]?.unread), /archipelago/);
  assert.deepEqual(claims('12,000 Albanians crossed the Channel in small boats in 2022.', '2023-03-01')[0]?.filters, { method: ['Small boat arrivals'], nationality: ['Albania'] });
});

test('the year to a day or to "last June"; a percentage restated in brackets; averages per small boat or on each boat', () => {
  assert.deepEqual(times('in the year ending 30 September 2023', '2024-02-29'), [['range', '2022-10-01', '2023-09-30']]);
  assert.deepEqual(times('in the year to September 30, 2023', '2024-02-29'), [['range', '2022-10-01', '2023-09-30']]);
  assert.deepEqual(times('in the year to last June', '2023-02-23'), [['range', '2021-07-01', '2022-06-30']]);
  assert.deepEqual(times('the year to 15 August 2023', '2024-02-29'), [['range', '2022-08-16', '2023-08-15']]);
  const q = findQuantities(tokenize('fell by nearly a quarter (23%) in 2024'));
  assert.deepEqual(q.map((x) => [x.value, x.unit, x.precision]), [[23, 'percent', 1]], 'one quantity, at the precision of the bracket');
  assert.deepEqual(nums('51% (about half)'), [[51, 'percent', null], [50, 'percent', 'about']], 'a figure glossed in words stays two quantities');
  const perSmall = claims('There was an average of 52 people per small boat in the year to September 2024.', '2024-11-29');
  assert.deepEqual(perSmall.map((c) => [c.type, c.per, c.period]), [['mean_per', 'small_boats', ['2023-10-01', '2024-09-30']]]);
  const each = read('An average of 49 people were on each boat in 2023, the highest on record.', '2024-02-01');
  assert.deepEqual(each.map((c) => [c.type, 'per' in c ? c.per : null]), [['mean_per', 'small_boats'], ['rank', 'small_boats']], 'the record is of the average, not of arrivals');
});

test('people described, not counted: asylum-seekers who crossed, refugees who drowned; a country named as where is no nationality', () => {
  assert.equal(claims('More than 20,000 asylum-seekers have crossed the English Channel on small boats this year.', '2023-08-30')[0]?.metric, 'uk.small_boats.arrivals');
  assert.equal(claims('More than 20,000 asylum-seekers have crossed the English Channel on small boats this year.', '2023-08-30')[0]?.unread, undefined);
  assert.equal(claims('More than 400 migrants and refugees have drowned in the Central Mediterranean in 2023.', '2024-01-10')[0]?.metric, 'deaths.dead_and_missing');
  assert.equal(claims('There were 3.4 million refugees in Iran in 2022.', '2023-06-14')[0]?.metric, 'unhcr.refugees');
  assert.equal(claims('20,416 people entered immigration detention in the year ending March 2023.', '2023-05-25')[0]?.metric, 'uk.detention.entering');
  const italy = claims('In 2024, 66,800 people arrived in small boats from Tunisia and Libya to Italy.', '2025-01-14');
  assert.match(String(italy[0]?.unread), /Italy/);
  assert.deepEqual(claims('In 2023, 3,000 people were returned to Albania from the UK.', '2024-03-01')[0]?.filters, { nationality: ['Albania'], return_type_group: ['Enforced return', 'Voluntary return'] }, 'returns are counted by the nationality of those sent back');
  assert.deepEqual(claims('IOM documented 686 deaths on the U.S.-Mexico border last year.', '2023-09-12')[0]?.filters, { route: ['US-Mexico border crossing'] });
});

test('ranks of a day within a window; "the latest year" as a calendar year or a year to a quarter; a relative clause keeps its time', () => {
  const daily = read('The Home Office said on Thursday that 882 people had crossed the Channel in small boats on Tuesday, the highest daily figure of the year so far.', '2024-06-21');
  const r = daily.find((c) => c.type === 'rank')!;
  assert.deepEqual([r.period!.from, r.period!.to], ['2024-06-18', '2024-06-18'], 'the day ranked is the figure\'s');
  assert.deepEqual(r.type === 'rank' && r.rank.scope, { kind: 'within', from: '2024-01-01', to: '2024-06-20' }, 'among the days of the year so far');
  assert.match(String(claims('Small boat arrivals hit the highest daily total so far this year.', '2024-06-21')[0]?.unread), /which day/, 'no day named: not read');
  const anyDay = read('On Friday 919 people crossed the Channel in small boats, more than on any other day this year.', '2025-06-17').find((c) => c.type === 'rank')!;
  assert.deepEqual([anyDay.period?.from, anyDay.type === 'rank' && anyDay.rank.scope], ['2025-06-13', { kind: 'within', from: '2025-01-01', to: '2025-06-16' }], '"than on any other day this year": the Friday among this year\'s days');
  const decade = read('Fewer people entered immigration detention in the UK in 2020 than in any year for more than a decade.', '2021-02-25');
  assert.deepEqual(decade.map((c) => [c.type, c.period?.from, c.type === 'rank' && c.rank.scope]), [['rank', '2020-01-01', { kind: 'years', n: 11 }]], '"more than a decade" is at least eleven years, and no comparison of its own');
  assert.deepEqual(times('the latest year', '2024-11-28'), [['year', '2023-01-01', '2023-12-31']]);
  const latest = findTimes(tokenize('the latest year'), { date: '2024-11-28', sentence: '' })[0]!;
  assert.deepEqual(latest.expr.kind === 'period' && latest.expr.period.alternatives?.map((p) => [p.from, p.to]), [['2023-10-01', '2024-09-30'], ['2023-07-01', '2024-06-30']]);
  const calendar = findTimes(tokenize('the latest calendar year'), { date: '2024-11-28', sentence: '' })[0]!;
  assert.equal(calendar.expr.kind === 'period' && calendar.expr.period.alternatives, undefined, '"calendar" says which');
  assert.deepEqual(claims('More than 18,000 people have crossed the Channel in small boats so far this year, up from the 14,732 who had come in the same period last year.', '2024-08-14').map((c) => c.period), [['2024-01-01', '2024-08-13'], ['2023-01-01', '2023-08-13']]);
  // A time not understood in a clause is that clause's own: the measure it lends is still read.
  const own = claims('Enforced returns have increased following the low numbers of returns in 2020 and 2021, with 8,164 in 2023 now higher than in 2019.', '2024-11-28');
  assert.ok(own.some((c) => c.type === 'comparison' && !c.unread), JSON.stringify(own));
});

test('a claim resting on words not understood passes that on to the changes and baselines that depend on it', () => {
  const c = claims('There were 23,702 returns of foreign national offenders from the UK in the year to June 2023, up 61% on 14,730 in the year to June 2022.', '2023-08-24');
  assert.equal(c.length, 3);
  for (const x of c) assert.match(String(x.unread), /foreign national offenders/);
  // A parenthesis of two figures in a baseline: each is a count for the baseline's period.
  const p = claims('There were 75,658 asylum applications in the UK in the year ending June 2024. This is 8% lower than the number of applications in the year ending June 2023 (82,275 applications, relating to 102,371 people).', '2024-08-22');
  assert.deepEqual(p.filter((x) => x.type === 'count').map((x) => [x.value, x.period]), [
    [[75658, null], ['2023-07-01', '2024-06-30']],
    [[82275, null], ['2022-07-01', '2023-06-30']],
    [[102371, null], ['2022-07-01', '2023-06-30']],
  ]);
});

test('numbers that are not claims: money, distances, ages, durations, capacities, counts of countries and parties', () => {
  assert.deepEqual(claims('Starmer pledged an investment of £150 million over the next two years into an elite Border Force.', '2025-04-07'), []);
  assert.deepEqual(claims('St Helena is an island in the South Atlantic 5,000 miles from the UK.', '2025-04-07'), []);
  assert.deepEqual(claims('Last week leaders hosted a two-day conference attended by representatives of 40 countries.', '2025-04-07'), []);
  assert.deepEqual(claims('The party comprises 82 right-wing parties and partners in the European Parliament.', '2025-04-07'), []);
  assert.deepEqual(claims('Albania has built two detention centres that hold up to 36,000 migrants per year.', '2025-04-07').filter((x) => !x.unread), []);
  assert.deepEqual(claims('1.', '2025-04-07'), []);
});

test('unknown qualifiers and missing periods: unverifiable, naming the words not understood', () => {
  const u = claims('He bragged of the highest returns rate for eight years.', '2025-04-07');
  assert.match(String(u[0]?.unread), /rate/);
  const kurdish = claims('Some 2,000 Kurdish migrants crossed the Channel in small boats in 2023.', '2024-06-01');
  assert.match(String(kurdish[0]?.unread), /Kurdish/);
  const noPeriod = claims('Some 2,000 people crossed the Channel in small boats.', '2024-06-01');
  assert.match(String(noPeriod[0]?.unread), /no period/);
  const noPlace = claims('Crossings fell to 29,437 in 2023.', '2024-06-01');
  assert.match(String(noPlace[0]?.unread), /whose figures/);
});

test('the reading of a whole text, claim by claim (golden: reviewed, never regenerated blindly)', () => {
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
  golden('reading.json', read(text, '2025-04-07').map((c) => ({ text: c.text, ...summary(c), bindings: c.bindings.map((b) => `${b.role}: ${b.text}`) })));
});
