/**
 * Official headline figures published outside the datasets (figures/published.json):
 * each is a value of a catalogue metric for an exact period, with its citation.
 * They load as observations of grain 'window', which series never add to the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { fileError } from '../errors.js';
import { insertObservations } from './observations.js';
import type { Source } from './types.js';

export interface PublishedFigure {
  id: string;
  metric: string;
  dims: Record<string, string>;
  from: string;
  to: string;
  value: number;
  definition: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
}

export const PUBLISHED_PATH = join(PROJECT_ROOT, 'figures', 'published.json');

export function parsePublished(bytes: Uint8Array, file: string): PublishedFigure[] {
  let data: { figures?: unknown };
  try {
    data = JSON.parse(new TextDecoder().decode(bytes)) as { figures?: unknown };
  } catch (e) {
    throw fileError('FILE_UNREADABLE', { file }, `not valid JSON (${(e as Error).message})`, e);
  }
  if (!Array.isArray(data.figures)) throw fileError('FILE_STRUCTURE', { file }, 'expected {"figures": [...]}');
  const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  return data.figures.map((f: Partial<PublishedFigure>, i) => {
    const where = { file, row: i + 1 };
    for (const k of ['id', 'metric', 'from', 'to', 'definition', 'publisher', 'title', 'url', 'published'] as const) {
      if (typeof f[k] !== 'string' || !f[k]) throw fileError('FILE_STRUCTURE', { ...where, column: k }, `figure ${i + 1} needs "${k}"`);
    }
    if (!isDate(f.from!) || !isDate(f.to!) || !isDate(f.published!) || f.from! > f.to!) throw fileError('FILE_STRUCTURE', where, `figure ${f.id} has invalid dates`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0) throw fileError('FILE_STRUCTURE', { ...where, column: 'value' }, `figure ${f.id} needs a value of zero or more`);
    if (!/^https:\/\//.test(f.url!)) throw fileError('FILE_STRUCTURE', { ...where, column: 'url' }, `figure ${f.id} needs an https citation`);
    return f as PublishedFigure;
  });
}

let cache: PublishedFigure[] | null = null;
/** The committed figures, for the claim checker. */
export function publishedFigures(): PublishedFigure[] {
  cache ??= parsePublished(new Uint8Array(readFileSync(PUBLISHED_PATH)), 'figures/published.json');
  return cache;
}

export const published: Source = {
  id: 'published',
  title: 'Official headline figures from ad-hoc releases',
  publisher: 'Various (each figure cites its publisher)',
  licence: 'Open Government Licence v3.0 for UK government figures; see each citation',
  landingPage: 'figures/published.json',
  attribution: 'Each figure cites its publisher and URL',
  mirrorFiles: () => Promise.resolve([PUBLISHED_PATH]),
  fetchLatest: async () => [await import('./fetch.js').then((m) => m.readMirrorFile(PUBLISHED_PATH))],
  async load(ctx) {
    const figures = parsePublished(ctx.file.bytes, ctx.file.name);
    await insertObservations(
      ctx,
      figures.map((f, i) => ({ metric: f.metric, grain: 'window', start: f.from, end: f.to, dims: f.dims, value: f.value, flag: `published ${f.published}: ${f.id}`, row: i + 1 })),
    );
    const from = figures.map((f) => f.from).sort()[0] ?? null;
    const to = figures.map((f) => f.to).sort().at(-1) ?? null;
    return { dataset: 'published.figures', title: 'Official headline figures (figures/published.json)', fileKind: 'json', coverageFrom: from, coverageTo: to, rowCount: figures.length, issues: [] };
  },
};
