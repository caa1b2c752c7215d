/** Averages per unit: "53 people per boat in 2024" is small-boat arrivals over boats in that period. */
import { daysBetween, describeRange } from '../../util/dates.js';
import { familyById } from '../read/measures.js';
import type { ClaimResult, MeanClaim, Measure } from '../types.js';
import { valueOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';

export async function judgeMeanClaim(c: MeanClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.per === 'day') return perDay(c, ctx);
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

/** "an average of 14 a day across the year": the period's figure over its days. */
async function perDay(c: MeanClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const a = await valueOf(ctx, c.measure!, c.period!);
  if (!a.ok) return unverifiable(c, `Cannot check: ${a.why}.`);
  const days = daysBetween(a.fig.from, a.fig.to) + 1;
  const mean = a.fig.value / days;
  const q = c.quantity;
  const j = judgeCount(q.value, Math.round(mean * 100) / 100, q.hedge, Math.max(1, q.precision));
  return result(c, j.verdict, `${describeRange(a.fig.from, a.fig.to)}: ${fmt(a.fig.value)} ${c.measure!.label} ÷ ${days} days = ${mean.toFixed(2)} a day; ${j.why}.`, [a.fig.evidence]);
}
