/**
 * Mentions: every span of a sentence the reader knows, in layers that may overlap
 * (a quantity, a time, a measure word, a dimension value, a place that sets the scope,
 * and the closed word classes). Constructions read these layers, never the raw text.
 */
import { AGGREGATES, CHANGES, COMPARATIVES, NEGATIONS, NON_STATISTIC_UNITS, OTHER_COUNTERS, RECORD_SCOPES, REFERENCES, SUPERLATIVES, type ChangeWord } from './lexicon.js';
import { MEASURE_WORDS, SCOPE_WORDS, type MeasureWord, type Scope } from './measures.js';
import type { PhraseMatch } from './phrases.js';
import { findQuantities, type QuantityMention } from './quantities.js';
import { findTimes, type TimeContext, type TimeMention } from './times.js';
import { tokenize, type Token } from './tokens.js';
import { UNHELD_QUALIFIERS, type ValueMention, type Vocabulary } from './values.js';

export interface Analysis {
  sentence: string;
  /** The sentence's offset in the plain text. */
  offset: number;
  tokens: Token[];
  quantities: QuantityMention[];
  times: TimeMention[];
  measures: PhraseMatch<MeasureWord>[];
  values: ValueMention[];
  scopes: PhraseMatch<Scope>[];
  changes: PhraseMatch<ChangeWord>[];
  comparatives: PhraseMatch<'more' | 'less'>[];
  superlatives: PhraseMatch<'max' | 'min'>[];
  recordScopes: PhraseMatch<'record'>[];
  aggregates: PhraseMatch<'sum' | 'mean' | 'total'>[];
  references: PhraseMatch<'figure' | 'measure' | 'place'>[];
  units: PhraseMatch<string>[];
  unheld: PhraseMatch<string>[];
  /** Counters whose figures are not held ("Caminando Fronteras"). */
  counters: PhraseMatch<string>[];
  negations: number[];
  /** "mainly from Syria, Afghanistan and Egypt": who the counted were, not which of them were counted. */
  compositions: { start: number; end: number; kind: 'who' | 'route' }[];
}

const MAINLY = /^(mainly|mostly|largely|predominantly|chiefly|primarily|principally|overwhelmingly)$/;

/** Spans "mainly from X, Y and Z" (or "most of them from …"), with the qualifiers they hold. */
function compositionSpans(tokens: Token[], values: ValueMention[]): Analysis['compositions'] {
  const out: Analysis['compositions'] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!MAINLY.test(tokens[i]!.lower) || !/^(from|of)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    let e = i + 2;
    // The list of places or peoples that follows: values joined by commas and "and".
    for (;;) {
      const v = values.find((x) => x.start === e);
      if (!v) break;
      e = v.end;
      const sep = tokens[e]?.lower ?? '';
      const sep2 = tokens[e + 1]?.lower ?? '';
      if (sep === ',' && sep2 === 'and' && values.some((x) => x.start === e + 2)) e += 2;
      else if ((sep === ',' || sep === 'and' || sep === 'or') && values.some((x) => x.start === e + 1)) e += 1;
      else break;
    }
    if (e > i + 2) out.push({ start: i, end: e, kind: 'who' });
  }
  return [...out, ...routeGlosses(tokens, values)];
}

const GLOSS_STARTS = /^(from|including|includes|via|through|between|covering|linking|which)$/;

/** "from …", "including …", "on the border between Panama and Colombia", "one of the most dangerous routes in the world". */
function glossStart(tokens: Token[], i: number): boolean {
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  return GLOSS_STARTS.test(w(0)) || (/^(on|along|across)$/.test(w(0)) && w(1) === 'the' && /^borders?$/.test(w(2))) || (w(0) === 'one' && w(1) === 'of' && w(2) === 'the');
}

/** "the Eastern Mediterranean Route, from Turkey to Greece, including Bulgaria and Northern Cyprus,": asides that describe a route. */
function routeGlosses(tokens: Token[], values: ValueMention[]): Analysis['compositions'] {
  const out: Analysis['compositions'] = [];
  for (const v of values) {
    if (v.entry.kind !== 'route') continue;
    // "Spain's Canary Islands": the country that locates the route describes it.
    if (/^['’]s$/.test(tokens[v.start - 1]?.text ?? '') && /^[A-Z]/.test(tokens[v.start - 2]?.text ?? '')) out.push({ start: v.start - 2, end: v.start, kind: 'route' });
    // "the Atlantic route from West Africa to Spain's Canary Islands reached …": its ends, named without commas.
    const ends = fromToGloss(tokens, values, v.end);
    if (ends) {
      out.push({ start: v.end, end: ends, kind: 'route' });
      continue;
    }
    // "the Darien jungle, on the border …": a noun of the route's own kind may stand before the aside.
    let e = v.end;
    while (/^(jungle|gap|desert|sea|corridor|crossing|route|strait|straits|channel)$/.test(tokens[e]?.lower ?? '') && e < v.end + 2) e++;
    if (tokens[e]?.text !== ',') continue;
    const head = e;
    // Each comma-led part that opens with "from", "including", "via" …, up to the next comma or dash; no figure inside.
    while (tokens[e]?.text === ',' && glossStart(tokens, e + 1)) {
      let k = e + 1;
      while (k < tokens.length && !/^[,;:–—-]$/.test(tokens[k]!.text) && tokens[k]!.kind !== 'number') k++;
      if (tokens[k]?.kind === 'number') break;
      e = k;
    }
    if (e > head) out.push({ start: head + 1, end: e, kind: 'route' });
  }
  return out;
}

/** The end of "from PLACE to PLACE" right after a route: places (values or capitalised words), "the", "and", possessives; else null. */
function fromToGloss(tokens: Token[], values: ValueMention[], at: number): number | null {
  if (tokens[at]?.lower !== 'from') return null;
  const placeRun = (i: number): number => {
    let k = i;
    for (;;) {
      const v = values.find((x) => x.start === k);
      if (v) k = v.end;
      else if (/^(the|and|'s|’s|s)$/.test(tokens[k]?.lower ?? '') || /^[A-Z]/.test(tokens[k]?.text ?? '')) k++;
      else return k;
      if (k > i + 8) return k;
    }
  };
  const fromEnd = placeRun(at + 1);
  if (fromEnd === at + 1 || tokens[fromEnd]?.lower !== 'to') return null;
  const toEnd = placeRun(fromEnd + 1);
  return toEnd > fromEnd + 1 ? toEnd : null;
}

export function analyse(sentence: string, offset: number, vocab: Vocabulary, ctx: TimeContext): Analysis {
  const tokens = tokenize(sentence);
  const times = findTimes(tokens, { ...ctx, sentence });
  const inTime = (i: number) => times.some((t) => i >= t.start && i < t.end);
  // A number inside a time ("5 July 2024", "the first 6 months") is part of that time.
  // "any 12-month period", "a 24-hour operation": a length of time, never a figure.
  const duration = (q: { end: number; unit: string }) => q.unit === 'count' && tokens[q.end]?.text === '-' && /^(hour|day|week|month|year|decade)s?$/.test(tokens[q.end + 1]?.lower ?? '');
  const quantities = findQuantities(tokens).filter((q) => (!inTime(q.numStart) || (tokens[q.numStart]!.kind === 'number' && q.unit === 'percent')) && !duration(q));
  const allValues = vocab.find(tokens);
  const compositions = compositionSpans(tokens, allValues);
  return {
    sentence,
    offset,
    tokens,
    quantities,
    times,
    measures: MEASURE_WORDS.findAll(tokens),
    values: allValues.filter((v) => !compositions.some((c) => v.start >= c.start && v.end <= c.end)),
    compositions,
    scopes: SCOPE_WORDS.findAll(tokens),
    changes: CHANGES.findAll(tokens),
    comparatives: COMPARATIVES.findAll(tokens),
    superlatives: SUPERLATIVES.findAll(tokens),
    recordScopes: RECORD_SCOPES.findAll(tokens),
    aggregates: AGGREGATES.findAll(tokens),
    references: REFERENCES.findAll(tokens),
    units: NON_STATISTIC_UNITS.findAll(tokens),
    unheld: UNHELD_QUALIFIERS.findAll(tokens),
    counters: OTHER_COUNTERS.findAll(tokens),
    negations: tokens.filter((t) => NEGATIONS.has(t.lower)).map((t) => t.i),
  };
}

/** The lower-case word at a token index ('' past either end). */
export const lw = (a: Analysis, i: number): string => a.tokens[i]?.lower ?? '';

/** Mentions of a layer inside a token range. */
export const within = <T extends { start: number; end: number }>(xs: T[], from: number, to: number): T[] => xs.filter((x) => x.start >= from && x.end <= to);
export const at = <T extends { start: number; end: number }>(xs: T[], i: number): T | undefined => xs.find((x) => i >= x.start && i < x.end);
export const startingAt = <T extends { start: number }>(xs: T[], i: number): T | undefined => xs.find((x) => x.start === i);
