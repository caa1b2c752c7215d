/**
 * Figures the store holds for exact periods, published outside the datasets
 * (figures/published.json, loaded as observations of grain "window"): for a claim
 * whose period the datasets do not reach, the figure the publisher gave for it.
 */
import { describeRange, daysBetween } from '../../util/dates.js';
import type { PublishedValue } from '../../metrics/access.js';
import type { Evidence, Measure, Period } from '../types.js';
import type { JudgeContext } from './figures.js';

export interface PublishedFigure {
  value: number;
  from: string;
  to: string;
  title: string;
  published: string;
  evidence: Evidence;
}

const publishedDate = (p: PublishedValue): string => /^published (\d{4}-\d{2}-\d{2})/.exec(p.flag)?.[1] ?? p.release.published ?? '9999-12-31';

function asFigure(p: PublishedValue): PublishedFigure {
  const published = publishedDate(p);
  const id = p.flag.replace(/^published \S+: /, '');
  return {
    value: p.value,
    from: p.from,
    to: p.to,
    published,
    title: `figures/published.json "${id}" (published ${published})`,
    evidence: { value: p.value, period: describeRange(p.from, p.to), query: `observations of grain 'window', metric = ${p.dims.join(' + ')}: ${id}`, source: p.release.publisher, release: `${p.release.file} (sha256 ${p.release.sha256.slice(0, 12)})`, url: p.release.url, note: `published ${published}` },
  };
}

/** Figures out by the claim's date whose dimension values are exactly the filter's. */
export async function publishedFigures(ctx: JudgeContext, m: Measure, dim: string): Promise<PublishedFigure[]> {
  const want = (m.filters[dim] ?? []).slice().sort().join(' + ');
  const rows = await ctx.data.published(m.metric);
  return rows.filter((r) => r.dims.slice().sort().join(' + ') === want && publishedDate(r) <= ctx.date).map(asFigure);
}

/** The published figure for the claim's period: the same start (within a week) and an end within three weeks before its end. */
export async function publishedFor(ctx: JudgeContext, m: Measure, p: Period): Promise<PublishedFigure | null> {
  const dims = Object.keys(m.filters);
  if (dims.length !== 1) return null;
  const figs = await publishedFigures(ctx, m, dims[0]!);
  return figs.find((f) => Math.abs(daysBetween(f.from, p.from)) <= 7 && f.to <= p.to && daysBetween(f.to, p.to) <= 21) ?? null;
}
