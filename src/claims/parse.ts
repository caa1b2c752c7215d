/**
 * From a sentence to ClaimSpecs: which numbers and phrases are statistical claims,
 * what measure, place and period each names, its claimed value and hedge, and its
 * type (count, growth, record, streak, share, comparison, cumulative).
 */
import { MONTH_NAMES } from '../util/dates.js';
import { BLOCKERS, CONCEPTS, HEDGES, PLACES, UK_BORDER_ROLES, type Concept } from './lexicon.js';
import { findNumbers, ORDINALS, wordsToNumber, type NumberMention } from './numbers.js';
import { findPeriods, periodFor, dayBefore, type PeriodMention } from './periods.js';
import { countriesIn, impliedBy } from './countries.js';

/** Countries on the Mediterranean routes: naming one beside a route or region filter is only colour. */
const MED_COUNTRIES = new Set(['Libya', 'Tunisia', 'Italy', 'Greece', 'Spain', 'Malta', 'Turkey', 'Türkiye', 'Morocco', 'Algeria', 'Egypt', 'Cyprus', 'France', 'United Kingdom', 'UK', 'Britain']);
import type { Sentence } from './text.js';
import type { ClaimSpec, Hedge } from './types.js';

export interface ParseContext {
  date: string;
  speaker?: string | undefined;
  /** The metric the previous sentences were about (articles). */
  previous?: Concept | null;
}

const RECORD = /\b((?:lower|higher|fewer|more|less|worse|better) than (?:any|ever)|an? (?:new |all-time )?record\b(?! (?:of|for|with)\b)(?! (?:numbers?|levels?|highs?|lows?|years?|months?|figures?|total))|on record|since records began|record(?:[- ]breaking)?(?= (?:numbers?|levels?|highs?|lows?|years?|months?|figures?|total))|all[- ]time (?:high|low)|highest|lowest|deadliest|busiest|worst|fewest)\b/;
const LOWER_WORDS = /\b(lowest|fewest|smallest|lower than any|fewer than any|the least)\b/;
const STREAK = new RegExp(`\\b(?:for (\\w+) (?:successive|consecutive|straight) years|(\\w+)[- ]year (?:trend|run|streak) of (?:more|fewer|rising|falling|higher|lower|increasing)|(\\w+) years in a row|risen every year for (\\w+) years)\\b`);
const DOWN = /\b(down|fell|fall(?:en|ing)?|drop(?:ped|s)?|decrease[ds]?|declin\w*|reduc\w*|cut|lower|fewer|less|halv\w*)\b/;
const UP = /\b(up|rose|ris(?:e|en|ing)|increase[ds]?|grew|grow(?:n|th)|higher|more|doubl\w*|tripl\w*|jump\w*|surg\w*)\b/;
const NOT_A_CLAIM_AFTER = /^\s*(?:-|‐)?\s*(?:day|days|week|weeks|month|months|year|years|decade|decades|hour|hours|minute|minutes|times|o'clock|am|pm)\b/i;
const NON_MIGRATION_NOUN = /^\s*(?:[a-z-]+\s+){0,2}?(countries|nations|states|parties|partners|leaders|corporations|companies|disabled|pensioners|children in poverty|jobs|officers|patrols|seats|mps|votes|islands|articles?|centres|centers|facilities|camps|sites|deals|agreements|schemes|policies|bills|laws|units|summits?|meetings?|speeches)\b/i;
const DATE_AROUND = new RegExp(`^\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join('|')})\\b`, 'i');

function hedgeBefore(s: string, at: number): Hedge | null {
  const before = s.slice(Math.max(0, at - 30), at).toLowerCase().replace(/\[|\]/g, '');
  for (const [re, h] of HEDGES) if (re.test(before)) return h;
  return null;
}

export function detectConcept(lower: string, ctx: ParseContext): { concept: Concept; note: string } | null {
  for (const c of CONCEPTS) if (c.pattern.test(lower)) return { concept: c, note: `measure: ${c.label} (${c.metric})` };
  if (ctx.previous) return { concept: ctx.previous, note: `measure: ${ctx.previous.label} (${ctx.previous.metric}), carried over from the sentences before` };
  if (ctx.speaker && UK_BORDER_ROLES.test(ctx.speaker) && /\b(numbers?|figures?|they|it|this)\b/.test(lower)) {
    const c = CONCEPTS.find((x) => x.metric === 'uk.small_boats.arrivals')!;
    return { concept: c, note: `measure: the sentence names none; read as Channel small-boat arrivals, the figures the speaker's role (${ctx.speaker}) answers for` };
  }
  return null;
}

function placeFilters(lower: string, metric: string): { filters: Record<string, string | string[]>; note: string | null } {
  for (const p of PLACES) {
    if (!p.pattern.test(lower)) continue;
    const f = p.filters[metric];
    if (f) return { filters: { ...f }, note: `place: ${p.label}` };
    return { filters: {}, note: null };
  }
  return { filters: {}, note: null };
}

/** The clause of a sentence around a position: places named in another clause do not apply. */
function clauseRange(lower: string, at: number): [number, number] {
  const re = /,\s+(?:while|whereas|but|and|although|though)\b|;|\s[—–]\s/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    if (m.index >= at) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, lower.length];
}
const clauseAt = (lower: string, at: number): string => lower.slice(...clauseRange(lower, at));

export function parseSentence(sentence: Sentence, ctx: ParseContext): ClaimSpec[] {
  const s = sentence.text;
  const lower = s.toLowerCase();
  const numbers = findNumbers(s);
  const periods = findPeriods(s, ctx.date, ctx.speaker);
  const specs: ClaimSpec[] = [];
  const detected = detectConcept(lower, ctx);
  const blocker = BLOCKERS.find((b) => b.pattern.test(lower));
  const abs = (a: number, b: number): [number, number] => [sentence.start + a, sentence.start + b];

  const base = (type: ClaimSpec['type'], at: number, end: number, value: number | null, hedge: Hedge | null, text: string, extra: Partial<ClaimSpec> = {}): ClaimSpec => {
    const metric = detected?.concept.metric ?? null;
    const place = metric ? placeFilters(clauseAt(lower, at), metric) : { filters: {}, note: null };
    const notes = [detected?.note, place.note].filter((x): x is string => Boolean(x));
    const spec: ClaimSpec = {
      text: s,
      span: abs(0, s.length),
      type,
      metric,
      filters: { ...(detected?.concept.filters ?? {}), ...place.filters },
      period: null,
      claimed: { value, hedge, text },
      notes,
      detail: {},
      ...extra,
    };
    if (detected?.concept.measure) spec.measureWords = detected.concept.measure;
    const p = periodFor(periods, at, end, s);
    if (p) spec.period = { from: p.from, to: p.to, reading: p.reading };
    spec.detail.periodMention = p;
    spec.detail.periods = periods;
    return spec;
  };

  const used = new Set<NumberMention>();
  // Records, streaks and shares need the sentence itself to name a measure (or a thing the store lacks).
  const ownMeasure = CONCEPTS.some((c) => c.pattern.test(lower)) || (detected !== null && !ctx.previous) || Boolean(blocker);
  const streak = ownMeasure ? STREAK.exec(lower) : null;
  const record = ownMeasure ? RECORD.exec(lower) : null;

  // Streaks: "risen for five successive years", "a five-year trend of more deaths each year".
  if (streak) {
    const word = streak[1] ?? streak[2] ?? streak[3] ?? streak[4] ?? '';
    const n = /^\d+$/.test(word) ? Number(word) : (wordsToNumber(word) ?? ORDINALS[word] ?? NaN);
    if (Number.isFinite(n)) {
      const spec = base('streak', streak.index, streak.index + streak[0].length, n, null, streak[0]);
      spec.direction = DOWN.test(streak[0]) || /fall|fewer|lower/.test(streak[0]) ? 'down' : 'up';
      const yearRef = periods.find((p) => p.kind === 'year');
      spec.detail.endYear = yearRef ? Number(yearRef.from.slice(0, 4)) : null;
      specs.push(spec);
      for (const nm of numbers) if (nm.start >= streak.index && nm.end <= streak.index + streak[0].length + 2) used.add(nm);
    }
  }

  // Records and ranks: "the deadliest year on record", "lower than any August previously", "record numbers … 16,400".
  if (record && !(streak && record.index > streak.index)) {
    const rankWindow = /\b(?:highest|lowest|most|fewest)\b[^.]*?\b(?:for|in) (\w+) years\b/.exec(lower);
    const lowest = LOWER_WORDS.test(lower);
    const negated = /\b(not|isn't|aren't|wasn't|weren't|never)\b[^.]{0,40}\b(highest|lowest|record|deadliest|busiest|worst)/.test(lower);
    const monthCompare = /\bthan any (january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(lower);
    const unit = monthCompare ? 'month_of_year' : /\bmonth\b/.test(lower) ? 'month' : /\b(day|daily)\b/.test(lower) && !/\bsix months|months\b/.test(lower) ? 'day' : /\bsix[- ]month|\bmonths\b/.test(lower) ? 'window' : 'year';
    const withinYear = unit === 'month' && !/\b(ever|on record|since records began|all[- ]time)\b/.test(lower);
    // A number stated with the record ("record numbers … 16,400", "recording 1,130").
    const [cs, ce] = clauseRange(lower, record.index);
    const recNum = numbers.find((n) => n.unit === 'count' && n.start >= cs && n.end <= ce && !NOT_A_CLAIM_AFTER.test(s.slice(n.end)));
    const spec = base(rankWindow ? 'rank' : 'record', record.index, record.index + record[0].length, recNum?.value ?? null, recNum ? hedgeBefore(s, recNum.start) : null, record[0]);
    spec.direction = lowest ? 'down' : 'up';
    spec.negated = negated;
    spec.detail = {
      ...spec.detail,
      unit,
      withinYear,
      month: monthCompare ? ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(monthCompare[1]!) + 1 : null,
      rankYears: rankWindow ? (wordsToNumber(rankWindow[1]!) ?? Number(rankWindow[1])) : null,
      sinceRecordsBegan: /\b(since records began|on record|ever|all[- ]time)\b/.test(lower),
    };
    // The period the record is claimed for: the first period phrase in the sentence.
    const p = periods.find((x) => x.kind !== 'since_year' && x.kind !== 'from_year') ?? null;
    if (p) spec.period = { from: p.from, to: p.to, reading: p.reading };
    specs.push(spec);
    if (recNum) {
      // The stated figure is also a count claim for the same period.
      used.add(recNum);
      if (unit !== 'window') {
        const count = base('count', recNum.start, recNum.end, recNum.value, hedgeBefore(s, recNum.start), recNum.text);
        if (spec.period) count.period = spec.period;
        count.claimed.precision = recNum.precision;
        specs.push(count);
      }
    }
  }

  // Shares: "the majority of them are not claiming asylum", "70% of".
  const share = ownMeasure ? /\b(the (?:vast |overwhelming )?majority|most|a minority|half|(\d+(?:\.\d+)?)\s*(?:%|per cent|percent)) of\b/.exec(lower) : null;
  if (share) {
    const pct = share[2] ? Number(share[2]) : /majority|most/.test(share[1]!) ? 50 : /minority/.test(share[1]!) ? 50 : 50;
    const spec = base('share', share.index, share.index + share[0].length, pct, /majority|most/.test(share[1]!) ? 'more_than' : /minority/.test(share[1]!) ? 'fewer_than' : share[2] ? 'about' : 'about', share[0]);
    spec.claimed.unit = 'percent';
    spec.negated = /\b(not|no|never)\b/.test(lower.slice(share.index));
    // The share of what: small-boat arrivals claiming asylum is the share the data hold.
    if (spec.metric === 'uk.small_boats.asylum_claims') {
      spec.detail.part = spec.negated ? 'No asylum application raised' : 'Asylum application raised';
      spec.detail.dimension = 'asylum_application';
    }
    specs.push(spec);
    for (const nm of numbers) if (nm.start >= share.index && nm.end <= share.index + share[0].length) used.add(nm);
  }

  for (const n of numbers) {
    if (used.has(n) || n.unit === 'year') continue;
    const after = s.slice(n.end);
    const before = s.slice(0, n.start).toLowerCase();
    if (NOT_A_CLAIM_AFTER.test(after) && n.unit !== 'percent' && n.unit !== 'ratio') continue; // "two-day", "five months since", "80 years"
    if (/\b(article|section|clause|no\.?|number|page|chapter|paragraph|g|cop)\s*$/i.test(before)) continue;
    if (/^\s*(st|nd|rd|th)\b/.test(after)) continue;
    if (DATE_AROUND.test(after) || new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\s*$`, 'i').test(before)) continue; // "7 April 2025", "April 7"
    if (n.value === 1 && /^\s*of\b/i.test(after)) continue; // "one of the …"
    if (/^[\d,.]+$/.test(n.text) && /\d[.:]$/.test(before.trimEnd())) continue;
    if (periods.some((p) => n.start >= p.start && n.end <= p.end)) continue;
    const hedge = n.plus ? 'more_than' : (hedgeBefore(s, n.start) ?? (/^\s*(?:[a-z]+\s+){0,2}(?:have|has|had) already\b/i.test(after) || /\balready\s*$/i.test(before) ? 'at_least' : null));

    if (n.unit === 'money') {
      specs.push({ ...base('count', n.start, n.end, n.value, hedge, n.text), blocked: 'money (costs, budgets, spending) is not a statistic the data held can test' });
      continue;
    }
    if (n.unit === 'percent' || n.unit === 'ratio') {
      const spec = base('growth', n.start, n.end, n.value, hedge, n.text);
      spec.claimed.unit = n.unit;
      spec.claimed.precision = n.precision;
      const around = lower.slice(Math.max(0, n.start - 40), Math.min(lower.length, n.end + 40));
      spec.direction = n.unit === 'ratio' ? (n.value >= 1 ? 'up' : 'down') : DOWN.test(around) && !(UP.test(lower.slice(n.end, n.end + 25)) && !DOWN.test(lower.slice(n.end, n.end + 25))) ? 'down' : 'up';
      if (/\b(increase|rise|rose|up|higher|more)\b/.test(lower.slice(n.end, n.end + 20))) spec.direction = 'up';
      if (/\b(reduction|decrease|fall|drop|down|lower|fewer|cut)\b/.test(lower.slice(n.end, n.end + 20))) spec.direction = 'down';
      // The baseline: "compared to last year", "year on year", "from 2024", "since 2020", "since <event>".
      const fromYear = periods.find((p) => (p.kind === 'from_year' || p.kind === 'since_year') && p.start >= n.end && p.start <= n.end + 40) ?? periods.find((p) => p.kind === 'since_year' || p.kind === 'from_year');
      const event = periods.find((p) => p.kind === 'since_event' || (p.kind === 'window' && p.event));
      const yoy = /\b(year[- ]on[- ]year|compared (?:to|with) (?:this time )?last year|on last year|than last year|same (?:period|time) last year|this time last year|compared to a year ago|on the same period)\b/.test(lower);
      if (fromYear && (fromYear.start >= n.end || !yoy)) spec.detail.baseline = { kind: 'year', from: fromYear.from, to: fromYear.to, reading: fromYear.reading };
      else if (yoy) spec.detail.baseline = { kind: 'previous_year' };
      else if (event) spec.detail.baseline = { kind: 'event', date: event.event!.date, reading: event.reading, title: event.event!.title };
      const window =
        periods.find((p) => p.kind === 'window' || p.kind === 'ytd' || p.kind === 'last_n' || p.kind === 'month') ??
        // "fell by 36% in 2023": that year against the one before.
        (spec.detail.baseline ? undefined : periods.find((p) => p.kind === 'year'));
      spec.period = window ? { from: window.from, to: window.to, reading: window.reading } : null;
      spec.detail.atLeast = /more than (?:doubl|tripl|halv)|more than (?:\d|a )/.test(lower.slice(Math.max(0, n.start - 12), n.end));
      specs.push(spec);
      continue;
    }
    if (NON_MIGRATION_NOUN.test(after)) {
      specs.push({ ...base('count', n.start, n.end, n.value, hedge, n.text), metric: null, blocked: `"${n.text}${after.match(NON_MIGRATION_NOUN)?.[0] ?? ''}" counts something outside migration statistics` });
      continue;
    }
    // "thousands more … this year than … in the past", "more … so far this year than over the whole of 2023"
    const more = /\b(more|fewer|less)\b[^.]*?\bthan\b/.exec(lower);
    if (n.vague && more) {
      const spec = base('comparison', n.start, n.end, n.value, 'at_least', n.text);
      spec.direction = more[1] === 'more' ? 'up' : 'down';
      spec.detail.vsPast = /\bin the past|than (?:ever|before|previously)|than we have\b/.test(lower);
      specs.push(spec);
      continue;
    }
    const spec = base('count', n.start, n.end, n.value, hedge, n.text);
    spec.claimed.precision = n.precision;
    const p = (spec.detail.periodMention as PeriodMention | null) ?? periods.find((x) => x.kind === 'since_year' && x.start > n.end) ?? null;
    if (p && p.kind === 'since_event') spec.type = 'cumulative';
    else if (p && p.kind === 'since_year') {
      // "300 people have died in the Channel since 2014": everything from the start of that year to the claim.
      spec.type = 'cumulative';
      spec.period = { from: p.from, to: dayBefore(ctx.date), reading: `${p.reading} to ${dayBefore(ctx.date)}` };
    }
    specs.push(spec);
  }

  // A comparison with no number: "more people have crossed so far this year than over the whole of 2023".
  if (!specs.some((x) => x.type !== 'count' || x.claimed.value !== null)) {
    const cmp = /\b(more|fewer|less)\b[^.]*?\bthan\b/.exec(lower);
    if (cmp && periods.length >= 2) {
      const spec = base('comparison', cmp.index, cmp.index + cmp[0].length, null, null, cmp[0]);
      spec.direction = cmp[1] === 'more' ? 'up' : 'down';
      const a = periods.find((p) => p.start < cmp.index + cmp[0].length) ?? periods[0]!;
      const b = periods.find((p) => p.start >= cmp.index + cmp[0].length - 4 && p !== a) ?? periods[1]!;
      spec.period = { from: a.from, to: a.to, reading: a.reading };
      spec.detail.other = { from: b.from, to: b.to, reading: b.reading };
      specs.push(spec);
    }
  }

  // What the store lacks: a blocker near a claim's number decides for that claim; backlog, hotels,
  // net migration and visas decide for the whole sentence.
  for (const spec of specs) {
    if (spec.blocked) continue;
    const idx = lower.indexOf(spec.claimed.text.toLowerCase());
    const from = Math.max(0, idx - 30);
    const near = idx >= 0 ? lower.slice(from, idx + spec.claimed.text.length + 40) : lower;
    // The blocker whose words stand closest to the number.
    let hit: (typeof BLOCKERS)[number] | undefined;
    let best = Infinity;
    for (const b of BLOCKERS) {
      const m = new RegExp(b.pattern.source, 'g');
      let x: RegExpExecArray | null;
      while ((x = m.exec(near))) {
        const at = from + x.index;
        const d = at + x[0].length <= idx ? idx - (at + x[0].length) : Math.max(0, at - (idx + spec.claimed.text.length));
        if (d < best) {
          best = d;
          hit = b;
        }
        if (x[0].length === 0) m.lastIndex++;
      }
    }
    hit ??= BLOCKERS.slice(0, 4).find((b) => b.pattern.test(lower));
    if (hit) spec.blocked = hit.what;
  }
  // A country the reading does not filter by: checking a world or UK total would answer another question.
  const named = countriesIn(s);
  for (const spec of specs) {
    if (spec.blocked || !spec.metric) continue;
    const others = named.filter((c) => !impliedBy(spec.metric!).includes(c));
    const placeFiltered = Object.keys(spec.filters).some((k) => ['route', 'region'].includes(k));
    if (others.length && !(placeFiltered && spec.metric === 'deaths.dead_and_missing' && others.every((c) => MED_COUNTRIES.has(c)))) {
      spec.blocked = `the claim is about ${others.join(' and ')}, and this reading of it does not filter by country; a ${spec.metric} total for everywhere would answer another question`;
    }
  }
  for (const spec of specs) if (spec.metric === null || spec.blocked) spec.filters = {};
  return specs;
}
