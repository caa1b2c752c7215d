/**
 * The algebra the judges use: the value of a measure over a period (cut at what was
 * published by the claim's date, from each source of the measure, with the figure as
 * first published where releases disagree), sums over several periods, and the
 * evidence behind every figure.
 */
import { getMetric } from '../../metrics/catalogue.js';
import { lastKnownDay, releasesIn, sumWindow, type Filters, type Series, type SeriesData } from '../../metrics/access.js';
import { daysBetween, describeRange } from '../../util/dates.js';
import { familyById } from '../read/measures.js';
import type { Evidence, Measure, Period } from '../types.js';

export interface JudgeContext {
  date: string;
  data: SeriesData;
}

export interface Figure {
  value: number;
  from: string;
  to: string;
  metric: string;
  filters: Filters;
  evidence: Evidence;
  /** The figure as it was out by the claim's date, where a later release revised it. */
  asPublished?: { value: number; file: string };
  /** How the revisions went, for the reason. */
  revisions?: string;
  /** Days the period was cut short where the published figures end ("so far this year", data a month old). */
  cutDays?: number;
}

export type Got = { ok: true; fig: Figure; alts: Figure[] } | { ok: false; why: string };

/**
 * Counts the publisher revises as records are verified or reports come in, and how far a figure first
 * published as preliminary may lie below the current one: IOM adds incidents as it verifies them; the
 * Home Office revises small-boat arrivals slightly; Frontex's monthly figures are preliminary and rise,
 * route by route, by a tenth or more as member states' reports come in.
 */
export const UPWARD_REVISION: Record<string, { band: number; why: string }> = {
  'deaths.dead_and_missing': { band: 0.03, why: 'IOM adds incidents to its records as it verifies them' },
  'eu.frontex.detections': { band: 0.15, why: "Frontex's monthly figures are preliminary when first published and are revised upwards as member states report" },
  'uk.small_boats.arrivals': { band: 0.03, why: 'the Home Office revises its provisional daily figures' },
  'uk.small_boats.boats': { band: 0.03, why: 'the Home Office revises its provisional daily figures' },
  'uk.asylum.applications': { band: 0.15, why: 'the Home Office revises recent asylum figures upwards as applications recorded late are added' },
};
/**
 * Quarterly Home Office tables revised either way as late records are added and cases reclassified, for
 * about two years after first publication: a precise figure within a few per cent of today's may be the one
 * published then (the store keeps releases from its own history only).
 */
export const REVISED_EITHER_WAY: Record<string, { band: number; days: number; why: string }> = {
  'uk.returns': { band: 0.07, days: 730, why: 'the Home Office revises its returns figures for about two years as late records are added' },
  'uk.detention.entering': { band: 0.07, days: 730, why: 'the Home Office revises its detention figures as late records are added' },
  'uk.asylum.decisions': { band: 0.07, days: 730, why: 'the Home Office revises its asylum decisions as late records are added' },
};
export const REVISABLE = new Set([...Object.keys(UPWARD_REVISION), ...Object.keys(REVISED_EITHER_WAY)]);
/** How long after a period a figure for it may still have been preliminary when quoted. */
export const revisableDays = (metric: string): number => REVISED_EITHER_WAY[metric]?.days ?? 120;

export function evidenceOf(s: Series, value: number, from: string, to: string, note?: string): Evidence {
  const used = releasesIn(s, from, to);
  const params = Object.entries(s.params).map(([k, v]) => `$${k} = '${v}'`).join(', ');
  return {
    value,
    period: describeRange(from, to),
    query: `${s.sql}${params ? `\n-- with ${params}` : ''}\n-- then summed over ${from} .. ${to}`,
    source: s.metric.source,
    release: used.map((r) => `${r.file} (sha256 ${r.sha256.slice(0, 12)})`).join(' + '),
    url: s.metric.url,
    ...(note ? { note } : {}),
  };
}

/** The concrete series that count a measure: its own metric, and the family's other sources that hold the same filters. */
export function sourcesOf(m: Measure): { metric: string; filters: Filters }[] {
  const fam = familyById(m.family);
  const own = fam.sources.find((s) => s.metric === m.metric);
  const free: Filters = {};
  for (const [k, v] of Object.entries(m.filters)) if (!own?.fixed?.[k]) free[k] = v;
  const out = [{ metric: m.metric, filters: m.filters }];
  // The family's other readings of the same words ("asylum applications" as main applicants).
  for (const r of fam.readings ?? []) if (!m.filters[r.dim]) out.push({ metric: m.metric, filters: { ...m.filters, [r.dim]: r.values } });
  for (const s of fam.sources) {
    if (s.metric === m.metric) continue;
    const metric = getMetric(s.metric);
    if (Object.keys(free).every((k) => metric.dimensions.some((d) => d.name === k))) out.push({ metric: s.metric, filters: { ...(s.fixed ?? {}), ...free } });
  }
  return out;
}

/** The window a period stands for, cut where the published figures end if it runs up to the claim. */
export function windowOf(s: Series, p: Period, ctx: JudgeContext): { from: string; to: string } | { why: string } {
  // A period over before the claim was made: its figures (revised or not) are those held. The lag only cuts periods that run up to the claim.
  const closed = p.to < ctx.date && !(p.open || p.kind === 'to_date' || p.kind === 'since' || p.kind === 'last_n');
  if (closed && s.coverage && p.to <= s.coverage.to) return { from: p.from, to: p.to };
  const last = lastKnownDay(s, ctx.date);
  if (!last) return { why: `no ${s.metric.title.toLowerCase()} figures were published before ${ctx.date}` };
  if (p.to <= last) return { from: p.from, to: p.to };
  if (p.open || p.kind === 'to_date' || p.kind === 'since' || p.kind === 'last_n') {
    if (p.from > last) return { why: `the figures published by ${ctx.date} end on ${last}, before ${describeRange(p.from, p.to)}` };
    return { from: p.from, to: last };
  }
  return { why: `the figures published by ${ctx.date} end on ${last}, before the end of ${describeRange(p.from, p.to)}` };
}

async function one(ctx: JudgeContext, metric: string, filters: Filters, p: Period): Promise<Figure | string> {
  const s = await ctx.data.series(metric, filters);
  if (p.parts?.length) {
    let value = 0;
    for (const part of p.parts) {
      const w = windowOf(s, part, ctx);
      if ('why' in w) return w.why;
      const sum = sumWindow(s, w.from, w.to);
      if (!sum.complete) return sum.why!;
      value += sum.value;
    }
    return { value, from: p.from, to: p.to, metric, filters, evidence: { ...evidenceOf(s, value, p.from, p.to), period: p.parts.map((x) => describeRange(x.from, x.to)).join(' + ') } };
  }
  const w = windowOf(s, p, ctx);
  if ('why' in w) return w.why;
  const sum = sumWindow(s, w.from, w.to);
  if (!sum.complete) return sum.why!;
  const fig: Figure = { value: sum.value, from: w.from, to: w.to, metric, filters, evidence: evidenceOf(s, sum.value, w.from, w.to) };
  if (w.to < p.to) fig.cutDays = daysBetween(w.to, p.to);
  // Where releases disagree, the figure that was out by the claim's date.
  const per = await ctx.data.perRelease(metric, filters, w.from, w.to);
  if (per.length >= 2 && per.some((r) => r.value !== sum.value)) {
    const out = per.filter((r) => (r.published ?? r.coverage_to) < ctx.date);
    fig.revisions = `The figure was revised between releases: ${per.map((r) => `${r.file} (data to ${r.coverage_to}): ${r.value.toLocaleString('en-GB')}`).join('; ')}.`;
    if (out.length && out.length < per.length) fig.asPublished = { value: out.at(-1)!.value, file: out.at(-1)!.file };
  }
  return fig;
}

/** The value of a measure over a period, from each of its sources. */
export async function valueOf(ctx: JudgeContext, m: Measure, p: Period): Promise<Got> {
  const figs: Figure[] = [];
  let why: string | null = null;
  for (const src of sourcesOf(m)) {
    const r = await one(ctx, src.metric, src.filters, p);
    if (typeof r === 'string') why ??= r;
    else figs.push(r);
  }
  if (!figs.length) return { ok: false, why: why ?? 'no data' };
  return { ok: true, fig: figs[0]!, alts: figs.slice(1) };
}

/** The series of a measure's own metric, for judges that rank or run through years. */
export const seriesOf = (ctx: JudgeContext, m: Measure, extra: Filters = {}): Promise<Series> => ctx.data.series(m.metric, { ...m.filters, ...extra });

export const describeFilters = (f: Filters): string => {
  const parts = Object.entries(f).map(([k, v]) => `${k} ${v.length > 1 ? `in (${v.join(', ')})` : `= ${v[0]}`}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
};
