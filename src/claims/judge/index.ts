/** Judging a claim read in full: one function per claim type. A claim not fully read is unverifiable with the reason. */
import { latestCompleteYear } from '../../metrics/access.js';
import { yearPeriod } from '../read/times.js';
import type { Claim, ClaimResult, Measure, Period } from '../types.js';
import { judgeChangeClaim } from './change.js';
import { judgeComparisonClaim } from './comparison.js';
import { judgeCountClaim } from './count.js';
import type { JudgeContext } from './figures.js';
import { judgeMeanClaim } from './mean.js';
import { judgeRankClaim } from './rank.js';
import { judgeRatioClaim } from './ratio.js';
import { unverifiable } from './result.js';
import { judgeShareClaim } from './share.js';
import { judgeStreakClaim } from './streak.js';

export type { JudgeContext } from './figures.js';

export async function judge(c0: Claim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c0.unread) return unverifiable(c0, `Not checked: ${c0.unread}.`);
  const m = c0.measure;
  if (!m) return unverifiable(c0, 'No measure in the catalogue matches what is counted here.');
  let c = c0;
  if (!c.period && c.present) {
    const p = await latestYear(m, ctx);
    if (!p) return unverifiable(c, `No ${m.label} figures were published before ${ctx.date}.`);
    // UNHCR publishes mid-year figures in the autumn (Mid-Year Trends, October or November): after that, what is said to
    // be so now may be read from the mid-year figures, which are not held.
    const y = Number(p.from.slice(0, 4));
    if (ctx.date > `${y + 1}-10-31`) return unverifiable(c, `Not checked: "now" on ${ctx.date} may be UNHCR's mid-year ${y + 1} figures, which are not held (the latest end-year figures published are for ${y}).`);
    c = { ...c, period: p };
  }
  if (!c.period && c.type !== 'streak' && c.type !== 'share' && !(c.type === 'count' && m.named === 'deportation')) return unverifiable(c, 'The claim states no period.');
  const alts = c.type === 'count' ? [] : (c.period?.alternatives ?? []);
  const measures = m.alternatives ?? [];
  if (!alts.length && !measures.length) return byType(c, ctx);
  const first = { ...c, measure: { ...m, alternatives: [] }, ...(c.period ? { period: { ...c.period, alternatives: [] } } : {}) } as Claim;
  return onEveryReading([first, ...alts.map((p) => ({ ...first, period: p }) as Claim), ...measures.map((m) => ({ ...first, measure: m }) as Claim)], ctx);
}

/** "Now", for a stock stated in the present tense: the latest end-year figures published by the claim's date. */
async function latestYear(m: Measure, ctx: JudgeContext): Promise<Period | null> {
  const y = latestCompleteYear(await ctx.data.series(m.metric, m.filters), ctx.date);
  if (y === null) return null;
  return yearPeriod(y, `the end of ${y}, the latest end-year figures published by ${ctx.date} (the claim is in the present tense)`);
}

const supports = (v: string) => v === 'accurate' || v === 'roughly_accurate';

/**
 * A period the words allow to be read more than one way ("the latest year": 2023, or the year to September 2024):
 * the claim holds on a reading that bears it out, and is contradicted only if every reading contradicts it.
 */
async function onEveryReading(readings: Claim[], ctx: JudgeContext): Promise<ClaimResult> {
  const outs: ClaimResult[] = [];
  for (const r of readings) outs.push(await byType(r, ctx));
  const first = outs[0]!;
  const good = outs.find((o) => supports(o.verdict));
  const label = (o: ClaimResult) => readings[outs.indexOf(o)]?.measure?.label;
  const reading = (o: ClaimResult) => (label(o) && label(o) !== label(first) ? label(o)! : o.period ? `${o.period.from} to ${o.period.to}` : 'as stated');
  const note = (o: ClaimResult) => `${o === first && good && label(good) !== label(first) ? label(first) : reading(o)}: ${o.verdict.replace('_', ' ')}`;
  if (good) return good === first ? good : { ...good, reason: `${good.reason} (Read as ${reading(good)}; as first read, ${note(first)}.)` };
  const open = outs.find((o) => o.verdict === 'unverifiable');
  if (open && open !== first) return { ...open, reason: `${first.reason} But the words also allow ${note(open)}: ${open.reason}` };
  return first;
}

function byType(c: Claim, ctx: JudgeContext): Promise<ClaimResult> {
  switch (c.type) {
    case 'count':
      return judgeCountClaim(c, ctx);
    case 'change':
      return judgeChangeClaim(c, ctx);
    case 'comparison':
      return judgeComparisonClaim(c, ctx);
    case 'rank':
      return judgeRankClaim(c, ctx);
    case 'share':
      return judgeShareClaim(c, ctx);
    case 'mean_per':
      return judgeMeanClaim(c, ctx);
    case 'ratio':
      return judgeRatioClaim(c, ctx);
    case 'streak':
      return judgeStreakClaim(c, ctx);
  }
}
