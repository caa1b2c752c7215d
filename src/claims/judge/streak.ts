/**
 * Streaks: successive rises (or falls) of the yearly totals up to the claim's year
 * (or the latest complete year). One short of the claim, counting the low year the run
 * starts from, is roughly accurate; shorter is inaccurate. "Every year since 2018" holds
 * only if every year after 2018 rose.
 */
import { lastKnownDay, totalsBy } from '../../metrics/access.js';
import type { ClaimResult, StreakClaim, Verdict } from '../types.js';
import { evidenceOf, seriesOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt } from './tolerance.js';
import { familyById } from '../read/measures.js';

export async function judgeStreakClaim(c: StreakClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const s = await seriesOf(ctx, c.measure!);
  const last = lastKnownDay(s, ctx.date);
  if (!last || !s.coverage) return unverifiable(c, `No figures were published before ${ctx.date}.`);
  let years = [...totalsBy(s, (p) => p.start.slice(0, 4)).entries()].map(([y, v]) => [Number(y), v] as [number, number]).filter(([y]) => `${y}-12-31` <= last && `${y}-01-01` >= s.coverage!.from.slice(0, 4) + '-01-01').sort((a, b) => a[0] - b[0]);
  if (c.per) {
    // A streak of an average: the yearly totals over the yearly units (people per boat).
    const per = familyById(c.per);
    const d = await ctx.data.series(per.sources[0]!.metric, {});
    const den = totalsBy(d, (p) => p.start.slice(0, 4));
    years = years.map(([y, v]) => [y, Math.round((100 * v) / (den.get(String(y)) ?? NaN)) / 100] as [number, number]).filter(([, v]) => Number.isFinite(v));
  }
  const end = c.period && c.period.kind === 'year' ? Number(c.period.from.slice(0, 4)) : years.at(-1)?.[0];
  const upto = years.filter(([y]) => y <= (end ?? 0));
  if (upto.length < 2) return unverifiable(c, 'Too few complete years in the data.');
  const up = c.direction === 'up';
  const rises = (i: number) => (up ? upto[i]![1] > upto[i - 1]![1] : upto[i]![1] < upto[i - 1]![1]);
  const chainFrom = (k: number) => upto.slice(upto.length - 1 - k).map(([y, v]) => `${y} ${fmt(v)}`).join(' → ');
  const lastY = upto.at(-1)!;
  if (c.since !== null) {
    const from = upto.findIndex(([y]) => y === c.since);
    if (from < 0) return unverifiable(c, `${c.since} is not a complete year in the data.`);
    const breaks = upto.slice(from + 1).filter((_, j) => !rises(from + 1 + j)).map(([y]) => y);
    const v: Verdict = breaks.length === 0 ? 'accurate' : 'inaccurate';
    return result(c, v, `${chainFrom(upto.length - 1 - from)}: ${breaks.length === 0 ? `${up ? 'rose' : 'fell'} every year since ${c.since}` : `not every year: ${breaks.join(', ')} ${up ? 'fell' : 'rose'}`}.`, [evidenceOf(s, lastY[1], `${lastY[0]}-01-01`, `${lastY[0]}-12-31`)]);
  }
  let k = 0;
  for (let i = upto.length - 1; i > 0 && rises(i); i--) k++;
  const n = c.n ?? 0;
  const start = upto[upto.length - 1 - k]!;
  const before = upto[upto.length - 2 - k];
  const verdict: Verdict = k >= n ? 'accurate' : k === n - 1 ? 'roughly_accurate' : 'inaccurate';
  const why = k >= n ? `${k} successive ${up ? 'rises' : 'falls'} to ${lastY[0]}` : k === n - 1 ? `${k} successive ${up ? 'rises' : 'falls'} (${n} years of ${up ? 'rising' : 'falling'} figures counting ${start[0]}, the low point), not ${n}` : `only ${k} successive ${up ? 'rise' : 'fall'}${k === 1 ? '' : 's'} to ${lastY[0]}`;
  return result(c, verdict, `${chainFrom(k)}: ${why}${before ? `; ${start[0]} (${fmt(start[1])}) was ${up ? 'below' : 'above'} ${before[0]} (${fmt(before[1])})` : ''}.`, [evidenceOf(s, lastY[1], `${lastY[0]}-01-01`, `${lastY[0]}-12-31`), evidenceOf(s, start[1], `${start[0]}-01-01`, `${start[0]}-12-31`, 'start of the streak')]);
}
