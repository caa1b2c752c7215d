/**
 * Completing a draft: which family of metrics its words name (and, for generic words,
 * which the place decides), which source metric holds its filters, and its filters as
 * that metric's dimension values. A qualifier that no source of the family can filter
 * by is reported, never dropped.
 */
import { familyById, PEOPLE_NOUNS, resolveGeneric, type Family, type MeasureWord, type Scope } from './measures.js';
import type { PhraseMatch } from './phrases.js';
import { DIM_KINDS, type Target, type ValueMention, type Vocabulary } from './values.js';
import type { Measure } from '../types.js';

export interface MeasureChoice {
  family: Family;
  word: PhraseMatch<MeasureWord> | null;
  named?: 'deportation';
  implies: Record<string, string[]>;
}

/** The family the words name; generic words are decided by the scope. Specific words beat generic ones. */
export function chooseFamily(all: PhraseMatch<MeasureWord>[], scope: Scope | null, values: ValueMention[] = [], people = false): { choice: MeasureChoice | null; generic: string | null } {
  // "asylum-seekers have crossed", "refugees have drowned": who they are, beside what they did.
  // A weak verb ("hosts", "taken in") names the measure only when no other word does.
  const strong = all.filter((w) => !w.value.weak);
  if (strong.length) all = strong;
  const acts = all.some((w) => w.value.form === 'verb' && !PEOPLE_NOUNS.has(w.phrase.toLowerCase()));
  const words = acts ? all.filter((w) => !PEOPLE_NOUNS.has(w.phrase.toLowerCase())) : all;
  const specific = words.find((w) => w.value.family !== 'arrivals' && w.value.family !== 'asylum' && w.value.family !== 'small_boats');
  const asylum = words.find((w) => w.value.family === 'asylum');
  const generic = words.find((w) => w.value.family === 'arrivals');
  const boats = words.find((w) => w.value.family === 'small_boats');
  // "deaths … crossing": deaths. "20,000 asylum-seekers have crossed": what they did is counted, the noun only describes them.
  const pick = specific ?? (asylum && !(generic && generic.value.form === 'verb') ? asylum : undefined) ?? generic ?? asylum ?? boats;
  if (!pick) return { choice: null, generic: null };
  let id: string | null = pick.value.family;
  // "1,295 arrived in 27 boats": arrivals by small boat, the UK's, unless a place says otherwise.
  if (id === 'arrivals' && boats && !scope) id = resolveGeneric('arrivals', 'uk');
  else if (id === 'arrivals' || id === 'asylum') id = resolveGeneric(id, scope) ?? byQualifiers(id, values) ?? (pick.value.defaultScope ? resolveGeneric(id, pick.value.defaultScope) : null);
  // "small boats" alone counts boats only when it heads a number; with "arrivals"/"crossings", or people counted ("45,000 people … on small boats"), the arrivals.
  if (id === 'small_boats' && (generic || people)) id = resolveGeneric('arrivals', 'uk');
  if (!id) return { choice: null, generic: pick.phrase };
  return { choice: { family: familyById(id), word: pick, ...(pick.value.named ? { named: pick.value.named } : {}), implies: { ...(pick.value.implies ?? {}) } }, generic: null };
}

/** A generic word with no place: the one family whose sources hold every qualifier named ("the Western African route": the EU's detections). */
function byQualifiers(kind: string, values: ValueMention[]): string | null {
  // ("applied for asylum" also names the small-boat arrivals' asylum claims: the measure's own words, no qualifier.)
  values = values.filter((v) => v.entry.kind !== 'asylum_application');
  if (!values.length) return null;
  const ids = kind === 'arrivals' ? ['small_boat_arrivals', 'frontex'] : ['uk_asylum', 'eu_asylum'];
  const fit = ids.filter((id) => {
    const metrics = familyById(id).sources.map((s) => s.metric);
    // (A country named as where, "Germany has received …", is a place: a series by nationality does not hold it.)
    return values.every((v) => metrics.some((m) => targetFor(v, m) !== undefined));
  });
  return fit.length === 1 ? fit[0]! : null;
}

export interface FilterResult {
  metric: string;
  filters: Record<string, string[]>;
  /** Qualifiers no source of the family can filter by. */
  unheld: ValueMention[];
}

/**
 * The first source of the family whose dimensions hold every qualifier; its fixed
 * filters, the qualifiers' values, and the family's defaults for dimensions not named.
 */
export function applyFilters(family: Family, values: ValueMention[], implies: Record<string, string[]>, inherited: Record<string, string[]>, vocab: Vocabulary, only?: string): FilterResult {
  let best: FilterResult | null = null;
  for (const src of family.sources) {
    if (only && src.metric !== only) continue;
    const filters: Record<string, string[]> = { ...(src.fixed ?? {}) };
    const unheld: ValueMention[] = [];
    const add = (dim: string, vals: string[]) => {
      const prev = filters[dim];
      filters[dim] = prev && !sameSet(prev, src.fixed?.[dim]) ? [...new Set([...prev, ...vals])] : [...vals];
    };
    const named = new Set(values.flatMap((v) => v.entry.targets.filter((t) => t.metric === src.metric).map((t) => t.dim)));
    for (const [dim, vals] of Object.entries(inherited)) if ((vocab.valuesOf(src.metric, dim).length || src.fixed?.[dim]) && !named.has(dim)) add(dim, vals);
    for (const [dim, vals] of Object.entries(implies)) {
      if (vocab.valuesOf(src.metric, dim).length) add(dim, vals);
    }
    for (const v of values) {
      const t = targetFor(v, src.metric);
      if (t) add(t.dim, t.values);
      else unheld.push(v);
    }
    // An implied filter this source cannot hold ("drowned" in a series without causes) is dropped only if no source holds it.
    const missingImplied = Object.keys(implies).some((dim) => !vocab.valuesOf(src.metric, dim).length);
    const r = { metric: src.metric, filters, unheld };
    if (!unheld.length && !missingImplied) {
      for (const [dim, vals] of Object.entries(family.defaults ?? {})) if (!(dim in filters)) filters[dim] = vals;
      return r;
    }
    if (!best || unheld.length < best.unheld.length) best = r;
  }
  return best!;
}

/**
 * The target of a value for a metric. A country can be a nationality or a place: a
 * demonym or "from …" is a nationality; a name after "in", "to", "into" or as the
 * subject of "received", "hosted", "recorded" is a place; otherwise the place if the
 * metric has one.
 */
export function targetFor(v: ValueMention, metric: string): Target | undefined {
  const ts = v.entry.targets.filter((x) => x.metric === metric);
  const kind = (t: Target) => DIM_KINDS[t.metric]?.[t.dim];
  // "died trying to reach Spain": deaths are counted where they happened, not where the people were going.
  if (v.heading && metric === 'deaths.dead_and_missing' && v.entry.kind !== 'route' && v.entry.kind !== 'region') return undefined;
  // "arrivals to Italy", "landed in Greece": a country named as where, which a series by nationality cannot answer;
  // returns are the exception, counted by the nationality of those sent back ("returned to Albania").
  if (v.context === 'in' && v.entry.form === 'name' && (v.entry.kind === 'nationality' || v.entry.kind === 'place') && !RETURNED_TO.has(metric)) return ts.find((t) => kind(t) === 'place');
  if (ts.length <= 1) return ts[0];
  const want = v.entry.form === 'demonym' || v.context === 'from' ? 'nationality' : 'place';
  return ts.find((t) => kind(t) === want) ?? ts[0];
}

const RETURNED_TO = new Set(['uk.returns']);

const sameSet = (a: string[] | undefined, b: string[] | undefined): boolean => !!a && !!b && a.length === b.length && a.every((x) => b.includes(x));

export function describeMeasure(family: Family, filters: Record<string, string[]>, labels: string[]): string {
  return labels.length ? `${family.label} (${labels.join('; ')})` : family.label;
}

export function measureOf(choice: MeasureChoice, metric: string, filters: Record<string, string[]>, labels: string[]): Measure {
  return { family: choice.family.id, metric, filters, label: describeMeasure(choice.family, filters, labels), ...(choice.named ? { named: choice.named } : {}) };
}
