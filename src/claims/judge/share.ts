/**
 * Shares: the part (the measure with the part's filters) over the whole, in per cent.
 * Where the part is a breakdown with an "unknown" value (sex, age, nationality not
 * recorded), the share of those recorded is a second reading; the claim holds on either.
 * A present-tense share with no period is read over the latest figures, and decided
 * only if every recent year agrees.
 */
import { lastKnownDay, latestCompleteYear } from '../../metrics/access.js';
import { addDays, addMonths, describeRange } from '../../util/dates.js';
import { yearPeriod } from '../read/times.js';
import type { ClaimResult, Period, ShareClaim } from '../types.js';
import { valueOf, type JudgeContext } from './figures.js';
import { best, result, supports, unverifiable } from './result.js';
import { fmt, judgeShare } from './tolerance.js';

const UNKNOWN = /^(unknown|not currently recorded|not recorded|other and unknown)$/i;

export async function judgeShareClaim(c: ShareClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (!Object.keys(c.part).length) return unverifiable(c, `The claim gives a share of ${c.measure!.label}, but the part it is a share of is not read.`);
  const periods = c.period ? [c.period] : await presentPeriods(c, ctx);
  if (!periods.length) return unverifiable(c, 'The claim states no period, and none can be read from the sentence.');
  const outs: { verdict: ClaimResult['verdict']; text: string; ev: ClaimResult['evidence'] }[] = [];
  for (const p of periods) {
    const r = await onePeriod(c, ctx, p);
    if ('why' in r) return unverifiable(c, `Cannot check: ${r.why}.`);
    outs.push(r);
  }
  const verdicts = outs.map((o) => o.verdict);
  if (outs.length > 1 && new Set(verdicts.map(supports)).size > 1) return unverifiable(c, `No period is stated, and recent periods disagree: ${outs.map((o) => o.text).join('; ')}.`);
  const v = outs.length > 1 ? verdicts.reduce((a, b) => (supports(a) ? b : a)) : verdicts[0]!;
  const lead = c.period ? '' : 'No period is stated; read over the latest figures published by the claim\'s date: ';
  return result(c, v, `${lead}${outs.map((o) => o.text).join('; ')}.`, outs.flatMap((o) => o.ev));
}

async function onePeriod(c: ShareClaim, ctx: JudgeContext, p: Period) {
  const m = c.measure!;
  const whole = await valueOf(ctx, m, p);
  const partM = { ...m, filters: { ...m.filters, ...c.part } };
  const part = await valueOf(ctx, partM, p);
  if (!whole.ok) return { why: whole.why };
  if (!part.ok) return { why: part.why };
  // A share of "2022 so far" is not the share of the months published: more than a month short, it is not known.
  if ((whole.fig.cutDays ?? 0) > 31) return { why: `the figures published by ${ctx.date} run to ${whole.fig.to}, ${whole.fig.cutDays} days short of ${describeRange(p.from, p.to)}; the share over the whole period is not known from them` };
  if (whole.fig.value === 0) return { why: 'the whole is zero' };
  const readings: { pct: number; label: string }[] = [{ pct: (100 * part.fig.value) / whole.fig.value, label: 'of all' }];
  // Those whose breakdown was recorded: the whole without its unknown values.
  for (const dim of Object.keys(c.part)) {
    const held = await ctx.data.dimensionValues(m.metric, dim);
    const unknown = held.filter((v) => UNKNOWN.test(v));
    if (!unknown.length) continue;
    const known = await valueOf(ctx, { ...m, filters: { ...m.filters, [dim]: held.filter((v) => !UNKNOWN.test(v)) } }, p);
    if (known.ok && known.fig.value > 0) readings.push({ pct: (100 * part.fig.value) / known.fig.value, label: `of those whose ${dim} was recorded` });
  }
  const judged = readings.map((r) => {
    const pct = c.negated ? 100 - r.pct : r.pct;
    return { ...r, pct, j: judgeShare(c.quantity.value, pct, c.quantity.hedge, c.quantity.precision) };
  });
  const v = best(judged.map((x) => x.j.verdict));
  const top = judged.find((x) => x.j.verdict === v)!;
  const text = `${describeRange(whole.fig.from, whole.fig.to)}: ${fmt(part.fig.value)} of ${fmt(whole.fig.value)} ${m.label} were ${c.negated ? 'not ' : ''}${c.partLabel || 'the part'} = ${judged.map((x) => `${fmt(x.pct)}% ${x.label}`).join(', ')}; ${top.j.why}`;
  return { verdict: v, text, ev: [part.fig.evidence, whole.fig.evidence] };
}

/** "Now", for a present-tense share: the latest complete year published, and the latest four quarters (or twelve months). */
async function presentPeriods(c: ShareClaim, ctx: JudgeContext): Promise<Period[]> {
  const s = await ctx.data.series(c.measure!.metric, c.measure!.filters);
  const last = lastKnownDay(s, ctx.date);
  if (!last) return [];
  const y = latestCompleteYear(s, ctx.date)!;
  const twelve: Period = { from: addDays(addMonths(last, -12), 1), to: last, kind: 'range', reading: `the twelve months to ${describeRange(last, last)}` };
  return [yearPeriod(y, `${y}, the latest complete year published by ${ctx.date}`), twelve];
}
