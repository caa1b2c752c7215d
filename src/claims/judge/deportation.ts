/**
 * "Deported", "removed": the Home Office publishes no deportation series. The words
 * are read as enforced returns; a figure that matches only enforced and voluntary
 * returns together, or that the data cannot check but is far above any count of
 * enforced returns, describes mostly voluntary departures: misleading.
 */
import { sumWindow, totalsBy } from '../../metrics/access.js';
import { describeRange } from '../../util/dates.js';
import { RETURNS_GROUPS } from '../read/measures.js';
import type { ClaimResult, CountClaim, Measure } from '../types.js';
import { evidenceOf, valueOf, type JudgeContext } from './figures.js';
import { publishedFigures } from './published.js';
import { result, supports, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';

const CAVEAT = 'The Home Office publishes no "deportation" series; deported and removed are read as enforced returns, and most returns are voluntary.';

export async function deportation(c: CountClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const q = c.quantity;
  const enforced: Measure = { ...c.measure!, filters: { ...c.measure!.filters, return_type_group: ['Enforced return'] } };
  const all: Measure = { ...c.measure!, filters: { ...c.measure!.filters, return_type_group: RETURNS_GROUPS } };
  const judge = (e: number, t: number, base: string, evs: ClaimResult['evidence']): ClaimResult => {
    const je = judgeCount(q.value, e, q.hedge, q.precision);
    const jt = judgeCount(q.value, t, q.hedge, q.precision);
    if (supports(je.verdict)) return result(c, je.verdict, `${base} Read as enforced returns, ${je.why}. ${CAVEAT}`, evs);
    if (supports(jt.verdict)) return result(c, 'misleading', `${base} ${fmt(q.value)} matches all returns (${jt.why}), but only ${fmt(e)} (${Math.round((100 * e) / t)}%) were enforced: the rest left voluntarily, so "deported" or "removed" describes a minority of the figure. ${CAVEAT}`, evs);
    if (q.value > e * 1.5 && q.value <= t * 1.1) return result(c, 'misleading', `${base} ${fmt(q.value)} is far above any count of enforced returns (${fmt(e)}); it can only be a count of all returns, most of them voluntary. ${CAVEAT}`, evs);
    return result(c, 'inaccurate', `${base} ${fmt(q.value)} matches neither (${je.why}; ${jt.why}). ${CAVEAT}`, evs);
  };
  if (c.period) {
    const e = await valueOf(ctx, enforced, c.period);
    const t = await valueOf(ctx, all, c.period);
    if (e.ok && t.ok) return judge(e.fig.value, t.fig.value, `For ${describeRange(e.fig.from, e.fig.to)}: ${fmt(e.fig.value)} enforced returns, ${fmt(t.fig.value)} enforced and voluntary returns.`, [e.fig.evidence, t.fig.evidence]);
  }
  // Figures the Home Office published for the period, outside its datasets.
  const pe = await publishedFigures(ctx, enforced, 'return_type_group');
  const pt = await publishedFigures(ctx, all, 'return_type_group');
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
  const pairs = pe.map((x) => ({ e: x, t: pt.find((y) => y.from === x.from && y.to === x.to) })).filter((p) => p.t);
  const pair = c.period
    ? pairs.find((p) => days(p.e.from, c.period!.from) <= 7 && p.e.to <= c.period!.to && days(p.e.to, c.period!.to) <= 21)
    : pairs.filter((p) => days(p.e.published, ctx.date) <= 60).sort((a, b) => b.e.published.localeCompare(a.e.published) || b.e.to.localeCompare(a.e.to))[0];
  if (pair?.t) return judge(pair.e.value, pair.t.value, `${pair.e.title}: ${describeRange(pair.t.from, pair.t.to)}, ${fmt(pair.t.value)} returns, of which ${fmt(pair.e.value)} enforced.`, [pair.e.evidence, pair.t.evidence]);
  // The figure cannot be checked for its period; but a total called deportations is mostly voluntary returns if most returns are.
  const se = await ctx.data.series(enforced.metric, enforced.filters);
  const st = await ctx.data.series(all.metric, all.filters);
  const years = [...totalsBy(se, (p) => p.start.slice(0, 4)).keys()].filter((y) => `${y}-12-31` <= (se.coverage?.to ?? ''));
  const y = years.at(-1);
  const when = c.period ? describeRange(c.period.from, c.period.to) : 'the period meant';
  if (!y) return unverifiable(c, `The figure for ${when} cannot be checked. ${CAVEAT}`);
  const e = sumWindow(se, `${y}-01-01`, `${y}-12-31`).value;
  const t = sumWindow(st, `${y}-01-01`, `${y}-12-31`).value;
  const ev = [evidenceOf(se, e, `${y}-01-01`, `${y}-12-31`, 'enforced returns'), evidenceOf(st, t, `${y}-01-01`, `${y}-12-31`, 'enforced and voluntary returns')];
  // (Only after the data end: the mix of returns in years before the data begin is not known — "in 1996, 26,000 were removed".)
  const before = c.period !== null && se.coverage !== null && c.period.to < se.coverage.from;
  if (!before && t > 0 && e / t < 0.5 && q.value > 1.5 * e) {
    return result(c, 'misleading', `The figure for ${when} cannot be checked (${c.period ? 'the returns data end ' + (se.coverage?.to ?? '?') : 'no period is stated'}). But it is called deportations or removals: in ${y}, the latest year in the data, enforced returns were ${Math.round((100 * e) / t)}% of enforced and voluntary returns (${fmt(e)} of ${fmt(t)}), so a total of ${fmt(q.value)} returns would be mostly voluntary departures, not deportations. ${CAVEAT}`, ev);
  }
  return unverifiable(c, `The figure for ${when} cannot be checked${before ? ` (the returns data begin ${se.coverage!.from})` : ''}. ${CAVEAT}`);
}
