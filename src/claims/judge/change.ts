/**
 * Changes: the measure over the claim's period against its baseline (stated, or the
 * same period a year earlier). A change since an event is read three ways; when only
 * an earlier window bears it out and the latest figures do not, it is misleading.
 */
import { addDays, daysBetween, describeRange, monthEnd, yearOf } from '../../util/dates.js';
import { shiftToYear, yearPeriod } from '../read/times.js';
import type { ChangeClaim, ClaimResult, Period, Verdict } from '../types.js';
import { REVISABLE, revisableDays, valueOf, type JudgeContext } from './figures.js';
import { result, supports, unverifiable } from './result.js';
import { fmt, judgeChange, judgeCount, judgeRatio, type Judgement } from './tolerance.js';
import { lastKnownDay } from '../../metrics/access.js';
import { familyById } from '../read/measures.js';
import type { Measure, Quantity } from '../types.js';

const order = (v: Verdict): number => ['accurate', 'roughly_accurate', 'misleading', 'inaccurate', 'unverifiable'].indexOf(v);

interface Reading {
  label: string;
  ok: boolean;
  why?: string;
  j?: Judgement;
  text?: string;
  ev?: ClaimResult['evidence'];
}

async function compare(c: ChangeClaim, ctx: JudgeContext, cur: Period, base: Period, label: string, measure: Measure = c.measure!): Promise<Reading> {
  const a = await valueOf(ctx, measure, cur);
  // Where the published figures end inside the period, the baseline is cut by as many days: equal windows.
  const cutBase = a.ok && a.fig.cutDays ? { ...base, to: addDays(base.to, -a.fig.cutDays), open: false } : base;
  const b = await valueOf(ctx, measure, cutBase);
  if (!a.ok || !b.ok) return { label, ok: false, why: !a.ok ? a.why : !b.ok ? b.why : '' };
  if (b.fig.value === 0) return { label, ok: false, why: 'the baseline is zero' };
  const ratio = a.fig.value / b.fig.value;
  const pct = (ratio - 1) * 100;
  const q = c.quantity;
  let j: Judgement;
  if (!q) {
    const same = c.direction === 'up' ? pct > 0 : pct < 0;
    j = same ? { verdict: 'accurate', why: `${c.direction === 'up' ? 'up' : 'down'} ${fmt(Math.abs(pct))}%` } : Math.abs(pct) < 2 ? { verdict: 'roughly_accurate', why: `about level (${pct >= 0 ? '+' : ''}${fmt(pct)}%)` } : { verdict: 'inaccurate', why: `${pct >= 0 ? 'up' : 'down'} ${fmt(Math.abs(pct))}%, the opposite direction` };
  } else if (q.unit === 'ratio') {
    j = judgeRatio(q.value, ratio, q.hedge === 'more_than' || q.hedge === 'at_least');
  } else if (q.unit === 'count') {
    j = judgeDifference(c.direction, q, a.fig.value - b.fig.value);
  } else {
    // A change first published as preliminary (the period ended within four months of the claim) may have been revised since.
    j = judgeChange((c.direction === 'down' ? -1 : 1) * q.value, pct, q.hedge, q.precision, { revisable: REVISABLE.has(c.measure!.metric) && daysBetween(a.fig.to, ctx.date) <= revisableDays(c.measure!.metric) });
  }
  const diff = a.fig.value - b.fig.value;
  const arithmetic = q?.unit === 'ratio' ? `${fmt(a.fig.value)} ÷ ${fmt(b.fig.value)} = ×${fmt(ratio)}` : q?.unit === 'count' ? `${fmt(a.fig.value)} − ${fmt(b.fig.value)} = ${diff >= 0 ? '+' : '−'}${fmt(Math.abs(diff))}` : `(${fmt(a.fig.value)} − ${fmt(b.fig.value)}) ÷ ${fmt(b.fig.value)} = ${pct >= 0 ? '+' : ''}${fmt(pct)}%`;
  return { label, ok: true, j, text: `${label}: ${describeRange(a.fig.from, a.fig.to)} against ${describeRange(b.fig.from, b.fig.to)}: ${arithmetic}`, ev: [a.fig.evidence, b.fig.evidence] };
}

/** The whole months of a period to date that ends inside a month (1 January to 14 June → January to May), if any. */
function completedMonths(p: Period): Period | null {
  if (!(p.open || p.kind === 'to_date') || p.from.slice(8) !== '01' || monthEnd(p.to) === p.to) return null;
  const to = addDays(`${p.to.slice(0, 7)}-01`, -1);
  if (to < p.from) return null;
  return { from: p.from, to, kind: 'range', reading: `the whole months ${describeRange(p.from, to)}` };
}

/** "fell by 13,790": the difference in people, read like a count, in the direction claimed. */
function judgeDifference(direction: 'up' | 'down', q: Quantity, diff: number): Judgement {
  const word = (x: number) => `${x < 0 ? 'a fall' : 'a rise'} of ${fmt(Math.abs(x))}`;
  if (diff === 0 || (direction === 'up') !== diff > 0) return { verdict: 'inaccurate', why: `the data show ${diff === 0 ? 'no change' : word(diff)}, not ${direction === 'up' ? 'a rise' : 'a fall'}` };
  const j = judgeCount(q.value, Math.abs(diff), q.hedge, q.precision);
  return { verdict: j.verdict, why: `${word(diff)} against ${q.text}: ${j.why}` };
}

export async function judgeChangeClaim(c: ChangeClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const p = c.period!;
  const readings: Reading[] = [];
  const event = p.kind === 'since' && !c.baseline && / on \d{4}-\d{2}-\d{2}/.test(p.reading);
  if (event) {
    const s = await ctx.data.series(c.measure!.metric, c.measure!.filters);
    const last = lastKnownDay(s, ctx.date);
    if (!last) return unverifiable(c, `No figures were published before ${ctx.date}.`);
    const ytd: Period = { from: `${yearOf(last)}-01-01`, to: last, kind: 'range', reading: '' };
    readings.push(await compare(c, ctx, ytd, shiftToYear(ytd, yearOf(last) - 1), 'the latest figures, this year so far against the same period last year'));
    const ey = yearOf(p.from);
    if (`${ey + 1}-12-31` <= last) readings.push(await compare(c, ctx, yearPeriod(ey + 1), yearPeriod(ey), `the first full year after ${describeRange(p.from, p.from)} against the year it happened`));
    const days = daysBetween(p.from, last) + 1;
    readings.push(await compare(c, ctx, { from: p.from, to: last, kind: 'range', reading: '' }, { from: addDays(p.from, -days), to: addDays(p.from, -1), kind: 'range', reading: '' }, `the ${days} days since ${p.from} against the ${days} days before`));
    return sinceEvent(c, readings);
  }
  const base = c.baseline ?? (p.kind === 'year' ? yearPeriod(yearOf(p.from) - 1) : shiftToYear(p, yearOf(p.from) - 1));
  const label = c.baseline ? `${p.reading}, against ${base.reading}` : `${p.reading}, against the same period a year earlier`;
  readings.push(await compare(c, ctx, p, base, label));
  for (const alt of c.baseline?.alternatives ?? []) readings.push(await compare(c, ctx, p, alt, `${p.reading}, against ${alt.reading}`));
  // "So far this year … on the same period last year": also as the monthly tables give it, the months completed against the same months.
  const months = completedMonths(p);
  if (months && (!c.baseline || c.baseline.from === shiftToYear(p, yearOf(p.from) - 1).from)) {
    const y = yearOf(months.from) - 1;
    readings.push(await compare(c, ctx, months, shiftToYear(months, y), `${months.reading}, against the same months of ${y}`));
  }
  // The family's other readings of the words ("applications" as main applicants): a change holds on the reading it matches.
  for (const r of familyById(c.measure!.family).readings ?? []) {
    if (c.measure!.filters[r.dim]) continue;
    const m = { ...c.measure!, filters: { ...c.measure!.filters, [r.dim]: r.values } };
    const alt = await compare(c, ctx, p, base, `${label}, counting ${r.label}`, m);
    if (alt.ok && alt.j && readings[0]?.ok && readings[0].j && order(alt.j.verdict) < order(readings[0].j.verdict)) readings.unshift(alt);
  }
  const ok = readings.filter((r) => r.ok);
  if (!ok.length) return unverifiable(c, `Cannot compute the change (${readings[0]!.label}): ${readings[0]!.why}.`);
  const verdicts = ok.map((r) => r.j!.verdict);
  const texts = ok.map((r) => `${r.text} → ${r.j!.verdict.replace('_', ' ')}`);
  // Several readings of the baseline: decide only where they agree.
  if (ok.length > 1 && new Set(verdicts.map((v) => supports(v))).size > 1) {
    const first = ok[0]!;
    if (supports(first.j!.verdict)) return result(c, first.j!.verdict, `${first.text}: ${first.j!.why}. (On the other reading of the baseline it does not hold: ${texts.slice(1).join('; ')}.)`, first.ev, { readings: texts });
    return unverifiable(c, `The readings of the baseline disagree: ${texts.join('; ')}.`, { readings: texts });
  }
  const first = ok[0]!;
  return result(c, first.j!.verdict, `${first.text}: ${first.j!.why}.`, first.ev, { readings: texts });
}

function sinceEvent(c: ChangeClaim, readings: Reading[]): ClaimResult {
  const ok = readings.filter((r) => r.ok);
  if (!ok.length) return unverifiable(c, `Cannot compute the change: ${readings[0]?.why ?? 'no data'}.`);
  const texts = ok.map((r) => `${r.text} → ${r.j!.verdict.replace('_', ' ')}`);
  const latest = readings[0]!;
  if (latest.ok && supports(latest.j!.verdict)) return result(c, latest.j!.verdict, `${latest.text}: ${latest.j!.why}. Period read as: ${c.period!.reading}.`, latest.ev, { readings: texts });
  const other = ok.find((r) => r !== latest && supports(r.j!.verdict));
  if (other) {
    return result(c, 'misleading', `True only for a chosen window: ${other.text} (${other.j!.why}). But ${latest.ok ? `${latest.text}: ${latest.j!.why}` : 'the latest figures do not bear it out'}, so the change ${c.period!.reading.replace(/, to .*/, '')} does not describe the position when the claim was made.`, [...other.ev!, ...(latest.ev ?? [])], { readings: texts });
  }
  const worst = latest.ok ? latest : ok[0]!;
  const v: Verdict = worst.j!.verdict;
  return result(c, v, `${worst.text}: ${worst.j!.why}. No reading of the period bears it out.`, worst.ev, { readings: texts });
}
