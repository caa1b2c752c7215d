/** Ratios: "one death for every 200 arrivals" is the measure over the denominator's measure in the same period. */
import { describeRange } from '../../util/dates.js';
import { familyById } from '../read/measures.js';
import type { ClaimResult, Measure, RatioClaim } from '../types.js';
import { valueOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';

export async function judgeRatioClaim(c: RatioClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const per = familyById(c.per);
  const den: Measure = { family: per.id, metric: per.sources[0]!.metric, filters: {}, label: per.label };
  const a = await valueOf(ctx, c.measure!, c.period!);
  const b = await valueOf(ctx, den, c.period!);
  if (!a.ok || !b.ok) return unverifiable(c, `Cannot check: ${!a.ok ? a.why : !b.ok ? b.why : ''}.`);
  if (a.fig.value === 0) return unverifiable(c, `No ${c.measure!.label} in ${describeRange(a.fig.from, a.fig.to)}.`);
  const n = b.fig.value / a.fig.value;
  const claimedN = 1 / c.quantity.value;
  const digits = String(Math.round(claimedN));
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  const j = judgeCount(claimedN, n, c.quantity.hedge, Math.pow(10, Math.min(zeros, digits.length - 1)));
  return result(c, j.verdict, `${describeRange(a.fig.from, a.fig.to)}: ${fmt(a.fig.value)} ${c.measure!.label} and ${fmt(b.fig.value)} ${per.label}, one for every ${fmt(Math.round(n))}; ${j.why}.`, [a.fig.evidence, b.fig.evidence]);
}
