/**
 * Comparisons: the measure over the claim's period against a baseline period (or a sum
 * of several: "2018, 2019 and 2020 combined"), with the difference claimed if any; and
 * "more than in the past": the latest twelve months against every earlier year.
 */
import { lastKnownDay, sumWindow } from '../../metrics/access.js';
import { addDays, addMonths, describeRange } from '../../util/dates.js';
import type { ClaimResult, ComparisonClaim, Period } from '../types.js';
import { evidenceOf, valueOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';

export async function judgeComparisonClaim(c: ComparisonClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.vsPast) return vsPast(c, ctx);
  const more = c.direction === 'more';
  const readings: { text: string; holds: boolean; ev: ClaimResult['evidence']; diff: number }[] = [];
  const bases: Period[] = [c.baseline.period, ...(c.baseline.period.alternatives ?? [])];
  const a = await valueOf(ctx, c.measure!, c.period!);
  if (!a.ok) return unverifiable(c, `Cannot check: ${a.why}.`);
  for (const base of bases) {
    const b = await valueOf(ctx, c.baseline.measure ?? c.measure!, base);
    if (!b.ok) return unverifiable(c, `Cannot check the baseline: ${b.why}.`);
    const diff = a.fig.value - b.fig.value;
    const holds = more ? diff > 0 : diff < 0;
    readings.push({ text: `${describeRange(a.fig.from, a.fig.to)}: ${fmt(a.fig.value)}; ${b.fig.evidence.period}: ${fmt(b.fig.value)} (${diff >= 0 ? '+' : ''}${fmt(diff)})`, holds, ev: [a.fig.evidence, b.fig.evidence], diff });
  }
  const first = readings[0]!;
  if (readings.length > 1 && readings.some((r) => r.holds !== first.holds)) {
    return unverifiable(c, `The baseline can be read two ways, and they disagree: ${readings.map((r) => `${r.text} → ${r.holds ? 'holds' : 'does not hold'}`).join('; ')}.`);
  }
  if (c.amount) {
    const j = judgeCount(c.amount.value, Math.abs(first.diff), c.amount.vague ? 'at_least' : c.amount.hedge, c.amount.precision);
    const verdict = first.holds ? j.verdict : 'inaccurate';
    return result(c, verdict, `${first.text}. ${first.holds ? `The difference: ${j.why}` : `Not ${more ? 'more' : 'fewer'}`}.`, first.ev);
  }
  return result(c, first.holds ? 'accurate' : 'inaccurate', `${first.text}. ${first.holds ? 'So' : 'Not'} ${more ? 'more' : 'fewer'}. Periods read as: ${c.period!.reading}; ${c.baseline.period.reading}.`, first.ev);
}

/** "Thousands more … this year than in the past": the latest twelve months published, against the same months of each earlier year. */
async function vsPast(c: ComparisonClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const s = await ctx.data.series(c.measure!.metric, c.measure!.filters);
  const last = lastKnownDay(s, ctx.date);
  if (!last) return unverifiable(c, `No figures were published before ${ctx.date}.`);
  const up = c.direction === 'more';
  const from = addDays(addMonths(last, -12), 1);
  const cur = sumWindow(s, from, last);
  const prevW = { from: addMonths(from, -12), to: addMonths(last, -12) };
  const prev = sumWindow(s, prevW.from, prevW.to);
  if (!cur.complete || !prev.complete) return unverifiable(c, `Cannot check: ${cur.why ?? prev.why}.`);
  const diff = cur.value - prev.value;
  const label = `the twelve months to ${describeRange(last, last)} (the latest published by ${ctx.date})`;
  const evs = [evidenceOf(s, cur.value, from, last), evidenceOf(s, prev.value, prevW.from, prevW.to)];
  const minDiff = c.amount?.value ?? 0;
  const recent = up ? diff > 0 && diff >= minDiff * 0.5 : diff < 0 && -diff >= minDiff * 0.5;
  if (!recent) return result(c, 'inaccurate', `${label}: ${fmt(cur.value)}, against ${fmt(prev.value)} a year earlier (${diff >= 0 ? '+' : ''}${fmt(diff)}).`, evs);
  const history: { from: string; to: string; value: number }[] = [];
  for (let k = 2; ; k++) {
    const w = { from: addMonths(from, -12 * k), to: addMonths(last, -12 * k) };
    const x = sumWindow(s, w.from, w.to);
    if (!x.complete) break;
    history.push({ ...w, value: x.value });
  }
  const beyond = history.filter((h) => (up ? h.value > cur.value : h.value < cur.value));
  if (history.length && beyond.length > history.length / 2) {
    const m = beyond.reduce((x, y) => (up ? (y.value < x.value ? y : x) : y.value > x.value ? y : x));
    return result(c, 'misleading', `${label}: ${fmt(cur.value)}, ${fmt(Math.abs(diff))} ${up ? 'more' : 'fewer'} than the year before (${fmt(prev.value)}). But against the past it is ${up ? 'low' : 'high'}: ${beyond.length} of the ${history.length} earlier years (same twelve months, ${history.at(-1)!.from.slice(0, 4)}–${history[0]!.to.slice(0, 4)}) were ${up ? 'higher' : 'lower'} (the ${up ? 'lowest' : 'highest'} of them ${fmt(m.value)}, ${describeRange(m.from, m.to)}), so "${up ? 'more' : 'fewer'} than in the past" holds only against the most recent years.`, evs);
  }
  return result(c, 'accurate', `${label}: ${fmt(cur.value)}, ${fmt(Math.abs(diff))} ${up ? 'more' : 'fewer'} than the year before (${fmt(prev.value)}), and ${up ? 'above' : 'below'} most earlier years.`, evs);
}
