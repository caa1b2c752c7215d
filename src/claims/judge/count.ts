/** Counts: a figure for a measure over a period, read with its hedge and precision, against each source of the measure. */
import { addDays, daysBetween, describeRange } from '../../util/dates.js';
import { getMetric } from '../../metrics/catalogue.js';
import type { CountClaim, ClaimResult, Evidence, Period, Quantity } from '../types.js';
import { describeFilters, REVISED_EITHER_WAY, UPWARD_REVISION, valueOf, type Figure, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt, judgeCount } from './tolerance.js';
import { deportation } from './deportation.js';
import { publishedFor } from './published.js';

export async function judgeCountClaim(c: CountClaim, ctx: JudgeContext): Promise<ClaimResult> {
  if (c.measure!.named === 'deportation') return deportation(c, ctx);
  const alts = [...(c.period?.alternatives ?? []), ...recordingLag(c, ctx.date), ...publicationLag(c, ctx.date)];
  if (!alts.length) return onePeriod(c, ctx);
  // The period can be read several ways ("the 32,855 in 2022" after a window of 2024): the figure holds on the reading it matches.
  const outs = [await onePeriod(c, ctx)];
  for (const p of alts) outs.push(await onePeriod({ ...c, period: p }, ctx));
  const order = ['accurate', 'roughly_accurate', 'misleading', 'inaccurate', 'unverifiable'];
  let best = [...outs].sort((x, y) => order.indexOf(x.verdict) - order.indexOf(y.verdict))[0]!;
  // Contradicted on one reading, undecided on another: not contradicted on every reasonable reading.
  const open = outs.find((o) => o.verdict === 'unverifiable');
  if ((best.verdict === 'inaccurate' || best.verdict === 'misleading') && open) best = { ...open, reason: `${open.reason} (On another reading of the period: ${best.reason})` };
  // The reading as stated, if another was chosen; else the other readings that differ.
  const others = (best === outs[0] ? outs.slice(1) : [outs[0]!]).filter((o) => o.verdict !== best.verdict).slice(0, 2);
  return others.length ? { ...best, reason: `${best.reason} (Read as ${best.period ? `${best.period.from} to ${best.period.to}` : 'stated'}; on the other reading of the period: ${others.map((o) => o.reason.split(';')[0]).join('; ')}.)` } : best;
}

/**
 * IOM records deaths as it verifies them, days or weeks after they happen: a total "so far" or "since" given on a
 * day could not yet hold the incidents of the days before it. Such a total is also read as the records stood a week earlier.
 */
function recordingLag(c: CountClaim, date: string): Period[] {
  const p = c.period;
  if (!p?.open || c.measure!.family !== 'deaths' || daysBetween(p.to, date) > 7) return [];
  const out: Period[] = [];
  for (let k = 1; k <= 7; k++) {
    const to = addDays(p.to, -k);
    if (to <= p.from) break;
    out.push({ ...p, to, open: false, alternatives: [], reading: `${p.reading}, as IOM's records could stand up to a week before the claim (to ${describeRange(to, to).replace(/ to .*/, '')}: incidents are recorded as they are verified)` });
  }
  return out;
}

/**
 * A daily series is published the day after: a total "since Sunday" or "so far this year" given on a day may have been
 * written before the day before's figure was out. Such a total is also read to the day before that.
 */
function publicationLag(c: CountClaim, date: string): Period[] {
  const p = c.period;
  if (!p?.open || getMetric(c.measure!.metric).grain !== 'day' || c.measure!.family === 'deaths' || daysBetween(p.to, date) > 1) return [];
  const to = addDays(p.to, -1);
  if (to < p.from) return [];
  return [{ ...p, to, open: false, alternatives: [], reading: `${p.reading}, to ${describeRange(to, to)}: each day's figure is published the day after, and may not have been out when the claim was made` }];
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
  // No place named, and the figure a small part of the whole: it is about a place said elsewhere ("350 deaths had been
  // documented in 2022", after a paragraph on the Caribbean), not a claim about the world that is wrong twentyfold.
  if (c.placeless && got.fig.value >= 3 * q.value) return unverifiable(c, `Not checked: the sentence names no place, and ${fmt(q.value)} is a small part of the whole (${fmt(got.fig.value)} ${c.measure!.label} for ${describeRange(got.fig.from, got.fig.to)}): it is probably about a place named elsewhere in the text.`);
  // A figure far above the whole the filter is a part of ("the number of applications received by Germany (243,835)" read as
  // German nationals applying in the UK): the reading of the filter cannot be what is meant.
  const natDims = Object.keys(c.measure!.filters).filter((k) => /^(nationality|origin|citizen)$/.test(k));
  if (natDims.length && c.nationalityFromName && q.hedge !== 'fewer_than' && q.hedge !== 'up_to') {
    const rest = Object.fromEntries(Object.entries(c.measure!.filters).filter(([k]) => !natDims.includes(k)));
    const whole = await valueOf(ctx, { ...c.measure!, filters: rest }, c.period!);
    if (whole.ok && q.value > 1.05 * whole.fig.value) return unverifiable(c, `Not checked: ${fmt(q.value)} is more than all ${c.measure!.label.replace(/ \(.*\)$/, '')} for ${describeRange(whole.fig.from, whole.fig.to)} (${fmt(whole.fig.value)}), so the figure cannot be of the ${natDims.join(', ')} read (${natDims.map((k) => c.measure!.filters[k]!.join(', ')).join('; ')}): it is probably about something else.`);
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
  const note = revisionNote(top.f, top.j.verdict, q, c.period!, ctx.date);
  if (note.within && top.j.verdict === 'inaccurate') top.j.verdict = 'roughly_accurate';
  // A publisher's precise preliminary figure, under one per cent below today's: what was out then, revised since.
  if (note.within && top.j.verdict === 'roughly_accurate' && note.rel >= 0 && note.rel <= 0.01 && note.precise && !q.hedge) top.j.verdict = 'accurate';
  const reason = `${top.f.evidence.source} records ${fmt(top.f.value)} for ${describeRange(top.f.from, top.f.to)}${describeFilters(c.measure!.filters)}${revised}; ${top.j.why}.${others ? ` Also ${others}.` : ''} Period read as: ${c.period!.reading}.${top.f.revisions ? ` ${top.f.revisions}` : ''}${note.text}`;
  return result(c, top.j.verdict, reason, ev);
}

/**
 * A precise figure a little below a count that is revised upwards, for a period that was recent when the claim was
 * made: the figure out then was preliminary. Say so, and within the publisher's usual revision it does not stand as false.
 */
function revisionNote(f: Figure, verdict: string, q: Quantity, p: { to: string }, date: string): { text: string; within: boolean; rel: number; precise: boolean } {
  const none = { text: '', within: false, rel: 0, precise: false };
  const either = REVISED_EITHER_WAY[f.metric];
  if (either && verdict !== 'accurate' && !f.asPublished && !q.hedge && daysBetween(p.to, date) <= either.days) {
    // Written to the unit ("12,846"), a figure of a table revised either way: within a few per cent it may be the one published then.
    const rel = (f.value - q.value) / Math.max(1, q.value);
    if (q.precision <= 1 && Math.abs(rel) <= either.band) return { text: ` The figure may have been revised since the claim was made: ${either.why}; ${fmt(q.value)} is ${(Math.abs(rel) * 100).toFixed(1)}% ${rel >= 0 ? 'below' : 'above'} the current figure.`, within: true, rel, precise: false };
    return none;
  }
  const rev = UPWARD_REVISION[f.metric];
  const preliminary = daysBetween(p.to, date) <= 120;
  if (verdict === 'accurate' || !rev || f.asPublished || !preliminary) return none;
  const rel = (f.value - q.value) / Math.max(1, q.value);
  // A bound the current figure misses was missed by the preliminary one too ("more than 1,000": counts are revised upwards).
  if (q.hedge && q.hedge !== 'about') return none;
  // Written to two per cent or finer ("13,006", "about 6,700"), the number is a publisher's figure, not a rounding.
  const precise = q.precision <= Math.max(10, q.value * 0.02);
  const within = Math.abs(rel) <= 0.03 || (rel >= 0 && precise && rel <= rev.band);
  if (within) return { text: ` The figure was preliminary when the claim was made: ${rev.why}; ${fmt(q.value)} is ${(Math.abs(rel) * 100).toFixed(1)}% ${rel >= 0 ? 'below' : 'above'} the current figure, within such revisions.`, within, rel, precise };
  return { ...none, text: Math.abs(rel) <= 0.05 ? ' The publisher revises this count; the figure out when the claim was made may have differed.' : '' };
}
