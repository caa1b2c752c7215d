/** Counts: a figure for a measure over a period, read with its hedge and precision, against each source of the measure. */
import { daysBetween, describeRange } from '../../util/dates.js';
import type { CountClaim, ClaimResult, Evidence } from '../types.js';
import { describeFilters, REVISABLE, valueOf, type Figure, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';
import { deportation } from './deportation.js';
import { publishedFor } from './published.js';

export async function judgeCountClaim(c: CountClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.measure!.named === 'deportation') return deportation(c, ctx);
  const alts = c.period?.alternatives ?? [];
  if (!alts.length) return onePeriod(c, ctx);
  // The period can be read several ways ("the 32,855 in 2022" after a window of 2024): the figure holds on the reading it matches.
  const outs = [await onePeriod(c, ctx)];
  for (const p of alts) outs.push(await onePeriod({ ...c, period: p }, ctx));
  const order = ['accurate', 'roughly_accurate', 'misleading', 'inaccurate', 'unverifiable'];
  const best = [...outs].sort((x, y) => order.indexOf(x.verdict) - order.indexOf(y.verdict))[0]!;
  const others = outs.filter((o) => o !== best && o.verdict !== best.verdict);
  return others.length ? { ...best, reason: `${best.reason} (Read as ${best.period ? `${best.period.from} to ${best.period.to}` : 'stated'}; on the other reading of the period: ${others.map((o) => o.reason.split(';')[0]).join('; ')}.)` } : best;
}

async function onePeriod(c: CountClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const q = c.quantity;
  const got = await valueOf(ctx, c.measure!, c.period!);
  if (!got.ok) {
    const pub = await publishedFor(ctx, c.measure!, c.period!);
    if (pub) {
      const j = judgeCount(q.value, pub.value, q.hedge, q.precision);
      return result(c, j.verdict, `${pub.title}: ${fmt(pub.value)} for ${describeRange(pub.from, pub.to)}; ${j.why}. The datasets held do not cover the period (${got.why}).`, [pub.evidence]);
    }
    return unverifiable(c, `Cannot check: ${got.why}.`);
  }
  // A period running up to the claim, whose published figures stop well short of it: a count only grows, so a lower bound
  // already reached holds, and a figure already exceeded is wrong; anything else waits for the rest of the period.
  const cut = got.fig.cutDays ?? 0;
  if (cut > 3) {
    const j = judgeCount(q.value, got.fig.value, q.hedge, q.precision);
    const lower = q.hedge === 'more_than' || q.hedge === 'at_least' || q.hedge === 'just_over';
    const exceeded = j.verdict === 'inaccurate' && got.fig.value > q.value;
    if (!(lower && j.verdict === 'accurate') && !exceeded) return unverifiable(c, `The figures published by ${ctx.date} end on ${got.fig.to}, ${cut} days before the end of the period the claim is about (${describeRange(c.period!.from, c.period!.to)}): ${fmt(got.fig.value)} by then, and the count for the whole period can only be higher.`);
  }
  const judged = [got.fig, ...got.alts].map((f) => ({ f, j: judgeCount(q.value, f.asPublished?.value ?? f.value, q.hedge, q.precision, { revisedUpwards: f.metric === 'deaths.dead_and_missing' }) }));
  const order = ['accurate', 'roughly_accurate', 'inaccurate'];
  judged.sort((x, y) => order.indexOf(x.j.verdict) - order.indexOf(y.j.verdict));
  const top = judged[0]!;
  const others = judged.slice(1).map((x) => `${x.f.evidence.source}: ${fmt(x.f.value)}`).join('; ');
  const ev: Evidence[] = judged.map((x) => (x.f === top.f && top.f.asPublished ? { ...x.f.evidence, note: 'latest revision' } : x.f.evidence));
  if (top.f.asPublished) ev.unshift({ ...top.f.evidence, value: top.f.asPublished.value, release: top.f.asPublished.file, note: `as published by ${ctx.date}` });
  const revised = top.f.asPublished ? `; as published by ${ctx.date}, ${fmt(top.f.asPublished.value)}` : '';
  const note = revisionNote(top.f, top.j.verdict, q.value, c.period!, ctx.date);
  if (note && top.j.verdict === 'inaccurate' && Math.abs(top.f.value - q.value) / Math.max(1, q.value) <= 0.03) top.j.verdict = 'roughly_accurate';
  const reason = `${top.f.evidence.source} records ${fmt(top.f.value)} for ${describeRange(top.f.from, top.f.to)}${describeFilters(c.measure!.filters)}${revised}; ${top.j.why}.${others ? ` Also ${others}.` : ''} Period read as: ${c.period!.reading}.${top.f.revisions ? ` ${top.f.revisions}` : ''}${note}`;
  return result(c, top.j.verdict, reason, ev);
}

/** A precise figure a few per cent from a count that is revised: say so, rather than let it stand as false. */
function revisionNote(f: Figure, verdict: string, claimed: number, p: { to: string }, date: string): string {
  // Only figures that were preliminary when the claim was made: the period ended within four months of it.
  const preliminary = daysBetween(p.to, date) <= 120;
  if (verdict === 'accurate' || !REVISABLE.has(f.metric) || f.asPublished || !preliminary) return '';
  const rel = Math.abs(f.value - claimed) / Math.max(1, claimed);
  return rel <= 0.05 ? ' The publisher revises this count; the figure out when the claim was made may have differed.' : '';
}
