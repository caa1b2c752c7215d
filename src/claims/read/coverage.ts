/**
 * The coverage rule: every number, time, qualifier, comparative and superlative in a
 * claim's clause must be bound to a role (by this claim or a sibling claim of the same
 * clause), or be a word that never changes what is counted. Content words between the
 * claim's first and last bound word must be understood too. What is left is named in
 * the claim's reason, and the claim is unverifiable.
 */
import { ATTRIBUTION_VERBS, FUNCTION_POS, HARMLESS } from './lexicon.js';
import type { Draft } from './draft.js';
import { PEOPLE_NOUNS, type Family } from './measures.js';
import { within, type Analysis } from './mentions.js';
import type { Segment } from './segments.js';

/** Who did it: agents of a measure verb never qualify it ("Labour has deported", "Frontex recorded"). */
const AGENTS = new Set(['labour', 'government', 'conservatives', 'tories', 'ministers', 'minister', 'home', 'office', 'frontex', 'iom', 'unhcr', 'eurostat', 'un', 'agency', 'authorities', 'police', 'border', 'force', 'officials', 'we', 'i', 'they', 'uk', 'britain', 'eu', 'commission', 'organization', 'organisation', 'international', 'for', 'migration', 'missing', 'migrants', 'project', 'pa', 'news', 'analysis', 'starmer', 'sunak', 'cooper', 'braverman', 'patel', 'mahmood', 'shadow', 'secretary', 'prime', 'spokesperson', 'spokesman', 'spokeswoman', 'data', 'figures', 'department', 'ministry', 'interior']);

/** Words of framing that stand around a claim and never change it. */
const FRAMING = new Set(['followed', 'surpassing', 'surpassed', 'exceeding', 'exceeded', 'overtaking', 'overtook', 'beating', 'breaking', 'eclipsing', 'used', 'popular', 'busy', 'accounting', 'account', 'accounts', 'attributed', 'primarily', 'mainly', 'largely', 'chiefly', 'mostly', 'partly', 'boasted', 'bragged', 'claimed', 'insisted', 'argued', 'admitted', 'told', 'pointed', 'showed', 'mark', 'marked', 'marks', 'continue', 'continues', 'continued', 'show', 'shows', 'represent', 'represents', 'represented', 'saw', 'see', 'sees', 'seen', 'witnessed', 'experienced', 'recorded', 'registered', 'counted', 'logged', 'accounted', 'received', 'receive', 'receives', 'hit', 'hits', 'reach', 'reached', 'reaching', 'rose', 'stood', 'stand', 'stands', 'totalled', 'totaled', 'totalling', 'amounted', 'were', 'already', 'now', 'then', 'so', 'far', 'also', 'still', 'again', 'just', 'only', 'nearly', 'almost', 'around', 'about', 'roughly', 'some', 'well', 'steep', 'steady', 'sharp', 'significant', 'dramatic', 'big', 'huge', 'large', 'modest', 'slight', 'notable', 'considerable', 'substantial', 'marked', 'staggering', 'sharply', 'steadily', 'significantly', 'dramatically', 'considerably', 'substantially', 'slightly', 'markedly', 'further', 'meanwhile', 'nevertheless', 'however', 'overall', 'last', 'previous', 'first', 'calendar', 'single', 'whole', 'entire', 'full', 'annual', 'known', 'believed', 'thought', 'feared', 'estimated', 'confirmed', 'official', 'officially', 'provisional', 'provisionally', 'preliminary', 'latest', 'new', 'record', 'figure', 'figures', 'number', 'numbers', 'total', 'level', 'levels', 'toll', 'count', 'tally', 'people', 'persons', 'individuals', 'migrants', 'refugees', 'men', 'women', 'according', 'data', 'statistics', 'period', 'compared', 'equivalent', 'same', 'respectively', 'likely', 'least', 'most', 'average', 'per', 'cent', 'percent', 'nationals', 'citizens', 'route', 'routes', 'path', 'active', 'common', 'busiest', 'journey', 'journeys', 'made', 'came', 'come', 'arrived', 'despite', 'began', 'begun', 'started', 'collecting', 'recording', 'records', 'when', 'where', 'whom', 'which', 'who']);

const TIME_WORDS = /^(day|days|week|weeks|weekend|month|months|quarter|quarters|decade|decades|fortnight)$/;

/** Events that name a time: harmless beside the claim's own dates, a period not read without them. */
const EVENT_WORDS = new Set(['pandemic', 'covid', 'covid-19', 'coronavirus', 'lockdown', 'lockdowns', 'war', 'invasion', 'election', 'brexit', 'crisis', 'summit', 'conference', 'meeting', 'visit', 'deal', 'agreement', 'treaty', 'announcement', 'launch']);

/** What in the claim's clause is not understood, as the words themselves. */
export function uncovered(a: Analysis, segs: Segment[], d: Draft, all: Draft[], family: Family | null): string[] {
  const seg = segs[d.seg]!;
  const boundAny = new Set<number>();
  for (const o of all) if (o.seg === d.seg || o === d.baselineOf || o.baselineOf === d) for (const i of o.bound.keys()) boundAny.add(i);
  const own = [...d.bound.keys()].filter((i) => i >= seg.start && i < seg.end);
  const core: [number, number] = own.length ? [Math.min(...own), Math.max(...own) + 1] : d.anchor;
  // "1,000 of the women who crossed in 2023 were travelling alone": the predicate qualifies the figure.
  if (d.partitive) core[1] = seg.end;
  // "… on boats launched from the beaches near Gravelines": a participle right after the claim's last word qualifies it, to the clause's next comma.
  if (a.tokens[core[1]]?.pos === 'VERB' && /(ed|ing)$/.test(a.tokens[core[1]]!.lower) && !FRAMING.has(a.tokens[core[1]]!.lower)) {
    let e = core[1];
    while (e < seg.end && a.tokens[e]!.kind !== 'punctuation') e++;
    core[1] = e;
  }
  const harmless = new Set([...(family?.harmless ?? [])]);
  const out: string[] = [];
  const flag = (i: number, j: number) => {
    const text = a.sentence.slice(a.tokens[i]!.start, a.tokens[j - 1]!.end);
    if (!out.includes(text)) out.push(text);
  };
  // Spans the reader knows: scope words, references, times not bound (flagged below), units of non-statistics.
  const known = new Set<number>();
  for (const s of within(a.scopes, seg.start, seg.end)) for (let i = s.start; i < s.end; i++) known.add(i);
  for (const r of within(a.references, seg.start, seg.end)) for (let i = r.start; i < r.end; i++) known.add(i);
  for (const c of within(a.compositions, seg.start, seg.end)) for (let i = c.start; i < c.end; i++) known.add(i);
  for (const m of within(a.measures, seg.start, seg.end)) if (family && (m.value.family === family.id || PEOPLE_NOUNS.has(m.phrase.toLowerCase()))) for (let i = m.start; i < m.end; i++) known.add(i);
  for (const g of within(a.aggregates, seg.start, seg.end)) if (g.value === 'total') for (let i = g.start; i < g.end; i++) known.add(i);
  for (const u of within(a.units, seg.start, seg.end)) for (let i = Math.max(seg.start, u.start - 4); i < u.end; i++) if (a.quantities.some((q) => q.start <= i && q.end > i && q.end <= u.start + 2)) known.add(i);
  // Qualifiers anywhere in the clause: values, unheld qualifiers, times, numbers, comparatives, superlatives, negations.
  const familyWord = (i: number) => harmless.has(a.tokens[i]!.lower) || FUNCTION_POS.has(a.tokens[i]!.pos);
  for (const v of within(a.values, seg.start, seg.end)) {
    if (rangeBound(boundAny, v.start, v.end) || rangeIn(known, v.start, v.end)) continue;
    // "deaths at sea": a word of the measure's own definition.
    let own = true;
    for (let i = v.start; i < v.end; i++) own &&= familyWord(i);
    if (!own) flag(v.start, v.end);
  }
  for (const u of within(a.unheld, seg.start, seg.end)) if (!rangeBound(boundAny, u.start, u.end) && !(family?.harmless.includes(u.value))) flag(u.start, u.end);
  // "…, including both attempts and crossings in small boats": an aside without figures that says what was counted.
  for (const x of segs) {
    if (x.link !== 'example' || x.start < seg.end || within(a.quantities, x.start, x.end).length) continue;
    for (const u of within(a.unheld, x.start, x.end)) if (!(family?.harmless.includes(u.value))) flag(u.start, u.end);
  }
  // A year that dates another time of the claim ("In 2022, … in August") is bound with it.
  const yearsOf = new Set(a.times.filter((t) => t.yearFrom !== undefined && rangeBound(boundAny, t.start, t.end)).map((t) => t.yearFrom!));
  for (const t of within(a.times, seg.start, seg.end)) if (!rangeBound(boundAny, t.start, t.end) && !yearsOf.has(t.start) && t.expr.kind !== 'day' && t.expr.kind !== 'each') flag(t.start, t.end);
  for (const q of within(a.quantities, seg.start, seg.end)) if (!rangeBound(boundAny, q.numStart, q.numEnd) && !rangeIn(known, q.numStart, q.numEnd) && !q.money) flag(q.numStart, q.numEnd);
  for (const c of within(a.superlatives, seg.start, seg.end)) if (!rangeBound(boundAny, c.start, c.end) && !rangeIn(known, c.start, c.end) && !(c.phrase === 'most' && a.tokens[c.end]?.lower === 'of')) flag(c.start, c.end);
  // A negation that negates the claim: just before its anchor, or before one of its bound words ("did not fall", "not the highest").
  for (const n of a.negations) {
    if (n < seg.start || n >= seg.end || boundAny.has(n)) continue;
    let k = n + 1;
    while (k < seg.end && (a.tokens[k]!.pos === 'AUX' || a.tokens[k]!.pos === 'ADV' || a.tokens[k]!.pos === 'DET')) k++;
    if ((n >= d.anchor[0] - 4 && n < d.anchor[0]) || d.bound.has(k)) flag(n, n + 1);
  }
  // A time word no time was read from ("in the first five days of the month", "at the start of the month") leaves the period unknown.
  for (let i = seg.start; i < seg.end; i++) {
    if (!TIME_WORDS.test(a.tokens[i]!.lower) || boundAny.has(i) || known.has(i) || a.times.some((t) => i >= t.start && i < t.end)) continue;
    // … but not the unit of a rank ("the month with the highest …"), a possessive date ("last week's Questions"), or the date of a statement ("published on New Year's Day").
    if (a.superlatives.some((x) => (x.end <= i && i - x.end <= 2) || (x.start > i && x.start - i <= 3)) || a.units.some((u) => i >= u.start && i < u.end && a.quantities.some((q) => q.end === u.start))) continue;
    // ("since records began a decade ago": when the record starts, which the series says.)
    if (a.tokens[i + 1]?.lower === 'ago' && a.recordScopes.some((r) => r.end <= i && i - r.end <= 3)) continue;
    // ("the month of October": the month is named.)
    if ((a.tokens[i + 1]?.lower === 'of' && a.times.some((t) => t.start === i + 2)) || /^'s?$/.test(a.tokens[i + 1]?.lower ?? '') || a.tokens.slice(Math.max(seg.start, i - 5), i).some((t) => ATTRIBUTION_VERBS.has(t.lower) || /^(published|released)$/.test(t.lower))) continue;
    flag(i, i + 1);
  }
  // An event that dates the claim ("shortly before the summit") is a time the reader cannot place, unless the claim has its own dates.
  if (!d.time && !d.baselineTimes?.length) for (let i = seg.start; i < seg.end; i++) if (EVENT_WORDS.has(a.tokens[i]!.lower) && !boundAny.has(i)) flag(i, i + 1);
  // Content words between the claim's first and last bound word.
  for (let i = core[0]; i < core[1]; i++) {
    const t = a.tokens[i]!;
    if (boundAny.has(i) || known.has(i) || FUNCTION_POS.has(t.pos) || t.kind === 'punctuation' || t.kind === 'symbol') continue;
    const w = t.lower;
    if (HARMLESS.has(w) || HARMLESS.has(t.lemma) || harmless.has(w) || harmless.has(t.lemma) || AGENTS.has(w) || FRAMING.has(w) || FRAMING.has(t.lemma)) continue;
    if (EVENT_WORDS.has(w)) continue;
    if (a.comparatives.some((c) => c.start <= i && c.end > i) && d.type !== 'comparison' && !a.tokens.slice(i, i + 12).some((x) => x.lower === 'than')) continue;
    if (a.changes.some((c) => c.start <= i && c.end > i)) continue;
    if (a.measures.some((m) => m.start <= i && m.end > i) && family) {
      // Another measure's word inside the claim ("asylum" in a count of arrivals) changes what is counted.
      flag(i, i + 1);
      continue;
    }
    // "left-handed": a hyphenated word is named whole.
    const joined = a.tokens[i + 1]?.text === '-' && a.tokens[i + 2] && a.tokens[i + 1]!.start === t.end && a.tokens[i + 2]!.start === a.tokens[i + 1]!.end;
    flag(i, joined ? i + 3 : i + 1);
    if (joined) i += 2;
  }
  return out;
}

const rangeBound = (s: Set<number>, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (s.has(i)) return true;
  return false;
};
const rangeIn = (s: Set<number>, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!s.has(i)) return false;
  return true;
};
