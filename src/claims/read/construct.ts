/**
 * Constructions: from a clause's mentions to the claims it makes. Each construction
 * starts at an anchor (a streak phrase, a share, an average per boat, a change, a
 * superlative, a comparative with "than", a figure) and binds the words around it to
 * roles: its quantity, its times, its baseline and the baseline's figure, the values it
 * ranks or takes a share of. A number no construction takes is not a claim.
 */
import { ATTRIBUTION_VERBS, ORDINALS } from './lexicon.js';
import { newDraft, bind, words, type Draft } from './draft.js';
import { at, lw, within, type Analysis } from './mentions.js';
import type { ValueMention } from './values.js';
import { wordsToNumber, type QuantityMention } from './quantities.js';
import { addDays, yearOf } from '../../util/dates.js';
import type { Segment } from './segments.js';
import { yearPeriod, type TimeMention } from './times.js';
import type { RankOver, RankScope } from '../types.js';

export interface ConstructContext {
  /** The k of the last rank read (for "the next most common"). */
  lastRankK: number | null;
  /** The previous sentence's claim was an average per unit (for "the average for the year was seven"). */
  topicPer: string | null;
}

type Range = [number, number];
const lemma = (a: Analysis, i: number) => a.tokens[i]?.lemma ?? '';
const isNum = (a: Analysis, i: number): number | null => {
  const t = a.tokens[i];
  if (!t) return null;
  if (/^\d+$/.test(t.text)) return Number(t.text);
  return wordsToNumber([t.lower]);
};

/** Nouns for where something happened: "on the route", "on the border", "on the islands". */
const PLACE_NOUNS = new Set(['route', 'routes', 'border', 'borders', 'coast', 'coasts', 'island', 'islands', 'sea', 'seas', 'crossing', 'frontier', 'way', 'journey', 'corridor', 'path']);
const BASELINE_STARTS = new Set(['than', 'on', 'from', 'compared', 'against', 'over', 'versus', 'vs', 'relative', 'since', 'in comparison']);
const COPULAS = new Set(['were', 'are', 'was', 'is', 'been', 'be', 'being', 'remain', 'remained']);
const SHARE_VERBS = new Set(['making', 'made', 'make', 'makes', 'accounting', 'accounted', 'account', 'accounts', 'representing', 'represented', 'represent', 'represents', 'comprising', 'comprised', 'constituting', 'constituted']);
const UNIT_NOUNS: Record<string, RankOver> = { year: 'year', years: 'year', annual: 'year', yearly: 'year', month: 'month', months: 'month', monthly: 'month', day: 'day', days: 'day', daily: 'day', route: { dim: 'route' }, routes: { dim: 'route' }, path: { dim: 'route' }, paths: { dim: 'route' }, corridor: { dim: 'route' }, nationality: { dim: 'nationality' }, nationalities: { dim: 'nationality' }, region: { dim: 'region' }, regions: { dim: 'region' }, way: { dim: 'route' }, group: { dim: 'group' }, groups: { dim: 'group' }, country: { dim: 'place' }, countries: { dim: 'place' }, destination: { dim: 'place' }, cause: { dim: 'cause' }, causes: { dim: 'cause' } };
const PER_UNITS: Record<string, string> = { boat: 'small_boats', boats: 'small_boats', dinghy: 'small_boats', dinghies: 'small_boats', vessel: 'small_boats', vessels: 'small_boats' };

/** "per boat", "per small boat", and after an average "on each boat", "in every dinghy": the unit an average is per. */
function perUnitAt(a: Analysis, k: number, averageOf: boolean): { per: string; end: number; start: number } | null {
  const w = lw(a, k);
  const each = averageOf && /^(on|in|aboard)$/.test(w) && /^(each|every)$/.test(lw(a, k + 1));
  if (w !== 'per' && !each) return null;
  let u = each ? k + 2 : k + 1;
  if (lw(a, u) === 'small') u++;
  // "an average of around 53 people in each one": "one" stands for the boats named before it.
  if (each && lw(a, u) === 'one') {
    const named = [...a.tokens.slice(0, k)].reverse().find((t) => PER_UNITS[t.lower]);
    return named ? { per: PER_UNITS[named.lower]!, end: u + 1, start: k } : null;
  }
  const per = PER_UNITS[lw(a, u)];
  return per ? { per, end: u + 1, start: k } : null;
}

/** Every claim the sentence's segments make, in reading order. */
export function construct(a: Analysis, segs: Segment[], ctx: ConstructContext): Draft[] {
  const used = new Set<number>();
  const drafts: Draft[] = [];
  segs.forEach((s, si) => {
    if (s.link === 'attribution' || s.link === 'cause') return;
    const segDrafts: Draft[] = [];
    const take = (d: Draft | null) => {
      if (!d) return;
      // A clause's period is shared by its claims; anything else a claim binds is its own.
      for (const [i, role] of d.bound) if (role !== 'period' && role !== 'scope') used.add(i);
      segDrafts.push(d);
    };
    for (const d of streaks(a, s, si, used)) take(d);
    for (const d of ratios(a, s, si, used)) take(d);
    for (const d of shares(a, s, si, used, segDrafts, drafts)) take(d);
    for (const d of means(a, s, si, used, ctx)) take(d);
    for (const d of changes(a, s, si, used)) take(d);
    for (const d of ranks(a, s, si, used, ctx)) take(d);
    for (const d of comparisons(a, s, si, used)) take(d);
    for (const d of counts(a, s, si, used, segDrafts)) take(d);
    for (const d of directions(a, s, si, used, segDrafts)) take(d);
    if (!segDrafts.length) for (const d of unheldClaims(a, s, si)) take(d);
    segDrafts.sort((x, y) => x.anchor[0] - y.anchor[0]);
    drafts.push(...segDrafts);
  });
  for (const d of drafts) if (d.restates !== undefined) shareTimes(d, drafts);
  respectively(a, drafts);
  selections(a, drafts);
  // "1,200 people crossed in 26 boats on Saturday": the people and the boats they came in share the time.
  for (const d of drafts) {
    if (d.type !== 'count' || !d.quantity || !/^(in|aboard|on)$/.test(lw(a, d.quantity.start - 1)) || !a.measures.some((m) => m.start === d.quantity!.end && m.value.family === 'small_boats')) continue;
    const people = drafts.find((o) => o !== d && o.seg === d.seg && o.type === 'count' && o.anchor[1] <= d.quantity!.start && d.quantity!.start - o.anchor[1] <= 6);
    if (!people) continue;
    if (!people.time && d.time) people.time = d.time;
    else if (people.time && !d.time) d.time = people.time;
  }
  // "… the same period of 2023, the deadliest year for migrants since 2016": a superlative in apposition to a year is that year's.
  for (const d of drafts) {
    if (d.type !== 'rank') continue;
    const c = lw(a, d.anchor[0] - 1) === 'the' ? d.anchor[0] - 2 : d.anchor[0] - 1;
    if (lw(a, c) !== ',' || !/^(year|years)$/.test(lw(a, d.anchor[1]) || lw(a, d.anchor[1] - 1))) continue;
    const t = a.times.find((x) => x.end === c);
    const y = t && (t.expr.kind === 'same_window' ? t.expr.year : t.expr.kind === 'period' && t.expr.period.kind === 'year' ? Number(t.expr.period.from.slice(0, 4)) : null);
    if (!t || !y) continue;
    d.time = { start: t.end - 1, end: t.end, expr: { kind: 'period', period: yearPeriod(y, `${y}, the year the superlative stands beside`) } };
    d.subject = 'self';
  }
  // "92 percent below the record number set in 2015": a record named inside a baseline is said of the baseline's period.
  for (const d of drafts) {
    if (d.type !== 'rank') continue;
    // (Only the baseline's own noun phrase: "… than in 2019 and the highest for two decades" ranks the claim's period.)
    const host = drafts.find((o) => o !== d && o.baselineRange && d.anchor[0] >= o.baselineRange[0] && d.anchor[0] - o.baselineRange[0] <= 2 && d.anchor[1] <= o.baselineRange[1]);
    const t = host?.baselineTimes?.filter((x) => x.expr.kind === 'period').at(-1);
    if (t) {
      d.time = t;
      d.subject = 'self';
      bind(d, t.start, t.end, 'period');
    }
  }
  return drafts;
}

/** A change and its restatement in other units are one change: each takes the times the other names. */
function shareTimes(d: Draft, drafts: Draft[]): void {
  const p = drafts.find((o) => o !== d && o.type === 'change' && o.anchor[0] <= d.restates! && d.restates! < o.anchor[1]);
  if (!p) return;
  p.time ??= d.time;
  d.time ??= p.time;
  if (!p.baselineTimes?.length && d.baselineTimes?.length) p.baselineTimes = d.baselineTimes;
  if (!d.baselineTimes?.length && p.baselineTimes?.length) d.baselineTimes = p.baselineTimes;
}

// ── helpers ──────────────────────────────────────────────────────────────────

/** The token range of the baseline that follows an anchor: from "than", "on", "from", "compared with" … to the clause's end. */
function baselineAfter(a: Analysis, s: Segment, from: number): Range | null {
  // "…, to 36,816 in 2024": the level reached after the baseline is not part of it.
  const end = (i: number) => {
    for (let k = i + 1; k < s.end - 1; k++) {
      if (lw(a, k) === ',' && /^(to|reaching|bringing|taking)$/.test(lw(a, k + 1))) return k;
      // "… compared to last year to 18 100": once the baseline has its time, "to" and a figure is the level reached.
      // (Right after the baseline's time: not "… (82,275 applications, relating to 102,371 people)".)
      if (lw(a, k) === 'to' && a.quantities.some((q) => q.start === k + 1) && a.times.some((t) => t.start > i && t.end === k)) return k;
      // "… compared to 2021 to reach the highest level since 2016": a superlative after the baseline is a rank of its own, with its own scope.
      // (Only once the baseline has its own time or figure: "less than the peak of 2015" is one baseline.)
      if (a.superlatives.some((x) => x.start > k && x.start - k <= 4) && /^(to|making|reaching|the|its|a)$/.test(lw(a, k)) && [...a.times, ...a.quantities].some((m) => m.start > i && m.end <= k)) return k;
      // "… than the same period in 2024 (2,983) and also 16% up on 2023": the next change is not part of this baseline.
      if (/^(and|but|while|whereas)$/.test(lw(a, k)) && a.quantities.some((q) => q.start > k && q.start - k <= 3 && (q.unit === 'percent' || q.unit === 'ratio'))) return k;
    }
    return s.end;
  };
  for (let i = from; i < s.end && i <= from + 3; i++) {
    const w = lw(a, i);
    if (BASELINE_STARTS.has(w)) {
      if (w === 'compared' && !/^(to|with)$/.test(lw(a, i + 1))) continue;
      // "on" only before a figure, a time or "the": "up 29% on the 18,004", "down 20% on last year".
      if (w === 'on' && !(lw(a, i + 1) === 'the' || a.times.some((t) => t.start === i + 1 || t.start === i) || a.quantities.some((q) => q.start === i + 1))) continue;
      // "a 78% decline on the route through the western Balkans", "on the Central Mediterranean": where, not what it is compared with.
      if (w === 'on' && lw(a, i + 1) === 'the' && (PLACE_NOUNS.has(lw(a, i + 2)) || a.values.some((v) => v.start === i + 2 && /^(route|region|place)$/.test(v.entry.kind)))) continue;
      // "up 154% to over 21,600": the level reached, not a baseline.
      if (w === 'over' && lw(a, i - 1) === 'to') continue;
      const e = end(i);
      // "a rise in crossings from the Eastern Land Border": "from" a place is where, not what it is compared with.
      if ((w === 'from' || w === 'over') && !a.quantities.some((q) => q.start > i && q.start < e) && !a.times.some((t) => t.start > i && t.start < e) && !within(a.references, i, e).length) continue;
      return [i, e];
    }
  }
  // "an increase of 3,000 small boat arrivals in 2022 compared with 2021": "compared with" marks the baseline wherever it stands.
  for (let i = from; i < s.end; i++) if (lw(a, i) === 'compared' && /^(to|with)$/.test(lw(a, i + 1))) return [i, s.end];
  return null;
}

const timesIn = (a: Analysis, r: Range, used: Set<number>) => within(a.times, r[0], r[1]).filter((t) => !used.has(t.start));

/** The time that belongs to a figure: right after it ("45,774 in 2022"), right before it ("2018 (299)", "in 2023 to 29,437"), else the clause's. */
/**
 * A weekday is the day of a statement ("the IOM said on Tuesday") unless it follows an event:
 * "656 people arrived in 11 small boats on Saturday".
 */
function eventDay(a: Analysis, t: TimeMention): boolean {
  if (lw(a, t.start - 1) !== 'on') return false;
  const saying = (x: Analysis['tokens'][number]) => ATTRIBUTION_VERBS.has(x.lower) && (x.pos === 'VERB' || x.pos === 'AUX');
  for (let k = Math.max(0, t.start - 4); k < t.start; k++) if (saying(a.tokens[k]!)) return false;
  // "On Saturday, 656 people crossed …": heading a sentence that reports no one saying anything.
  if (t.start === 1 && !a.tokens.some(saying)) return true;
  // "… crossed the Channel on Saturday", "nine boats were detected on Monday".
  return a.measures.some((m) => (m.value.form === 'verb' || a.tokens[m.end - 1]?.pos === 'VERB') && m.end <= t.start && t.start - m.end <= 8);
}

/** A comma right after a time, or after "alone" or "only" after it ("In 2023 alone,"). */
const commaAfter = (a: Analysis, t: TimeMention): boolean => a.tokens[t.end]?.text === ',' || (/^(alone|only)$/.test(lw(a, t.end)) && a.tokens[t.end + 1]?.text === ',');

function timeFor(a: Analysis, s: Segment, q: Range, used: Set<number>, exclude: Range | null): TimeMention | null {
  // (A relative time heading the sentence is every figure's, even when a change also takes it as its baseline:
  // "In the same period last year, the number was nearly 42,000, indicating a decrease of about one-third".)
  const headingRelative = (t: TimeMention) => t.expr.kind === 'same_window' && t.start <= 1 && commaAfter(a, t);
  const ok = (t: TimeMention) => (!used.has(t.start) || headingRelative(t)) && !(exclude && t.start >= exclude[0] && t.end <= exclude[1]) && t.expr.kind !== 'each' && (t.expr.kind !== 'day' || eventDay(a, t));
  // "In 2019, Home Office figures showed that 11 people …": a time heading the sentence reaches past the attribution it opens.
  // ("This year alone, U.N. officials estimate that …": an emphasis between the time and its comma.)
  const opening = a.times.find((t) => t.start <= 1 && t.end < s.start && commaAfter(a, t) && (t.expr.kind === 'period' || t.expr.kind === 'same_window') && !a.quantities.some((o) => o.numStart > t.end && o.numStart < s.start));
  const cands = [...(opening && ok(opening) ? [opening] : []), ...within(a.times, s.start, s.end).filter(ok)];
  const between = (x: number, y: number) => a.quantities.some((o) => o.numStart >= x && o.numEnd <= y && !(o.numStart >= q[0] && o.numEnd <= q[1]));
  // "2018 (299)": the time the parenthesis follows.
  if (lw(a, q[0] - 1) === '(') {
    const p = cands.find((t) => t.end === q[0] - 1);
    if (p) return p;
  }
  // Tokens between the figure and a time that do not count as distance: the counted noun phrase ("5,430 dead and missing migrants in 2019").
  const gap = (x: number, y: number) => {
    let n = 0;
    // Function words do not count either ("the 14,732 who had come in the same period last year").
    for (let k = x; k < y; k++) if (!a.measures.some((m) => k >= m.start && k < m.end) && !/^(people|persons|migrants|refugees|individuals|men|women|children|nationals)$/.test(lw(a, k)) && !/^(PRON|AUX|ADP|DET|PART|SCONJ)$/.test(a.tokens[k]!.pos)) n++;
    return n;
  };
  const after = cands.find((t) => t.start >= q[1] && gap(q[1], t.start) <= 3 && t.start - q[1] <= 8 && !between(q[1], t.start) && !a.tokens.slice(q[1], t.start).some((x) => x.text === ')' || x.text === ','));
  if (after) return after;
  const before = [...cands].reverse().find((t) => t.end <= q[0] && q[0] - t.end <= 3 && !between(t.end, q[0]));
  if (before) return before;
  // Otherwise the clause's own period: a time no other figure stands next to.
  // A time heading the sentence before a comma ("On August 19, 206 migrants crossed in three boats") is every figure's.
  const heading = (t: TimeMention) => t.start <= 1 && (commaAfter(a, t) || (t.start === 0 && t.expr.kind === 'period'));
  const free = cands.filter((t) => heading(t) || !a.quantities.some((o) => !(o.numStart >= q[0] && o.numEnd <= q[1]) && ((o.numEnd <= t.start && t.start - o.numEnd <= 2) || (t.end <= o.numStart && o.numStart - t.end <= 1 && a.tokens[t.end]?.text !== ','))));
  // ("In the same period last year, the number was nearly 42,000": a relative time heading the sentence.)
  return free.find((t) => t.expr.kind === 'period' || t.expr.kind === 'since' || t.expr.kind === 'day' || (t.expr.kind === 'same_window' && heading(t))) ?? null;
}

function measureWordsNear(a: Analysis, s: Segment, q: Range, exclude: Range | null): Draft['measureWords'] {
  const ms = within(a.measures, s.start, s.end).filter((m) => !(exclude && m.start >= exclude[0] && m.end <= exclude[1]));
  // The noun right after the figure ("36,816 arrivals", "341 recorded deaths") comes first, then verbs of the clause.
  const head = ms.find((m) => m.start >= q[1] && m.start - q[1] <= 3);
  return head ? [head, ...ms.filter((m) => m !== head)] : ms;
}

/** Qualifiers that belong to a figure in a list: "Asia (2,778 …)", "1,266 Vietnamese nationals". */
function ownValues(a: Analysis, s: Segment, q: Range): Draft['values'] {
  const vs = within(a.values, s.start, s.end);
  // ("164,351 Afghans", "164,351 Afghan nationals"; not across a comma: "…with 164,351, Iraqis with …".)
  const right = vs.find((v) => v.start >= q[1] && v.start - q[1] <= 1 && v.entry.form === 'demonym' && !/^([,;]|and|or|but)$/.test(lw(a, q[1])));
  const paren = vs.find((v) => v.end <= q[0] && q[0] - v.end <= 1 && lw(a, v.end) === '(');
  // "followed by Afghans with 164,351, Iraqis with 142,576": each figure is the value's named just before "with".
  const withOf = vs.find((v) => v.end === q[0] - 1 && lw(a, v.end) === 'with' && v.entry.form === 'demonym');
  // "followed by Colombia at 1.7 million": the value just before "at" and the figure.
  const atOf = vs.find((v) => v.end === q[0] - 1 && lw(a, v.end) === 'at');
  const out = [right, paren, withOf, atOf].filter((v): v is NonNullable<typeof v> => v !== undefined);
  return out;
}

const isMoney = (q: QuantityMention) => Boolean(q.money);

/**
 * A unit heading the figure's noun phrase that makes it no migration statistic: "40
 * countries", "82 right-wing parties", "two detention centres", "a two-day conference",
 * "5,000 miles" — but not "380,000 illegal border crossings", whose head is a measure.
 */
function unitAfter(a: Analysis, q: QuantityMention): string | null {
  // The noun phrase after the figure: adjectives, nouns and hyphens, up to its head noun.
  let k = q.end;
  let head = -1;
  while (k < a.tokens.length && k < q.end + 6 && !a.times.some((x) => x.start === k)) {
    const t = a.tokens[k]!;
    if (t.text === '-' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'NUM' && a.tokens[k - 1]?.text === '-')) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
      k++;
    } else break;
  }
  if (head < 0) return a.units.find((x) => x.start === q.end)?.value ?? null;
  if (a.measures.some((m) => m.start <= head && m.end > head)) return null;
  return a.units.find((x) => x.start <= head && x.end > head)?.value ?? null;
}

// ── streaks ─────────────────────────────────────────────────────────────────

function streaks(a: Analysis, s: Segment, si: number, used: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (let i = s.start; i < s.end; i++) {
    if (used.has(i)) continue;
    let n: number | null = null;
    let since: number | null = null;
    let rangeEnd: number | null = null;
    let end = i;
    const w = lw(a, i);
    const num = isNum(a, i);
    if (num !== null && /^(successive|consecutive|straight)$/.test(lw(a, i + 1)) && /^years?$/.test(lw(a, i + 2))) {
      n = num;
      end = i + 3;
    } else if (num !== null && /^years?$/.test(lw(a, i + 1)) && lw(a, i + 2) === 'in' && lw(a, i + 3) === 'a' && lw(a, i + 4) === 'row') {
      n = num;
      end = i + 5;
    } else if (num !== null && lw(a, i + 1) === '-' && lw(a, i + 2) === 'year' && /^(trend|run|streak|rise)$/.test(lw(a, i + 3))) {
      n = num;
      end = i + 4;
    } else if (ORDINALS[w] && /^(successive|consecutive|straight)$/.test(lw(a, i + 1)) && lw(a, i + 2) === 'year') {
      n = ORDINALS[w]!;
      end = i + 3;
    } else if ((w === 'every' || w === 'each') && lw(a, i + 1) === 'year' && a.times.some((t) => t.start === i + 2 && t.expr.kind === 'period' && t.expr.period.kind === 'range' && lw(a, i + 2) === 'from')) {
      // "fell every year from 2013 to 2021"
      const t = a.times.find((x) => x.start === i + 2)!;
      if (t.expr.kind === 'period') {
        since = yearOf(t.expr.period.from);
        end = t.end;
        rangeEnd = yearOf(t.expr.period.to);
      }
    } else if ((w === 'every' || w === 'each') && lw(a, i + 1) === 'year' && lw(a, i + 2) === 'since') {
      const t = a.times.find((x) => x.start === i + 2 && x.expr.kind === 'since');
      if (t && t.expr.kind === 'since') {
        since = t.expr.year;
        end = t.end;
      }
    } else if (/^(upward|upwards|downward|downwards|rising|falling|increasing)$/.test(w) && lw(a, i + 1) === 'trend') {
      const t = a.times.find((x) => x.start >= i + 2 && x.start <= i + 3 && x.expr.kind === 'since');
      if (t && t.expr.kind === 'since') {
        since = t.expr.year;
        end = t.end;
      }
    }
    if (n === null && since === null) continue;
    const d = newDraft('streak', si, [i, end]);
    // "Germany received the most applications for the seventh consecutive year": first each year, not a run of rises (not computed).
    const sup = within(a.superlatives, s.start, i).find((x) => !used.has(x.start));
    if (sup && !within(a.changes, s.start, s.end).some((c) => c.value.form === 'verb')) d.unread = [words(a, sup.start, sup.end), words(a, i, end)];
    // Direction: the change words of the clause, or the trend's own word.
    const dirWord = /^(downward|downwards|falling)$/.test(w) ? 'down' : /^(upward|upwards|rising|increasing)$/.test(w) ? 'up' : null;
    const ch = within(a.changes, s.start, s.end).find((c) => !used.has(c.start));
    const trendOf = lw(a, end) === 'of' ? lw(a, end + 1) : '';
    d.direction = dirWord ?? (/^(fewer|less|lower|falling|declining)$/.test(trendOf) ? 'down' : /^(more|rising|higher|increasing|growing)$/.test(trendOf) ? 'up' : (ch?.value.dir ?? 'up'));
    if (ch && !dirWord && !trendOf) bind(d, ch.start, ch.end, 'direction');
    if (trendOf) {
      bind(d, end, end + 2, 'direction');
      // "of more deaths each year"
      const each = a.times.find((t) => t.start >= end + 2 && t.start <= end + 4 && t.expr.kind === 'each');
      if (each) bind(d, each.start, each.end, 'streak');
    }
    d.streak = { n, since };
    bind(d, i, end, 'streak');
    const own = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'period' && !used.has(t.start) && (t.end <= i || t.start >= end));
    if (own) d.time = own;
    if (rangeEnd !== null) d.endYear = rangeEnd;
    // "…, before falling in 2024": the run ended the year before.
    const before = a.tokens.findIndex((t, k) => k >= end && t.lower === 'before' && /ing$/.test(lw(a, k + 1)));
    if (before >= 0) {
      const t = a.times.find((x) => x.start > before && x.start <= before + 4 && x.expr.kind === 'period' && x.expr.period.kind === 'year');
      if (t && t.expr.kind === 'period') d.endYear = yearOf(t.expr.period.from) - 1;
    }
    out.push(d);
    i = end;
  }
  return out;
}

// ── ratios: one in N, one death for every N arrivals ───────────────────────

function ratios(a: Analysis, s: Segment, si: number, used: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (let i = s.start; i < s.end; i++) {
    if (used.has(i)) continue;
    // "a one in 50 chance of dying", "one in 50 risk"
    const oneIn = (lw(a, i) === 'one' || a.tokens[i]?.text === '1') && lw(a, i + 1) === 'in' && (isNum(a, i + 2) !== null || (lw(a, i + 2) === 'every' && isNum(a, i + 3) !== null));
    if (oneIn && isNum(a, i + 2) !== null && /^(chance|risk|odds|probability)$/.test(lw(a, i + 3))) {
      const n = isNum(a, i + 2)!;
      const d = newDraft('ratio', si, [i, i + 4]);
      d.quantity = { start: i, end: i + 3, numStart: i, numEnd: i + 3, value: 1 / n, unit: 'ratio', precision: 0, hedge: null, form: 'digits' };
      bind(d, i, i + 4, 'value');
      d.measureWords = within(a.measures, i + 4, Math.min(s.end, i + 8));
      out.push(d);
      i += 3;
      continue;
    }
    // "one in every 100 people who crossed … lost their life": the numerator's measure is the predicate.
    if (oneIn && lw(a, i + 2) === 'every' && isNum(a, i + 3) !== null) {
      const n = isNum(a, i + 3)!;
      const d = newDraft('ratio', si, [i, i + 4]);
      d.quantity = { start: i, end: i + 4, numStart: i, numEnd: i + 4, value: 1 / n, unit: 'ratio', precision: 0, hedge: null, form: 'digits' };
      bind(d, i, i + 4, 'value');
      const ms = within(a.measures, i + 4, s.end);
      const den = ms.find((m) => m.value.family === 'arrivals' || m.value.family === 'small_boat_arrivals');
      const num = ms.filter((m) => m !== den);
      if (den && num.length) {
        d.measureWords = num;
        d.per = den.value.family;
        d.time = timesIn(a, [s.start, s.end], used).find((t) => t.expr.kind === 'period') ?? null;
        bind(d, den.start, den.end, 'per');
        out.push(d);
        i += 3;
        continue;
      }
    }
    // "one death for every 200 arrivals", "one person died for every 450 who reached Britain by small boat"
    const first = a.quantities.find((q) => q.numStart === i && q.unit === 'count');
    const forAt = first ? a.tokens.findIndex((t, k) => k >= first.end && k <= first.end + 3 && t.lower === 'for' && lw(a, k + 1) === 'every') : -1;
    if (first && forAt >= 0) {
      const per = a.quantities.find((q) => q.numStart === forAt + 2);
      const num = a.measures.find((m) => m.start >= first.end && m.end <= forAt);
      const den = per ? a.measures.find((m) => m.start >= per.end && m.start <= per.end + 4) : undefined;
      if (per && num) {
        const d = newDraft('ratio', si, [i, (den?.end ?? per.end)]);
        d.quantity = { ...first, end: per.end, value: first.value / per.value, unit: 'ratio', precision: 0 };
        d.measureWords = [num];
        if (den) d.per = den.value.family;
        d.time = timesIn(a, [s.start, s.end], used).find((t) => t.expr.kind === 'period') ?? null;
        bind(d, i, per.end, 'value');
        if (den) bind(d, den.start, den.end, 'per');
        out.push(d);
        i = (den?.end ?? per.end) - 1;
      }
    }
  }
  return out;
}

/** "the first 100 boats", "the last 500 arrivals": a number that picks which were counted. */
function selectionAt(a: Analysis, q: QuantityMention): boolean {
  return q.unit === 'count' && !q.hedge && /^(first|last|next)$/.test(lw(a, q.start - 1)) && /^(the|its|their)$/.test(lw(a, q.start - 2));
}

/** A claim after a selection in its sentence is about what was selected, which no series holds: it is not read. */
function selections(a: Analysis, drafts: Draft[]): void {
  for (const q of a.quantities) {
    if (!selectionAt(a, q)) continue;
    const words = a.sentence.slice(a.tokens[q.start - 2]!.start, a.tokens[Math.min(q.end, a.tokens.length - 1)]!.end);
    for (const d of drafts) if (d.anchor[0] >= q.end) d.unread = [...(d.unread ?? []), words];
  }
}

/**
 * "… in Q1 2020 and Q2 2020: 465 and 2,012, respectively": the listed figures take the listed periods in order.
 * Where the lists differ in length, the figures are left without a period (so not checked).
 */
function respectively(a: Analysis, drafts: Draft[]): void {
  const at = a.tokens.findIndex((t) => t.lower === 'respectively');
  if (at < 0) return;
  // The figures listed right before the word: "A and B", "A, B and C".
  // The figures listed before the word, perhaps with their noun: "A and B, respectively", "A and B people crossed, respectively".
  const listed: QuantityMention[] = [];
  const last = [...a.quantities].reverse().find((x) => x.end <= at && at - x.end <= 10);
  if (!last) return;
  let k = last.end - 1;
  for (;;) {
    const q = a.quantities.find((x) => x.end === k + 1);
    if (!q) break;
    listed.unshift(q);
    k = q.start - 1;
    if (!/^(,|and)$/.test(lw(a, k))) break;
    k--;
    if (lw(a, k) === ',') k--;
  }
  if (listed.length < 2) return;
  const first = listed[0]!.start;
  // The periods listed before them: the last run of periods joined by "and" or commas.
  const periods = a.times.filter((t) => t.end <= first && t.expr.kind === 'period');
  const run: TimeMention[] = [];
  for (let i = periods.length - 1; i >= 0; i--) {
    const t = periods[i]!;
    const next = run[0];
    if (next && !(next.start - t.end <= 2 && a.tokens.slice(t.end, next.start).every((x) => /^(,|and)$/.test(x.lower)))) break;
    run.unshift(t);
  }
  const mine = listed.map((q) => drafts.find((d) => d.quantity === q));
  for (const [i, d] of mine.entries()) {
    if (!d) continue;
    const t = run.length === listed.length ? run[i]! : null;
    d.time = t;
    if (t) bind(d, t.start, t.end, 'period');
    else d.unread = [...(d.unread ?? []), 'respectively'];
    bind(d, at, at + 1, 'value');
  }
}

/** "… came from (nationals of) Iran", "… were from Albania": the predicate that names who a superlative ranks first. */
function cameFrom(a: Analysis, from: number, to: number): { start: number; value: ValueMention } | null {
  for (let i = from; i < Math.min(to, from + 10); i++) {
    if (!/^(came|come|comes|were|was|are|is)$/.test(lw(a, i)) || lw(a, i + 1) !== 'from') continue;
    let k = i + 2;
    if (/^(nationals|citizens|people)$/.test(lw(a, k)) && lw(a, k + 1) === 'of') k += 2;
    const v = a.values.find((x) => (x.start === k || x.start === i + 2) && x.entry.kind === 'nationality');
    return v ? { start: i, value: v } : null;
  }
  return null;
}

// ── shares ──────────────────────────────────────────────────────────────────

/**
 * "made up 5% of small boat arrivals in 2023, up from 1% in 2022": a percentage after "up from" (or "rose from",
 * "down from") is the share's earlier level, not a change: the same share, of its own period.
 */
function priorLevel(a: Analysis, q: QuantityMention, before: Draft[]): Draft | null {
  if (lw(a, q.start - 1) !== 'from') return null;
  const change = a.changes.find((c) => c.end === q.start - 1);
  const prev = [...before].reverse().find((x) => x.type === 'share' && x.anchor[1] <= q.start && !x.baselineOf);
  if (!change || !prev) return null;
  const d = newDraft('share', prev.seg, [q.start, q.end]);
  d.quantity = q;
  bind(d, change.start, q.end, 'value');
  d.partValues = prev.partValues;
  d.measureWords = prev.measureWords;
  d.values = prev.values;
  d.wholeFromPrevious = true;
  d.baselineOf = prev;
  const t = a.times.find((x) => x.start >= q.end && x.start <= q.end + 2 && x.expr.kind === 'period');
  if (t) d.time = t;
  return d;
}

function shares(a: Analysis, s: Segment, si: number, used: Set<number>, segDrafts: Draft[], earlier: Draft[]): Draft[] {
  const out: Draft[] = [];
  const pcts = within(a.quantities, s.start, s.end).filter((q) => q.unit === 'percent' && !used.has(q.numStart));
  const nearChange = (q: QuantityMention) => lw(a, q.end) !== 'of' && a.changes.some((c) => (c.start >= q.end && c.start <= q.end + 1) || (c.end <= q.start && q.start - c.end <= 2 && (c.value.form !== 'adverb' || lw(a, c.end) === 'by')) || (c.end === q.start)) || a.comparatives.some((c) => c.start === q.end);
  for (const q of pcts) {
    if (used.has(q.numStart)) continue;
    const prior = priorLevel(a, q, [...segDrafts, ...earlier]);
    if (prior) {
      out.push(prior);
      continue;
    }
    if (nearChange(q)) continue;
    const d = newDraft('share', si, [q.start, q.end]);
    d.quantity = q;
    bind(d, q.start, q.end, 'value');
    let k = q.end;
    if (lw(a, k) === 'of') {
      // The whole: "of (all) small boat arrivals in 2023", "of these arrivals", "of all recorded deaths"; "of whom": the figure before.
      const verb = /^(whom|which|them)$/.test(lw(a, k + 1)) ? k + 2 : findPredicateStart(a, k + 1, s.end);
      if (verb === k + 2) bind(d, k + 1, k + 2, 'part');
      d.measureWords = within(a.measures, k + 1, verb);
      d.values = within(a.values, k + 1, verb);
      d.wholeRange = [k + 1, verb];
      d.references = within(a.references, k + 1, verb);
      const t = timesIn(a, [k + 1, verb], used)[0] ?? timesIn(a, [s.start, s.end], used).find((x) => (x.expr.kind === 'period' || x.expr.kind === 'since') && x.end <= q.start);
      if (t) d.time = t;
      bind(d, k, k + 1, 'part');
      // "90% of small boat arrivals (40,302) claimed asylum": the bracketed figure is the part in people, the share restated.
      const paren = a.quantities.find((x) => x.unit === 'count' && x.start > k && x.start < verb && lw(a, x.start - 1) === '(' && lw(a, x.end) === ')');
      if (paren) {
        bind(d, paren.start - 1, paren.end + 1, 'value');
        used.add(paren.numStart);
      }
      k = verb;
    } else if (isShareOfValue(a, q)) {
      // "Iranians (13%)": the share of a value in the clause's whole.
      const v = a.values.find((x) => x.end === q.start - 1)!;
      d.partValues = [v];
      bind(d, v.start, v.end, 'part');
      bind(d, q.start - 1, q.end + 1, 'value');
      out.push(d);
      continue;
    } else if (COPULAS.has(lw(a, k)) || (a.tokens[k]?.pos === 'VERB' && !a.measures.some((m) => m.start === k && m.value.form === 'noun'))) {
      d.wholeFromPrevious = true;
    } else if (lw(a, q.start - 1) === '(' && lw(a, k) === ')' && a.quantities.some((x) => x.unit === 'count' && x.end === q.start - 1) && within(a.references, s.start, q.start).length) {
      // "Of this total, 11,241 (35%) were Albanian nationals": the figure restated as a share of the whole named before it.
      bind(d, q.start - 1, q.end + 1, 'value');
      d.references = within(a.references, s.start, q.start);
      d.restatesCount = true;
      k = q.end + 1;
    } else {
      continue;
    }
    // "… making up about 20% of all small boat arrivals": the part is the parent clause's subject.
    const sv = /^(up|for)$/.test(lw(a, q.start - 1)) ? q.start - 2 : q.start - 1;
    if (SHARE_VERBS.has(lw(a, sv)) || SHARE_VERBS.has(lemma(a, sv))) {
      bind(d, sv, q.start, 'part');
      d.partValues = within(a.values, s.start, sv);
      if (!d.partValues.length) d.subject = 'parent';
      out.push(d);
      continue;
    }
    // The part: the predicate's values ("were male", "were between 25 and 39 years old", "have been due to violence", "were from Vietnam and Afghanistan").
    const pred: Range = [k, s.end];
    d.partValues = within(a.values, pred[0], pred[1]);
    d.negated = a.negations.some((n) => n >= pred[0] && n < pred[1]);
    for (const n of a.negations) if (n >= pred[0] && n < pred[1]) bind(d, n, n + 1, 'negation');
    if (!d.partValues.length) {
      // A predicate named as a measure ("45% seek asylum", "were removed by force"): the part is in the measure words.
      const mw = within(a.measures, pred[0], pred[1]);
      if (mw.length) {
        d.measureWords = [...d.measureWords, ...mw];
        d.partMeasures = mw;
      }
    }
    if (d.wholeFromPrevious) {
      const prev = [...segDrafts, ...earlier].reverse().find((x) => x.type === 'share');
      if (prev) d.baselineOf = prev;
    }
    out.push(d);
  }
  // "nine in ten small-boat arrivals …", "four in five of the detections"
  for (let i = s.start; i < s.end; i++) {
    if (used.has(i)) continue;
    const n = isNum(a, i);
    // "two out of five": the same fraction.
    const outOf = lw(a, i + 1) === 'out' && lw(a, i + 2) === 'of';
    const dIdx = outOf ? (lw(a, i + 3) === 'every' ? i + 4 : i + 3) : lw(a, i + 2) === 'every' ? i + 3 : i + 2;
    // "nine in ten", "one in every 100": a denominator that divides a whole, never a year ("23 in 2018").
    const den = (lw(a, i + 1) === 'in' || outOf) && !a.times.some((t) => t.start <= dIdx && t.end > dIdx) ? isNum(a, dIdx) : null;
    if (n === null || !den || den <= n || ![2, 3, 4, 5, 6, 8, 10, 20, 25, 50, 100, 1000].includes(den) || /^(chance|risk|odds|probability)$/.test(lw(a, dIdx + 1))) continue;
    // Read as a fraction in words ("a quarter": ±3 points): "one in four" is not 19.5%, one in five.
    const q: QuantityMention = { start: i, end: dIdx + 1, numStart: i, numEnd: dIdx + 1, value: (100 * n) / den, unit: 'percent', precision: den <= 10 ? 3 : 100 / den / 2, hedge: null, form: 'words' };
    const pre = a.quantities.find((x) => x.numStart === i && x.hedge);
    if (pre) {
      q.hedge = pre.hedge;
      q.start = pre.start;
    }
    const d = newDraft('share', si, [q.start, q.end]);
    d.quantity = q;
    bind(d, q.start, q.end, 'value');
    let k = q.end;
    if (lw(a, k) === 'of') k++;
    const verb = findPredicateStart(a, k, s.end);
    d.measureWords = within(a.measures, k, verb);
    d.values = within(a.values, k, verb);
    d.references = within(a.references, k, verb);
    const t = timesIn(a, [k, verb], used)[0] ?? timesIn(a, [s.start, s.end], used).find((x) => x.expr.kind === 'period' || x.expr.kind === 'since');
    if (t) d.time = t;
    // "Sea crossings accounted for four in five of …": the part is the subject; otherwise the predicate.
    const sv = lw(a, q.start - 1) === 'for' ? q.start - 2 : q.start - 1;
    if (SHARE_VERBS.has(lw(a, sv)) || SHARE_VERBS.has(lemma(a, sv))) {
      d.partValues = within(a.values, s.start, sv);
      bind(d, sv, q.start, 'part');
      d.measureWords = [...d.measureWords, ...within(a.measures, s.start, sv)];
    } else {
      d.partValues = within(a.values, verb, s.end);
      const mw = within(a.measures, verb, s.end);
      // "one in every 100 people who crossed … lost their life": deaths over crossings, a rate (read by ratios), not a share.
      if (mw.some((m) => d.measureWords.length && !d.measureWords.some((w) => w.value.family === m.value.family) && m.value.family !== 'asylum')) continue;
      if (!d.partValues.length && mw.length) {
        d.measureWords = [...d.measureWords, ...mw];
        d.partMeasures = mw;
      }
    }
    d.negated = a.negations.some((x) => x >= verb && x < s.end);
    for (let j = q.start; j < q.end; j++) used.add(j);
    out.push(d);
    i = q.end;
  }
  // "the (vast) majority of", "most of", "a minority of"
  for (let i = s.start; i < s.end; i++) {
    if (used.has(i)) continue;
    let k = i;
    if (lw(a, k) === 'the') k++;
    if (/^(vast|overwhelming|great)$/.test(lw(a, k))) k++;
    const w = lw(a, k);
    if (!((w === 'majority' || w === 'minority') && lw(a, k + 1) === 'of') && !(w === 'most' && lw(a, k + 1) === 'of' && lw(a, i) === 'most')) continue;
    const d = newDraft('share', si, [i, k + 2]);
    d.quantity = { start: i, end: k + 1, numStart: i, numEnd: k + 1, value: 50, unit: 'percent', precision: 0, hedge: w === 'minority' ? 'fewer_than' : 'more_than', form: 'words' };
    bind(d, i, k + 2, 'value');
    const verb = findPredicateStart(a, k + 2, s.end);
    d.measureWords = within(a.measures, k + 2, verb);
    d.values = within(a.values, k + 2, verb);
    d.references = within(a.references, k + 2, verb);
    d.partValues = within(a.values, verb, s.end);
    d.negated = a.negations.some((n) => n >= verb && n < s.end);
    for (const n of a.negations) if (n >= verb && n < s.end) bind(d, n, n + 1, 'negation');
    out.push(d);
    i = k + 1;
  }
  return out;
}

function isShareOfValue(a: Analysis, q: QuantityMention): boolean {
  return lw(a, q.start - 1) === '(' && lw(a, q.end) === ')' && a.values.some((v) => v.end === q.start - 1);
}

/** Where a noun phrase's predicate begins: its first verb or copula. */
function findPredicateStart(a: Analysis, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i]!;
    if (COPULAS.has(t.lower) || (t.pos === 'AUX' && !/^(have|has|had)$/.test(t.lower))) return i;
    if (/^(have|has|had)$/.test(t.lower) && a.tokens[i + 1]?.lower === 'been') return i;
    if (t.pos === 'VERB' && !a.measures.some((m) => m.start <= i && m.end > i && m.value.form === 'noun') && !/^(recorded|documented|registered|reported)$/.test(t.lower)) return i;
  }
  return to;
}

// ── averages per unit ───────────────────────────────────────────────────────

function means(a: Analysis, s: Segment, si: number, used: Set<number>, ctx: ConstructContext): Draft[] {
  const out: Draft[] = [];
  for (const q of within(a.quantities, s.start, s.end)) {
    if (used.has(q.numStart) || q.unit !== 'count' || isMoney(q)) continue;
    // "53 migrants arrived per boat", "11 per boat", "53 people per boat"
    // "in each one": the unit of an average, never a figure.
    if (/^(each|every)$/.test(lw(a, q.start - 1))) continue;
    let per: string | null = null;
    let perEnd = q.end;
    const averageOf = within(a.aggregates, Math.max(s.start, q.start - 3), q.start + 1).some((g) => g.value === 'mean');
    for (let k = q.end; k < Math.min(s.end, q.end + (averageOf ? 8 : 4)); k++) {
      const u = perUnitAt(a, k, averageOf);
      if (u) {
        per = u.per;
        perEnd = u.end;
        break;
      }
    }
    // "an average of 14 per day", "an average of 52 people a day": the period's figure over its days.
    // ("an average of 500 removed every week", "an average of 2,000 a month": over its weeks or months.)
    const daily = !per && averageOf ? a.times.find((t) => t.expr.kind === 'each' && t.expr.unit !== 'year' && t.start >= q.end && t.end <= s.end && !a.quantities.some((o) => o.start > q.end && o.start < t.start)) : undefined;
    if (daily && daily.expr.kind === 'each') {
      per = daily.expr.unit;
      perEnd = daily.end;
    }
    // "carrying an average of 53 people each" (boats in the clause), "the average number of people per boat … to 62".
    if (!per && averageOf && /^(each|apiece)$/.test(lw(a, q.end + 1) || lw(a, q.end)) && within(a.measures, s.start, s.end).some((m) => m.value.family === 'small_boats')) {
      per = 'small_boats';
      perEnd = lw(a, q.end) === 'each' ? q.end + 1 : q.end + 2;
    }
    // "the average number of people per boat … to 62", "the average number of people in each dinghy was more than 47".
    const perPhrase = !per ? a.tokens.findIndex((t, k) => k >= s.start && k < q.start && t.lower === 'average' && a.tokens.slice(k, q.start).some((_, j) => perUnitAt(a, k + j, true))) : -1;
    if (perPhrase >= 0) {
      const pk = a.tokens.findIndex((t, k) => k > perPhrase && perUnitAt(a, k, true) !== null);
      per = perUnitAt(a, pk, true)!.per;
    }
    const averageBefore = within(a.aggregates, Math.max(s.start, q.start - 3), q.start + 1).find((g) => g.value === 'mean');
    const averageWas = !per && ctx.topicPer && /^(average|figure)$/.test(lw(a, q.start - 2) + '') === false && within(a.aggregates, s.start, q.start).some((g) => g.value === 'mean') && COPULAS.has(lw(a, q.start - 1));
    if (!per && !averageWas) continue;
    const d = newDraft('mean_per', si, [q.start, perEnd]);
    d.quantity = q;
    d.per = per ?? ctx.topicPer!;
    bind(d, q.start, q.end, 'value');
    if (daily) bind(d, daily.start, daily.end, 'per');
    else if (per && perEnd > q.end) {
      const u = [...Array(perEnd - q.end).keys()].map((j) => q.end + j).map((k) => perUnitAt(a, k, averageOf)).find((x) => x?.end === perEnd);
      bind(d, u ? u.start : perEnd - (lw(a, perEnd - 1) === 'each' ? 1 : 2), perEnd, 'per');
    }
    if (perPhrase >= 0) {
      const pk = a.tokens.findIndex((t, k) => k > perPhrase && perUnitAt(a, k, true) !== null);
      bind(d, perPhrase, perUnitAt(a, pk, true)!.end, 'per');
    }
    if (averageBefore) bind(d, averageBefore.start, averageBefore.end, 'aggregate');
    if (averageWas) {
      const g = within(a.aggregates, s.start, q.start).find((x) => x.value === 'mean')!;
      bind(d, g.start, g.end, 'aggregate');
      d.subject = 'topic';
    }
    d.measureWords = measureWordsNear(a, s, [q.start, q.end], null).filter((m) => m.value.family !== 'small_boats');
    d.time = timeFor(a, s, [q.start, perEnd], used, null);
    out.push(d);
  }
  return out;
}

// ── changes ─────────────────────────────────────────────────────────────────

function changes(a: Analysis, s: Segment, si: number, used: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (const q of within(a.quantities, s.start, s.end)) {
    const absolute = q.unit === 'count' && !used.has(q.numStart) ? absoluteChange(a, s, q) : null;
    if (absolute) {
      const d = changeDraft(a, s, si, used, out, q, absolute.dir, absolute.anchor);
      if (absolute.restates !== undefined) d.restates = absolute.restates;
      out.push(d);
      continue;
    }
    if (used.has(q.numStart) || (q.unit !== 'percent' && q.unit !== 'ratio')) continue;
    if (q.unit === 'percent' && lw(a, q.end) === 'of' && !a.changes.some((c) => c.start >= q.end + 1 && c.start <= q.end + 2)) continue; // "20% of all arrivals": a share
    let dir: 'up' | 'down' | null = null;
    let anchor: Range = [q.start, q.end];
    // A ×2 or ×½ names its own direction; a "threefold increase" or "doubling" may also carry a word.
    if (q.unit === 'ratio') dir = q.value >= 1 ? 'up' : 'down';
    // "a 59% year-on-year decline": a time between the figure and its change noun.
    const gap = a.times.find((t) => t.start === q.end)?.end ?? q.end;
    const after = a.changes.find((c) => c.start >= q.end && c.start <= gap + 2 && (c.value.form === 'noun' || c.value.form === 'verb'));
    const cmp = a.comparatives.find((c) => c.start === q.end);
    const before = [...a.changes].reverse().find((c) => c.end <= q.start && q.start - c.end <= 2 && !(lw(a, c.end) === 'than'));
    const nounOf = before && before.value.form === 'noun' && lw(a, before.end) === 'of';
    if (after && !(q.unit === 'ratio' && after.value.form === 'verb')) {
      dir ??= after.value.dir;
      if (q.unit !== 'ratio') dir = after.value.dir;
      anchor = [q.start, after.end];
    } else if (cmp) {
      dir = cmp.value === 'more' ? 'up' : 'down';
      anchor = [q.start, cmp.end];
    } else if (before && (before.value.form !== 'noun' || nounOf)) {
      if (q.unit !== 'ratio') dir = before.value.dir;
      anchor = [before.start, q.end];
    } else if (q.unit !== 'ratio') continue;
    if (!dir) continue;
    // "more than twice as many as any other EU country": a comparison across countries, not a change over time (not computed).
    if (a.tokens.slice(q.end, q.end + 8).some((t, k) => t.lower === 'any' && /^(other|single)$/.test(lw(a, q.end + k + 1)))) continue;
    // "falling to around 11,400, compared to more than double that during the same period last year": the multiple is the
    // baseline's, of the figure just stated, so the change runs the other way ("more than halved").
    if (q.unit === 'ratio' && /^(that|this)$/.test(lw(a, q.end)) && /^(to|with|against|versus|vs)$/.test(lw(a, q.start - 1)) && q.value > 0) {
      const inv: QuantityMention = { ...q, value: Math.round((1 / q.value) * 1000) / 1000, end: q.end + 1 };
      const d = changeDraft(a, s, si, used, out, inv, q.value >= 1 ? 'down' : 'up', [q.start, q.end + 1]);
      d.inverted = true;
      out.push(d);
      continue;
    }
    out.push(changeDraft(a, s, si, used, out, q, dir, anchor));
  }
  return out;
}

/**
 * "fell by 13,790", "decreased by more than 30%, or by 34 thousand", "an increase of 3,000":
 * a number of people after "by" (or a change noun's "of") is the change itself, not a count.
 */
function absoluteChange(a: Analysis, s: Segment, q: QuantityMention): { dir: 'up' | 'down'; anchor: Range; restates?: number } | null {
  if (isMoney(q) || unitAfter(a, q)) return null;
  const prev = lw(a, q.start - 1);
  if (prev === 'of') {
    const noun = a.changes.find((c) => c.end === q.start - 1 && (c.value.form === 'noun' || /^(a|an|the|net)$/.test(lw(a, c.start - 1))));
    return noun ? { dir: noun.value.dir, anchor: [noun.start, q.end] } : null;
  }
  if (prev !== 'by') return null;
  // "…, or by 34 thousand": a restatement of the change before it, across the comma.
  const restated = /^(or|and|,)$/.test(lw(a, q.start - 2));
  const verb = [...a.changes].reverse().find((c) => c.end <= q.start - 1 && (restated || c.start >= s.start) && q.start - c.end <= 12 && (c.value.form === 'verb' || (c.value.form === 'adverb' && /^(up|down)$/.test(lw(a, c.start)))));
  if (!verb) return null;
  return { dir: verb.value.dir, anchor: verb.start >= s.start ? [verb.start, q.end] : [q.start - 1, q.end], ...(verb.start < s.start ? { restates: verb.start } : {}) };
}

function changeDraft(a: Analysis, s: Segment, si: number, used: Set<number>, out: Draft[], q: QuantityMention, dir: 'up' | 'down', anchor: Range): Draft {
    const d = newDraft('change', si, anchor);
    d.quantity = q;
    d.direction = dir;
    bind(d, anchor[0], anchor[1], 'value');
    if (q.start < anchor[0]) bind(d, q.start, q.end, 'value');
    // "more than twice the number of applications in 2019": the noun phrase after a multiplier is the baseline.
    // "92 percent below the record number set in 2015": likewise after "below" or "above".
    const levelNoun = /^(number|level|figure|total|amount|size|rate)$/.test(lw(a, anchor[1] + 1)) || (/^(record|peak|previous|all-time)$/.test(lw(a, anchor[1] + 1)) && /^(number|level|figure|total|high|low)$/.test(lw(a, anchor[1] + 2))) || /^(peak|record)$/.test(lw(a, anchor[1] + 1)) || (/^\d{4}$/.test(lw(a, anchor[1] + 1)) && /^(number|level|figure|total|count|tally)$/.test(lw(a, anchor[1] + 2)));
    // "four times the 282 000 recorded for the whole of 2014": the baseline is a figure of its own.
    const figureNext = a.quantities.some((x) => x.start === anchor[1] + 1);
    const timesOf = (q.unit === 'ratio' || /^(below|above|under)$/.test(lw(a, anchor[1] - 1))) && lw(a, anchor[1]) === 'the' && (levelNoun || figureNext);
    // "16% up on 2023": the baseline's word may close the change's own words.
    const base = timesOf ? ([anchor[1], s.end] as Range) : (baselineAfter(a, s, BASELINE_STARTS.has(lw(a, anchor[1] - 1)) ? anchor[1] - 1 : anchor[1]) ?? thanLater(a, s, anchor));
    if (base) readBaseline(a, s, d, base, used, out, si);
    // "year on year", "on last year" anywhere in the clause.
    const yoy = within(a.times, s.start, s.end).find((t) => (t.expr.kind === 'yoy' || t.expr.kind === 'same_window') && !(base && t.start >= base[0]));
    if (yoy) {
      d.baselineTimes = [...(d.baselineTimes ?? []), yoy];
      bind(d, yoy.start, yoy.end, 'baseline');
    }
    // … or after it, with the level reached ("rose by about 8,000 on the year before, to 36,816 in 2024").
    const own = [...timesIn(a, [s.start, base ? base[0] : s.end], used), ...(base && base[1] < s.end && lw(a, base[1]) === ',' ? timesIn(a, [base[1], s.end], used) : [])].filter((t) => t !== yoy && t.expr.kind !== 'each');
    // The period of the change: the clause's time outside the baseline ("fell by 36% in 2023").
    if (own.length) d.time = own.find((t) => t.start >= anchor[1]) ?? own[own.length - 1]!;
    return d;
}

/** "18% more people applied … than in 2022", "a fifth fewer … than the year before": a comparative's "than" further on in the clause (not past a comma, unless the comma comes right before it). */
function thanLater(a: Analysis, s: Segment, anchor: Range): Range | null {
  if (!/^(more|fewer|less|higher|lower)$/.test(lw(a, anchor[1] - 1))) return null;
  for (let k = anchor[1]; k < s.end && k - anchor[1] <= 14; k++) {
    const w = lw(a, k);
    if (w === 'than') return baselineAfter(a, s, k);
    if ((w === ',' && lw(a, k + 1) !== 'than') || w === ';') return null;
  }
  return null;
}

/** The baseline of a change or comparison: its times, its figure (a count claim of its own), its restated measure and values. */
function readBaseline(a: Analysis, s: Segment, d: Draft, base: Range, used: Set<number>, out: Draft[], si: number): void {
  d.baselineRange = [base[0], base[1]];
  bind(d, base[0], base[0] + (lw(a, base[0]) === 'compared' ? 2 : 1), 'baseline');
  const times = timesIn(a, base, used).map((t) => (/^(whole|entire|full|all)$/.test(lw(a, t.start - 2)) || lw(a, t.start - 1) === 'all' ? { ...t, whole: true } : t));
  d.baselineTimes = times;
  for (const t of times) bind(d, t.start, t.end, 'baseline');
  const agg = within(a.aggregates, base[0], base[1]).find((g) => g.value === 'sum');
  if (agg) {
    d.baselineAggregate = 'sum';
    bind(d, agg.start, agg.end, 'aggregate');
  }
  d.baselineValues = within(a.values, base[0], base[1]);
  d.baselineMeasureWords = within(a.measures, base[0], base[1]);
  for (const v of d.baselineValues) bind(d, v.start, v.end, 'baseline');
  // "the 29,437 people who arrived in 2023", "(82,275 applications, relating to 102,371 people)": count claims for the baseline,
  // each in the baseline's time nearest before it.
  for (const bq of within(a.quantities, base[0], base[1]).filter((q) => q.unit === 'count' && !used.has(q.numStart) && !isMoney(q) && !unitAfter(a, q))) {
    const c = newDraft('count', si, [bq.start, bq.end]);
    c.quantity = bq;
    c.baselineOf = d;
    c.time = [...times].reverse().find((t) => t.end <= bq.start) ?? times[0] ?? null;
    c.measureWords = d.baselineMeasureWords;
    c.values = d.baselineValues;
    c.subject = 'parent';
    bind(c, bq.start, bq.end, 'value');
    bind(d, bq.start, bq.end, 'baseline_value');
    out.push(c);
  }
  if (within(a.times, base[0], base[1]).some((t) => t.expr.kind === 'past') || /^(ever|before)$/.test(lw(a, base[0] + 1))) d.vsPast = true;
}

// ── ranks and records ───────────────────────────────────────────────────────

function ranks(a: Analysis, s: Segment, si: number, used: Set<number>, ctx: ConstructContext): Draft[] {
  const out: Draft[] = [];
  // "Never (before) have so many migrants died … as in 2024", "never have so few … as in 2024": a record, the highest (lowest) of all.
  for (let i = s.start; i < s.end; i++) {
    if (lw(a, i) !== 'never' || used.has(i)) continue;
    const so = a.tokens.findIndex((t, k) => k > i && k <= i + 4 && t.lower === 'so' && /^(many|few|much|little)$/.test(lw(a, k + 1)));
    const asIn = so >= 0 ? a.tokens.findIndex((t, k) => k > so && k < s.end && t.lower === 'as' && /^(in|during|this|last)$/.test(lw(a, k + 1))) : -1;
    if (asIn < 0) continue;
    const t = a.times.find((x) => x.start >= asIn + 1 && x.start <= asIn + 2 && x.expr.kind === 'period');
    if (!t) continue;
    const d = newDraft('rank', si, [i, so + 2]);
    bind(d, i, so + 2, 'rank');
    bind(d, asIn, t.start, 'rank');
    const unit = within(a.times, so, asIn).find((x) => x.expr.kind === 'unit');
    if (unit) bind(d, unit.start, unit.end, 'rank');
    if (lw(a, i + 1) === 'before') bind(d, i + 1, i + 2, 'rank');
    d.time = t;
    d.rank = { k: 1, direction: /^(few|little)$/.test(lw(a, so + 1)) ? 'min' : 'max', scope: { kind: 'record' }, over: 'year', negated: false, afterValues: [] };
    out.push(d);
  }
  for (const sup of within(a.superlatives, s.start, s.end)) {
    if (used.has(sup.start)) continue;
    // "most of", "the most" before an adjective of no measure ("the most right-wing governments") are not ranks.
    if (sup.phrase === 'most' && (lw(a, sup.end) === 'of' || a.tokens[sup.end]?.pos === 'ADJ' && !UNIT_NOUNS[lw(a, sup.end + 1)])) continue;
    if (sup.phrase === 'top' && !/^(the)$/.test(lw(a, sup.start - 1))) continue;
    if (sup.phrase === 'least' && lw(a, sup.start - 1) === 'at') continue;
    if (a.recordScopes.some((r) => sup.start >= r.start && sup.end <= r.end)) continue; // "on record"
    // "in most regions": a quantifier, not a rank.
    if (sup.phrase === 'most' && !/^(the|second|third|next|'s)$/.test(lw(a, sup.start - 1))) continue;
    let k = 1;
    let start = sup.start;
    const prev = lw(a, sup.start - 1);
    if (ORDINALS[prev]) {
      k = ORDINALS[prev]!;
      start = sup.start - 1;
    } else if (prev === '-' && ORDINALS[lw(a, sup.start - 2)]) {
      k = ORDINALS[lw(a, sup.start - 2)]!;
      start = sup.start - 2;
    } else if (prev === 'next' && ctx.lastRankK !== null) {
      k = ctx.lastRankK + 1;
      start = sup.start - 1;
    }
    // "one of the highest": no rank to check.
    if ((lw(a, start - 1) === 'of' && lw(a, start - 2) === 'one') || (lw(a, start - 1) === 'the' && lw(a, start - 2) === 'of' && /^(one|among)$/.test(lw(a, start - 3)))) continue;
    const d = newDraft('rank', si, [start, sup.end]);
    bind(d, start, sup.end, 'rank');
    d.negated = a.negations.some((n) => n >= s.start && n < start && start - n <= 6);
    for (const n of a.negations) if (n >= s.start && n < start && start - n <= 6) bind(d, n, n + 1, 'negation');
    // What is ranked: the noun after the superlative, or a unit time ("for a calendar year"), or "for this period of the year".
    let over: RankOver | null = null;
    for (let j = sup.end; j < Math.min(s.end, sup.end + 4); j++) {
      const u = UNIT_NOUNS[lw(a, j)];
      if (u) {
        over = u;
        bind(d, j, j + 1, 'rank');
        break;
      }
      // "the highest single-day total": the hyphen of a compound is part of the noun phrase.
      // ("the top refugee-hosting country": a noun joined to a participle.)
      if (lw(a, j) === '-' && (a.tokens[j - 1]?.pos === 'ADJ' || a.tokens[j - 1]?.pos === 'NOUN')) continue;
      if (a.tokens[j]?.pos !== 'ADJ' && a.tokens[j]?.pos !== 'NOUN' && !(a.tokens[j]?.pos === 'VERB' && /(ed|ing)$/.test(a.tokens[j]!.lower))) break;
    }
    // "the largest number of applications came from nationals of Iran": ranked over nationalities, with Iran the one ranked.
    const from = over ? null : cameFrom(a, sup.end, s.end);
    if (from) {
      over = { dim: 'nationality' };
      bind(d, from.start, from.value.start, 'rank');
      d.values = [from.value];
    }
    const unitTime = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'unit' || t.expr.kind === 'this_period');
    if (unitTime) {
      over = unitTime.expr.kind === 'this_period' ? 'window' : unitTime.expr.kind === 'unit' ? unitTime.expr.unit : over;
      bind(d, unitTime.start, unitTime.end, 'rank');
    }
    // Scope: "on record", "ever", "since 2021", "since data began in 2018", "for eight years".
    let scope: NonNullable<Draft['rank']>['scope'] = { kind: 'record' };
    const rs = within(a.recordScopes, s.start, s.end).find((r) => !used.has(r.start));
    const since = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'since' && !used.has(t.start));
    const years = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'years');
    // "the highest since the year ending June 2005": a period after "since" is where the scope starts (its figure may follow it, "(30,314)").
    const sincePeriod = since ? undefined : within(a.times, sup.end, s.end).find((t) => t.expr.kind === 'period' && ((t.expr.period.kind === 'range' && lw(a, t.start - 1) === 'since') || (t.expr.period.kind === 'since' && lw(a, t.start) === 'since' && t.expr.period.sinceEnd !== undefined)) && !used.has(t.start));
    if (since && since.expr.kind === 'since') {
      scope = since.expr.records ? { kind: 'record' } : { kind: 'since', year: since.expr.year };
      bind(d, since.start, since.end, 'scope');
    } else if (sincePeriod && sincePeriod.expr.kind === 'period' && sincePeriod.expr.period.kind === 'since') {
      // "the highest monthly figure since October 2022": among the periods after that month, up to the claim.
      const p = sincePeriod.expr.period;
      scope = { kind: 'within', from: addDays(p.sinceEnd!, 1), to: p.to };
      bind(d, sincePeriod.start, sincePeriod.end, 'scope');
    } else if (sincePeriod && sincePeriod.expr.kind === 'period') {
      scope = { kind: 'since', year: yearOf(sincePeriod.expr.period.from) };
      bind(d, sincePeriod.start - 1, sincePeriod.end, 'scope');
    } else if (years && years.expr.kind === 'years') {
      scope = { kind: 'years', n: years.expr.n };
      bind(d, years.start, years.end, 'scope');
    }
    if (rs) bind(d, rs.start, rs.end, 'scope');
    // "… after the Eastern Mediterranean route"
    const afterIdx = a.tokens.findIndex((t, i) => i >= sup.end && i < s.end && (t.lower === 'after' || t.lower === 'behind'));
    // "After Turkey, Colombia, Uganda and Pakistan, Germany was the largest host": the values ranked above, heading the clause.
    const headComma = lw(a, s.start) === 'after' ? a.tokens.map((t, i) => (i > s.start && i < start && t.text === ',' ? i : -1)).filter((i) => i > 0).at(-1) ?? -1 : -1;
    const headAfter = afterIdx < 0 && headComma > 0 ? within(a.values, s.start + 1, headComma) : [];
    const afterValues = afterIdx >= 0 ? within(a.values, afterIdx + 1, s.end) : headAfter;
    if (headAfter.length) bind(d, s.start, headComma, 'rank');
    // "… after 2022 and 2021", "behind only 2022": the years ranked above (a figure there is a count of its own).
    const afterTimes = afterIdx >= 0 && !afterValues.length ? within(a.times, afterIdx + 1, s.end).filter((t) => t.expr.kind === 'period' && t.expr.period.kind === 'year' && !a.quantities.some((q) => q.start > afterIdx && q.end <= t.start)) : [];
    if (afterIdx >= 0 && (afterValues.length || afterTimes.length)) {
      bind(d, afterIdx, afterIdx + 1, 'rank');
      if (lw(a, afterIdx + 1) === 'only') bind(d, afterIdx + 1, afterIdx + 2, 'rank');
      for (const v of [...afterValues, ...afterTimes]) bind(d, v.start, v.end, 'rank');
    }
    d.rank = { k, direction: sup.value, scope, over: over ?? 'year', negated: Boolean(d.negated), afterValues, afterTimes };
    if (!over) d.overDefault = true;
    // A figure stated with the record ("a record 45,774", "the record-high 45,755", "recording 1,130").
    const dashed = within(a.quantities, s.start, s.end).find((x) => x.unit === 'count' && x.end >= s.end - 1 && /^[—–-]$/.test(lw(a, x.start - 1)));
    const q = within(a.quantities, s.start, s.end).find((x) => x.unit === 'count' && !isMoney(x) && ((x.start >= sup.end && x.start - sup.end <= 3) || (x.end <= sup.start && sup.start - x.end <= 1))) ?? dashed;
    if (q) d.quantity = q;
    // "a record 45,774 in 2022": the record's period is the figure's.
    const qt = q ? timeFor(a, s, [q.numStart, q.numEnd], used, null) : null;
    const own = timesIn(a, [s.start, afterIdx >= 0 ? afterIdx : s.end], used).filter((t) => t.expr.kind === 'period' && t !== since && t !== sincePeriod);
    const rightAfter = own.find((t) => t.start >= sup.end && t.start - sup.end <= 3);
    d.time = qt ?? rightAfter ?? [...own].reverse().find((t) => t.end <= start) ?? own[0] ?? null;
    if (!d.time && a.tokens[s.end]?.text === ':') d.fromDetails = true;
    out.push(d);
  }
  return out;
}

// ── comparisons ─────────────────────────────────────────────────────────────

const COMPARE_VERBS = new Set(['surpass', 'surpasses', 'surpassed', 'exceed', 'exceeds', 'exceeded', 'outnumber', 'outnumbers', 'outnumbered', 'top', 'tops', 'topped', 'beat', 'beats', 'eclipse', 'eclipses', 'eclipsed', 'outstrip', 'outstrips', 'outstripped']);

function comparisons(a: Analysis, s: Segment, si: number, used: Set<number>): Draft[] {
  const out: Draft[] = [];
  const candidates = [
    ...within(a.comparatives, s.start, s.end).map((c) => ({ start: c.start, end: c.end, dir: c.value, verb: false })),
    // ("the previous top migrant passageway": "top" after a determiner or an adjective is no verb.)
    ...a.tokens.filter((t) => t.i >= s.start && t.i < s.end && COMPARE_VERBS.has(t.lower) && !(/^(the|a|an|its|their|his|her|our|previous|former)$/.test(lw(a, t.i - 1)) || a.tokens[t.i - 1]?.pos === 'ADJ')).map((t) => ({ start: t.i, end: t.i + 1, dir: 'more' as const, verb: true })),
  ].sort((x, y) => x.start - y.start);
  for (const c of candidates) {
    if (used.has(c.start)) continue;
    // A hedge ("more than 24,000") belongs to its quantity, and one inside a time to the time ("for more than a decade").
    if (a.quantities.some((q) => c.start >= q.start && c.start < q.numStart)) continue;
    if (a.times.some((t) => c.start > t.start && c.start < t.end)) continue;
    let than = c.end;
    if (!c.verb) {
      // "higher than", "more people … than", "more … so far this year than over the whole of 2023"
      const stop = a.tokens.findIndex((t, i) => i >= c.end && i < s.end && (t.text === ',' || t.text === ';'));
      than = a.tokens.findIndex((t, i) => i >= c.end && i < (stop < 0 ? s.end : stop) && t.lower === 'than');
      if (than < 0) continue;
      if (than - c.end > 14) continue;
    }
    const d = newDraft('comparison', si, [c.start, c.verb ? c.end : than + 1]);
    d.direction = c.dir === 'more' ? 'up' : 'down';
    bind(d, c.start, c.end, 'direction');
    if (!c.verb) bind(d, than, than + 1, 'baseline');
    // "than any August previously", "than any year", "than in any year since 2020", "than at this point in any previous year": a rank.
    let anyAt = than + 1;
    let samePoint = false;
    if (/^(at|by|in)$/.test(lw(a, anyAt)) && /^(this|that|the)$/.test(lw(a, anyAt + 1)) && /^(point|stage|time)$/.test(lw(a, anyAt + 2))) {
      samePoint = true;
      anyAt += 3;
    }
    if (/^(in|at|during|on)$/.test(lw(a, anyAt)) && lw(a, anyAt + 1) === 'any') anyAt++;
    if (lw(a, anyAt) === 'any' || lw(a, anyAt) === 'ever') {
      let k = anyAt + 1;
      if (/^(previous|earlier|other|past|prior)$/.test(lw(a, k))) k++;
      const m = a.times.find((t) => t.start === k);
      const over: RankOver = samePoint ? 'window' : m && m.expr.kind === 'period' && m.expr.period.kind === 'month' ? 'month_of_year' : lw(a, k) === 'month' ? 'month' : lw(a, k) === 'day' ? 'day' : 'year';
      const r = newDraft('rank', si, [c.start, k + 1]);
      bind(r, c.start, c.end, 'rank');
      bind(r, than, k + 1, 'rank');
      const sinceT = a.times.find((t) => t.start >= k && t.start <= k + 2 && t.expr.kind === 'since');
      if (sinceT) bind(r, sinceT.start, sinceT.end, 'scope');
      const past = a.times.find((t) => t.start >= than + 2 && t.start <= than + 4 && t.expr.kind === 'past');
      if (past) bind(r, past.start, past.end, 'scope');
      if (m) bind(r, m.start, m.end, 'rank');
      // "than in any year for more than a decade": the span ranked over.
      const span = a.times.find((t) => t.start >= k + 1 && t.start <= k + 2 && t.expr.kind === 'years');
      if (span) bind(r, span.start, span.end, 'scope');
      // "more than on any other day this year": the window whose days are ranked.
      const window = over === 'day' ? a.times.find((t) => t.start >= k + 1 && t.start <= k + 2 && t.expr.kind === 'period') : undefined;
      if (window) bind(r, window.start, window.end, 'period');
      // The period ranked is the subject's ("the numbers for August … lower than any August previously", "fewer … in 2020 than in any year"); "August" after "any" is the class.
      r.time = window ?? timesIn(a, [s.start, than], used).filter((t) => t.expr.kind === 'period').at(-1) ?? null;
      const scope: RankScope = sinceT && sinceT.expr.kind === 'since' ? { kind: 'since', year: sinceT.expr.year } : span && span.expr.kind === 'years' ? { kind: 'years', n: span.expr.n } : { kind: 'record' };
      r.rank = { k: 1, direction: c.dir === 'more' ? 'max' : 'min', scope, over, negated: false, afterValues: [] };
      // "than any … previously", "than at this point in any previous year": the earlier ones; "than in any year since 2020": every other one since.
      if (!sinceT && !window) r.rank.earlierOnly = true;
      out.push(r);
      continue;
    }
    const base: Range = [c.verb ? c.end : than + 1, s.end];
    readBaseline(a, s, d, [base[0] - (c.verb ? 0 : 1), base[1]], used, out, si);
    // "the whole of 2023", "all of 2023": harmless framing of the baseline period.
    // The amount: "thousands more", "5,000 more".
    const amount = a.quantities.find((q) => q.end === c.start || q.end === c.start - 1);
    if (amount && !used.has(amount.numStart) && amount.unit === 'count') {
      d.quantity = amount;
      bind(d, amount.start, amount.end, 'value');
    }
    // The subject's time: before the comparative (or between it and "than").
    const own = timesIn(a, [s.start, base[0]], used).filter((t) => t.expr.kind === 'period' || t.expr.kind === 'since');
    d.time = own.at(-1) ?? null;
    if (d.time) bind(d, d.time.start, d.time.end, 'period');
    out.push(d);
  }
  return out;
}

// ── counts ──────────────────────────────────────────────────────────────────

function counts(a: Analysis, s: Segment, si: number, used: Set<number>, segDrafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const meanDraft = segDrafts.find((d) => d.type === 'mean_per');
  for (const q of within(a.quantities, s.start, s.end)) {
    // A figure after an average restates it ("an average of 53 per boat, up from 49"); one before it is what was averaged
    // ("206 migrants crossed in three boats, suggesting an average of nearly 69 per boat").
    const meanInClause = meanDraft && meanDraft.quantity && meanDraft.quantity.start < q.start ? meanDraft : undefined;
    if (used.has(q.numStart) || q.unit !== 'count' || isMoney(q) || q.range || q.form === 'vague') continue;
    if (a.values.some((v) => q.numStart >= v.start && q.numEnd <= v.end)) continue; // "between 25 and 39 years old"
    // "one of", "the one": a pronoun.
    if (q.value === 1 && q.form === 'words' && !a.measures.some((m) => m.start === q.end)) continue;
    // "centres that hold up to 36,000 migrants a year": a capacity, not a count of what happened.
    const before = lw(a, q.start - 1);
    if (/^(hold|holds|house|houses|accommodate|accommodates|cater)$/.test(before) || (before === 'for' && /^(capacity|room|places|space|beds)$/.test(lw(a, q.start - 2)))) continue;
    if (unitAfter(a, q) || /^(figure|table|chart|section|chapter|article|page|paragraph|part|step|point|no|number|annex|appendix|item|question|clause|rule|level|tier|phase|stage|category|group|class|grade|covid|g)$/.test(lw(a, q.numStart - 1))) continue;
    // A number on its own ("1." heading a list) names nothing.
    if (q.end - q.start === 1 && s.end - s.start <= 2) continue;
    // "Out of the first 100 boats to arrive in 2024": a selection, not a count (selections() marks what it qualifies).
    if (selectionAt(a, q)) continue;
    const d = newDraft(meanInClause ? 'mean_per' : 'count', si, [q.start, q.end]);
    // "Eight migrants have already died this year": a count still rising, read as at least eight.
    const already = a.tokens.slice(q.end, q.end + 4).some((t) => t.lower === 'already') || lw(a, q.start - 1) === 'already';
    d.quantity = already && !q.hedge ? { ...q, hedge: 'at_least' } : q;
    if (already) for (let k = q.end; k < q.end + 4; k++) if (lw(a, k) === 'already') bind(d, k, k + 1, 'hedge');
    if (meanInClause) d.per = meanInClause.per!;
    bind(d, q.start, q.end, 'value');
    d.measureWords = measureWordsNear(a, s, [q.start, q.end], null);
    d.values = ownValues(a, s, [q.start, q.end]);
    d.time = timeFor(a, s, [q.numStart, q.numEnd], used, null);
    // "since 2018, approximately 120,000 … as of 21 April"; beside a superlative, "since records began in 2009" is the rank's scope.
    const rankInClause = within(a.superlatives, s.start, s.end).some((x) => !a.quantities.some((o) => x.start >= o.start && x.start < o.numStart) && !(x.phrase === 'least' && lw(a, x.start - 1) === 'at'));
    if (d.time?.expr.kind === 'since' && rankInClause) d.time = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'period' && !used.has(t.start)) ?? null;
    const since = rankInClause ? undefined : within(a.times, s.start, s.end).find((t) => t.expr.kind === 'since' && t !== d.time && !used.has(t.start));
    if (d.time && d.time.expr.kind === 'period' && d.time.expr.period.kind === 'to_date' && since) d.asOf = d.time;
    const own = d.time?.expr.kind === 'period' && d.time.expr.period.kind === 'to_date' ? d.time.expr.period : null;
    // (… or the year it is in: "as of 13 November, 27,284 … in 2023".)
    const same = own ? within(a.times, s.start, s.end).find((t) => t !== d.time && t.expr.kind === 'period' && (t.expr.period.kind === 'to_date' || (t.expr.period.kind === 'year' && t.expr.period.to >= own.to)) && t.expr.period.from === own.from) : undefined;
    if (same) {
      // "By the end of September, … this year": the explicit end is the period's.
      bind(d, same.start, same.end, 'period');
      if (same.expr.kind === 'period' && own && same.expr.period.to < own.to) d.time = same;
    }
    // "Between 2021 and 2023, … fell by around a third to 15,864": the level a change reached is its later year's.
    // ("… fell significantly, from 6,280 to 4,734": a change word before the pair, with or without a figure of its own.)
    const changeBefore = segDrafts.some((o) => o.type === 'change' && o.anchor[1] <= q.start) || a.changes.some((c) => c.end <= q.start && c.start >= s.start && c.value.form === 'verb');
    if (lw(a, q.start - 1) === 'to' && changeBefore) d.levelReached = true;
    if (lw(a, q.start - 1) === 'from' && changeBefore && lw(a, q.end) === 'to' && a.quantities.some((o) => o.start === q.end + 1)) d.levelFrom = true;
    // "As at 9 July 2023, 12,722 had crossed in 2023", "since 2018, … 120,000 …, as of 21 April": the "as of" day ends the period.
    const asOfT = within(a.times, s.start, s.end).find((t) => t !== d.time && t.expr.kind === 'period' && t.expr.period.kind === 'to_date' && /^(as|by)$/.test(lw(a, t.start)) && !used.has(t.start));
    if (asOfT && asOfT.expr.kind === 'period' && d.time) {
      const dt = d.time.expr;
      if (dt.kind === 'period' && dt.period.kind === 'year' && dt.period.from === asOfT.expr.period.from) {
        bind(d, d.time.start, d.time.end, 'period');
        d.time = asOfT;
      } else if (dt.kind === 'since' && dt.period.from < asOfT.expr.period.to) d.asOf = asOfT;
    }
    // "passed the 10,000 mark on Sunday": a running total's milestone, counted from the clause's window to that day.
    const mile = milestoneDay(a, s, q);
    const window = mile ? within(a.times, s.start, s.end).find((t) => t !== mile && (t.expr.kind === 'since' || (t.expr.kind === 'period' && t.expr.period.from < t.expr.period.to && t.expr.period.from <= dayOf(mile)))) : undefined;
    if (mile && window) {
      d.time = window;
      d.asOf = mile;
    }
    // "2,100 people were returned every month", "500 a week": a rate, not a count of the period (an average of it is read by means()).
    const rate = within(a.times, s.start, s.end).find((t) => t.expr.kind === 'each' && t.start >= q.end && !a.quantities.some((o) => o.start > q.end && o.start < t.start));
    if (rate) d.unread = [...(d.unread ?? []), words(a, rate.start, rate.end)];
    // "1,000 of the women who crossed … were travelling alone": what follows is a qualifier of the figure.
    if (lw(a, q.end) === 'of') d.partitive = true;
    if (since && (!d.time || d.asOf)) d.time = since;
    out.push(d);
  }
  return out;
}

const MILESTONE = /^(passed|surpassed|exceeded|topped|past|reached|hit|crossed|broke|broken)$/;

/** The day a milestone was passed: "passed the 10,000 mark on Sunday", "reached 20,000 on 18 August". */
function milestoneDay(a: Analysis, s: Segment, q: QuantityMention): TimeMention | null {
  if (!MILESTONE.test(lw(a, q.start)) && !MILESTONE.test(lw(a, q.start - 1))) return null;
  const t = a.times.find((x) => x.start >= q.end && x.start <= q.end + 2 && x.end <= s.end && ((x.expr.kind === 'period' && x.expr.period.from === x.expr.period.to) || x.expr.kind === 'day'));
  return t ?? null;
}
const dayOf = (t: TimeMention): string => (t.expr.kind === 'day' ? t.expr.date : t.expr.kind === 'period' ? t.expr.period.from : '');

// ── directions without a figure ─────────────────────────────────────────────

function directions(a: Analysis, s: Segment, si: number, used: Set<number>, segDrafts: Draft[]): Draft[] {
  if (segDrafts.some((d) => d.type !== 'count' && d.type !== 'rank')) return [];
  const out: Draft[] = [];
  for (const c of within(a.changes, s.start, s.end)) {
    if (used.has(c.start) || c.value.form === 'adverb') continue;
    // The change's measure must stand next to it: "reduced arrivals via …", "Enforced returns … increased".
    const m = within(a.measures, s.start, s.end).find((x) => (x.start >= c.end && x.start - c.end <= 1) || (x.end <= c.start && c.start - x.end <= 5));
    // "…, before falling in 2024", "and then rose", "…, a significant decrease from …": the change opens a clause whose subject is the one before.
    const base = baselineAfter(a, s, c.end);
    const elided = !m && s.link !== 'main' && c.start <= s.start + 3 && (c.value.form === 'verb' || base !== null);
    if (!m && !elided) continue;
    if (lw(a, c.start - 1) === 'the' || lw(a, c.start - 1) === 'this') continue; // "the decrease": a reference
    const d = newDraft('change', si, [c.start, c.end]);
    d.direction = c.value.dir;
    bind(d, c.start, c.end, 'direction');
    d.measureWords = m ? [m] : [];
    if (elided) d.subject = 'parent';
    if (base) {
      readBaseline(a, s, d, base, used, out, si);
      out.push(d);
      continue;
    }
    const own = timesIn(a, [s.start, s.end], used);
    // "increased following … in December 2022": the months after that date against the months before.
    const following = a.tokens.findIndex((t, i) => i >= c.end && i < s.end && /^(following|after)$/.test(t.lower));
    const t = following >= 0 ? own.find((x) => x.start > following && x.expr.kind === 'period') : undefined;
    if (t) {
      {
        d.after = true;
        d.baselineTimes = [t];
        // "following the signing of the UK Albanian Joint Communique in December 2022": the event and its date.
        bind(d, following, t.end, 'baseline');
      }
    } else if (own.length) d.time = own.find((x) => x.expr.kind === 'period') ?? own[0]!;
    out.push(d);
  }
  return out;
}

// ── claims about what the store does not hold ───────────────────────────────

const UNHELD_MEASURES = /^(backlog|backlogs|hotels|hotel|visas|visa|net migration|cost|costs|spending|budget)$/;
const CLAIM_VERBS = /^(big|large|small|half|clear|cleared|clearing|halve|halved|halving|double|doubled|cut|reduce|reduced|end|ended|abolish|abolished|rise|risen|rose|fall|fallen|fell|record|increase|increased|decrease|decreased|lower|higher|bigger|smaller)$/;

/** "I said we would clear the backlog … That's exactly what we've done": a claim the data held cannot test, kept so the reason is given. */
function unheldClaims(a: Analysis, s: Segment, si: number): Draft[] {
  const u = within(a.unheld, s.start, s.end).find((x) => UNHELD_MEASURES.test(x.value));
  if (!u) return [];
  const v = a.tokens.slice(s.start, s.end).find((t) => CLAIM_VERBS.test(t.lower) || CLAIM_VERBS.test(t.lemma));
  if (!v) return [];
  const d = newDraft('change', si, [Math.min(u.start, v.i), Math.max(u.end, v.i + 1)]);
  d.direction = /^(rise|risen|rose|increase|increased|double|doubled|higher|bigger|record)$/.test(v.lower) ? 'up' : 'down';
  bind(d, v.i, v.i + 1, 'direction');
  return [d];
}

export { at };
