/**
 * Evaluating a ClaimSpec against the store: the figures, the arithmetic, the verdict
 * and the reason. Where the data cannot decide, the verdict is unverifiable and the
 * reason says what would decide it.
 */
import { addDays, addMonths, describeRange, monthName, yearOf } from '../util/dates.js';
import { ClaimData, lastKnownDay, releasesIn, sumWindow, totalsBy, type Series } from './data.js';
import { fmt, judgeChange, judgeCount, judgeRatio, type Judgement } from './judge.js';
import { RETURNS_GROUPS } from './lexicon.js';
import { publishedFigures, type PublishedFigure } from '../sources/published.js';
import type { ClaimResult, ClaimSpec, Evidence, Verdict } from './types.js';

export interface EvalContext {
  date: string;
  data: ClaimData;
}

const REVISED_UPWARDS = new Set(['deaths.dead_and_missing']);

function evidence(s: Series, value: number, from: string, to: string, note?: string): Evidence {
  const used = releasesIn(s, from, to);
  return {
    value,
    period: describeRange(from, to),
    query: `${s.sql}\n-- then summed over ${from} .. ${to}`,
    source: s.metric.source,
    release: used.map((src) => `${src.file} (sha256 ${src.sha256.slice(0, 12)})`).join(' + '),
    url: s.metric.url,
    ...(note ? { note } : {}),
  };
}

function result(spec: ClaimSpec, verdict: Verdict, reason: string, ev: Evidence[] = [], extra: Partial<ClaimResult> = {}): ClaimResult {
  return {
    text: spec.text,
    span: spec.span,
    type: spec.type,
    metric: spec.metric,
    filters: spec.filters,
    period: spec.period ? { from: spec.period.from, to: spec.period.to } : null,
    claimed: { value: spec.claimed.value, hedge: spec.claimed.hedge, text: spec.claimed.text },
    verdict,
    reason,
    evidence: ev,
    ...extra,
  };
}

const unverifiable = (spec: ClaimSpec, why: string) => result(spec, 'unverifiable', why);

function describeFilters(f: Record<string, string | string[]>): string {
  const parts = Object.entries(f).map(([k, v]) => `${k} ${Array.isArray(v) ? `in (${v.join(', ')})` : `= ${v}`}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** The window a claim's period stands for, cut at the last day whose figures were out when it was made. */
function knownWindow(s: Series, spec: ClaimSpec, ctx: EvalContext): { from: string; to: string } | null {
  if (!spec.period) return null;
  const last = lastKnownDay(s, ctx.date);
  const to = last && spec.period.to > last && spec.period.from <= last ? last : spec.period.to;
  return { from: spec.period.from, to };
}

export async function evaluate(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  if (spec.blocked) return unverifiable(spec, `Not checkable against the data held: ${spec.blocked}.`);
  if (!spec.metric) return unverifiable(spec, 'No measure in the catalogue matches what is counted here, so the data held cannot test it.');
  if (spec.measureWords === 'deportation' && (spec.type === 'count' || spec.type === 'cumulative')) return deportation(spec, ctx);
  switch (spec.type) {
    case 'count':
    case 'cumulative':
      return count(spec, ctx);
    case 'growth':
      return growth(spec, ctx);
    case 'record':
    case 'rank':
      return record(spec, ctx);
    case 'streak':
      return streak(spec, ctx);
    case 'share':
      return share(spec, ctx);
    case 'comparison':
      return comparison(spec, ctx);
  }
}

/** A whole year, month or window that the data (or what was published by the claim's date) end inside. */
function cutShort(spec: ClaimSpec, w: { from: string; to: string }): string | null {
  const kind = (spec.detail.periodMention as { kind?: string } | null | undefined)?.kind;
  if (!spec.period || w.to >= spec.period.to || kind === 'ytd' || kind === 'last_n' || kind === 'since_event' || kind === 'since_year') return null;
  return `the figures published by then end on ${w.to}, before the end of the period the claim is about (${describeRange(spec.period.from, spec.period.to)})`;
}

async function count(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  if (spec.claimed.value === null) return unverifiable(spec, 'No figure was stated.');
  const s = await ctx.data.series(spec.metric!, spec.filters);
  const w = knownWindow(s, spec, ctx);
  if (!w) return unverifiable(spec, `The claim gives no period for ${fmt(spec.claimed.value)}, so there is no figure to compare it with.`);
  const cut = cutShort(spec, w);
  if (cut) return unverifiable(spec, `Cannot check: ${cut}.`);
  const sum = sumWindow(s, w.from, w.to);
  if (!sum.complete) {
    // A figure the publisher gave for the period outside its datasets, if there is one.
    const pub = spec.metric === 'uk.returns' ? publishedPair(spec, ctx.date) : null;
    if (pub) {
      const f = spec.filters.return_type_group === 'Enforced return' ? pub.enforced : pub.total;
      const j = judgeCount(spec.claimed.value, f.value, spec.claimed.hedge, spec.claimed.precision ?? 1);
      return result(spec, j.verdict, `${f.publisher}, "${f.title}" (published ${f.published}): ${fmt(f.value)} for ${describeRange(f.from, f.to)} (${f.definition}); ${j.why}. The datasets held do not cover the period (${sum.why}).`, [publishedEvidence(f)]);
    }
    return unverifiable(spec, `Cannot check: ${sum.why}.`);
  }
  // Where releases disagree, the claim is judged against the newest figure out by its date.
  const rev = await revisions(spec, ctx, w, sum.value);
  const figure = rev?.atTheTime?.value ?? sum.value;
  const j = judgeCount(spec.claimed.value, figure, spec.claimed.hedge, spec.claimed.precision ?? 1, { revisedUpwards: REVISED_UPWARDS.has(spec.metric!) });
  const split = await channelSplit(spec, ctx, w);
  const reason = `${s.metric.source} records ${fmt(sum.value)} ${s.metric.unit} for ${describeRange(w.from, w.to)}${describeFilters(spec.filters)}${rev?.atTheTime ? `; as published by ${ctx.date}, ${fmt(figure)}` : ''}; ${j.why}. Period read as: ${spec.period!.reading}.${split ? ` ${split}` : ''}${rev ? ` ${rev.note}` : ''}`;
  const ev = [evidence(s, sum.value, w.from, w.to, rev ? 'latest revision' : undefined)];
  if (rev?.atTheTime) ev.unshift({ ...evidence(s, figure, w.from, w.to, `as published by ${ctx.date}`), release: rev.atTheTime.file });
  return result(spec, j.verdict, reason, ev, { caveats: s.metric.caveats.slice(0, 2) });
}

/** Where several releases cover the window and disagree: each release's figure, and the newest out by the claim's date. */
async function revisions(spec: ClaimSpec, ctx: EvalContext, w: { from: string; to: string }, latest: number) {
  const per = await ctx.data.perRelease(spec.metric!, spec.filters, w.from, w.to);
  if (per.length < 2 || per.every((r) => r.value === latest)) return null;
  const list = per.map((r) => `${r.file} (data to ${r.coverage_to}): ${fmt(r.value)}`).join('; ');
  const out = per.filter((r) => r.coverage_to < ctx.date);
  const atTheTime = out.length && out.length < per.length ? out.at(-1)! : null;
  return { atTheTime, note: `The figure was revised between releases: ${list}.${atTheTime ? ` Only the first was out by ${ctx.date}; the claim is judged against it.` : ''}` };
}

/** IOM's Channel route also counts deaths on land near the Channel: show the split by cause. */
async function channelSplit(spec: ClaimSpec, ctx: EvalContext, w: { from: string; to: string }): Promise<string | null> {
  if (spec.metric !== 'deaths.dead_and_missing' || spec.filters.route !== 'English Channel to the UK') return null;
  const drown = await ctx.data.series('deaths.dead_and_missing', { ...spec.filters, cause: 'Drowning' });
  const d = sumWindow(drown, w.from, w.to).value;
  const all = sumWindow(await ctx.data.series('deaths.dead_and_missing', spec.filters), w.from, w.to).value;
  return `IOM's Channel route includes deaths on land near the Channel (vehicles, violence, other causes): ${fmt(d)} of the ${fmt(all)} were drownings.`;
}

async function deportation(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const enforced = await ctx.data.series('uk.returns', { return_type_group: 'Enforced return' });
  const returns = await ctx.data.series('uk.returns', { return_type_group: RETURNS_GROUPS });
  const claimed = spec.claimed.value;
  const caveat = 'The Home Office publishes no "deportation" series; deported and removed are read as enforced returns, and most returns are voluntary.';
  // The latest full year in the data, for the share of returns that are enforced.
  const years = [...totalsBy(enforced, (p) => p.start.slice(0, 4)).entries()].filter(([y]) => `${y}-12-31` <= (enforced.coverage?.to ?? ''));
  const lastYear = years.at(-1)?.[0];
  const e = lastYear ? sumWindow(enforced, `${lastYear}-01-01`, `${lastYear}-12-31`).value : 0;
  const t = lastYear ? sumWindow(returns, `${lastYear}-01-01`, `${lastYear}-12-31`).value : 0;
  const shareText = lastYear ? `in ${lastYear}, the latest year in the data, enforced returns were ${Math.round((100 * e) / t)}% of enforced and voluntary returns (${fmt(e)} of ${fmt(t)})` : '';
  const ev = lastYear ? [evidence(enforced, e, `${lastYear}-01-01`, `${lastYear}-12-31`, 'enforced returns'), evidence(returns, t, `${lastYear}-01-01`, `${lastYear}-12-31`, 'enforced and voluntary returns')] : [];
  const w = knownWindow(enforced, spec, ctx);
  const covered = w ? sumWindow(enforced, w.from, w.to) : null;
  if (claimed !== null && w && covered?.complete) {
    const all = sumWindow(returns, w.from, w.to).value;
    const je = judgeCount(claimed, covered.value, spec.claimed.hedge, spec.claimed.precision ?? 1);
    const jt = judgeCount(claimed, all, spec.claimed.hedge, spec.claimed.precision ?? 1);
    const evs = [evidence(enforced, covered.value, w.from, w.to, 'enforced returns'), evidence(returns, all, w.from, w.to, 'enforced and voluntary returns')];
    const base = `For ${describeRange(w.from, w.to)}: ${fmt(covered.value)} enforced returns, ${fmt(all)} enforced and voluntary returns.`;
    if (je.verdict === 'accurate' || je.verdict === 'roughly_accurate') return result(spec, je.verdict, `${base} Read as enforced returns, ${je.why}. ${caveat}`, evs);
    if (jt.verdict === 'accurate' || jt.verdict === 'roughly_accurate') {
      return result(spec, 'misleading', `${base} ${fmt(claimed)} matches all returns (${jt.why}), but most of them were voluntary: as deportations or removals (enforced returns) the figure is ${fmt(covered.value)}. ${caveat}`, evs);
    }
    return result(spec, 'inaccurate', `${base} ${fmt(claimed)} matches neither (${je.why}). ${caveat}`, evs);
  }
  if (claimed === null) return unverifiable(spec, `No figure was stated. ${caveat}`);
  // Figures the Home Office published for the period, outside its datasets (figures/published.json).
  const pub = publishedPair(spec, ctx.date);
  if (pub) {
    const { enforced: pe, total: pt } = pub;
    const je = judgeCount(claimed, pe.value, spec.claimed.hedge, spec.claimed.precision ?? 1);
    const jt = judgeCount(claimed, pt.value, spec.claimed.hedge, spec.claimed.precision ?? 1);
    const base = `${pe.publisher}, "${pe.title}" (published ${pe.published}): ${describeRange(pt.from, pt.to)}, ${fmt(pt.value)} returns, of which ${fmt(pe.value)} enforced.`;
    const evs = [publishedEvidence(pe), publishedEvidence(pt)];
    if (je.verdict === 'accurate' || je.verdict === 'roughly_accurate') return result(spec, je.verdict, `${base} Read as enforced returns, ${je.why}. ${caveat}`, evs);
    if (jt.verdict === 'accurate' || jt.verdict === 'roughly_accurate') {
      return result(spec, 'misleading', `${base} ${fmt(claimed)} matches all returns (${jt.why}), but only ${fmt(pe.value)} (${Math.round((100 * pe.value) / pt.value)}%) were enforced: the rest were voluntary, so "deported" or "removed" describes a quarter of the figure. ${caveat}`, evs);
    }
    if (claimed > pe.value * 1.5 && claimed <= pt.value * 1.1) {
      return result(spec, 'misleading', `${base} ${fmt(claimed)} is far above any count of enforced returns (${fmt(pe.value)}); it can only be a count of all returns, most of them voluntary. ${caveat}`, evs);
    }
    return result(spec, 'inaccurate', `${base} ${fmt(claimed)} matches neither (${je.why}; ${jt.why}). ${caveat}`, evs);
  }
  const when = spec.period ? describeRange(spec.period.from, spec.period.to) : 'the period meant';
  const why = w && covered ? covered.why : `no period is stated, and the returns data end ${enforced.coverage?.to ?? '?'}`;
  if (lastYear && e / t < 0.5) {
    return result(
      spec,
      'misleading',
      `The figure for ${when} cannot be checked (${why}). But it is called deportations or removals: ${shareText}, so a total of ${fmt(claimed)} returns would be mostly voluntary departures, not deportations. ${caveat}`,
      ev,
    );
  }
  return unverifiable(spec, `The figure for ${when} cannot be checked: ${why}. ${caveat}`);
}

/**
 * The enforced and total returns the Home Office published for the claim's period: the
 * same start (within a week) and an end before the claim; with no period stated, the
 * latest pair published in the 60 days before the claim.
 */
function publishedPair(spec: ClaimSpec, date: string): { enforced: PublishedFigure; total: PublishedFigure } | null {
  const figs = publishedFigures().filter((f) => f.metric === 'uk.returns' && f.published <= date);
  const pairs = figs
    .filter((f) => f.dims.return_type_group === 'Enforced return')
    .map((e) => ({ enforced: e, total: figs.find((t) => t.from === e.from && t.to === e.to && t.dims.return_type_group !== 'Enforced return') }))
    .filter((p): p is { enforced: PublishedFigure; total: PublishedFigure } => Boolean(p.total));
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
  if (spec.period) return pairs.find((p) => days(p.enforced.from, spec.period!.from) <= 7 && p.enforced.to <= spec.period!.to && days(p.enforced.to, spec.period!.to) <= 21) ?? null;
  return pairs.filter((p) => days(p.enforced.published, date) <= 60).sort((a, b) => b.enforced.published.localeCompare(a.enforced.published))[0] ?? null;
}

function publishedEvidence(f: PublishedFigure): Evidence {
  return { value: f.value, period: describeRange(f.from, f.to), query: `figures/published.json: ${f.id}`, source: f.publisher, release: `${f.title} (published ${f.published})`, url: f.url, note: f.definition };
}

function previousYearWindow(w: { from: string; to: string }): { from: string; to: string } {
  return { from: addMonths(w.from, -12), to: addMonths(w.to, -12) };
}

async function growth(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const s = await ctx.data.series(spec.metric!, spec.filters);
  if (spec.claimed.value === null) return unverifiable(spec, 'No change was stated.');
  const claimedSigned = spec.claimed.unit === 'ratio' ? spec.claimed.value : (spec.direction === 'down' ? -1 : 1) * spec.claimed.value;
  const last = lastKnownDay(s, ctx.date);
  if (!last) return unverifiable(spec, `No ${spec.metric} figures were published before ${ctx.date}.`);
  const baseline = spec.detail.baseline as { kind: string; from?: string; to?: string; reading?: string; date?: string; title?: string } | undefined;

  const compare = (cur: { from: string; to: string }, base: { from: string; to: string }, label: string) => {
    const a = sumWindow(s, cur.from, cur.to);
    const b = sumWindow(s, base.from, base.to);
    if (!a.complete || !b.complete || b.value === 0) return { ok: false as const, why: a.why ?? b.why ?? 'the baseline is zero', label };
    const change = spec.claimed.unit === 'ratio' ? a.value / b.value : ((a.value - b.value) / b.value) * 100;
    const j: Judgement = spec.claimed.unit === 'ratio' ? judgeRatio(spec.claimed.value!, change, Boolean(spec.detail.atLeast)) : judgeChange(claimedSigned, change, spec.claimed.hedge, spec.claimed.precision ?? 1);
    const arithmetic = spec.claimed.unit === 'ratio'
      ? `${fmt(a.value)} ÷ ${fmt(b.value)} = ×${fmt(change)}`
      : `(${fmt(a.value)} − ${fmt(b.value)}) ÷ ${fmt(b.value)} = ${change >= 0 ? '+' : ''}${fmt(change)}%`;
    return {
      ok: true as const,
      label,
      j,
      change,
      text: `${label}: ${describeRange(cur.from, cur.to)} against ${describeRange(base.from, base.to)}: ${arithmetic}`,
      ev: [evidence(s, a.value, cur.from, cur.to), evidence(s, b.value, base.from, base.to)],
    };
  };

  // Readings, the most natural first.
  const readings: ReturnType<typeof compare>[] = [];
  if (baseline?.kind === 'year') {
    const y0 = baseline.from!;
    const curYear = spec.period && /^\d{4}-01-01$/.test(spec.period.from) && spec.period.to.endsWith('-12-31') ? spec.period : null;
    const lastComplete = `${yearOf(last) - (last.endsWith('-12-31') ? 0 : 1)}`;
    const cur = curYear ?? { from: `${lastComplete}-01-01`, to: `${lastComplete}-12-31` };
    readings.push(compare(cur, { from: y0, to: baseline.to! }, curYear ? 'the year named against the baseline year' : 'the latest complete year against the baseline year'));
  } else if (baseline?.kind === 'event') {
    const e = baseline.date!;
    const ytdFrom = `${yearOf(last)}-01-01`;
    readings.push(compare({ from: ytdFrom, to: last }, previousYearWindow({ from: ytdFrom, to: last }), 'the latest figures, this year so far against the same period last year'));
    const ey = yearOf(e);
    if (`${ey + 1}-12-31` <= last) readings.push(compare({ from: `${ey + 1}-01-01`, to: `${ey + 1}-12-31` }, { from: `${ey}-01-01`, to: `${ey}-12-31` }, `the first full year after ${baseline.title} against the year it happened`));
    const days = Math.round((Date.parse(last) - Date.parse(e)) / 86400000) + 1;
    readings.push(compare({ from: e, to: last }, { from: addDays(e, -days), to: addDays(e, -1) }, `the ${days} days since ${e} against the ${days} days before`));
  } else {
    const w = spec.period ? knownWindow(s, spec, ctx)! : { from: `${yearOf(last)}-01-01`, to: last };
    const cut = spec.period ? cutShort(spec, w) : null;
    if (cut) return unverifiable(spec, `Cannot compute the change: ${cut}.`);
    const label = spec.period ? `${spec.period.reading}, against the same period a year earlier` : `no period stated: read as this year so far (${describeRange(`${yearOf(last)}-01-01`, last)}) against the same period last year`;
    readings.push(compare(w, previousYearWindow(w), label));
  }
  const ok = readings.filter((r) => r.ok);
  if (ok.length === 0) {
    const r = readings[0]!;
    return unverifiable(spec, `Cannot compute the change (${r.label}): ${r.ok ? '' : r.why}.`);
  }
  const first = ok[0]!;
  const supports = (v: Verdict) => v === 'accurate' || v === 'roughly_accurate';
  const texts = ok.map((r) => `${r.text} → ${r.j.verdict.replace('_', ' ')}`);
  if (baseline?.kind === 'event' && ok.length > 1) {
    const latest = readings[0]!;
    const other = ok.find((r) => r !== latest && supports(r.j.verdict));
    if (latest.ok && supports(latest.j.verdict)) return result(spec, latest.j.verdict, `${latest.text}: ${latest.j.why}. Period read as: ${baseline.reading}.`, latest.ev, { readings: texts });
    if (other) {
      return result(
        spec,
        'misleading',
        `True only for a chosen window: ${other.text} (${other.j.why}). But ${latest.ok ? `${latest.text}: ${latest.j.why}` : 'the latest figures do not bear it out'}, so "${spec.claimed.text}" ${(baseline.reading ?? "").startsWith("since") ? baseline.reading : `since ${baseline.title}`} does not describe the position when the claim was made.`,
        [...other.ev, ...(latest.ok ? latest.ev : [])],
        { readings: texts },
      );
    }
    const worst = latest.ok ? latest : first;
    return result(spec, worst.j.verdict, `${worst.text}: ${worst.j.why}. No reading of the period bears it out.`, worst.ev, { readings: texts });
  }
  return result(spec, first.j.verdict, `${first.text}: ${first.j.why}.`, first.ev, { readings: texts });
}

async function yearTotals(s: Series, upTo: string): Promise<[number, number][]> {
  const years = [...totalsBy(s, (p) => p.start.slice(0, 4)).entries()].map(([y, v]) => [Number(y), v] as [number, number]);
  const from = s.coverage?.from ?? '';
  // Only whole years inside the data, and known by the claim's date.
  return years.filter(([y]) => `${y}-01-01` >= from.slice(0, 4) + '-01-01' && `${y}-12-31` <= upTo).sort((a, b) => a[0] - b[0]);
}

async function record(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const s = await ctx.data.series(spec.metric!, spec.filters);
  const last = lastKnownDay(s, ctx.date);
  if (!last || !s.coverage) return unverifiable(spec, `No ${spec.metric} figures were published before ${ctx.date}.`);
  const d = spec.detail as { unit: string; withinYear: boolean; month: number | null; rankYears: number | null; sinceRecordsBegan: boolean };
  const wantMax = spec.direction !== 'down';
  const word = wantMax ? 'highest' : 'lowest';
  const start = s.coverage.from;
  const seriesStart = `the series starts on ${start}`;

  // Rolling windows ("record numbers in the last six months … 16,400").
  if (d.unit === 'window') {
    const months = spec.period ? Math.max(1, Math.round((Date.parse(spec.period.to) - Date.parse(spec.period.from)) / (30.44 * 86400000))) : 6;
    const pts = s.points;
    const sums: { from: string; to: string; value: number }[] = [];
    for (let i = 0; i < pts.length; i++) {
      const from = pts[i]!.start;
      const to = addDays(addMonths(from, months), -1);
      const inWin = pts.filter((p) => p.start >= from && p.end <= to);
      if (inWin.length && inWin.at(-1)!.end === to && to <= s.coverage.to) sums.push({ from, to, value: inWin.reduce((a, p) => a + p.value, 0) });
    }
    const max = sums.reduce((a, b) => (b.value > a.value ? b : a), sums[0] ?? { from: '', to: '', value: 0 });
    const claimed = spec.claimed.value;
    const w = spec.period ? sumWindow(s, spec.period.from, spec.period.to) : null;
    if (w?.complete) {
      const higher = sums.filter((x) => x.value > w.value && x.to < spec.period!.from).length;
      const v: Verdict = higher === 0 ? 'accurate' : 'inaccurate';
      return result(spec, v, `${fmt(w.value)} for ${describeRange(w.from, w.to)}; ${higher} earlier ${months}-month windows were higher (highest ${fmt(max.value)}, ${describeRange(max.from, max.to)}); ${seriesStart}.`, [evidence(s, w.value, w.from, w.to), evidence(s, max.value, max.from, max.to, 'highest earlier window')]);
    }
    if (claimed !== null && sums.length) {
      const higher = sums.filter((x) => x.value > claimed);
      if (higher.length) {
        return result(
          spec,
          'inaccurate',
          `The period (${spec.period ? describeRange(spec.period.from, spec.period.to) : 'unstated'}) is outside the data held, but even granting ${fmt(claimed)} it is no record: ${higher.length} of ${sums.length} ${months}-month windows from ${describeRange(start, s.coverage.to)} were higher, the highest ${fmt(max.value)} (${describeRange(max.from, max.to)}).`,
          [evidence(s, max.value, max.from, max.to, 'highest earlier window')],
        );
      }
    }
    return unverifiable(spec, `Cannot check: ${w?.why ?? 'no period stated'}.`);
  }

  // Months: "July 2024 was the month with the highest number", "lower than any August previously".
  if (d.unit === 'month' || d.unit === 'month_of_year') {
    const months = totalsBy(s, (p) => p.start.slice(0, 7));
    const target = spec.period?.from.slice(0, 7);
    if (!target || !months.has(target) || `${target}-28` > (last ?? '')) return unverifiable(spec, `The month is not in the data held (${describeRange(start, s.coverage.to)}).`);
    const value = months.get(target)!;
    let pool: [string, number][];
    let scope: string;
    if (d.unit === 'month_of_year') {
      pool = [...months.entries()].filter(([k]) => k.slice(5) === target.slice(5) && k < target);
      scope = `every earlier ${monthName(Number(target.slice(5)))} in the series (${pool[0]?.[0].slice(0, 4) ?? '?'}–${pool.at(-1)?.[0].slice(0, 4) ?? '?'})`;
    } else if (d.withinYear) {
      pool = [...months.entries()].filter(([k]) => k.slice(0, 4) === target.slice(0, 4) && k !== target);
      scope = `the other months of ${target.slice(0, 4)}`;
    } else {
      pool = [...months.entries()].filter(([k]) => k !== target && `${k}-28` <= last);
      scope = `every month in the series since ${start.slice(0, 7)}`;
    }
    const beaten = pool.filter(([, v]) => (wantMax ? v >= value : v <= value));
    const holds = beaten.length === 0;
    const truth = spec.negated ? !holds : holds;
    const best = pool.reduce((a, b) => (wantMax ? (b[1] > a[1] ? b : a) : b[1] < a[1] ? b : a), pool[0] ?? ['', 0]);
    const list = beaten.slice(0, 4).map(([k, v]) => `${k} (${fmt(v)})`).join(', ');
    const note = d.withinYear ? ` It is the ${word} of its year, not of the whole series (which starts ${start.slice(0, 7)}).` : '';
    const allTime = d.withinYear ? [...months.entries()].filter(([k]) => `${k}-28` <= last).reduce((a, b) => (wantMax ? (b[1] > a[1] ? b : a) : b[1] < a[1] ? b : a)) : null;
    return result(
      spec,
      truth ? 'accurate' : 'inaccurate',
      `${target}: ${fmt(value)}. Against ${scope}: ${holds ? `it is the ${word}` : `not the ${word}: ${list}${beaten.length > 4 ? ' …' : ''} ${wantMax ? 'were as high or higher' : 'were as low or lower'}`}${best[0] ? `; the ${holds ? 'next' : ''} ${wantMax ? 'highest' : 'lowest'} other is ${best[0]} (${fmt(best[1])})` : ''}.${note && allTime ? `${note} The series' ${word} month is ${allTime[0]} (${fmt(allTime[1])}).` : ''}`,
      [evidence(s, value, `${target}-01`, addDays(addMonths(`${target}-01`, 1), -1))],
    );
  }

  // "a record high this year": this year so far against the same days of every earlier year.
  const pk = (spec.detail.periodMention as { kind?: string } | null | undefined)?.kind ?? (spec.period && spec.period.from.slice(5) === '01-01' && spec.period.to < `${spec.period.from.slice(0, 4)}-12-31` ? 'ytd' : null);
  if (spec.period && pk === 'ytd') {
    const from = spec.period.from;
    const to = last < spec.period.to ? last : spec.period.to;
    const cur = sumWindow(s, from, to);
    if (!cur.complete) return unverifiable(spec, `Cannot check: ${cur.why}.`);
    const earlier: [number, number][] = [];
    for (let k = 1; ; k++) {
      const w = sumWindow(s, addMonths(from, -12 * k), addMonths(to, -12 * k));
      if (!w.complete) break;
      earlier.push([yearOf(from) - k, w.value]);
    }
    const beaten = earlier.filter(([, v]) => (wantMax ? v >= cur.value : v <= cur.value));
    const holds = beaten.length === 0 && earlier.length > 0;
    const truth = spec.negated ? !holds : holds;
    const span = `${describeRange(from, to)}`;
    return result(
      spec,
      truth ? 'accurate' : 'inaccurate',
      `${span}: ${fmt(cur.value)}. The same days of each earlier year (${earlier.at(-1)?.[0] ?? '?'}–${earlier[0]?.[0] ?? '?'}): ${holds ? `all ${wantMax ? 'lower' : 'higher'}, so this year so far is the ${word} on record` : `${beaten.map(([yy, v]) => `${yy} (${fmt(v)})`).slice(0, 4).join(', ')} ${wantMax ? 'were as high or higher' : 'were as low or lower'}`}; ${seriesStart}.`,
      [evidence(s, cur.value, from, to)],
    );
  }

  // Years: "the deadliest year on record", "highest for eight years", "not the highest annual total ever".
  const y = spec.period ? yearOf(spec.period.from) : null;
  const knownYears = await yearTotals(s, last);
  if (y === null) {
    const lastYearInData = knownYears.at(-1)?.[0];
    if (lastYearInData !== undefined && `${lastYearInData + 1}-12-31` < ctx.date) {
      return unverifiable(spec, `The claim names no period, so it is read as about the latest figures on ${ctx.date}; the data held end ${s.coverage.to}, before that.`);
    }
    return unverifiable(spec, 'The claim names no year to rank.');
  }
  const row = knownYears.find(([k]) => k === y);
  if (!row) return unverifiable(spec, `${y} is not a complete year in the data known by ${ctx.date} (${describeRange(start, s.coverage.to)}).`);
  // "On record" means every year known when the claim was made, later ones included.
  const pool = d.rankYears ? knownYears.filter(([k]) => k < y && k > y - d.rankYears!) : knownYears.filter(([k]) => k !== y);
  const beaten = pool.filter(([, v]) => (wantMax ? v >= row[1] : v <= row[1]));
  const holds = beaten.length === 0;
  const truth = spec.negated ? !holds : holds;
  const extreme = [...knownYears].sort((a, b) => (wantMax ? b[1] - a[1] : a[1] - b[1]))[0]!;
  const scope = d.rankYears ? `the ${d.rankYears} years ${y - d.rankYears + 1}–${y}` : `every year of the series (${knownYears[0]![0]}–${knownYears.at(-1)![0]}; the series starts ${start})`;
  const reason = `${y}: ${fmt(row[1])}${describeFilters(spec.filters)}. Against ${scope}: ${holds ? `${y} is the ${word}` : `${y} is not the ${word}; ${beaten.map(([k, v]) => `${k} (${fmt(v)})`).slice(0, 4).join(', ')} ${wantMax ? 'were higher' : 'were lower'}`}; the series' ${word} year is ${extreme[0]} (${fmt(extreme[1])}).${spec.negated ? ` The claim says it is not the ${word}: ${truth ? 'that holds' : 'but it is'}.` : ''}`;
  return result(spec, truth ? 'accurate' : 'inaccurate', reason, [evidence(s, row[1], `${y}-01-01`, `${y}-12-31`), evidence(s, extreme[1], `${extreme[0]}-01-01`, `${extreme[0]}-12-31`, `${word} year`)]);
}

async function streak(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const s = await ctx.data.series(spec.metric!, spec.filters);
  const last = lastKnownDay(s, ctx.date);
  if (!last) return unverifiable(spec, `No figures were published before ${ctx.date}.`);
  const years = await yearTotals(s, last);
  const end = (spec.detail.endYear as number | null) ?? years.at(-1)?.[0];
  const upto = years.filter(([y]) => y <= (end ?? 0));
  if (upto.length < 2) return unverifiable(spec, 'Too few complete years in the data.');
  const up = spec.direction !== 'down';
  let k = 0;
  for (let i = upto.length - 1; i > 0; i--) {
    const [, v] = upto[i]!;
    const [, p] = upto[i - 1]!;
    if (up ? v > p : v < p) k++;
    else break;
  }
  const n = spec.claimed.value!;
  const from = upto[upto.length - 1 - k]!;
  const lastY = upto.at(-1)!;
  const chain = upto.slice(upto.length - 1 - k).map(([y, v]) => `${y} ${fmt(v)}`).join(' → ');
  const before = upto[upto.length - 2 - k];
  let verdict: Verdict;
  let why: string;
  if (k >= n) {
    verdict = 'accurate';
    why = `${k} successive ${up ? 'rises' : 'falls'} to ${lastY[0]}`;
  } else if (k === n - 1) {
    verdict = 'roughly_accurate';
    why = `${k} successive ${up ? 'rises' : 'falls'} (${n} years of ${up ? 'rising' : 'falling'} figures counting ${from[0]}, the low point), not ${n}`;
  } else {
    verdict = 'inaccurate';
    why = `only ${k} successive ${up ? 'rise' : 'fall'}${k === 1 ? '' : 's'} to ${lastY[0]}`;
  }
  return result(spec, verdict, `${chain}: ${why}${before ? `; ${from[0]} (${fmt(from[1])}) was ${up ? 'below' : 'above'} ${before[0]} (${fmt(before[1])})` : ''}.`, [evidence(s, lastY[1], `${lastY[0]}-01-01`, `${lastY[0]}-12-31`), evidence(s, from[1], `${from[0]}-01-01`, `${from[0]}-12-31`, 'start of the streak')]);
}

async function share(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const dim = spec.detail.dimension as string | undefined;
  const part = spec.detail.part as string | undefined;
  if (!dim || !part) return unverifiable(spec, 'The data held do not break this measure down into the parts the claim is about.');
  const all = await ctx.data.series(spec.metric!, spec.filters);
  const sub = await ctx.data.series(spec.metric!, { ...spec.filters, [dim]: part });
  const last = lastKnownDay(all, ctx.date);
  if (!last) return unverifiable(spec, `No figures were published before ${ctx.date}.`);
  // Without a stated period: the latest complete year known at the claim's date.
  let w = spec.period ? knownWindow(all, spec, ctx)! : null;
  let reading = spec.period?.reading;
  if (!w) {
    const y = yearOf(last) - (last.endsWith('-12-31') ? 0 : 1);
    w = { from: `${y}-01-01`, to: `${y}-12-31` };
    reading = `no period stated: read as ${y}, the latest complete year published by ${ctx.date}`;
  }
  const a = sumWindow(sub, w.from, w.to);
  const b = sumWindow(all, w.from, w.to);
  if (!a.complete || !b.complete || b.value === 0) return unverifiable(spec, `Cannot check: ${a.why ?? b.why ?? 'no data'}.`);
  const pct = (100 * a.value) / b.value;
  const claimed = spec.claimed.value!;
  const holds = spec.claimed.hedge === 'more_than' ? pct > claimed : spec.claimed.hedge === 'fewer_than' ? pct < claimed : Math.abs(pct - claimed) <= 5;
  const verdict: Verdict = holds ? 'accurate' : spec.claimed.hedge === 'about' && Math.abs(pct - claimed) <= 10 ? 'roughly_accurate' : 'inaccurate';
  const earlier = { from: addMonths(w.from, -12), to: addMonths(w.to, -12) };
  const a0 = sumWindow(sub, earlier.from, earlier.to);
  const b0 = sumWindow(all, earlier.from, earlier.to);
  const prev = a0.complete && b0.complete && b0.value > 0 ? ` (${describeRange(earlier.from, earlier.to)}: ${fmt((100 * a0.value) / b0.value)}%)` : '';
  return result(
    spec,
    verdict,
    `${describeRange(w.from, w.to)}: ${fmt(a.value)} of ${fmt(b.value)} ${all.metric.unit} were "${part}" = ${fmt(pct)}%${prev}; the claim says ${spec.claimed.hedge === 'more_than' ? 'more than' : spec.claimed.hedge === 'fewer_than' ? 'fewer than' : 'about'} ${fmt(claimed)}%. Period read as: ${reading}.`,
    [evidence(sub, a.value, w.from, w.to, part), evidence(all, b.value, w.from, w.to, 'all')],
  );
}

async function comparison(spec: ClaimSpec, ctx: EvalContext): Promise<ClaimResult> {
  const s = await ctx.data.series(spec.metric!, spec.filters);
  const last = lastKnownDay(s, ctx.date);
  if (!last) return unverifiable(spec, `No figures were published before ${ctx.date}.`);
  const up = spec.direction !== 'down';
  // "thousands more … this year than in the past": the latest twelve months published, against earlier years.
  if (spec.detail.vsPast !== undefined || spec.claimed.value !== null) {
    const to = last;
    const from = addDays(addMonths(to, -12), 1);
    const cur = sumWindow(s, from, to);
    const prevW = { from: addMonths(from, -12), to: addMonths(to, -12) };
    const prev = sumWindow(s, prevW.from, prevW.to);
    if (!cur.complete || !prev.complete) return unverifiable(spec, `Cannot check: ${cur.why ?? prev.why}.`);
    const diff = cur.value - prev.value;
    const minDiff = spec.claimed.value ?? 0;
    const holdsRecent = up ? diff >= minDiff * 0.5 && diff > 0 : -diff >= minDiff * 0.5 && diff < 0;
    const history: { from: string; to: string; value: number }[] = [];
    for (let k = 2; ; k++) {
      const w = { from: addMonths(from, -12 * k), to: addMonths(to, -12 * k) };
      const x = sumWindow(s, w.from, w.to);
      if (!x.complete) break;
      history.push({ ...w, value: x.value });
    }
    const label = `the twelve months to ${describeRange(to, to)} (the latest published by ${ctx.date})`;
    const evs = [evidence(s, cur.value, from, to), evidence(s, prev.value, prevW.from, prevW.to)];
    if (!holdsRecent) return result(spec, 'inaccurate', `${label}: ${fmt(cur.value)}, against ${fmt(prev.value)} a year earlier (${diff >= 0 ? '+' : ''}${fmt(diff)}).`, evs);
    const higherBefore = history.filter((h) => (up ? h.value > cur.value : h.value < cur.value));
    if (spec.detail.vsPast && history.length && higherBefore.length > history.length / 2) {
      const minH = history.reduce((a, b) => (b.value < a.value ? b : a));
      return result(
        spec,
        'misleading',
        `${label}: ${fmt(cur.value)}, ${fmt(Math.abs(diff))} ${up ? 'more' : 'fewer'} than the year before (${fmt(prev.value)}). But against the past it is ${up ? 'low' : 'high'}: ${higherBefore.length} of the ${history.length} earlier years (same twelve months, ${history.at(-1)!.from.slice(0, 4)}–${history[0]!.to.slice(0, 4)}) were ${up ? 'higher' : 'lower'} (${up ? 'lowest' : 'highest'} of them ${fmt(minH.value)}, ${describeRange(minH.from, minH.to)}), so "${up ? 'more' : 'fewer'} than in the past" holds only against the most recent, unusually ${up ? 'low' : 'high'} years.`,
        evs,
      );
    }
    return result(spec, 'accurate', `${label}: ${fmt(cur.value)}, ${fmt(Math.abs(diff))} ${up ? 'more' : 'fewer'} than the year before (${fmt(prev.value)}).`, evs);
  }
  // Two periods: "so far this year than over the whole of 2023".
  const other = spec.detail.other as { from: string; to: string; reading: string } | undefined;
  if (!spec.period || !other) return unverifiable(spec, 'The claim does not say which two periods it compares.');
  const w1 = knownWindow(s, spec, ctx)!;
  const w2 = { from: other.from, to: other.to > last ? last : other.to };
  const a = sumWindow(s, w1.from, w1.to);
  const b = sumWindow(s, w2.from, w2.to);
  if (!a.complete || !b.complete) return unverifiable(spec, `Cannot check: ${a.why ?? b.why}.`);
  const holds = up ? a.value > b.value : a.value < b.value;
  return result(
    spec,
    holds ? 'accurate' : 'inaccurate',
    `${describeRange(w1.from, w1.to)}: ${fmt(a.value)}; ${describeRange(w2.from, w2.to)}: ${fmt(b.value)}. ${holds ? 'So' : 'Not'} ${up ? 'more' : 'fewer'} (${a.value >= b.value ? '+' : ''}${fmt(a.value - b.value)}). Periods read as: ${spec.period.reading}; ${other.reading}.`,
    [evidence(s, a.value, w1.from, w1.to), evidence(s, b.value, w2.from, w2.to)],
  );
}
