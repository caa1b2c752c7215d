/** Averages per unit: "53 people per boat in 2024" is small-boat arrivals over boats in that period. */
import { daysBetween, describeRange } from '../../util/dates.js';
import { familyById } from '../read/measures.js';
import type { ClaimResult, MeanClaim, Measure } from '../types.js';
import { valueOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';

export async function judgeMeanClaim(c: MeanClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.per === 'day' || c.per === 'week' || c.per === 'month') return perTime(c, ctx, c.per);
  const per = familyById(c.per);
  const den: Measure = { family: per.id, metric: per.sources[0]!.metric, filters: {}, label: per.label };
  const a = await valueOf(ctx, { ...c.measure!, metric: c.measure!.family === 'small_boat_arrivals' ? 'uk.small_boats.arrivals' : c.measure!.metric, filters: c.measure!.family === 'small_boat_arrivals' ? {} : c.measure!.filters }, c.period!);
  const b = await valueOf(ctx, den, c.period!);
  if (!a.ok || !b.ok) return unverifiable(c, `Cannot check: ${!a.ok ? a.why : !b.ok ? b.why : ''}.`);
  if (b.fig.value === 0) return unverifiable(c, `No ${per.label} in ${describeRange(b.fig.from, b.fig.to)}.`);
  const mean = a.fig.value / b.fig.value;
  const q = c.quantity;
  // An average is written to its own precision: "53" means 52.5 to 53.5.
  const j = judgeCount(q.value, Math.round(mean * 100) / 100, q.hedge, Math.max(1, q.precision));
  return result(c, j.verdict, `${describeRange(a.fig.from, a.fig.to)}: ${fmt(a.fig.value)} ${c.measure!.label} ÷ ${fmt(b.fig.value)} ${per.label} = ${mean.toFixed(2)} per unit; ${j.why}.`, [a.fig.evidence, b.fig.evidence]);
}

/** "an average of 14 a day across the year", "500 every week last year", "2,000 a month": the period's figure over its days, weeks or months. */
async function perTime(c: MeanClaim, ctx: JudgeContext, unit: 'day' | 'week' | 'month'): Promise<ClaimResult> {
  const a = await valueOf(ctx, c.measure!, c.period!);
  if (!a.ok) return unverifiable(c, `Cannot check: ${a.why}.`);
  const days = daysBetween(a.fig.from, a.fig.to) + 1;
  const units = unit === 'day' ? days : unit === 'week' ? days / 7 : monthsIn(a.fig.from, a.fig.to);
  const mean = a.fig.value / units;
  const q = c.quantity;
  const j = judgeCount(q.value, Math.round(mean * 100) / 100, q.hedge, Math.max(1, q.precision));
  const over = unit === 'day' ? `${days} days` : unit === 'week' ? `${(Math.round(units * 10) / 10).toLocaleString('en-GB')} weeks (${days} days ÷ 7)` : `${Math.round(units * 100) / 100} months`;
  return result(c, j.verdict, `${describeRange(a.fig.from, a.fig.to)}: ${fmt(a.fig.value)} ${c.measure!.label} ÷ ${over} = ${mean.toFixed(2)} a ${unit}; ${j.why}.`, [a.fig.evidence]);
}

/** Calendar months from one day to another, whole months counted as one, a part month as its share of days. */
function monthsIn(from: string, to: string): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const whole = (ty - fy) * 12 + (tm - fm) + 1;
  const startPart = (Number(from.slice(8)) - 1) / daysIn(fy, fm);
  const endPart = (daysIn(ty, tm) - Number(to.slice(8))) / daysIn(ty, tm);
  return whole - startPart - endPart;
}
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
