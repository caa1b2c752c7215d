/**
 * The reader: a text, sentence by sentence, into typed claims. Each sentence is
 * tokenised, its mentions tagged, cut into clauses, and read by the constructions;
 * each draft then takes what its clause does not say from its parent clause, from the
 * sentence before (only where the words refer back: "this", "it", "the figure"), and
 * is checked by the coverage rule.
 */
import { getMetric } from '../../metrics/catalogue.js';
import { addDays, describeRange, monthEnd, yearOf } from '../../util/dates.js';
import type { Binding, Claim, Measure, Period, Quantity, Rank } from '../types.js';
import { uncovered } from './coverage.js';
import { words, type Draft } from './draft.js';
import { construct } from './construct.js';
import { ATTRIBUTION_VERBS, HELD_PUBLISHERS } from './lexicon.js';
import { FAMILIES, familyById, PEOPLE_NOUNS, PORT_RETURNS, RETURNS_GROUPS, type Scope } from './measures.js';
import { analyse, lw, within, type Analysis } from './mentions.js';
import { quantityOf, tokensText, type QuantityMention } from './quantities.js';
import { applyFilters, chooseFamily, measureOf, targetFor } from './resolve.js';
import { resolveGeneric } from './measures.js';
import { segment, type Segment } from './segments.js';
import { shiftToYear, yearPeriod, type TimeMention } from './times.js';
import { DIM_KINDS, type ValueEntry, type ValueMention, type Vocabulary } from './values.js';
import type { Sentence } from '../text.js';

export interface ReadContext {
  date: string;
  speaker?: string | undefined;
  vocab: Vocabulary;
}

/** What the sentences before left for the next to refer back to. */
export interface Discourse {
  topic: { measure: Measure; period: Period | null; per?: string; type: Claim['type'] } | null;
  scope: Scope | null;
  lastPeriod: Period | null;
  lastRankK: number | null;
  /**
   * A figure, then "the figure for the same period in 2022" in the next sentence: the two periods, so that a "This
   * represents a decline of 41%" after them compares the first with the second.
   */
  pair?: { subject: Period; baseline: Period } | null;
  /** The part of the sentence before's share ("Albanians accounted for a third …"), for a "They also made up …" after it. */
  lastPart: { entries: ValueEntry[]; family: string } | null;
  sentences: number;
}

/** What a value names, for a reason: a country named as where ("arrived in Malta") is a place. */
const sameValues = (x: string[] | undefined, y: string[]): boolean => !!x && x.length === y.length && x.every((v) => y.includes(v));

/** Why the data held cannot take these values as filters. */
const unheldWhy = (label: string, a: Analysis, vs: ValueMention[]): string => {
  const heading = vs.filter((v) => v.heading);
  const rest = vs.filter((v) => !v.heading);
  const parts = [
    ...(heading.length ? [`${heading.map((v) => `"${words(a, v.start, v.end)}"`).join(', ')} is where they were heading; ${label} are counted where they died or went missing, not by destination`] : []),
    ...(rest.length ? [`the data held do not break ${label} down by ${rest.map((v) => `${kindOf(v)} ("${words(a, v.start, v.end)}")`).join(', ')}`] : []),
  ];
  return parts.join('; ');
};
/** What a value would filter: a country named (not "from") is a place, a demonym or "from" a nationality ("Syrian refugees in Turkey"; "Turkey …, followed by Colombia at 1.7 million"). */
const roleOf = (v: ValueMention): string => (v.entry.kind === 'nationality' ? (v.entry.form === 'demonym' || v.context === 'from' ? 'nationality' : 'place') : v.entry.kind);
const kindOf = (v: ValueMention): string => (v.context === 'in' && v.entry.form === 'name' && v.entry.kind === 'nationality' ? 'place' : v.entry.kind);

/** Pronouns that can stand for the part of a share said before: "They also made up nearly half …". */
const PART_PRONOUNS = new Set(['they', 'these', 'those', 'them']);

/** Speakers whose "the numbers" means Channel small-boat crossings unless they say otherwise. */
const UK_BORDER_ROLES = /\b(home secretary|home office|immigration minister|border security minister|minister for border security|border force|policing minister|prime minister)\b/i;

export function newDiscourse(): Discourse {
  return { topic: null, scope: null, lastPeriod: null, lastRankK: null, lastPart: null, pair: null, sentences: 0 };
}

/** A sentence passed over unread: what follows cannot lean on it for its place, measure or period. */
export function skipSentence(disc: Discourse): void {
  disc.sentences++;
  disc.topic = null;
  disc.scope = null;
  disc.lastPeriod = null;
  disc.lastRankK = null;
  disc.lastPart = null;
  disc.pair = null;
}

interface Resolved {
  draft: Draft;
  claim: Claim | null;
  measure: Measure | null;
  period: Period | null;
  /** The period came from the claim's own words. */
  ownPeriod?: boolean;
  /** A generic measure word no place decided ("arrivals"). */
  generic?: string | null;
  /** The claim this one took its measure from. */
  from?: Resolved | null;
  scope: Scope | null;
  /** A share's part as read (its values), for a pronoun in the next sentence. */
  part?: ValueEntry[];
}

export function readSentence(s: Sentence, ctx: ReadContext, disc: Discourse): Claim[] {
  const a = analyse(s.text, s.start, ctx.vocab, { date: ctx.date, speaker: ctx.speaker, sentence: s.text });
  const segs = segment(a);
  const drafts = construct(a, segs, { lastRankK: disc.lastRankK, topicPer: disc.topic?.per ?? null });
  const done = new Map<Draft, Resolved>();
  const claims: Claim[] = [];
  const sentenceScope = scopeOf(a, 0, a.tokens.length);
  for (const d of drafts) {
    const r = complete(a, segs, d, drafts, done, disc, ctx, sentenceScope);
    done.set(d, r);
    if (r.claim) claims.push(r.claim);
  }
  // "Record Number of …: 6,265 in 2024": the record's period and figure are the details'.
  for (const r of done.values()) {
    if (!r.claim || r.claim.type !== 'rank' || r.claim.period || !r.draft.fromDetails) continue;
    const next = [...done.values()].find((x) => x.draft.seg === r.draft.seg + 1 && x.claim && x.claim.period && x.claim.type === 'count');
    if (next?.claim && next.claim.type === 'count') {
      r.claim.period = next.claim.period;
      r.claim.quantity = next.claim.quantity;
      r.claim.measure ??= next.claim.measure;
      r.period = next.claim.period;
      if (r.claim.unread?.startsWith('the claim states no period')) delete r.claim.unread;
    }
  }
  // "…, the highest daily total so far this year": the day is the clause's figure's; the window is where it is ranked.
  for (const r of done.values()) {
    const c = r.claim;
    // (… or "the highest number since September" after a day's figure: that day among the days since.)
    if (!c || c.type !== 'rank' || !c.period || !(c.rank.over === 'day' || (c.rank.over === 'window' && c.period.kind === 'since'))) continue;
    const unit = 'day';
    const single = (p: Period) => p.from === p.to;
    // The day named as the ranked one ("… was on 14 September, when 801 arrived") is the rank's own word.
    const bindDay = (p: Period) => {
      const seg = segs[r.draft.seg]!;
      for (const t of within(a.times, seg.start, seg.end)) if (t.expr.kind === 'period' && t.expr.period.from === p.from && t.expr.period.to === p.to) for (let i = t.start; i < t.end; i++) if (!r.draft.bound.has(i)) r.draft.bound.set(i, 'period');
    };
    if (single(c.period)) {
      bindDay(c.period);
      continue;
    }
    const figure = claims.find((x) => x !== c && x.type === 'count' && x.period && single(x.period) && x.period.from >= c.period!.from && x.period.to <= c.period!.to);
    if (figure?.period) {
      // "the highest since 6 September": among the days after it (6 September itself was higher).
      const from = c.period.sinceEnd ? addDays(c.period.sinceEnd, 1) : c.period.from;
      const window = c.period;
      c.rank = { ...c.rank, over: 'day', scope: { kind: 'within', from, to: c.period.to } };
      c.period = figure.period;
      for (const x of dayFigures(claims, c, window)) {
        x.period = figure.period;
        x.notes.push('the figure of the day ranked');
      }
      c.quantity ??= figure.type === 'count' ? figure.quantity : null;
      bindDay(figure.period);
    } else if (dayNamed(a, r.draft.anchor[1], c.period)) {
      // "… stands at 592, who arrived on March 2": the day named after the superlative is the one ranked.
      const t = dayNamed(a, r.draft.anchor[1], c.period)!;
      const day = (t.expr as { period: Period }).period;
      const window = c.period;
      c.rank = { ...c.rank, over: 'day', scope: { kind: 'within', from: c.period.sinceEnd ? addDays(c.period.sinceEnd, 1) : c.period.from, to: c.period.to } };
      c.period = day;
      for (let i = t.start; i < t.end; i++) if (!r.draft.bound.has(i)) r.draft.bound.set(i, 'period');
      for (const x of dayFigures(claims, c, window)) {
        x.period = day;
        x.notes.push('the figure of the day ranked');
      }
    } else {
      c.unread ??= `which ${unit} is ranked is not read`;
      // The figure stated for that day is not the window's either.
      for (const x of dayFigures(claims, c, c.period)) x.unread ??= `the figure of the ${unit} ranked highest or lowest, and which ${unit} that is is not read`;
    }
  }
  // "This is the highest daily number so far this year and suggests an average of around 54 people per boat": the window is
  // where a day is ranked; a figure of another clause that borrows it is that day's, and which day that is is not read.
  for (const r of done.values()) {
    const c = r.claim;
    if (!c || c.unread || (c.type !== 'count' && c.type !== 'mean_per') || !c.period) continue;
    const p = c.period;
    const t = r.draft.time;
    // The time follows the superlative and comes before the figure: the rank's window, not the figure's own period.
    const ranked = drafts.some((d) => d !== r.draft && d.type === 'rank' && d.rank?.over === 'day' && d.time?.expr.kind === 'period' && d.time.start >= d.anchor[1] && (t ? t.start === d.time.start && t.end <= r.draft.anchor[0] : !r.ownPeriod) && d.time.expr.period.from === p.from && d.time.expr.period.to === p.to);
    if (ranked) c.unread = 'the figure of the day ranked highest or lowest, and which day that is is not read';
  }
  // The coverage rule, once every claim of the sentence has bound its words.
  // Words not understood that may change what is counted (not a time or a number, which are the claim's own period).
  const measureWords = new Map<Resolved, string[]>();
  const timeText = new Set(a.times.map((t) => words(a, t.start, t.end)));
  for (const r of done.values()) {
    if (!r.claim) continue;
    const fam = r.measure ? FAMILIES.find((f) => f.id === r.measure!.family) ?? null : null;
    const missing = [...uncovered(a, segs, r.draft, drafts, fam), ...(r.draft.unread ?? [])];
    // "The first year in which at least 25,000 arrived was 2022": a figure inside a clause that ranks its time is no plain count.
    const ranked = rankedAntecedent(a, segs, r.draft.seg);
    if (ranked) missing.push(ranked);
    if (missing.length) r.claim.unread = `did not understand ${missing.map((m) => `"${m}"`).join(', ')}${r.claim.unread ? `; ${r.claim.unread}` : ''}`;
    const what = missing.filter((m) => !timeText.has(m) && !/^[\d,.]+%?$/.test(m));
    if (what.length) measureWords.set(r, what);
  }
  // A claim that took its measure from a clause whose words were not understood is not understood either
  // ("23,702 initial decisions …, up 61% on 14,730 …": the change is of the decisions, not of the applications).
  // The baseline figure of such a change depends on it in turn ("… up 61% on 14,730 in the year to June 2022").
  // A time not understood in that clause is its own; it does not pass on.
  // "In 2010, the total of overseas offenders removed was 5,383 – but last year there were just 3,084 expelled": a figure with
  // no noun of its own ("3,084 expelled") counts what an earlier clause of the sentence named.
  for (const r of done.values()) {
    if (!r.claim || r.claim.unread || r.claim.type !== 'count' || !headless(a, r.draft)) continue;
    const earlier = [...done.values()].filter((x) => x !== r && x.draft.seg < r.draft.seg && measureWords.has(x));
    if (earlier.length) r.from ??= earlier.at(-1)!;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of done.values()) {
      const src = r.from ?? (r.draft.baselineOf ? done.get(r.draft.baselineOf) : undefined);
      const what = src ? measureWords.get(src) : undefined;
      if (!r.claim || r.claim.unread || !what) continue;
      r.claim.unread = `it depends on a clause not understood (did not understand ${what.map((m) => `"${m}"`).join(', ')})`;
      measureWords.set(r, what);
      changed = true;
    }
  }
  // What the next sentence can refer back to.
  // The sentence's main figure; after a day's figure, the running total it brings ("898 … on Wednesday, bringing the total for 2025 so far to 25,436. This is up 51% …").
  // (Never a claim whose words were not understood: "via countries like Ukraine" must not pass on as a nationality.)
  const understood = (r: Resolved) => !r.claim?.unread?.includes('did not understand');
  const figures = [...done.values()].filter((r) => r.claim && r.measure && r.period && understood(r) && !r.draft.baselineOf && !r.draft.vehicle && (r.claim.type === 'count' || r.claim.type === 'mean_per'));
  const total = figures.find((r, k) => k > 0 && figures[0]!.period!.from === figures[0]!.period!.to && r.period!.to >= figures[0]!.period!.to && r.period!.from < r.period!.to);
  const main = total ?? figures[0] ?? [...done.values()].find((r) => r.claim && r.measure && understood(r) && !r.draft.baselineOf);
  if (main?.measure) disc.topic = { measure: main.measure, period: main.period, type: main.claim!.type, ...(main.draft.per ? { per: main.draft.per } : {}) };
  // A sentence about something not understood ends the topic: "this border" after it must not reach back past it.
  else if ([...done.values()].some((r) => r.claim && !understood(r) && !r.draft.baselineOf)) disc.topic = null;
  // … and so does one that names another route without a figure ("Crossings on the Eastern land border rose too.").
  else if (disc.topic && a.values.some((v) => v.entry.kind === 'route' && !v.entry.targets.some((t) => (disc.topic!.measure.filters[t.dim] ?? []).some((x) => t.values.includes(x))))) disc.topic = null;
  const withPeriod = [...done.values()].find((r) => r.period && r.ownPeriod && !r.draft.baselineOf && r.period.kind !== 'since');
  // ("… 7,349 … from 1 January to 30 June 2023. The figure for the same period in 2022 is 12,374.")
  const previous = disc.lastPeriod;
  const sameWindowOf = main?.draft.time?.expr.kind === 'same_window' || main?.draft.time?.expr.kind === 'previous';
  disc.pair = sameWindowOf && previous && main?.period && main.claim?.type === 'count' && main.period.to < previous.from ? { subject: previous, baseline: main.period } : null;
  if (withPeriod?.period) disc.lastPeriod = withPeriod.period;
  disc.scope = sentenceScope ?? disc.scope;
  const shared = [...done.values()].find((r) => r.claim?.type === 'share' && r.part && r.measure && understood(r));
  disc.lastPart = shared ? { entries: shared.part!, family: shared.measure!.family } : null;
  const lastRank = [...done.values()].reverse().find((r) => r.draft.rank);
  if (lastRank?.draft.rank) disc.lastRankK = lastRank.draft.rank.k + (lastRank.draft.values.length > 1 ? lastRank.draft.values.length - 1 : 0);
  disc.sentences++;
  return claims;
}

const PLACE_KINDS = new Set(['route', 'region', 'place']);

/** A measure counted by place, in a sentence that names no place at all (no route, region, country or scope word). */
function placeless(a: Analysis, m: Measure): boolean {
  const dims = DIM_KINDS[m.metric] ?? {};
  if (!Object.values(dims).some((k) => PLACE_KINDS.has(k))) return false;
  if (Object.keys(m.filters).some((d) => PLACE_KINDS.has(dims[d] ?? ''))) return false;
  // (A place word that is part of the family's own name, "in Europe" for the EU's borders, names no narrower place.)
  const own = familyById(m.family).harmless;
  const named = (v: ValueMention) => !a.tokens.slice(v.start, v.end).every((t) => own.includes(t.lower) || t.pos === 'DET');
  return !a.scopes.length && !a.values.some((v) => (PLACE_KINDS.has(v.entry.kind) || v.context === 'in') && named(v));
}

/**
 * A figure attributed to a counter whose own figures are not held ("Caminando Fronteras calculates that 2,087 died"):
 * their count, not the publishers'. Where the sentence also names a held publisher, only the counter's own clause.
 */
function otherCounter(a: Analysis, segs: Segment[], si: number): string | undefined {
  if (!a.counters.length) return undefined;
  const seg = segs[si]!;
  const both = HELD_PUBLISHERS.test(a.sentence);
  const mine = a.counters.find((c) => !both || (c.start >= seg.start && c.end <= seg.end));
  if (!mine) return undefined;
  return `the figure is attributed to ${words(a, mine.start, mine.end)}, whose own counts are not held (the store holds IOM, the Home Office, Frontex, Eurostat and UNHCR)`;
}

/** A period dated by an event of the calendar sets the place: "since Labour came to power" is the UK's. */
function eventScope(a: Analysis): Scope | null {
  for (const t of a.times) {
    if (t.expr.kind !== 'period' || !t.expr.countries?.length) continue;
    const c = t.expr.countries;
    if (c.length === 1 && c[0] === 'GB') return 'uk';
    if (c.every((x) => x === 'EU')) return 'eu';
  }
  return null;
}

function scopeOf(a: Analysis, from: number, to: number): Scope | null {
  const s = within(a.scopes, from, to);
  return s[0]?.value ?? null;
}

/** The segment a draft takes its subject from, and how. */
function parentOf(segs: Segment[], d: Draft): { seg: Segment; idx: number; last: boolean } | null {
  const s = segs[d.seg]!;
  if (s.parent === null) return null;
  if (s.link === 'main' && d.subject !== 'parent') return null;
  return { seg: segs[s.parent]!, idx: s.parent, last: s.link === 'relative' };
}

/** The subject of a segment: the measure and period its first claim (or, for relative clauses, its last) was read with. */
function segmentSubject(segs: Segment[], idx: number, done: Map<Draft, Resolved>, last: boolean): Resolved | null {
  if (last) {
    // "…, the 45,774 arrivals in 2022, which was the highest …": the last figure before the relative clause.
    const all = [...done.values()].filter((r) => r.draft.seg === idx && (r.measure || r.period) && !r.draft.vehicle).sort((x, y) => x.draft.anchor[0] - y.draft.anchor[0]);
    const lastOne = all.at(-1);
    if (lastOne) return lastOne;
  }
  const rs = [...done.values()].filter((r) => r.draft.seg === idx && (r.measure || r.period) && !r.draft.baselineOf && !r.draft.vehicle);
  const pick = last ? rs.at(-1) : rs.find((r) => r.draft.type === 'count' || r.draft.type === 'mean_per') ?? rs[0];
  if (pick) {
    // A clause that only compares takes its own subject from its parent ("…, up 29% on …, and down 29% on …").
    if ((pick.draft.type === 'change' || pick.draft.type === 'comparison') && segs[idx]!.parent !== null && !pick.draft.measureWords.length) {
      const up = segmentSubject(segs, segs[idx]!.parent!, done, false);
      if (up) return up;
    }
    return pick;
  }
  const s = segs[idx]!;
  return s.parent !== null ? segmentSubject(segs, s.parent, done, false) : null;
}


/**
 * "The highest number in one day this year so far stands at 592": the counts stated after a day's superlative over its
 * whole window are that day's figure, not the window's ("15,212 so far this year, and 1,195 on 31 May the highest day" keeps its window).
 */
function dayFigures(claims: Claim[], rank: Claim, window: Period): Claim[] {
  return claims.filter((x) => x !== rank && (x.type === 'count' || x.type === 'mean_per') && x.period && x.period.from === window.from && x.period.to === window.to && x.span[0] > rank.span[0] && x.measure?.family === rank.measure?.family);
}

/** A single day named after a superlative, inside its window. */
function dayNamed(a: Analysis, from: number, window: Period): TimeMention | undefined {
  return a.times.find((t) => t.start >= from && t.expr.kind === 'period' && t.expr.period.kind === 'day' && t.expr.period.from >= window.from && t.expr.period.to <= window.to);
}

/** The antecedent of a relative clause that ranks it: "the first year in which …", "the only month when …". */
function rankedAntecedent(a: Analysis, segs: Segment[], idx: number): string | null {
  const s = segs[idx]!;
  if (s.link !== 'relative' || s.parent === null) return null;
  const p = segs[s.parent]!;
  for (let k = Math.max(p.start, p.end - 5); k < p.end; k++) {
    const tail = a.tokens.slice(k + 2, p.end).map((t) => t.lower);
    if (lw(a, k - 1) === 'the' && /^(first|last|only|earliest|latest)$/.test(lw(a, k)) && /^(year|years|month|months|day|days|time|occasion|quarter)$/.test(lw(a, k + 1)) && tail.every((w) => /^(in|on|during|of|at)$/.test(w)) && /^(which|when|that|where)$/.test(lw(a, s.start))) return words(a, k - 1, s.start + 1);
  }
  return null;
}

const PLACE_DIMS = ['route', 'region', 'country', 'place', 'geo'];
/** The sentence names a place of its own: a place word that sets the scope, or a place, route or region among its qualifiers. */
const placeNamed = (a: Analysis, values: ValueMention[]): boolean =>
  a.scopes.length > 0 || values.some((v) => v.entry.kind === 'route' || v.entry.kind === 'region' || v.entry.kind === 'place') || a.values.some((v) => v.entry.kind === 'route' || v.entry.kind === 'region' || v.entry.kind === 'place');

function complete(a: Analysis, segs: Segment[], d: Draft, all: Draft[], done: Map<Draft, Resolved>, disc: Discourse, ctx: ReadContext, sentenceScope: Scope | null): Resolved {
  const seg = segs[d.seg]!;
  const notes: string[] = [];
  const parent = parentOf(segs, d);
  const parentSubject = d.baselineOf ? (done.get(d.baselineOf) ?? null) : parent ? segmentSubject(segs, parent.idx, done, parent.last) : null;
  // Words that refer back: a pronoun opening the sentence ("This is 25% higher", "It then fell"), a noun phrase anywhere ("the figure", "such crossings"),
  // or "which" right after a figure of the sentence; a relative "that" or "which" after a noun refers to that noun, never to the sentence before.
  // (A segment that is only a heading time, "In November,", does not come first.)
  const onlyTime = (x: Segment) => a.tokens.slice(x.start, x.end).every((t) => a.times.some((m) => t.i >= m.start && t.i < m.end) || /^(ADP|PUNCT)$/.test(t.pos));
  const firstSeg = segs.findIndex((x) => x.link !== 'attribution' && !onlyTime(x));
  // (… or right after a heading time: "In November, this was also the busiest route".)
  const afterHeading = (i: number) => a.times.some((t) => t.start <= 1 && a.tokens[t.end]?.text === ',' && i === t.end + 1);
  const anaphora = (r: { start: number; phrase: string }) => r.phrase.includes(' ') || (d.seg === firstSeg && (r.start <= seg.start + 1 || afterHeading(r.start))) || (r.phrase === 'which' && seg.link === 'relative');
  const refs = [...d.references, ...within(a.references, seg.start, Math.min(seg.end, d.anchor[1] + 1)).filter((r) => (r.start <= d.anchor[0] || d.type === 'share') && anaphora(r))];
  // "Of these, 40,376 were main applicants and 12,363 were dependants": each count is a part of the whole said before.
  const opener = wholeOpener(a);
  const ofWhole = opener >= 0 && (d.type === 'count' || d.type === 'share') && d.anchor[0] > opener;
  let refersBack = refs.length > 0 && !d.measureWords.length;
  const bindings: Binding[] = [];
  const bindWords = (role: Binding['role'], from: number, to: number) => {
    for (let i = from; i < to; i++) if (!d.bound.has(i)) d.bound.set(i, role);
  };

  // ── measure ──
  // The words of a change's own baseline say what it is compared with, not what changed ("29% fewer than … (44,441 people in 1,000 boats)").
  const inOwnBaseline = (m: { start: number; end: number }) => Boolean(d.baselineRange && m.start >= d.baselineRange[0] && m.end <= d.baselineRange[1]);
  let measureWords = d.measureWords.length ? d.measureWords : within(a.measures, seg.start, seg.end).filter((m) => !isInBaseline(all, d, m.start) && !inOwnBaseline(m));
  if (!measureWords.length && parent && !parentSubject) measureWords = within(a.measures, parent.seg.start, parent.seg.end);
  // (… whose "main applicants" name a part of that whole, not another measure.)
  if (ofWhole) {
    measureWords = measureWords.filter((m) => !a.values.some((v) => v.start <= m.start && v.end >= m.end));
    if (!measureWords.length) {
      refersBack = true;
      bindWords('reference', 0, opener + 1);
    }
  }
  // "The highest daily total … was on 31 May, when 1,195 people crossed": what is ranked is named in the clause of the day.
  if (!measureWords.length && d.type === 'rank') {
    const when = segs.find((x) => x.parent === d.seg && x.link === 'relative' && lw(a, x.start) === 'when');
    if (when) measureWords = within(a.measures, when.start, when.end);
  }
  if (d.type === 'mean_per') measureWords = measureWords.filter((m) => m.value.family !== 'small_boats');
  // "the number of small boats detected crossing the Channel": the boats are what is counted, whatever the verb.
  const boatsCounted = measureWords.find((m) => m.value.family === 'small_boats' && lw(a, m.start - 1) === 'of' && /^(number|total|count)$/.test(lw(a, m.start - 2)));
  if (boatsCounted && d.type !== 'mean_per') measureWords = [boatsCounted];
  // "656 people arrived in 11 small boats": the boats that head a number are what it counts, whatever the verb.
  const headBoats = d.type === 'count' && d.quantity ? measureWords.find((m) => m.value.family === 'small_boats' && m.start === d.quantity!.end) : undefined;
  if (headBoats) {
    measureWords = [headBoats];
    d.vehicle = all.some((o) => o !== d && o.seg === d.seg && o.type === 'count' && o.anchor[0] < d.anchor[0]);
  }
  // "206 migrants crossed in three boats": people who came in boats are the small-boat arrivals.
  const scope = scopeOf(a, seg.start, seg.end) ?? (parent ? scopeOf(a, parent.seg.start, parent.seg.end) : null) ?? sentenceScope ?? eventScope(a) ?? disc.scope ?? (ctx.speaker && UK_BORDER_ROLES.test(ctx.speaker) ? 'uk' : null) ?? homeOfficeTerms(a, seg);
  const peopleCounted = d.quantity !== null && /^(people|persons|migrants|refugees|individuals|men|women|children|asylum)$/.test(a.tokens[d.quantity.end]?.lower ?? '');
  let { choice, generic } = chooseFamily(measureWords, scope, within(a.values, seg.start, seg.end).filter((v) => !(d.rank?.afterValues ?? []).includes(v)), peopleCounted);
  // "7,349 people made asylum claims …, having made a … crossing of the Channel by small boat": the asylum claims of small-boat arrivals.
  // (In the clause, or in what follows it up to the next figure: "…, having made a crossing … by small boat".)
  const nextFigure = d.quantity ? (a.quantities.find((o) => o.start >= d.quantity!.end)?.start ?? a.tokens.length) : seg.end;
  const boatWords = within(a.measures, seg.start, Math.max(seg.end, nextFigure)).some((m) => m.value.family === 'small_boats' || m.value.family === 'small_boat_arrivals') || a.tokens.slice(seg.start, Math.max(seg.end, nextFigure)).some((t) => /^(boat|boats|dinghy|dinghies)$/.test(t.lower));
  // (A claim for asylum, not people described as asylum seekers: "20,000 asylum-seekers have crossed" are arrivals.)
  const asylumWord = measureWords.some((m) => m.value.family === 'asylum' && !PEOPLE_NOUNS.has(m.phrase.toLowerCase()) && !/^asylum[- ]?seekers?$/i.test(m.phrase));
  if (d.type === 'count' && boatWords && asylumWord && (choice?.family.id === 'uk_asylum' || choice?.family.id === 'small_boat_arrivals' || (!choice && generic && /asylum|appli|claim/i.test(generic)))) {
    const raised = ctx.vocab.valuesOf('uk.small_boats.asylum_claims', 'asylum_application').filter((v) => /raised/.test(v) && !/^No/.test(v));
    choice = { family: FAMILIES.find((f) => f.id === 'uk_small_boat_asylum')!, word: choice?.word ?? null, implies: { asylum_application: raised } };
    generic = null;
  }
  // A baseline that restates the measure loosely ("higher than the number of returns …") means the subject's measure.
  const baseOf = d.baselineOf ? done.get(d.baselineOf) : undefined;
  if (choice && baseOf?.measure && choice.family.id === baseOf.measure.family && !Object.keys(choice.implies).length) {
    choice = null;
    generic = null;
  }
  let inherited: Record<string, string[]> = {};
  let base: Resolved | null = null;
  // A clause that names no measure but hangs on one that names it unread inherits that reading's reason.
  if (!parentSubject?.measure && !choice && !generic && parentSubject?.generic) generic = parentSubject.generic;
  if (!parentSubject?.measure && !choice && d.type === 'mean_per' && d.per === 'small_boats') {
    choice = { family: FAMILIES.find((f) => f.id === 'small_boat_arrivals')!, word: null, implies: {} };
    generic = null;
  }
  // B: "the second most used route into the EU", "the busiest way into Europe": a route ranked by its crossings.
  if (!parentSubject?.measure && !choice && d.type === 'rank' && typeof d.rank?.over === 'object' && d.rank.over.dim === 'route') {
    ({ choice, generic } = chooseFamily([{ start: d.anchor[0], end: d.anchor[0], phrase: 'route', value: { family: 'arrivals', form: 'noun' } }], scope, within(a.values, seg.start, seg.end)));
  }
  // "…, about 60 percent of whom drowned": a measure word that names the share's part (drowning) narrows the part, not the whole.
  let partImplies: Record<string, string[]> = {};
  const w0 = choice?.word;
  const inPart = w0 && (d.partMeasures?.includes(w0) || d.partValues?.some((v) => w0.start >= v.start && w0.end <= v.end));
  if (d.type === 'share' && inPart && Object.keys(choice!.implies).length) {
    if (!d.partValues?.some((v) => w0.start >= v.start && w0.end <= v.end)) partImplies = choice!.implies;
    choice = { ...choice!, implies: {} };
  }
  if (choice?.word) bindWords('measure', choice.word.start, choice.word.end);
  // "1,295 arrived in 27 boats": the boats that made the arrivals small-boat ones are the measure's words too.
  const byBoat = choice?.family.id === 'small_boat_arrivals' && choice.word?.value.family === 'arrivals' ? measureWords.find((m) => m.value.family === 'small_boats' && m.start > (choice!.word?.end ?? 0)) : undefined;
  if (byBoat && !all.some((o) => o !== d && o.bound.has(byBoat.start))) bindWords('measure', byBoat.start, byBoat.end);
  // "…, and the average wait for a first decision halved": a clause with a subject of its own that is no measure held.
  const ownSubject = !choice && !generic && seg.link === 'coord' ? subjectOfItsOwn(a, seg.start, d.anchor[0]) : null;
  if (!choice && !generic && !ownSubject) {
    // The clause names no measure: its parent's, or the sentence before's where the words refer back.
    if (parentSubject?.measure) base = parentSubject;
    else if (d.subject === 'antecedent' && parentSubject) base = parentSubject;
  }
  let measure: Measure | null = null;
  let topicUsed = false;
  if (base?.measure) {
    measure = base.measure;
  } else if (!choice && !generic && (refersBack || d.subject === 'topic' || d.wholeFromPrevious || partsOfTopic(d, disc)) && disc.topic) {
    measure = disc.topic.measure;
    topicUsed = true;
    for (const r of refs) bindWords('reference', r.start, r.end);
    notes.push(refs.length ? `"${refs.map((r) => words(a, r.start, r.end)).join('", "')}" read as the sentence before's ${disc.topic.measure.label}` : `read as continuing the sentence before's ${disc.topic.measure.label}`);
  } else if (!choice && !generic && ctx.speaker && UK_BORDER_ROLES.test(ctx.speaker) && (refs.length || /\b(numbers?|figures?|crossings|arrivals)\b/i.test(a.sentence))) {
    choice = chooseFamily([], 'uk').choice ?? { family: FAMILIES.find((f) => f.id === 'small_boat_arrivals')!, word: null, implies: {} };
    for (const r of refs) bindWords('reference', r.start, r.end);
    notes.push(`the sentence names no measure; read as Channel small-boat arrivals, the figures the speaker's role (${ctx.speaker}) answers for`);
  } else if (!choice && !generic && !measure && FRONTEX_DATA.test(a.sentence)) {
    // "Frontex preliminary data for 2019 show an overall drop of 6%": the agency's data are its detections.
    choice = { family: FAMILIES.find((f) => f.id === 'frontex')!, word: null, implies: {} };
    notes.push('the sentence names no measure; read as detections of illegal border crossings, the data Frontex publishes');
  }
  if (measure) {
    inherited = { ...measure.filters };
  }
  const dependent = seg.link === 'relative' || seg.link === 'with' || seg.link === 'change' || seg.link === 'example' || seg.link === 'coord';
  const parentValues: ValueMention[] = [];
  if (dependent && parent) {
    // "…, which saw a 78% drop", "…, with nearly 47,000 crossings", "…, making it the second …": the parent clause's subject and its qualifiers.
    if (parentSubject?.measure && !measure && seg.link !== 'coord') inherited = { ...parentSubject.measure.filters, ...inherited };
    const taken = new Set<number>();
    for (const o of all) if (o.seg === parent.idx) for (const [i, role] of o.bound) if (role === 'rank' || role === 'part' || role === 'baseline') taken.add(i);
    for (const v of within(a.values, parent.seg.start, parent.seg.end)) if (!taken.has(v.start)) parentValues.push(v);
  }

  // ── filters ──
  // Values a sibling claim of the clause took as its own (list items: "Asia (2,778), Africa (2,242)") are not this claim's.
  // (A count inside a share's whole restates that whole: "nearly half of the 1,457 deaths recorded throughout the Americas".)
  const inWholeOf = (o: Draft) => o.type === 'share' && o.wholeRange !== undefined && d.type === 'count' && d.quantity !== null && d.quantity.start >= o.wholeRange[0] && d.quantity.end <= o.wholeRange[1];
  const siblingsBound = new Set<number>();
  for (const o of all) if (o !== d && o.seg === d.seg) for (const v of [...(inWholeOf(o) ? [] : o.values), ...(o.restatesCount ? [] : (o.partValues ?? []))]) for (let i = v.start; i < v.end; i++) siblingsBound.add(i);
  // ("After Turkey, Colombia, Uganda and Pakistan, Germany was the largest host country, with 1.3 million": the countries ranked above are no filter of the figure.)
  const rankedAbove = all.filter((o) => o !== d && o.seg === d.seg && o.rank).flatMap((o) => o.rank!.afterValues);
  const partOrRank = new Set<ValueMention>([...(d.partValues ?? []), ...(d.rank?.afterValues ?? []), ...rankedAbove, ...(d.baselineValues && d.type !== 'count' ? d.baselineValues : [])]);
  const clauseValues = () => within(a.values, seg.start, seg.end).filter((v) => !partOrRank.has(v) && !isInBaseline(all, d, v.start) && !siblingsBound.has(v.start) && !(d.baselineOf === undefined && all.some((o) => o !== d && o.values.includes(v) && !inWholeOf(o))));
  // A list ("Turkey … at 3.7 million, followed by Colombia at 1.7 million, Pakistan and Uganda at 1.4 million each"): a figure with no value of
  // its own does not take the values named after it, where the other figures of the clause have values of that kind of their own.
  const listRoles = new Set(all.filter((o) => o !== d && o.seg === d.seg && o.type === 'count' && o.values.length).flatMap((o) => o.values.map(roleOf)));
  const laterListItem = (v: ValueMention) => d.type === 'count' && !d.values.length && d.quantity !== null && v.start >= d.quantity.end && listRoles.has(roleOf(v));
  const candidates = d.values.length || d.baselineOf || d.type === 'share'
    ? // "69,000 Syrian migrants crossed … via the Eastern Mediterranean route": the figure's own qualifier, and the clause's of other kinds.
      d.type === 'count' && d.values.length && !d.baselineOf ? [...d.values, ...clauseValues().filter((v) => !d.values.includes(v) && !d.values.some((o) => roleOf(o) === roleOf(v)))] : d.values
    : clauseValues().filter((v) => !laterListItem(v));
  // A place word that also sets the scope ("the Channel" for small-boat arrivals) is not a filter of a family of that scope.
  const fam0 = choice?.family ?? (measure ? FAMILIES.find((f) => f.id === measure!.family) : undefined);
  // (… and where the crossing sets off from, when the family says it: "crossed from France in small boats".)
  const ownWord = (v: ValueMention) => fam0 !== undefined && a.tokens.slice(v.start, v.end).every((t) => fam0.harmless.includes(t.lower) || t.pos === 'DET' || t.pos === 'ADP') && (!v.entry.targets.some((t) => fam0.sources.some((s) => s.metric === t.metric)) || departure(a, v));
  const group = (k: string) => (k === 'route' || k === 'region' || k === 'place' ? 'place' : k);
  const values = [...candidates, ...parentValues.filter((p) => !candidates.some((c) => group(c.entry.kind) === group(p.entry.kind)))].filter((v) => !ownWord(v)).filter((v) => !(a.scopes.some((sc) => v.start >= sc.start && v.end <= sc.end) && (((v.entry.kind === 'nationality' || v.entry.kind === 'place') && v.entry.form === 'name') || (fam0 !== undefined && !v.entry.targets.some((t) => fam0.sources.some((s) => s.metric === t.metric))))));
  // "Of these, 40,376 were main applicants and 12,363 were dependants": each figure's part is what follows it, up to the next figure.
  if (ofWhole && d.type === 'count' && d.quantity) {
    const q = d.quantity;
    // (A bracket right after the figure restates it: "11,241 (35%) were Albanian nationals".)
    const restated = (o: QuantityMention) => o.start === q.end + 1 && lw(a, q.end) === '(';
    const next = a.quantities.filter((o) => o.start >= q.end && !restated(o)).map((o) => o.start).sort((x, y) => x - y)[0] ?? a.tokens.length;
    for (let k = values.length - 1; k >= 0; k--) if (values[k]!.start < q.end || values[k]!.start >= next) values.splice(k, 1);
    for (const v of within(a.values, q.end, next)) if (!values.includes(v)) values.push(v);
  }
  // "excluding dependants", "not including children": the other values of that dimension.
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    const ex = lw(a, v.start - 1) === 'excluding' || lw(a, v.start - 1) === 'excl' || (lw(a, v.start - 1) === 'including' && lw(a, v.start - 2) === 'not');
    if (!ex) continue;
    const targets = v.entry.targets.map((t) => ({ ...t, values: ctx.vocab.valuesOf(t.metric, t.dim).filter((x) => !t.values.includes(x)) })).filter((t) => t.values.length);
    if (!targets.length) continue;
    values[k] = { ...v, entry: { ...v.entry, label: `not ${v.entry.label}`, targets } };
    bindWords('filter', lw(a, v.start - 1) === 'including' ? v.start - 2 : v.start - 1, v.start);
  }
  // "this route": the route of the sentence before.
  // A place said before ("this route", "these crossings") qualifies the whole clause, wherever it stands.
  const placeRef = refs.find((r) => r.value === 'place') ?? within(a.references, seg.start, seg.end).find((r) => r.value === 'place');
  if (placeRef && disc.topic && !values.some((v) => v.entry.kind === 'route')) {
    inherited = { ...inherited, ...pickDims(disc.topic.measure.filters, ['route']) };
    if (!measure && !choice) {
      measure = disc.topic.measure;
      topicUsed = true;
    }
    bindWords('reference', placeRef.start, placeRef.end);
    notes.push(`"${words(a, placeRef.start, placeRef.end)}" read as the sentence before's ${Object.values(pickDims(disc.topic.measure.filters, ['route'])).flat().join(', ') || 'route'}`);
  }
  let unread: string | undefined;
  // "this border" with no route read before it: the place is not known.
  const placeUnknown = placeRef && !values.some((v) => v.entry.kind === 'route') && !(disc.topic && pickDims(disc.topic.measure.filters, ['route']).route);
  if (placeUnknown) unread = `"${words(a, placeRef.start, placeRef.end)}" refers to a place said before, which is not read`;
  let partFilters: Record<string, string[]> = {};
  let partLabel = '';
  let sharePart: ValueEntry[] | undefined;
  if (choice) {
    // The share's part can switch the family: small-boat arrivals who claimed asylum are counted in Irr_D02.
    if (d.type === 'share') choice = shareFamily(choice, d, measureWords);
    const r = applyFilters(choice.family, values, choice.implies, inherited, ctx.vocab);
    measure = measureOf(choice, r.metric, r.filters, values.map((v) => v.entry.label));
    // "Returns came in at just under 40,000": returns of no kind named are the Home Office's enforced and voluntary
    // returns, or every return, port returns included (both are published as "returns").
    if (choice.family.id === 'uk_returns' && !choice.implies.return_type_group && !inherited.return_type_group && sameValues(r.filters.return_type_group, RETURNS_GROUPS)) {
      const everyKind = { ...measure, filters: { ...measure.filters, return_type_group: [...RETURNS_GROUPS, PORT_RETURNS] }, label: `${measure.label} (of every kind, port returns included)` };
      measure = { ...measure, alternatives: [...(measure.alternatives ?? []), everyKind] };
    }
    // "Turkey hosts 3.9 million refugees", "Colombia at 1.7 million": UNHCR's mandate refugees, or (as its host tables and much reporting
    // count them) with asylum-seekers and others in need of international protection (Venezuelans displaced abroad).
    if (choice.family.id === 'refugees' && r.metric === 'unhcr.refugees' && !a.tokens.some((t) => /^(mandate|strict|strictly)$/.test(t.lower))) {
      const oip = { ...measure, metric: 'unhcr.refugees_and_oip', label: `${measure.label.replace("refugees under UNHCR's mandate", 'refugees and others in need of protection (UNHCR)')}` };
      const broad = { ...measure, metric: 'unhcr.refugees_and_asylum_seekers', label: `${measure.label.replace("refugees under UNHCR's mandate", 'refugees, asylum-seekers and others in need of protection (UNHCR)')}` };
      measure = { ...measure, alternatives: [...(measure.alternatives ?? []), oip, broad] };
    }
    if (r.unheld.length) unread = unheldWhy(choice.family.label, a, r.unheld);
    for (const v of values) bindWords('filter', v.start, v.end);
  } else if (measure && values.length) {
    const fam = FAMILIES.find((f) => f.id === measure!.family)!;
    const r = applyFilters(fam, values, {}, measure.filters, ctx.vocab);
    measure = { ...measure, metric: r.metric, filters: r.filters, label: `${measure.label}${values.length ? ` (${values.map((v) => v.entry.label).join('; ')})` : ''}` };
    if (r.unheld.length) unread = unheldWhy(fam.label, a, r.unheld);
    for (const v of values) bindWords('filter', v.start, v.end);
  } else if (measure && Object.keys(inherited).length) {
    measure = { ...measure, filters: { ...measure.filters, ...inherited } };
  }
  if (d.type === 'share' && measure) {
    const fam = FAMILIES.find((f) => f.id === measure!.family)!;
    const parts = (d.partValues ?? []).filter((v) => !((v.entry.kind === 'nationality' || v.entry.kind === 'place') && v.entry.form === 'name' && a.scopes.some((sc) => v.start >= sc.start && v.end <= sc.end)));
    // "They also made up nearly half of those detected": a pronoun for the part of the share before.
    const pronoun = refs.find((r) => PART_PRONOUNS.has(r.phrase) && r.start < d.anchor[0]);
    if (!parts.length && !Object.keys(partImplies).length && pronoun && disc.lastPart?.family === measure.family) {
      const carried = disc.lastPart.entries;
      parts.push(...carried.map((entry) => ({ start: pronoun.start, end: pronoun.start + 1, entry })));
      notes.push(`"${words(a, pronoun.start, pronoun.start + 1)}" read as ${carried.map((e) => e.label).join(', ')}, the part of the share before`);
      bindWords('reference', pronoun.start, pronoun.start + 1);
    }
    // The source that holds both the whole's qualifiers and the part's (Irr_D01 for "male" small-boat arrivals).
    const both = applyFilters(fam, [...values, ...parts], {}, inherited, ctx.vocab);
    if (both.metric !== measure.metric && !both.unheld.length) {
      const whole = applyFilters(fam, values, choice?.implies ?? {}, inherited, ctx.vocab, both.metric);
      measure = { ...measure, metric: both.metric, filters: whole.filters };
    }
    sharePart = parts.map((p) => p.entry);
    for (const p of parts) {
      // (Through targetFor: "filed in Germany" is the country of application, not German citizens.)
      const t = targetFor(p, measure!.metric);
      if (t) partFilters[t.dim] = [...(partFilters[t.dim] ?? []), ...t.values];
      else unread ??= `the data held do not break ${fam.label} down by ${p.entry.kind} ("${words(a, p.start, p.end)}")`;
      bindWords('part', p.start, p.end);
    }
    for (const [dim, vs] of Object.entries(partImplies)) partFilters[dim] = [...(partFilters[dim] ?? []), ...vs];
    partLabel = [...parts.map((p) => p.entry.label), ...Object.values(partImplies).flat()].join(', ');
    if (measure.family === 'uk_small_boat_asylum' && !Object.keys(partFilters).length) {
      partFilters = { asylum_application: ctx.vocab.valuesOf('uk.small_boats.asylum_claims', 'asylum_application').filter((v) => /raised/.test(v) && !/^No/.test(v)) };
      partLabel = 'claimed asylum';
    }
    // "Iranians (13%)": the part is a value of the whole's own dimension.
    for (const dim of Object.keys(partFilters)) if (measure.filters[dim] && !d.partValues?.length) delete measure.filters[dim];
  }
  // "In November, this was also the busiest migratory route": the route ranked is the one the sentence before was about.
  const over = d.rank?.over;
  if (d.type === 'rank' && measure && typeof over === 'object' && !measure.filters[over.dim] && refs.some((r) => /^(this|it)$/.test(r.phrase)) && disc.topic?.measure.family === measure.family) {
    const held = disc.topic.measure.filters[over.dim];
    if (held?.length === 1) {
      measure = { ...measure, filters: { ...measure.filters, [over.dim]: held } };
      notes.push(`"${refs.find((r) => /^(this|it)$/.test(r.phrase))!.phrase}" read as ${held[0]}, the ${over.dim} of the sentence before`);
    }
  }
  // "Deaths of migrants at sea in Europe": IOM's region Europe is the land; the crossings to it are its region Mediterranean. Both are read.
  if (measure && measure.family === 'deaths' && measure.filters.region?.includes('Europe') && !measure.filters.region.includes('Mediterranean')) {
    const both = { ...measure, filters: { ...measure.filters, region: [...measure.filters.region, 'Mediterranean'] }, label: `${measure.label} (with the Mediterranean crossings to Europe)` };
    measure = { ...measure, alternatives: [...(measure.alternatives ?? []), both] };
  }
  // "Over 5,000 died in the Mediterranean in 2016. … the number of deaths recorded up to 21 December stood at 4,913": a sentence
  // that names no place may go on with the place of the sentence before; both readings are judged.
  if (measure && !topicUsed && disc.topic && disc.topic.measure.family === measure.family && !placeNamed(a, values)) {
    const carried = pickDims(disc.topic.measure.filters, PLACE_DIMS);
    if (Object.keys(carried).length && !PLACE_DIMS.some((k) => measure!.filters[k])) {
      measure = { ...measure, alternatives: [...(measure.alternatives ?? []), { ...measure, alternatives: [], filters: { ...measure.filters, ...carried }, label: `${measure.label} (${Object.values(carried).flat().join(', ')}, as in the sentence before)` }] };
    }
  }
  if (!measure && !unread) {
    if (generic) unread = `"${generic}" does not say whose figures: ${/asylum|appli/i.test(generic) ? "the UK's asylum applications (Home Office) or the EU's (Eurostat)" : "the UK's small-boat arrivals, or detections at the EU's external borders"}`;
  }

  // ── period ──
  let period: Period | null = null;
  const surpassing = a.tokens.some((x) => SURPASSING.test(x.lower));
  // "… the same period last year" with no clause above it: the period the sentence named before it.
  const relative = (t: TimeMention | null | undefined) => t?.expr.kind === 'same_window' || t?.expr.kind === 'previous' || t?.expr.kind === 'yoy';
  const earlier = [...done.values()].filter((r) => r.period && r.ownPeriod && r.draft.anchor[0] < d.anchor[0] && r.period.kind !== 'since' && !relative(r.draft.time)).at(-1)?.period ?? null;
  const resolveOwn = (t: TimeMention | null): Period | null => (t ? periodOf(t, ctx.date, disc, parentSubject?.period ?? earlier, notes, surpassing) : null);
  const baseParent = d.baselineOf ? done.get(d.baselineOf) : undefined;
  if (d.time && baseParent?.period && d.type === 'count' && d.baselineOf?.type !== 'share') {
    // "down 29% on the 32,855 in 2022", after a window of 2024: that window in 2022, or all of 2022.
    period = withAlternatives(baselinePeriods(d.time, baseParent.period, ctx.date, notes));
  }
  period ??= resolveOwn(d.time);
  if (d.time) bindWords('period', d.time.start, d.time.end);
  // "…, when the average for the year was seven": the time the clause before ended with.
  if (!period && seg.link === 'relative' && parent && /^(when|where)$/.test(a.tokens[seg.start]?.lower ?? '')) {
    const t = [...within(a.times, parent.seg.start, parent.seg.end)].reverse().find((x) => x.expr.kind === 'period' || x.expr.kind === 'since');
    if (t) period = t.expr.kind === 'since' ? yearPeriod(t.expr.year) : resolveOwn(t);
  }
  if (d.asOf && period) {
    const end = resolveOwn(d.asOf);
    if (end) {
      period = { ...period, to: end.to, open: false, reading: `${period.reading.split(' = ')[0]}, to ${describeRange(end.to, end.to)} = ${describeRange(period.from, end.to)}` };
      bindWords('period', d.asOf.start, d.asOf.end);
    }
  }
  // "… fell by 16,318 last year, from 45,755 in 2022 to 29,437": the level reached is of the change's own period.
  if (!period && d.levelReached && d.quantity) {
    const change = all.find((o) => o.type === 'change' && o.seg === d.seg && o.anchor[1] <= d.quantity!.start);
    const cp = change ? done.get(change) : undefined;
    if (cp?.claim?.type === 'change' && cp.claim.period && !cp.claim.unread) period = cp.claim.period;
  }
  // A share in the present tense with no period of its own is read over the latest figures, not the clause before's period.
  const presentShare = d.type === 'share' && !d.time && presentTense(a, seg);
  if (presentShare) d.present = true;
  if (!period && !presentShare && d.baselineOf && d.baselineOf.type !== 'share') {
    const parentR = done.get(d.baselineOf);
    const bt = d.baselineOf.baselineTimes?.[0];
    if (parentR?.period && bt) period = baselinePeriods(bt, parentR.period, ctx.date, notes)[0] ?? null;
  }
  if (!period && !presentShare && (d.type === 'share' && d.wholeFromPrevious && d.baselineOf)) period = done.get(d.baselineOf)?.period ?? null;
  if (!period && !presentShare && parentSubject?.period && (parent || d.baselineOf)) period = parentSubject.period;
  if (!period && !presentShare && parent && !parentSubject) {
    // The clause it hangs on, or that clause's own parent ("In 2024, this was largely due to …, with nearly 600 deaths …").
    for (let p: Segment | null = parent.seg, k = 0; p && !period && k < 4; p = p.parent !== null ? segs[p.parent]! : null, k++) {
      const t = within(a.times, p.start, p.end).find((x) => x.expr.kind === 'period' || x.expr.kind === 'since');
      if (t) {
        period = resolveOwn(t);
        bindWords('period', t.start, t.end);
      }
    }
  }
  if (!period && !presentShare && topicUsed && disc.topic?.period) period = disc.topic.period;
  if (!period && !presentShare && (refersBack || placeRef) && disc.topic?.period && !topicUsed) period = disc.topic.period;
  // A sentence that names no time at all continues the period of the sentences before ("In 2024, … . Syrians were …");
  // one that names a time the reader could not place (a weekday of a statement, "the past three days") does not.
  const ownTimes = a.times.filter((t) => !all.some((o) => o.bound.has(t.start)));
  if (!period && !presentShare && disc.sentences > 0 && disc.lastPeriod && !ownTimes.length && d.type !== 'streak' && !d.baselineTimes?.some((t) => t.expr.kind === 'since') && !d.after) {
    period = disc.lastPeriod;
    notes.push(`no period in the sentence: read as ${disc.lastPeriod.reading}, the period of the sentences before`);
  }
  // "Turkey hosts 3.6 million refugees", "… continues to be the top refugee-hosting country": a stock in the present tense,
  // with no time of its own, is read at the latest end-year figures published when the claim was made.
  const presentStock = !period && !presentShare && !d.time && measure !== null && (d.type === 'count' || d.type === 'rank') && getMetric(measure.metric).kind === 'stock' && presentTense(a, seg);
  if (presentStock) d.present = true;
  for (const c of within(a.compositions, seg.start, seg.end)) notes.push(c.kind === 'who' ? `"${words(a, c.start, c.end)}" says who they were; the total is checked, not that breakdown` : `"${words(a, c.start, c.end)}" describes the route`);
  const claimBase = {
    sentence: a.sentence,
    text: a.sentence,
    span: [a.offset, a.offset + a.sentence.length] as [number, number],
    measure,
    period,
    bindings,
    notes,
  };
  const meanOf = (r: Resolved | null | undefined): string | undefined => {
    for (let x = r, k = 0; x && k < 6; x = x.from, k++) if (x.draft.type === 'mean_per' || x.draft.per) return x.draft.per;
    return undefined;
  };
  const inheritedPer = parentSubject && (parent || d.baselineOf) && !d.measureWords.some((m) => m.value.form === 'noun') ? meanOf(parentSubject) : undefined;
  if (d.type === 'count' && inheritedPer) {
    d.type = 'mean_per';
    d.per = inheritedPer;
  }
  if ((d.type === 'rank' || d.type === 'streak') && inheritedPer) d.per = inheritedPer;
  if ((d.type === 'streak' || d.type === 'mean_per') && topicUsed && disc.topic?.per) d.per = disc.topic.per;
  const q: Quantity | null = d.quantity ? quantityOf(d.quantity, a.tokens, a.offset) : null;
  const claim = build(d, claimBase, q, a, ctx, disc, seg, notes, partFilters, partLabel);
  // The pair "N applications relating to M people" fixes each figure's reading, for these claims only.
  if (claim?.type === 'count' && claim.measure && d.quantity) claim.measure = pairedReading(a, d.quantity, claim.measure, ctx.vocab);
  if (claim && presentStock) claim.present = true;
  // A nationality read from a bare country name ("less than France (156,455)"), which may as well name the place.
  if (claim && measure && values.some((v) => v.entry.kind === 'nationality' && v.entry.form === 'name' && !v.context && /^(nationality|origin|citizen)$/.test(targetFor(v, measure!.metric)?.dim ?? ''))) claim.nationalityFromName = true;
  const ownPeriod = Boolean(d.time && period);
  if (!claim) return { draft: d, claim: null, measure, period, scope, ownPeriod };
  if (!measure && !choice && !generic && !parentSubject) {
    // Nothing counted is named: not a statistical claim, unless the clause names a thing the store does not hold, or counts people.
    const unheld = within(a.unheld, seg.start, seg.end);
    const people = d.quantity && /^(people|persons|migrants|refugees|individuals|asylum|men|women|children)$/.test(a.tokens[d.quantity.end]?.lower ?? '');
    // "It represents a 13 per cent increase": a change whose subject is only referred to is a claim not read, not no claim.
    const referred = (d.type === 'change' || d.type === 'share') && d.quantity !== null && refs.length > 0;
    // "The record for a single day … was 1,295": a record with its figure is a statistical claim, whatever it counts.
    const record = d.type === 'rank' ? d.quantity !== null || all.some((o) => o.type === 'count' && o.seg === d.seg) : d.type === 'count' && all.some((o) => o.type === 'rank' && o.seg === d.seg);
    if (!unheld.length && !people && !referred && !record) return { draft: d, claim: null, measure, period, scope, ownPeriod };
  }
  if (!unread && !measure && refs.length && !disc.topic) unread = `"${refs.map((r) => words(a, r.start, r.end)).join('", "')}" refers to something said before, which the text does not give`;
  if (!unread && !measure && ofWhole && !disc.topic) unread = `"${words(a, 0, opener)}" refers to something said before, which the text does not give`;
  if (!unread && !measure) unread = ownSubject ? `"${ownSubject}" is not a measure the data hold` : 'no measure in the catalogue matches what is counted here';
  unread ??= otherCounter(a, segs, d.seg);
  const definitional = claim.type === 'count' && claim.measure?.named === 'deportation';
  // A share stated in the present tense ("the majority of them are …") is read over the latest figures; in any other tense it needs a period.
  if (!unread && claim.type === 'share' && !claim.period && !a.tokens.slice(segs[d.seg]!.start, segs[d.seg]!.end).some((t) => /^(are|is|remain|remains|make|makes|represent|represents|account)$/.test(t.lower))) unread = 'the claim states no period, and none can be read from the sentence';
  if (!unread && !claim.period && !definitional && claim.type !== 'streak' && claim.type !== 'share' && !(claim.type === 'change' && (claim.baseline || d.after)) && !d.present) unread = 'the claim states no period, and none can be read from the sentence';
  if (unread) claim.unread = unread;
  if (claim.measure && placeless(a, claim.measure)) claim.placeless = true;
  for (const [i, role] of [...d.bound].sort((x, y) => x[0] - y[0])) {
    const last = bindings.at(-1);
    const t = a.tokens[i]!;
    if (last && last.role === role && last.span[1] >= a.offset + t.start - 1) {
      last.span[1] = a.offset + t.end;
      last.text = a.sentence.slice(last.span[0] - a.offset, last.span[1] - a.offset);
    } else bindings.push({ role, text: t.text, span: [a.offset + t.start, a.offset + t.end] });
  }
  claimWords(a, segs[d.seg]!, d, claim);
  return { draft: d, claim, measure, period, scope, ownPeriod, generic, from: base ?? (measure && !choice ? parentSubject : null), ...(sharePart?.length ? { part: sharePart } : {}) };
}

/**
 * The claim's own words: from its first bound word to its last, in its clause, leaving
 * out the times at either edge (the period is reported beside the words).
 */
function claimWords(a: Analysis, seg: Segment, d: Draft, claim: Claim): void {
  // The period is given beside the words: a time at either edge is left out, and so is the event a change is dated by ("… following the signing of … in December 2022").
  const after = d.after;
  const inTime = (i: number) => a.times.some((t) => i >= t.start && i < t.end) || (Boolean(after) && d.bound.get(i) === 'baseline');
  const idx = [...d.bound.keys()].filter((i) => i >= seg.start && i < seg.end).sort((x, y) => x - y);
  while (idx.length > 1 && inTime(idx[0]!)) idx.shift();
  while (idx.length > 1 && inTime(idx.at(-1)!)) idx.pop();
  let from = idx[0] ?? seg.start;
  let to = (idx.at(-1) ?? seg.end - 1) + 1;
  // The claim's own calendar period, when it closes the clause right after the words ("… came to the UK via small boats in 2023"), is part of what it says.
  const own = d.time && d.time.expr.kind === 'period' && /^(year|quarter|half|month)$/.test(d.time.expr.period.kind) ? d.time : null;
  if (own && own.start >= to && own.start - to <= 4 && own.end <= seg.end && !a.tokens.slice(to, own.start).some((x) => x.kind === 'punctuation') && !a.quantities.some((q) => q.numStart >= to && q.numStart < own.start)) to = own.end;
  // … and so is a date heading the sentence that the claim follows ("On 29 July, 752 migrants crossed").
  const head = d.time && d.time.start <= 1 && a.tokens[d.time.end]?.text === ',' && from - d.time.end <= 2 && d.time.start >= seg.start ? d.time : null;
  if (head) from = head.start;
  // Keep a trailing measure noun or the people counted ("13,574 migrants arrived").
  while (to < seg.end && !inTime(to) && to - (idx.at(-1) ?? to) <= 1 && /^(NOUN|PROPN)$/.test(a.tokens[to]!.pos) && !a.values.some((v) => v.start === to)) to++;
  // Words that only led into the time left out ("… compared to", "… in").
  while (to - 1 > from && (/^(ADP|DET|PART|CCONJ|PUNCT)$/.test(a.tokens[to - 1]!.pos) || /^(compared|against|than)$/.test(a.tokens[to - 1]!.lower)) && !d.bound.has(to - 1)) to--;
  while (from > seg.start && a.tokens[from - 1]!.pos === 'DET') from--;
  const s = a.tokens[from]!.start;
  const e = a.tokens[to - 1]!.end;
  claim.text = a.sentence.slice(s, e);
  claim.span = [a.offset + s, a.offset + e];
}

/** The clause's verb is in the present tense ("are", "is", "seek"). */
function presentTense(a: Analysis, seg: Segment): boolean {
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i]!;
    // (The tagger reads some present verbs of a stock as nouns: "Turkey hosts 3.7 million refugees".)
    if (/^(are|is|remain|remains|hosts|hosting|houses|shelters|accommodates|continues|stands|totals)$/.test(t.lower)) return true;
    if (/^(were|was|had|have|has|did|will|would)$/.test(t.lower)) return false;
    if (t.pos === 'VERB' && (t.lower === t.lemma || t.lower === `${t.lemma}s`) && !/^(to|will|would|did|could|should|may|might)$/.test(a.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

function pickDims(f: Record<string, string[]>, dims: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of dims) if (f[d]) out[d] = f[d]!;
  return out;
}

function isInBaseline(all: Draft[], d: Draft, i: number): boolean {
  return all.some((o) => o.seg === d.seg && o !== d && o.bound.get(i) === 'baseline_value') || (d.baselineTimes?.some((t) => i >= t.start && i < t.end) ?? false) || all.some((o) => o !== d && o.seg === d.seg && (o.baselineTimes?.length ?? 0) > 0 && o.bound.get(i) === 'baseline' && !d.baselineOf);
}

function shareFamily(choice: NonNullable<ReturnType<typeof chooseFamily>['choice']>, d: Draft, words: Draft['measureWords']): NonNullable<ReturnType<typeof chooseFamily>['choice']> {
  const asksAsylum = words.some((w) => w.value.family === 'asylum' && w.value.form === 'verb') || (d.partValues ?? []).some((v) => v.entry.kind === 'asylum_application');
  if (asksAsylum && (choice.family.id === 'small_boat_arrivals' || choice.family.id === 'uk_asylum')) return { ...choice, family: FAMILIES.find((f) => f.id === 'uk_small_boat_asylum')! };
  return choice;
}

/** A time's period; relative forms ("the previous year") against the sentence before's period. */
function periodOf(t: TimeMention, date: string, disc: Discourse, parent: Period | null, notes: string[], surpassing = false): Period | null {
  const e = t.expr;
  switch (e.kind) {
    case 'period': {
      const p = e.period;
      // "6,265 in 2024", said in April 2024: the year so far.
      if (p.kind === 'year' && yearOf(p.from) === yearOf(date)) {
        const last = addDays(date, -1);
        return { from: p.from, to: last, kind: 'to_date', open: true, reading: `${p.reading} so far = ${describeRange(p.from, last)} (the claim is dated ${date})` };
      }
      return p;
    }
    case 'since':
      return e.period;
    case 'previous': {
      const ref = parent ?? disc.lastPeriod;
      if (!ref) return null;
      const y = yearOf(ref.from) - 1;
      notes.push(`"the previous year" read against ${ref.reading}`);
      return ref.kind === 'year' ? yearPeriod(y, `the previous year = ${y}`) : shiftToYear(ref, y);
    }
    case 'day':
      return { from: e.date, to: e.date, kind: 'day', reading: `${describeRange(e.date, e.date)}, the latest such weekday before the claim` };
    case 'same_window': {
      const ref = parent ?? disc.lastPeriod;
      if (!ref) return null;
      return sameWindow(ref, e.year ?? yearOf(ref.from) - 1, surpassing);
    }
    default:
      return null;
  }
}

/** The baseline periods a time can mean against the claim's own period, the most natural first. */
export function baselinePeriods(t: TimeMention, subject: Period, date: string, notes: string[]): Period[] {
  const e = t.expr;
  const sy = yearOf(subject.from);
  const sub = subject.kind !== 'year' && subject.kind !== 'sum';
  switch (e.kind) {
    case 'period': {
      const p = e.period;
      // "down 29% on the 32,855 in 2022" after a window of 2024: the same window in 2022, or all of 2022.
      if (sub && p.kind === 'year' && !t.whole) return [shiftToYear(subject, yearOf(p.from)), p];
      return [p];
    }
    case 'same_window':
      return [shiftToYear(subject, e.year ?? sy - 1)];
    case 'previous':
    case 'yoy':
      return [subject.kind === 'year' ? yearPeriod(sy - 1) : shiftToYear(subject, sy - 1)];
    case 'since':
      return [yearPeriod(e.year, `${e.year}`)];
    default:
      void date;
      void notes;
      return [];
  }
}

function build(d: Draft, b: Omit<Claim, 'type' | 'quantity'>, q: Quantity | null, a: Analysis, ctx: ReadContext, disc: Discourse, seg: Segment, notes: string[], partFilters: Record<string, string[]>, partLabel: string): Claim | null {
  const base = { ...b, bindings: b.bindings, notes };
  switch (d.type) {
    case 'count':
      if (!q) return null;
      if (d.levelReached && base.period?.endpoints) base.period = yearPeriod(base.period.endpoints[1], `${base.period.endpoints[1]}, the later year of ${base.period.reading}: the level the change reached`);
      else if (d.levelFrom && base.period?.endpoints) base.period = yearPeriod(base.period.endpoints[0], `${base.period.endpoints[0]}, the earlier year of ${base.period.reading}: the level the change started from`);
      if (d.time && d.time.expr.kind === 'since' && base.period) base.period = { ...base.period, kind: 'since' };
      return { ...base, type: 'count', quantity: q };
    case 'mean_per':
      if (!q) return null;
      return { ...base, type: 'mean_per', per: d.per ?? 'small_boats', quantity: q };
    case 'ratio': {
      if (!q) return null;
      const per = resolveGeneric(d.per ?? 'arrivals', scopeOf(a, 0, a.tokens.length) ?? disc.scope);
      if (!per) return { ...base, type: 'ratio', per: 'small_boat_arrivals', quantity: q, unread: `"${d.per ?? 'arrivals'}" does not say whose figures the rate is per` };
      if (base.measure?.family === 'deaths' && per === 'small_boat_arrivals' && !base.measure.filters.route) {
        // Deaths for every arrival by small boat: the deaths on the route those arrivals took.
        base.measure = { ...base.measure, filters: { ...base.measure.filters, route: ['English Channel to the UK'] }, label: `${base.measure.label} (English Channel to the UK)` };
        notes.push('deaths per small-boat arrival read as the deaths on the Channel route');
      }
      return { ...base, type: 'ratio', per, quantity: q };
    }
    case 'share':
      if (!q) return null;
      return { ...base, type: 'share', part: partFilters, partLabel, quantity: q, negated: Boolean(d.negated) };
    case 'streak':
      if (d.endYear) base.period = yearPeriod(d.endYear);
      return { ...base, type: 'streak', n: d.streak?.n ?? null, since: d.streak?.since ?? null, direction: d.direction ?? 'up', ...(d.per ? { per: d.per } : {}) };
    case 'rank': {
      const r = d.rank!;
      const after = r.afterValues.flatMap((v) => v.entry.targets.filter((t) => t.metric === base.measure?.metric).flatMap((t) => t.values));
      const rank: Rank = { k: r.k, direction: r.direction, scope: r.scope, over: r.over, negated: r.negated, ...(after.length ? { after } : {}) };
      if (r.earlierOnly || /^(previous|former|earlier)$/.test(a.tokens[d.anchor[0] - 1]?.lower ?? '')) (rank as Rank & { earlierOnly?: boolean }).earlierOnly = true;
      const recordOf = a.tokens.some((t, k) => t.lower === 'record' && lw(a, k - 1) === 'a' && k >= d.anchor[0] - 1 && k <= d.anchor[1] && a.quantities.some((x) => x.start === k + 1));
      // … or said to be one then ("the highest on record at the time").
      const then = a.tokens.some((t, k) => k >= d.anchor[1] && k <= d.anchor[1] + 3 && (t.lower === 'then' || (t.lower === 'at' && lw(a, k + 1) === 'the' && lw(a, k + 2) === 'time')));
      if (recordOf || then) rank.ofEvent = true;
      if (d.overDefault && base.period) rank.over = defaultOver(base.period, r.scope);
      const dimOf = (v: ValueMention) => (base.measure ? targetFor(v, base.measure.metric)?.dim : undefined);
      const subjectValue = a.values.find((v) => v.end <= d.anchor[0] && v.start >= seg.start && dimOf(v));
      if (typeof rank.over === 'object' && rank.over.dim === 'group') rank.over = subjectValue ? { dim: dimOf(subjectValue)! } : 'year';
      if (typeof rank.over === 'object' && rank.over.dim === 'place') rank.over = subjectValue && DIM_KINDS[base.measure?.metric ?? '']?.[dimOf(subjectValue)!] === 'place' ? { dim: dimOf(subjectValue)! } : rank.over;
      // "Germany received the largest number of applications in 2023": a place or nationality that does something, ranked among the others of its kind,
      // unless the rank is scoped in time ("its highest", "on record", "ever", "since 2016", "for a decade").
      if (d.overDefault && subjectValue && isAgent(a, subjectValue, seg) && !timeScoped(a, d, subjectValue, seg)) rank.over = { dim: dimOf(subjectValue)! };
      // "Spain received the second highest number …, after Germany": ranked among the values of the subject's dimension.
      if (d.overDefault && r.afterValues.length && subjectValue && r.afterValues.every((v) => dimOf(v) === dimOf(subjectValue))) rank.over = { dim: dimOf(subjectValue)! };
      // "the most applications in the EU", "of all EU countries": among the member states, not the other countries that report to Eurostat.
      // ("Germany is the EU's largest host country": UNHCR's countries of asylum likewise.)
      if (typeof rank.over === 'object' && DIM_KINDS[base.measure?.metric ?? '']?.[rank.over.dim] === 'place' && a.scopes.some((x) => /^(the )?(eu|european union|bloc)$/.test(x.phrase.toLowerCase()))) rank.members = 'EU27';
      if (r.afterTimes?.length && typeof rank.over !== 'object') rank.afterYears = r.afterTimes.map((t) => (t.expr.kind === 'period' ? yearOf(t.expr.period.from) : 0)).filter(Boolean);
      if (typeof rank.over === 'object' && base.measure) {
        // The values ranked: the clause's subject ("Iranians (13%) and Turkish nationals (11%) were the next most common").
        const dim = rank.over.dim;
        // Ranked by a dimension the measure's first source does not hold: the family's source that does (arrivals by nationality).
        if (!ctx.vocab.valuesOf(base.measure.metric, dim).length) {
          const src = familyById(base.measure.family).sources.find((x) => ctx.vocab.valuesOf(x.metric, dim).length);
          if (src) base.measure = { ...base.measure, metric: src.metric, filters: { ...(src.fixed ?? {}), ...base.measure.filters } };
        }
        const seg = a.tokens.length ? d.seg : 0;
        void seg;
        const items = a.values.filter((v) => v.end <= d.anchor[0]).flatMap((v) => v.entry.targets.filter((t) => t.metric === base.measure!.metric && t.dim === dim).flatMap((t) => t.values));
        const own = base.measure.filters[dim];
        if (items.length > 1 || (!own && items.length)) {
          rank.items = [...new Set(items)];
          const { [dim]: _drop, ...rest } = base.measure.filters;
          void _drop;
          base.measure = { ...base.measure, filters: rest };
        }
      }
      // "the UK had 31,945 applicants, which although sixth highest in the EU, …": a rank among EU countries is not one of the UK's own years.
      const euWords = a.scopes.some((x) => x.value === 'eu' && x.start >= seg.start && x.end <= seg.end && x.start >= d.anchor[1]);
      if (euWords && base.measure && familyById(base.measure.family).scope === 'uk' && typeof rank.over !== 'object') {
        return { ...base, type: 'rank', rank, quantity: q, unread: `"${words(a, d.anchor[0], d.anchor[1])} … in the EU" ranks among EU countries, but the figures read are the UK's own` };
      }
      return { ...base, type: 'rank', rank, quantity: q, ...(d.per ? { per: d.per } : {}) };
    }
    case 'change': {
      if (d.inverted && d.quantity) notes.push(`"${words(a, d.quantity.start, d.quantity.end)}" is said of the baseline: read as the figure against it, ×${Math.round(d.quantity.value * 1000) / 1000}`);
      // "fell by 82% between 2013 and 2020": the later year against the earlier.
      if (base.period?.endpoints && !d.baselineTimes?.length) {
        const [y1, y2] = base.period.endpoints;
        return { ...base, period: yearPeriod(y2), type: 'change', quantity: q, direction: d.direction ?? 'up', baseline: yearPeriod(y1) };
      }
      let subject = base.period;
      let baseline: Period | null = null;
      // "This represents a decline of 41%", after a figure and the figure for the same period a year before: the first against the second.
      const back = within(a.references, seg.start, d.anchor[1] + 1)[0];
      if (!d.time && !d.baselineTimes?.length && disc.pair && back && subject === disc.topic?.period) {
        subject = disc.pair.subject;
        base.period = subject;
        baseline = disc.pair.baseline;
        notes.push(`"${words(a, back.start, back.end)}" read as the change from ${baseline.reading} to ${subject.reading}, the two figures before`);
      } else if (d.after && d.baselineTimes?.[0]) {
        // "increased following … in December 2022": twelve months after that date against the twelve before.
        const t = periodOf(d.baselineTimes[0], ctx.date, disc, null, notes);
        if (t) {
          const from = addDays(t.to, 1);
          base.period = { from, to: addDays(from, 364), kind: 'range', reading: `the twelve months after ${t.reading}` };
          baseline = { from: addDays(from, -365), to: addDays(from, -1), kind: 'range', reading: `the twelve months to the end of ${t.reading}` };
        }
      } else if (d.baselineTimes?.length && subject) {
        baseline = d.baselineAggregate === 'sum' ? sumPeriod(d.baselineTimes, ctx.date) : withAlternatives(baselinePeriods(d.baselineTimes[0]!, subject, ctx.date, notes));
      } else if (d.baselineTimes?.length && !subject) {
        const t = d.baselineTimes[0]!;
        if (t.expr.kind === 'since') {
          // "more than doubling since 2020": the latest complete year against that year.
          baseline = yearPeriod(t.expr.year);
          const y = yearOf(ctx.date) - 1;
          base.period = { ...yearPeriod(y, `${y}, the latest complete year before the claim (${ctx.date})`), open: true };
          notes.push(`"since ${t.expr.year}" read as ${y}, the latest complete year, against ${t.expr.year}`);
        } else if (t.expr.kind === 'yoy' || t.expr.kind === 'same_window') {
          const y = yearOf(ctx.date);
          const last = addDays(ctx.date, -1);
          base.period = { from: `${y}-01-01`, to: last, kind: 'to_date', open: true, reading: `no period stated; "${words(a, t.start, t.end)}" read as this year so far (${describeRange(`${y}-01-01`, last)}) against the same days a year earlier` };
          baseline = shiftToYear(base.period, y - 1);
        } else if (t.expr.kind === 'period') {
          baseline = t.expr.period;
          const y = yearOf(ctx.date) - 1;
          if (baseline.kind === 'year' && y > yearOf(baseline.from)) {
            base.period = yearPeriod(y, `${y}, the latest complete year before the claim (${ctx.date})`);
            notes.push(`no period stated: read as ${y}, the latest complete year, against ${baseline.reading}`);
          }
        }
      }
      return { ...base, type: 'change', quantity: q, direction: d.direction ?? 'up', baseline };
    }
    case 'comparison': {
      const subject = base.period;
      let baseline: Period | null = null;
      if (d.baselineTimes?.length) {
        if (d.baselineAggregate === 'sum' || d.baselineTimes.length > 1) baseline = sumPeriod(d.baselineTimes, ctx.date);
        else if (subject) baseline = withAlternatives(baselinePeriods(d.baselineTimes[0]!, subject, ctx.date, notes));
        else if (d.baselineTimes[0]!.expr.kind === 'period') baseline = d.baselineTimes[0]!.expr.period;
      }
      if (!baseline && !d.vsPast) return { ...base, type: 'comparison', direction: d.direction === 'down' ? 'less' : 'more', baseline: { period: subject ?? yearPeriod(0), measure: null, aggregate: 'each' }, amount: q, unread: 'the claim does not say what it is compared with' } as Claim;
      return { ...base, type: 'comparison', direction: d.direction === 'down' ? 'less' : 'more', baseline: { period: baseline ?? subject ?? yearPeriod(0), measure: null, aggregate: d.baselineAggregate === 'sum' ? 'sum' : 'each' }, amount: q, ...(d.vsPast ? { vsPast: true } : {}) };
    }
  }
  void tokensText;
}

function withAlternatives(ps: Period[]): Period | null {
  const [first, ...rest] = ps;
  if (!first) return null;
  return rest.length ? { ...first, alternatives: rest } : first;
}

/** The clause's subject, a value followed by its verb: "Germany received", "Syrians have lodged", "Italy recorded". */
function isAgent(a: Analysis, v: ValueMention, seg: Segment): boolean {
  let k = seg.start;
  // (… after its attribution: "The U.N. says Turkey hosts the most refugees".)
  const said = a.tokens.findIndex((t, i) => i >= seg.start && i < v.start && ATTRIBUTION_VERBS.has(t.lower));
  if (said >= 0) k = lw(a, said + 1) === 'that' ? said + 2 : said + 1;
  // (… after a heading time and the little words around it: "In 2023, Germany received …".)
  while (k < v.start) {
    const t = a.times.find((x) => x.start === k);
    if (t) k = t.end;
    else if (/^(the|in|and|,|but|meanwhile|overall|however|also)$/.test(lw(a, k))) k++;
    else break;
  }
  if (k !== v.start) return false;
  let j = v.end;
  while (a.tokens[j]?.pos === 'AUX' && !COPULA.has(lw(a, j))) j++;
  // (The tagger reads some verbs of receiving as nouns: "Turkey hosts …".)
  return (a.tokens[j]?.pos === 'VERB' && a.tokens[j]!.lower !== 'been') || /^(hosts|houses|shelters|receives|accommodates)$/.test(lw(a, j));
}
const COPULA = new Set(['was', 'were', 'is', 'are', 'be', 'been']);

/** A rank scoped in time: its own record ("its highest"), "on record", "ever", "since 2016", "for a decade", "in history". */
function timeScoped(a: Analysis, d: Draft, v: ValueMention, seg: Segment): boolean {
  if ([...d.bound.values()].includes('scope')) return true;
  for (let i = v.end; i < d.anchor[0]; i++) if (/^(its|their|his|her|our)$/.test(lw(a, i))) return true;
  for (let i = d.anchor[0]; i < seg.end; i++) if (/^(record|ever|history|decade|decades)$/.test(lw(a, i))) return true;
  return false;
}

/** A figure with no noun of its own: followed by a participle ("3,084 expelled", "1,200 removed") or by nothing. */
function headless(a: Analysis, d: Draft): boolean {
  const q = d.quantity;
  if (!q) return false;
  const next = a.tokens[q.end];
  if (!next) return false;
  return next.pos === 'VERB' && /ed$/.test(next.lower);
}

function defaultOver(p: Period, scope: Rank['scope']): Rank['over'] {
  if (p.kind === 'year') return 'year';
  if (p.kind === 'month') return scope.kind === 'record' ? 'month' : 'month';
  if (p.kind === 'day') return 'day';
  return 'window';
}

function sumPeriod(ts: TimeMention[], date: string): Period | null {
  const parts = ts.map((t) => (t.expr.kind === 'period' ? t.expr.period : null)).filter((p): p is Period => p !== null);
  if (!parts.length) return null;
  if (parts.length === 1) return parts[0]!;
  void date;
  return { from: parts[0]!.from, to: parts.at(-1)!.to, kind: 'sum', parts, reading: `${parts.map((p) => p.reading).join(' + ')} combined` };
}


/**
 * "The same period last year" after a window that ends inside a month ("2025 so far", to 12 April): the same days,
 * or, as the monthly tables give it, the same months whole (January to April).
 */
function sameWindow(ref: Period, year: number, surpassing: boolean): Period {
  const p = shiftToYear(ref, year);
  if (ref.from.slice(8) !== '01' || monthEnd(p.to) === p.to) return p;
  const alternatives: Period[] = [];
  const completed = addDays(`${p.to.slice(0, 7)}-01`, -1);
  if (completed >= p.from) alternatives.push({ from: p.from, to: completed, kind: 'range', reading: `${p.reading}; or the months completed, ${describeRange(p.from, completed)}, as the monthly tables give it` });
  // "… surpassing the previous record of 7,567 set during the same period last year": a whole period's figure, passed before the period is out.
  if (surpassing) alternatives.push({ from: p.from, to: monthEnd(p.to), kind: 'range', reading: `${p.reading}; or, as a figure already surpassed, the months whole, ${describeRange(p.from, monthEnd(p.to))}` });
  return alternatives.length ? { ...p, alternatives: [...(p.alternatives ?? []), ...alternatives] } : p;
}

const SURPASSING = /^(surpass|surpasses|surpassed|surpassing|exceed|exceeds|exceeded|exceeding|overtake|overtakes|overtook|overtaking|beat|beats|beating|broke|breaking|eclipse|eclipsed|eclipsing)$/;

/**
 * "Iranians (13%) and Turkish nationals (11%) …" after a sentence on small-boat arrivals by nationality: shares whose
 * parts the sentence before's measure breaks down by, and which name no measure of their own, continue it.
 */
/** A country named as where a crossing set off: "crossed from France", "the crossing from France", "left from France". */
function departure(a: Analysis, v: ValueMention): boolean {
  if (v.context !== 'from' || v.entry.form !== 'name' || lw(a, v.start - 1) !== 'from') return false;
  for (let k = Math.max(0, v.start - 5); k < v.start - 1; k++) if (/^(cross|crossed|crossing|crossings|sail|sailed|sailing|depart|departed|departing|departures|leave|left|leaving|set|journey|journeys|trip|boats?)$/.test(lw(a, k))) return true;
  return false;
}

/** "Of these,", "Of them,", "Of this total,": the sentence counts parts of the whole said before. The comma's index, or -1. */
function wholeOpener(a: Analysis): number {
  if (lw(a, 0) !== 'of') return -1;
  if (/^(these|them|those|which|whom)$/.test(lw(a, 1)) && lw(a, 2) === ',') return 2;
  if (/^(this|the|that)$/.test(lw(a, 1)) && /^(total|number|figure)$/.test(lw(a, 2)) && lw(a, 3) === ',') return 3;
  return -1;
}

function partsOfTopic(d: Draft, disc: Discourse): boolean {
  const topic = disc.topic?.measure;
  if (!topic || d.type !== 'share' || !d.partValues?.length) return false;
  const metrics = familyById(topic.family).sources.map((x) => x.metric);
  return d.partValues.every((v) => metrics.some((m) => targetFor(v, m)));
}

/**
 * "82,275 applications, relating to 102,371 people": where both are given, the applications are main applicants and the
 * people are everyone, main applicants and dependants; neither figure is read the other way.
 */
function pairedReading(a: Analysis, q: QuantityMention, m: Measure, vocab: Vocabulary): Measure {
  const fam = familyById(m.family);
  const reading = fam.readings?.[0];
  if (!reading) return m;
  const lower = (k: number) => a.tokens[k]?.lower ?? '';
  const link = (k: number) => (/^(relating|related|covering)$/.test(lower(k)) && lower(k + 1) === 'to' ? 2 : lower(k) === 'covering' ? 1 : 0);
  const nextQuantity = (k: number) => a.quantities.find((x) => x.start === k);
  // The applications: "N applications (,) relating to M people".
  const filler = /^(asylum|applications|claims|,|\()$/;
  let k = q.end;
  while (k < q.end + 4 && filler.test(lower(k))) k++;
  const after = link(k) ? nextQuantity(k + link(k)) : undefined;
  if (after && /^(people|persons|individuals)$/.test(lower(after.end))) return { ...m, filters: { ...m.filters, [reading.dim]: reading.values }, label: `${m.label} (${reading.label.replace(/ \(.*/, '')})` };
  // The people: "… relating to M people", after "N applications".
  const named = (x: QuantityMention) => /^(applications|claims)$/.test(lower(x.end)) || /^(applications|claims)$/.test(lower(x.end + 1));
  const before = a.quantities.find((x) => x.end < q.start && q.start - x.end <= 6 && link(q.start - 2) === 2 && named(x));
  if (before && /^(people|persons|individuals)$/.test(lower(q.end))) {
    const all = vocab.valuesOf(m.metric, reading.dim);
    if (all.length) return { ...m, filters: { ...m.filters, [reading.dim]: all } };
  }
  return m;
}

/** Words only the Home Office's tables use: "including dependants", "main applicants" place an asylum figure in the UK. */
function homeOfficeTerms(a: Analysis, seg: Segment): Scope | null {
  const ws = a.tokens.slice(seg.start, seg.end).map((t) => t.lower);
  return ws.some((w, i) => w === 'dependants' || w === 'dependents' || (w === 'main' && /^applicants?$/.test(ws[i + 1] ?? ''))) ? 'uk' : null;
}

/** "Frontex (preliminary) data show", "Frontex figures": the agency's own data, which are its detections. */
const FRONTEX_DATA = /\bfrontex(?:'s|’s)?\s+(?:\w+\s+)?(?:data|figures|statistics)\b/i;

/** "the average wait for a first decision": a noun phrase before the claim's words that no measure, value, time or reference covers. */
function subjectOfItsOwn(a: Analysis, from: number, to: number): string | null {
  const covered = (i: number) => [...a.measures, ...a.values, ...a.times, ...a.references, ...a.quantities].some((m) => i >= m.start && i < m.end);
  const det = a.tokens.findIndex((t, i) => i >= from && i < to && /^(the|a|an|its|their)$/.test(t.lower));
  if (det < 0) return null;
  let e = det + 1;
  while (e < to && /^(ADJ|NOUN|PROPN|ADP|DET)$/.test(a.tokens[e]!.pos) && !covered(e)) e++;
  const nouns = a.tokens.slice(det + 1, e).filter((t) => t.pos === 'NOUN');
  return nouns.length && e === to ? words(a, det, e) : null;
}
