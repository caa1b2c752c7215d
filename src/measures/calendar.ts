/**
 * The measures calendar (figures/measures.json): border measures, governments and
 * ministers, with dates, the promise, the metrics that measure them and citations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { CrossingsError } from '../errors.js';

export interface Citation {
  publisher: string;
  url: string;
  date: string;
  says: string;
}

export interface Measure {
  id: string;
  title: string;
  countries: string[];
  kind: string;
  dates: { announced: string | null; in_force: string | null; ended: string | null };
  note: string | null;
  promise: string;
  figures: { what: string; value: number; unit: string; source?: string }[];
  metrics: { metric: string; where: Record<string, string> }[];
  who: string[];
  roles: string[];
  phrases: string[];
  citations: Citation[];
}

export const MEASURES_PATH = join(PROJECT_ROOT, 'figures', 'measures.json');

let cached: Measure[] | null = null;
export function measures(): Measure[] {
  cached ??= (JSON.parse(readFileSync(MEASURES_PATH, 'utf8')) as { measures: Measure[] }).measures;
  return cached;
}

/** The date a measure is dated by: when it came into force, else when it was announced. */
export const effectiveDate = (m: Measure): string | null => m.dates.in_force ?? m.dates.announced;

export function getMeasure(id: string): Measure {
  const m = measures().find((x) => x.id === id);
  if (!m) throw new CrossingsError('NOT_FOUND', `no measure "${id}"; see crossings measure (no id) for the list`);
  return m;
}
