/**
 * Time expressions on tokens, resolved against the claim's date, its speaker and the
 * cited calendar of events: years, quarters, halves, months, days, explicit ranges
 * ("between 5 July and 31 December 2024"), year to date and "as of", "since" a year or
 * an event, the last N months, seasons, and the relative forms a construction resolves
 * against another period ("the same period in 2023", "the previous year").
 */
import { addDays, addMonths, describeRange, monthEnd, MONTH_NAMES, yearOf } from '../../util/dates.js';
import { eventFirstWords, eventPhrases, findEvent, withoutArticles } from '../calendar.js';
import type { Period } from '../types.js';
import { ORDINALS } from './lexicon.js';
import { wordsToNumber } from './quantities.js';
import type { Token } from './tokens.js';

export type TimeExpr =
  /** A period the words fix on their own (with the claim's date). */
  | { kind: 'period'; period: Period; year?: number; countries?: string[] }
  /** "the same period in 2023", "this period in 2023", "the equivalent period last year": another period's days in that year. */
  | { kind: 'same_window'; year: number | null; shift?: number }
  /** "the previous year", "a year earlier". */
  | { kind: 'previous' }
  /** "since 2021", "since data began in 2018" (records: the start of the series). */
  | { kind: 'since'; year: number; records: boolean; period: Period }
  /** "for eight years", "in a decade", "for the first time in 20 years". */
  | { kind: 'years'; n: number }
  /** "year on year", "on last year", "compared with a year ago". */
  | { kind: 'yoy' }
  /** "for this period of the year", "for the time of year". */
  | { kind: 'this_period' }
  /** "in the past", "previously", "than ever before". */
  | { kind: 'past' }
  /** "for a calendar year", "in a single year", "in any year": the unit of a rank. */
  | { kind: 'unit'; unit: 'year' | 'month' | 'day' }
  /** "each year", "every year", "a year", "per year", "annually". */
  | { kind: 'each'; unit: 'year' | 'month' | 'day' | 'week' }
  /** A weekday or date of reporting that says when something was said ("reported Tuesday"). */
  | { kind: 'day'; date: string };

export interface TimeMention {
  start: number;
  end: number;
  expr: TimeExpr;
  /** "the whole of 2023": the period as named, never the same days of it. */
  whole?: boolean;
  /** "In 2022, … in August": the start of the time that gave this one its year. */
  yearFrom?: number;
}

export interface TimeContext {
  date: string;
  speaker?: string | undefined;
  sentence: string;
}

const MONTHS: Record<string, number> = {};
MONTH_NAMES.forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday named with its capital ("Sunday", "Sundays"): its index from Monday, or null. */
function weekdayAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t) return null;
  const wd = WEEKDAYS.indexOf(t.lower.replace(/s$/, ''));
  return wd >= 0 && t.text[0] === t.text[0]!.toUpperCase() ? wd : null;
}

/** The latest such weekday before the claim's date. */
function latestWeekday(date: string, wd: number): string {
  let d = addDays(date, -1);
  for (let k = 0; k < 7 && (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7 !== wd; k++) d = addDays(d, -1);
  return d;
}
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen', 'twenty', 'twenty-four']);

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const yearPeriod = (y: number, reading = `${y}`): Period => ({ from: `${y}-01-01`, to: `${y}-12-31`, kind: 'year', reading });
export const monthPeriod = (y: number, m: number, reading = `${cap(MONTH_NAMES[m - 1]!)} ${y}`): Period => ({ from: ymd(y, m, 1), to: monthEnd(ymd(y, m, 1)), kind: 'month', reading });

/** A year token: 1990 to 2100. */
function yearAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || !/^(19|20)\d{2}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1990 && y <= 2100 ? y : null;
}

function monthAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t) return null;
  const w = t.lower.replace(/\.$/, '');
  const m = MONTHS[w];
  if (!m) return null;
  // "may" and "march" are also verbs: a month only beside a day, a year, or after in/of/by/since/until.
  if (w === 'may' || w === 'march' || w === 'mar') {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const nearDate = (next && (/^\d{1,4}$/.test(next.text) || /^\d{1,2}(st|nd|rd|th)$/.test(next.lower))) || (prev && /^\d{1,2}(st|nd|rd|th)?$/.test(prev.text));
    if (!nearDate && !(prev && /^(in|of|by|since|until|end|start|beginning|and|to|from|early|late|mid)$/.test(prev.lower)) && t.text[0] !== t.text[0]!.toUpperCase()) return null;
    // "between January and March of 2022": after another month and "and".
    const before = lw(tokens, i - 2).replace(/\.$/, '');
    const afterMonth = prev?.lower === 'and' && MONTHS[before] !== undefined && !/^(may|march|mar)$/.test(before);
    if (!nearDate && !afterMonth && !(prev && /^(in|of|by|since|until|end|start|beginning|to|from|early|late|mid)$/.test(prev.lower))) return null;
  }
  return m;
}

const dayNumber = (t: Token | undefined): number | null => {
  if (!t) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.lower);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
};

interface DatePoint {
  y: number | null;
  m: number;
  d: number;
  end: number;
  text: string;
  /** Event dates carry their reading. */
  event?: string;
}

/** "5 July", "July 5", "April 21, 2024", "31 December 2024", "1st January", "the start of 2024", "the end of June", "the general election". */
function dateAt(tokens: Token[], i: number, ctx: TimeContext, end: 'start' | 'end'): DatePoint | null {
  const t = tokens[i];
  if (!t) return null;
  // Day Month [Year]
  const d1 = dayNumber(t);
  if (d1 !== null) {
    let j = i + 1;
    if (tokens[j]?.lower === 'of') j++;
    const m = monthAt(tokens, j);
    if (m) {
      const y = yearAt(tokens, j + 1);
      return { y, m, d: d1, end: y ? j + 2 : j + 1, text: '' };
    }
  }
  // Month Day[,] [Year]
  const m = monthAt(tokens, i);
  if (m) {
    const d = dayNumber(tokens[i + 1]);
    if (d !== null && !(tokens[i + 2]?.lower === '%')) {
      let j = i + 2;
      if (tokens[j]?.text === ',' && yearAt(tokens, j + 1)) j++;
      const y = yearAt(tokens, j);
      return { y, m, d, end: y ? j + 1 : j, text: '' };
    }
    // Month [Year] as an endpoint: its first or last day.
    const y = yearAt(tokens, i + 1);
    const last = y ? Number(monthEnd(ymd(y, m, 1)).slice(8)) : m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
    return { y, m, d: end === 'start' ? 1 : last, end: y ? i + 2 : i + 1, text: '' };
  }
  // A weekday as an endpoint: "between the start of 2025 and Monday".
  const wd = weekdayAt(tokens, i);
  if (wd !== null) {
    const day = latestWeekday(ctx.date, wd);
    return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8)), end: i + 1, text: '' };
  }
  // "the start/beginning/end of 2024 | the year | June"
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const edge = tokens[j]?.lower;
  if ((edge === 'start' || edge === 'beginning' || edge === 'end') && tokens[j + 1]?.lower === 'of') {
    const k = j + 2;
    const y = yearAt(tokens, k);
    if (y) return edge === 'end' ? { y, m: 12, d: 31, end: k + 1, text: '' } : { y, m: 1, d: 1, end: k + 1, text: '' };
    if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'year') return edge === 'end' ? { y: null, m: 12, d: 31, end: k + 2, text: 'year' } : { y: null, m: 1, d: 1, end: k + 2, text: 'year' };
    const mm = monthAt(tokens, k);
    if (mm) {
      const yy = yearAt(tokens, k + 1);
      return { y: yy, m: mm, d: edge === 'end' ? 31 : 1, end: yy ? k + 2 : k + 1, text: 'edge' };
    }
  }
  // An event: "the general election (on July 5)", "Labour came to power".
  const ev = eventAt(tokens, i, ctx);
  if (ev) {
    let k = ev.end;
    // "the general election on July 5": the date given is the event's.
    if (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'of') {
      const dd = dateAt(tokens, k + 1, ctx, end);
      if (dd && !dd.event) k = dd.end;
    }
    const y = Number(ev.date.slice(0, 4));
    return { y, m: Number(ev.date.slice(5, 7)), d: Number(ev.date.slice(8, 10)), end: k, text: '', event: ev.title };
  }
  return null;
}

/** An event of the calendar named at token i (the phrases of figures/measures.json without their "since"). */
function eventAt(tokens: Token[], i: number, ctx: TimeContext): { end: number; date: string; title: string } | null {
  if (!eventFirstWords().has(tokens[i]?.lower ?? '')) return null;
  return eventFrom(tokens, i, ctx);
}

/** Tokens i..j as an event phrase is written: lower case, hyphens closed up, "took the office" as "took office". */
function phraseOf(tokens: Token[], i: number, j: number): string {
  return tokens.slice(i, j).map((t) => t.lower).join(' ').replace(/ - /g, '-').replace(/ (took|came to|came into|won) the (office|power)\b/, ' $1 $2');
}

function eventFrom(tokens: Token[], i: number, ctx: TimeContext): { end: number; date: string; title: string } | null {
  for (let j = Math.min(tokens.length, i + 8); j > i; j--) {
    const words = phraseOf(tokens, i, j);
    if (words.split(' ').length < 2) break;
    if (!eventPhrases().has(words)) continue;
    const ev = findEvent(`since ${words}`, ctx.speaker, ctx.date, ctx.sentence);
    if (ev && ev.phrase.replace(/^since /, '') === words) return { end: j, date: ev.event.date, title: ev.event.title };
  }
  return null;
}

/** The year of a day and month without one: the latest such day before the claim. */
function latestYear(m: number, d: number, date: string): number {
  const y = yearOf(date);
  return ymd(y, m, Math.min(d, 28)) < date ? y : y - 1;
}

function resolvePoint(p: DatePoint, y: number): string {
  const last = Number(monthEnd(ymd(y, p.m, 1)).slice(8));
  return ymd(y, p.m, Math.min(p.d, last));
}

export function findTimes(tokens: Token[], ctx: TimeContext): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    // "… and Monday, including 879 that crossed on that day": the day the sentence has just named.
    const same = seq(tokens, i, 'that', 'day') ? 2 : seq(tokens, i, 'the', 'same', 'day') || seq(tokens, i, 'that', 'same', 'day') ? 3 : 0;
    const named = same ? lastDayNamed(tokens, out) : null;
    if (named) {
      out.push({ start: i, end: i + same, expr: { kind: 'period', period: { from: named, to: named, kind: 'day', reading: `${describeRange(named, named)}, the day named before` } } });
      i += same;
      continue;
    }
    const m = timeAt(tokens, i, ctx);
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return inYearNamed(tokens, out);
}

/** The last single day a sentence has named, as a date: a day, or the day that ends a range ("… and Monday"). */
function lastDayNamed(tokens: Token[], ts: TimeMention[]): string | null {
  const t = ts.at(-1);
  if (!t) return null;
  const e = t.expr;
  if (e.kind === 'day') return e.date;
  if (e.kind !== 'period') return null;
  if (e.period.from === e.period.to) return e.period.from;
  const last = tokens[t.end - 1];
  return e.period.kind === 'range' && (weekdayAt(tokens, t.end - 1) !== null || dayNumber(last) !== null) ? e.period.to : null;
}

/**
 * "The first year … was 2022, when …, and the total reached 45,774 by the end of December": a day or month
 * named without its year, after a year the sentence names, is in that year (not the latest December before the claim).
 */
function inYearNamed(tokens: Token[], ts: TimeMention[]): TimeMention[] {
  // The years the sentence names in so many words ("2022", "August 2022").
  const years = ts.filter((t) => t.expr.kind === 'period' && !t.expr.period.open && tokens.slice(t.start, t.end).some((x) => /^\d{4}$/.test(x.text)));
  const named = new Set(years.map((t) => (t.expr as { period: Period }).period.from.slice(0, 4)));
  if (named.size !== 1 || years.some((t) => (t.expr as { period: Period }).period.to.slice(0, 4) !== [...named][0])) return ts;
  const y = [...named][0]!;
  return ts.map((t) => {
    if (t.start < years[0]!.end || t.expr.kind !== 'period') return t;
    const p = t.expr.period;
    if (p.open || p.kind === 'since' || p.kind === 'year' || p.alternatives?.length || p.parts || tokens.slice(t.start, t.end).some((x) => /^\d{4}$/.test(x.text))) return t;
    const shift = Number(y) - Number(p.from.slice(0, 4));
    if (shift === 0 || p.to.slice(0, 4) !== p.from.slice(0, 4)) return t;
    const move = (d: string) => `${y}${d.slice(4)}`;
    const from = move(p.from);
    const to = p.to.slice(5) === '02-28' || p.to.slice(5) === '02-29' ? monthEnd(`${y}-02-01`) : move(p.to);
    return { ...t, yearFrom: years[0]!.start, expr: { ...t.expr, period: { ...p, from, to, reading: `${describeRange(from, to)} (in ${y}, the year the sentence names)` } } };
  });
}

const lw = (tokens: Token[], i: number) => tokens[i]?.lower ?? '';
const seq = (tokens: Token[], i: number, ...ws: string[]): boolean => ws.every((w, k) => lw(tokens, i + k) === w || (w.includes('|') && w.split('|').includes(lw(tokens, i + k))));

function numAt(tokens: Token[], i: number): { n: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (/^\d+$/.test(t.text) && !yearAt(tokens, i)) return { n: Number(t.text), end: i + 1 };
  if (NUMBER_WORDS.has(t.lower)) {
    if (t.lower === 'twenty' && lw(tokens, i + 1) === '-' && lw(tokens, i + 2) === 'four') return { n: 24, end: i + 3 };
    return { n: wordsToNumber([t.lower])!, end: i + 1 };
  }
  if (t.lower === 'a' || t.lower === 'an') return { n: 1, end: i + 1 };
  return null;
}

let dayBefore = { date: '', last: '' };

const P = (i: number, end: number, period: Period, year?: number): TimeMention => ({ start: i, end, expr: { kind: 'period', period, ...(year ? { year } : {}) } });

function timeAt(tokens: Token[], i: number, ctx: TimeContext): TimeMention | null {
  // No time starts with punctuation or a symbol.
  if (tokens[i]!.kind === 'punctuation' || tokens[i]!.kind === 'symbol') return null;
  const y0 = yearOf(ctx.date);
  if (dayBefore.date !== ctx.date) dayBefore = { date: ctx.date, last: addDays(ctx.date, -1) };
  const last = dayBefore.last;
  const w = lw(tokens, i);

  // between D1 and D2 [in YEAR]; from D1 to D2
  if (w === 'between' || w === 'from') {
    const a = dateAt(tokens, i + 1, ctx, 'start');
    const sep = a ? lw(tokens, a.end) : '';
    if (a && ((w === 'between' && sep === 'and') || (w === 'from' && /^(to|until|till|through|-|–)$/.test(sep)))) {
      const b = dateAt(tokens, a.end + 1, ctx, 'end');
      if (b) {
        let end = b.end;
        let y = b.y ?? a.y;
        // "between January and March of 2022", "from January to June in 2024"
        if (!y && /^(in|of)$/.test(lw(tokens, end)) && yearAt(tokens, end + 1)) {
          y = yearAt(tokens, end + 1);
          end += 2;
        } else if (!y && /^(this|last)$/.test(lw(tokens, end)) && lw(tokens, end + 1) === 'year') {
          // "from January to September this year", "between March and May last year"
          y = lw(tokens, end) === 'this' ? y0 : y0 - 1;
          end += 2;
        }
        const yb = b.y ?? (b.event ? null : y) ?? (a.y !== null ? a.y : latestYear(b.m, b.d, ctx.date));
        const ya = a.y ?? (a.text === 'year' ? yb : yb);
        if (ya !== null && yb !== null) {
          const from = resolvePoint(a, ya);
          const to = resolvePoint(b, yb);
          if (from <= to) return P(i, end, { from, to, kind: 'range', reading: `${describeRange(from, to)}${a.event || b.event ? ` (${[a.event, b.event].filter(Boolean).join('; ')})` : ''}` });
        }
      }
    }
    // from YEAR to YEAR, between YEAR and YEAR: the years as endpoints (a change compares them; a count sums them)
    const ya = yearAt(tokens, i + 1);
    if (ya && ((w === 'from' && /^(to|until|-|–)$/.test(lw(tokens, i + 2))) || (w === 'between' && lw(tokens, i + 2) === 'and')) && yearAt(tokens, i + 3)) {
      const yb = yearAt(tokens, i + 3)!;
      return { start: i, end: i + 4, expr: { kind: 'period', period: { from: `${ya}-01-01`, to: `${yb}-12-31`, kind: 'range', reading: `${ya} to ${yb}`, endpoints: [ya, yb] } } };
    }
  }

  // "two years ago", "five years ago": that calendar year ("a year ago" is left alone: it often means the same period last year).
  {
    const num = numAt(tokens, i);
    if (num && num.n >= 2 && num.n <= 30 && lw(tokens, num.end) === 'years' && lw(tokens, num.end + 1) === 'ago') {
      const y = y0 - num.n;
      return P(i, num.end + 2, yearPeriod(y, `${tokens.slice(i, num.end + 2).map((t) => t.lower).join(" ")} = ${y}`), y);
    }
  }

  // "at the end of 2015", "at end-2015": a year's end, where a stock is counted (for a flow, the whole year).
  if (w === 'at' && (seq(tokens, i + 1, 'the', 'end', 'of') || (seq(tokens, i + 1, 'end', '-') && yearAt(tokens, i + 3)))) {
    const k = lw(tokens, i + 1) === 'the' ? i + 4 : i + 3;
    const y = yearAt(tokens, k);
    if (y && y <= y0) return P(i, k + 1, { from: `${y}-01-01`, to: `${y}-12-31`, kind: 'year', reading: `the end of ${y}` }, y);
  }

  // as of D / as at D / by D / up to D / until D: the year to that day
  if ((w === 'as' && /^(of|at)$/.test(lw(tokens, i + 1))) || w === 'by' || (w === 'up' && lw(tokens, i + 1) === 'to') || w === 'until' || w === 'to') {
    const k = w === 'as' || w === 'up' ? i + 2 : i + 1;
    const d = dateAt(tokens, k, ctx, 'end');
    if (d && !(w === 'to' && !d.y && d.text !== 'edge')) {
      const y = d.y ?? (d.event ? null : latestYear(d.m, d.d, ctx.date));
      if (y !== null) {
        const to = resolvePoint(d, y);
        const from = `${y}-01-01`;
        return P(i, d.end, { from, to, kind: 'to_date', reading: `the year to ${describeRange(to, to)} (${describeRange(from, to)})` });
      }
    }
  }

  // so far this year / this year so far / so far in 2024 / the year to date / this year
  if (seq(tokens, i, 'so', 'far', 'this', 'year') || seq(tokens, i, 'this', 'year', 'so', 'far') || seq(tokens, i, 'so', 'far', 'in', 'the', 'year') || seq(tokens, i, 'the', 'year', 'so', 'far')) {
    const n = seq(tokens, i, 'so', 'far', 'in', 'the', 'year') ? 5 : 4;
    return P(i, i + n, { from: `${y0}-01-01`, to: last, kind: 'to_date', open: true, reading: `this year so far = ${describeRange(`${y0}-01-01`, last)} (the claim is dated ${ctx.date})` });
  }
  if (seq(tokens, i, 'so', 'far', 'in') && yearAt(tokens, i + 3)) {
    const y = yearAt(tokens, i + 3)!;
    const to = y === y0 ? last : `${y}-12-31`;
    return P(i, i + 4, { from: `${y}-01-01`, to, kind: 'to_date', open: y === y0, reading: `${y} so far = ${describeRange(`${y}-01-01`, to)}` });
  }
  if (seq(tokens, i, 'the', 'year', 'to', 'date') || seq(tokens, i, 'year', 'to', 'date') || seq(tokens, i, 'year', '-', 'to', '-', 'date')) {
    const n = w === 'the' ? 4 : lw(tokens, i + 1) === '-' ? 5 : 3;
    return P(i, i + n, { from: `${y0}-01-01`, to: last, kind: 'to_date', open: true, reading: `the year to date = ${describeRange(`${y0}-01-01`, last)}` });
  }
  // "since January", "since January 1" (not "since January 1 2018", a date of its own year)
  const jan1 = seq(tokens, i, 'since', 'january') && /^1(st)?$/.test(lw(tokens, i + 2));
  if (seq(tokens, i, 'since', 'the', 'start|beginning', 'of', 'the', 'year') || seq(tokens, i, 'since', 'january') && !yearAt(tokens, i + 2) && !(jan1 && yearAt(tokens, lw(tokens, i + 3) === ',' ? i + 4 : i + 3))) {
    const n = lw(tokens, i + 1) === 'january' ? (jan1 ? 3 : 2) : 6;
    return P(i, i + n, { from: `${y0}-01-01`, to: last, kind: 'to_date', open: true, reading: `since the start of the year = ${describeRange(`${y0}-01-01`, last)}` });
  }
  if (seq(tokens, i, 'this', 'year') || seq(tokens, i, 'already', 'this', 'year')) {
    const n = w === 'already' ? 3 : 2;
    return P(i, i + n, { from: `${y0}-01-01`, to: last, kind: 'to_date', open: true, reading: `this year = ${describeRange(`${y0}-01-01`, last)}, to the day before the claim (${ctx.date})` });
  }
  // "the latest year", "the most recent full year": the last calendar year before the claim.
  if (seq(tokens, i, 'the', 'latest|last', 'full|complete|calendar', 'year') || seq(tokens, i, 'the', 'latest', 'year') || seq(tokens, i, 'the', 'most', 'recent', 'year') || seq(tokens, i, 'the', 'most', 'recent', 'full|complete|calendar', 'year')) {
    const n = seq(tokens, i, 'the', 'latest', 'year') ? 3 : seq(tokens, i, 'the', 'most', 'recent', 'year') || seq(tokens, i, 'the', 'latest|last') ? 4 : 5;
    const calendar = yearPeriod(y0 - 1, `the latest year = ${y0 - 1}, the last calendar year before the claim (${ctx.date})`);
    // Unless "calendar" is said, publishers of quarterly figures mean the latest year to a quarter's end ("the year ending September 2024").
    if (tokens.slice(i, i + n).some((t) => t.lower === 'calendar')) return P(i, i + n, calendar, y0 - 1);
    return P(i, i + n, { ...calendar, alternatives: rollingYears(ctx.date).filter((p) => p.to !== calendar.to) }, y0 - 1);
  }
  if (seq(tokens, i, 'last', 'year') || seq(tokens, i, 'the', 'last', 'calendar', 'year')) {
    const n = w === 'the' ? 4 : 2;
    return P(i, i + n, yearPeriod(y0 - 1, `last year = ${y0 - 1} (the claim is dated ${ctx.date})`), y0 - 1);
  }
  // "yesterday": the day before the claim.
  if (w === 'yesterday') return P(i, i + 1, { from: last, to: last, kind: 'day', reading: `yesterday = ${describeRange(last, last)} (the claim is dated ${ctx.date})` });
  if (seq(tokens, i, 'this', 'month') || seq(tokens, i, 'last', 'month')) {
    const start = w === 'this' ? `${ctx.date.slice(0, 7)}-01` : addMonths(`${ctx.date.slice(0, 7)}-01`, -1);
    const to = w === 'this' ? last : monthEnd(start);
    return P(i, i + 2, { from: start, to, kind: w === 'this' ? 'to_date' : 'month', open: w === 'this', reading: `${w} month = ${describeRange(start, to)}` });
  }

  // the last/past N months|weeks|days|years; the last year; the past twelve months; in the last year
  // the previous 12 months, the preceding year: against another period
  if (w === 'the' && /^(previous|preceding|prior)$/.test(lw(tokens, i + 1)) && numAt(tokens, i + 2) && /^(months|years|weeks)$/.test(lw(tokens, numAt(tokens, i + 2)!.end))) {
    return { start: i, end: numAt(tokens, i + 2)!.end + 1, expr: { kind: 'previous' } };
  }
  // "the previous 12-month period", "the preceding 12-month period": the same length before.
  if (w === 'the' && /^(previous|preceding|prior)$/.test(lw(tokens, i + 1)) && numAt(tokens, i + 2) && lw(tokens, numAt(tokens, i + 2)!.end) === '-' && /^(month|year|week)$/.test(lw(tokens, numAt(tokens, i + 2)!.end + 1))) {
    const e = numAt(tokens, i + 2)!.end + 2;
    return { start: i, end: lw(tokens, e) === 'period' ? e + 1 : e, expr: { kind: 'previous' } };
  }
  if ((w === 'the' || w === 'last' || w === 'past') && /^(last|past)$/.test(w === 'the' ? lw(tokens, i + 1) : w)) {
    let k = w === 'the' ? i + 2 : i + 1;
    const num = numAt(tokens, k);
    let n = 1;
    if (num && num.n > 1) {
      n = num.n;
      k = num.end;
    }
    const unit = lw(tokens, k).replace(/s$/, '');
    if (['month', 'week', 'day', 'year'].includes(unit) && (w === 'the' || n > 1)) {
      const from = unit === 'month' ? addMonths(ctx.date, -n) : unit === 'year' ? addMonths(ctx.date, -12 * n) : addDays(ctx.date, -(unit === 'week' ? 7 * n : n));
      return P(i, k + 1, { from, to: last, kind: 'last_n', open: true, reading: `the last ${n === 1 ? '' : `${n} `}${unit}${n === 1 ? '' : 's'} = ${describeRange(from, last)} (the claim is dated ${ctx.date})` });
    }
  }

  // the previous year / a year earlier / the year before
  if (seq(tokens, i, 'the', 'previous|preceding|prior', 'year') || seq(tokens, i, 'a', 'year', 'earlier|before|ago') || seq(tokens, i, 'the', 'year', 'before')) {
    return { start: i, end: i + 3, expr: { kind: 'previous' } };
  }
  // the same period (last year | in/of YEAR), this period in YEAR, the equivalent period, this time last year, the same time last year
  if ((w === 'the' || w === 'this' || w === 'that') && /^(same|equivalent|comparable|corresponding)$/.test(lw(tokens, i + 1)) && /^(period|time|timeframe|months|month|days|point|stage|weeks|week|quarter)$/.test(lw(tokens, i + 2))) {
    return sameWindow(tokens, i, i + 3);
  }
  if ((w === 'this' || w === 'that') && /^(period|time|point|stage)$/.test(lw(tokens, i + 1)) && (/^(in|of|last)$/.test(lw(tokens, i + 2)) || yearAt(tokens, i + 2))) {
    return sameWindow(tokens, i, i + 2);
  }
  if (seq(tokens, i, 'for', 'this|the', 'period|time', 'of', 'the', 'year') || seq(tokens, i, 'for', 'the', 'time', 'of', 'year') || seq(tokens, i, 'for', 'this', 'point', 'in', 'the', 'year')) {
    const n = lw(tokens, i + 4) === 'year' ? 5 : 6;
    return { start: i, end: i + n, expr: { kind: 'this_period' } };
  }
  if (seq(tokens, i, 'year', 'on', 'year') || seq(tokens, i, 'year', '-', 'on', '-', 'year') || seq(tokens, i, 'on', 'last', 'year') || seq(tokens, i, 'on', 'the', 'previous', 'year') || seq(tokens, i, 'on', 'a', 'year', 'earlier')) {
    const n = seq(tokens, i, 'year', '-') ? 5 : seq(tokens, i, 'on', 'last') ? 3 : 4;
    return { start: i, end: i + n, expr: { kind: 'yoy' } };
  }

  // the first/second/third/fourth quarter [of YEAR]; Q1 [YEAR]; the first half [of YEAR]; the first N months [of YEAR]
  if (w === 'the' && (ORDINALS[lw(tokens, i + 1)] || /^(final|last)$/.test(lw(tokens, i + 1))) && /^(quarter|half)$/.test(lw(tokens, i + 2))) {
    const part = lw(tokens, i + 2);
    const k = /^(final|last)$/.test(lw(tokens, i + 1)) ? (part === 'quarter' ? 4 : 2) : ORDINALS[lw(tokens, i + 1)]!;
    let end = i + 3;
    let y = y0;
    let yearGiven = false;
    if (/^(of|in)$/.test(lw(tokens, end)) && yearAt(tokens, end + 1)) {
      y = yearAt(tokens, end + 1)!;
      end += 2;
      yearGiven = true;
    } else if (yearAt(tokens, end)) {
      y = yearAt(tokens, end)!;
      end += 1;
      yearGiven = true;
    }
    const months = part === 'quarter' ? 3 : 6;
    if (k >= 1 && k <= 12 / months) {
      let from = ymd(y, (k - 1) * months + 1, 1);
      if (!yearGiven && addMonths(from, months) > ctx.date) from = ymd(y - 1, (k - 1) * months + 1, 1);
      const to = addDays(addMonths(from, months), -1);
      return P(i, end, { from, to, kind: part === 'quarter' ? 'quarter' : 'half', reading: `the ${lw(tokens, i + 1)} ${part} of ${from.slice(0, 4)} = ${describeRange(from, to)}` });
    }
  }
  const q = /^q([1-4])$/.exec(w);
  if (q) {
    const k = Number(q[1]);
    let y = yearAt(tokens, i + 1);
    const end = y ? i + 2 : i + 1;
    const yPrev = yearAt(tokens, i - 1);
    y ??= yPrev;
    if (y) {
      const from = ymd(y, (k - 1) * 3 + 1, 1);
      const to = addDays(addMonths(from, 3), -1);
      return P(i, end, { from, to, kind: 'quarter', reading: `Q${k} ${y} = ${describeRange(from, to)}` });
    }
  }
  if (w === 'the' && lw(tokens, i + 1) === 'first') {
    const num = numAt(tokens, i + 2);
    if (num && lw(tokens, num.end) === 'months') {
      let end = num.end + 1;
      let y = y0;
      if (lw(tokens, end) === 'of' && yearAt(tokens, end + 1)) {
        y = yearAt(tokens, end + 1)!;
        end += 2;
      } else if (seq(tokens, end, 'of', 'this|the', 'year')) end += 3;
      else if (seq(tokens, end, 'of', 'last', 'year')) {
        y = y0 - 1;
        end += 3;
      }
      const from = `${y}-01-01`;
      const to = addDays(addMonths(from, num.n), -1);
      return P(i, end, { from, to, kind: 'range', reading: `the first ${num.n} months of ${y} = ${describeRange(from, to)}` });
    }
  }
  // the N months to (the end of) MONTH [YEAR]; the year to MONTH YEAR; the year ending MONTH YEAR; the 12 months to …
  if (w === 'the' || w === 'in') {
    let k = w === 'in' ? i + 1 : i;
    if (lw(tokens, k) === 'the') k++;
    let n = 12;
    const num = numAt(tokens, k);
    let unitOk = false;
    if (num && lw(tokens, num.end) === 'months') {
      n = num.n;
      k = num.end + 1;
      unitOk = true;
    } else if (lw(tokens, k) === 'year') {
      k += 1;
      unitOk = true;
    }
    if (unitOk && /^(to|ending|ended|until)$/.test(lw(tokens, k))) {
      k++;
      if (seq(tokens, k, 'the', 'end', 'of')) k += 3;
      // "the year to last June", "the year ending 30 September 2023", "the year to September 30, 2023"
      if (lw(tokens, k) === 'last' && monthAt(tokens, k + 1)) k++;
      let day: number | null = null;
      if (dayNumber(tokens[k]) !== null && monthAt(tokens, k + 1)) {
        day = dayNumber(tokens[k]);
        k++;
      }
      const m = monthAt(tokens, k);
      if (m) {
        let after = k + 1;
        if (day === null && dayNumber(tokens[after]) !== null) {
          day = dayNumber(tokens[after]);
          after++;
          if (lw(tokens, after) === ',') after++;
        }
        let y = yearAt(tokens, after);
        const end = y ? after + 1 : after;
        y ??= ymd(y0, m, 28) < ctx.date ? y0 : y0 - 1;
        const last = monthEnd(ymd(y, m, 1));
        const to = day !== null && day >= 1 && day < Number(last.slice(8)) ? ymd(y, m, day) : last;
        const from = to === last ? addMonths(`${to.slice(0, 7)}-01`, -(n - 1)) : addDays(addMonths(to, -n), 1);
        const named = `${to === last ? 'the end of' : Number(to.slice(8))} ${cap(MONTH_NAMES[m - 1]!)} ${y}`;
        return P(i, end, { from, to, kind: 'range', reading: `the ${n} months to ${named} = ${describeRange(from, to)}` });
      }
    }
  }

  // in the N months since EVENT
  if ((w === 'in' && lw(tokens, i + 1) === 'the') || w === 'the') {
    const k0 = w === 'in' ? i + 2 : i + 1;
    const num = numAt(tokens, k0);
    if (num && /^(months|years)$/.test(lw(tokens, num.end)) && lw(tokens, num.end + 1) === 'since') {
      const rest = tokens.slice(num.end + 1).map((t) => t.lower).join(' ');
      const ev = findEvent(rest, ctx.speaker, ctx.date, ctx.sentence);
      if (ev) {
        const from = `${ev.event.date.slice(0, 7)}-01`;
        const months = lw(tokens, num.end) === 'months' ? num.n : 12 * num.n;
        const to = addDays(addMonths(from, months), -1);
        let end = num.end + 2;
        const pw = ev.phrase.replace(/^since /, '').split(' ').length;
        end = Math.min(tokens.length, num.end + 2 + pw);
        return P(i, end, { from, to, kind: 'range', reading: `the ${num.n} ${lw(tokens, num.end)} since ${ev.event.title} (${ev.event.date}) = ${describeRange(from, to)}` });
      }
    }
  }

  // since …: the start of the data, a year, a date, or an event
  if (w === 'since') {
    // "since records began (in 2014)", "since data on Channel crossings began in 2018", "since Frontex began collecting data in 2009"
    for (let k = i + 1; k < Math.min(tokens.length, i + 13); k++) {
      // "since current records began on 1 January 2018": the day the records began.
      if (k > i + 1 && /^(on|in)$/.test(lw(tokens, k)) && tokens.slice(i + 1, k).some((t) => /^(begin|start)$/.test(t.lemma))) {
        const d = dateAt(tokens, k + 1, ctx, 'start');
        if (d && !d.event && d.y && d.end > k + 2) {
          const from = resolvePoint(d, d.y);
          if (from < ctx.date) return P(i, d.end, { from, to: last, kind: 'since', open: true, reading: `since ${describeRange(from, from)} = ${describeRange(from, last)}` });
        }
      }
      const y = yearAt(tokens, k);
      if (y) {
        const between = tokens.slice(i + 1, k).map((t) => t.lemma);
        const records = between.some((x) => /^(record|data|figure|statistic|count|counting|collect|collection|begin|start|track|monitor)$/.test(x));
        // (… "since at least 2009": the hedge on the year does not change it.)
        if (k === i + 1 || lw(tokens, k - 1) === 'in' || (k === i + 3 && seq(tokens, i + 1, 'at', 'least'))) {
          if (y > y0) return null;
          return { start: i, end: k + 1, expr: { kind: 'since', year: y, records: records && k > i + 1, period: { from: `${y}-01-01`, to: last, kind: 'since', open: true, reading: `since ${y} = ${describeRange(`${y}-01-01`, last)}` } } };
        }
        break;
      }
      if (tokens[k]!.text === ',' || tokens[k]!.text === ';') break;
    }
    if (seq(tokens, i, 'since', 'records', 'began') || seq(tokens, i, 'since', 'records', 'started')) return null;
    // "since Sunday": from the latest Sunday before the claim.
    const since = weekdayAt(tokens, i + 1);
    if (since !== null) {
      const from = latestWeekday(ctx.date, since);
      return P(i, i + 2, { from, to: last, kind: 'since', open: true, reading: `since ${cap(WEEKDAYS[since]!)} = ${describeRange(from, last)}` });
    }
    // since 5 July 2024, since July 2024
    const d = dateAt(tokens, i + 1, ctx, 'start');
    if (d && !d.event) {
      const y = d.y ?? latestYear(d.m, d.d, ctx.date);
      const from = resolvePoint(d, y);
      const e = dateAt(tokens, i + 1, ctx, 'end');
      const named = e && e.d !== d.d ? resolvePoint(e, y) : from;
      if (from < ctx.date) return P(i, d.end, { from, to: last, kind: 'since', open: true, sinceEnd: named, reading: `since ${describeRange(from, named)} = ${describeRange(from, last)}` });
    }
    // since an event of the calendar
    // (Up to twelve words: "since UK Prime Minister Sir Keir Starmer took the office".)
    for (let j = Math.min(tokens.length, i + 12); j > i + 1; j--) {
      const phrase = phraseOf(tokens, i, j);
      const ev = findEvent(phrase, ctx.speaker, ctx.date, ctx.sentence);
      if (ev && withoutArticles(phrase).includes(ev.phrase.replace(/^since /, ''))) {
        // The event's own words, and a date of it ("since Labour came to power in July 2024"), not what follows ("… was on 11 August").
        const inner = ev.phrase.replace(/^since /, '');
        let e = i + 2;
        while (e < j && !withoutArticles(phraseOf(tokens, i, e)).includes(inner)) e++;
        // … and the rest of its clause ("took power"), up to the main clause's verb or a number.
        const dateOf = (k: number) => (/^(in|on)$/.test(lw(tokens, k)) ? dateAt(tokens, k + 1, ctx, 'start') : null);
        const d = dateOf(e);
        if (d && !d.event) e = d.end;
        else while (e < j && tokens[e]!.kind === 'word' && !/^(was|were|is|are|has|have|had|when|and|but|with|came|come|comes|fell|rose|reached|hit|stood|peaked)$/.test(lw(tokens, e)) && !dateOf(e)) e++;
        j = Math.min(j, Math.max(e, i + 2));
        const m = P(i, j, { from: ev.event.date, to: last, kind: 'since', open: true, reading: `since ${ev.event.title} on ${ev.event.date} (${ev.event.citations[0]?.publisher ?? 'cited'}), to ${last}` });
        if (m.expr.kind === 'period') m.expr.countries = ev.event.countries;
        return m;
      }
    }
  }

  // seasons: last summer, this winter, the summer of 2023
  {
    let k = i;
    let rel: 'last' | 'this' | null = null;
    if (w === 'last' || w === 'this') {
      rel = w;
      k++;
    } else if (w === 'the') k++;
    const season = SEASONS[lw(tokens, k)];
    if (season && (rel || (lw(tokens, k + 1) === 'of' && yearAt(tokens, k + 2)))) {
      const [a, b] = season;
      let y = rel ? null : yearAt(tokens, k + 2)!;
      const end = rel ? k + 1 : k + 3;
      if (y === null) {
        // The season under way or just over (within a month of its end) is "this" one, and "last" is the one a year before;
        // long after a season, "last" is the latest and "this" the one to come.
        const startOf = (yy: number) => ymd(a > b ? yy - 1 : yy, a, 1);
        const endOf = (yy: number) => monthEnd(ymd(yy, b, 1));
        let cur = y0 + 1;
        while (startOf(cur) > ctx.date) cur--;
        const current = addDays(endOf(cur), 31) >= ctx.date;
        y = rel === 'last' ? (current ? cur - 1 : cur) : current ? cur : cur + 1;
      }
      const from = ymd(a > b ? y - 1 : y, a, 1);
      let to = monthEnd(ymd(y, b, 1));
      const open = to >= ctx.date;
      if (open) to = last;
      return P(i, end, { from, to, kind: 'season', open, reading: `${rel ?? 'the'} ${lw(tokens, k)} = ${describeRange(from, to)}` });
    }
  }

  // "on a single day", "on any one day": the unit of a rank.
  if (w === 'on' && (seq(tokens, i + 1, 'a', 'single', 'day') || seq(tokens, i + 1, 'any', 'single', 'day') || seq(tokens, i + 1, 'any', 'one', 'day') || seq(tokens, i + 1, 'one', 'day'))) {
    return { start: i, end: i + (lw(tokens, i + 1) === 'one' ? 3 : 4), expr: { kind: 'unit', unit: 'day' } };
  }
  // for N years, in N years, in a decade, for the first time in N years
  if (/^(for|in|over)$/.test(w)) {
    let k = i + 1;
    if (seq(tokens, k, 'the', 'first', 'time', 'in')) k += 4;
    // "for almost two decades", "in nearly 20 years": the span claimed is shorter than the number; "more than 20 years" is at least it.
    const short = /^(almost|nearly)$/.test(lw(tokens, k));
    if (short || /^(over|more|some|about|around)$/.test(lw(tokens, k))) k += lw(tokens, k) === 'more' && lw(tokens, k + 1) === 'than' ? 2 : 1;
    const num = numAt(tokens, k);
    if (num && /^(years|decades|decade)$/.test(lw(tokens, num.end))) {
      const full = lw(tokens, num.end).startsWith('decade') ? 10 * num.n : num.n;
      // "more than a decade": at least eleven years; "almost two decades": a little under twenty.
      const longer = /^(over|than)$/.test(lw(tokens, k - 1));
      const n = short || /^(some|about|around)$/.test(lw(tokens, k - 1)) ? Math.max(1, full - Math.max(1, Math.round(full / 10))) : longer ? full + 1 : full;
      return { start: i, end: num.end + 1, expr: { kind: 'years', n } };
    }
    if (lw(tokens, k) === 'a' && lw(tokens, k + 1) === 'decade') return { start: i, end: k + 2, expr: { kind: 'years', n: /^(over|than)$/.test(lw(tokens, k - 1)) ? 11 : short ? 9 : 10 } };
    if (seq(tokens, k, 'a', 'calendar', 'year') || seq(tokens, k, 'a', 'single', 'year') || seq(tokens, k, 'any', 'year') || seq(tokens, k, 'any', 'calendar', 'year') || seq(tokens, k, 'a', 'year')) {
      const n = seq(tokens, k, 'any', 'year') || seq(tokens, k, 'a', 'year') ? 2 : 3;
      if (!(seq(tokens, k, 'a', 'year') && w !== 'in')) return { start: i, end: k + n, expr: { kind: 'unit', unit: 'year' } };
    }
    if (seq(tokens, k, 'a', 'single', 'day') || seq(tokens, k, 'one', 'day') || seq(tokens, k, 'a', 'single', 'month')) {
      return { start: i, end: k + 3 - (lw(tokens, k) === 'one' ? 1 : 0), expr: { kind: 'unit', unit: lw(tokens, k + 2) === 'month' ? 'month' : 'day' } };
    }
  }
  // "the largest … recorded in the past decade", "the highest over the last two decades": a span of years, as "for a decade".
  if (/^(in|over|during)$/.test(w) && seq(tokens, i + 1, 'the', 'past|last')) {
    const num = numAt(tokens, i + 3);
    const unit = lw(tokens, num ? num.end : i + 3);
    if (/^decades?$/.test(unit)) return { start: i, end: (num ? num.end : i + 3) + 1, expr: { kind: 'years', n: 10 * (num?.n ?? 1) } };
  }
  // ("in the past year", "in the past 12 months": the last N, read at "the past …".)
  const pastSpan = seq(tokens, i, 'in', 'the', 'past') && !/^(year|years|month|months|week|weeks|decade|decades|day|days|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)$/.test(lw(tokens, i + 3));
  if (pastSpan || seq(tokens, i, 'ever', 'before') || w === 'previously' || seq(tokens, i, 'before', 'now')) {
    const n = w === 'in' ? 3 : w === 'previously' ? 1 : 2;
    return { start: i, end: i + n, expr: { kind: 'past' } };
  }
  if ((w === 'each' || w === 'every' || w === 'per' || w === 'a') && /^(year|month|day|week)$/.test(lw(tokens, i + 1)) && !(w === 'a' && /^(earlier|before|ago)$/.test(lw(tokens, i + 2)))) {
    return { start: i, end: i + 2, expr: { kind: 'each', unit: lw(tokens, i + 1) as 'year' } };
  }
  if (w === 'annually' || w === 'yearly') return { start: i, end: i + 1, expr: { kind: 'each', unit: 'year' } };

  // Weekdays: the latest such day before the claim.
  const wd = weekdayAt(tokens, i);
  if (wd !== null) return { start: i, end: i + 1, expr: { kind: 'day', date: latestWeekday(ctx.date, wd) } };

  // A day: 3 September 2022, September 3, 2022, 21 April
  const d = dateAt(tokens, i, ctx, 'start');
  if (d && !d.event && d.text === '' && (dayNumber(tokens[i]) !== null || dayNumber(tokens[i + 1]) !== null)) {
    const y = d.y ?? latestYear(d.m, d.d, ctx.date);
    const day = resolvePoint(d, y);
    return P(i, d.end, { from: day, to: day, kind: 'day', reading: describeRange(day, day) });
  }
  // Month-Month [Year]: "Jan-Feb 2024", "January to April 2025"
  const m = monthAt(tokens, i);
  if (m && /^(-|–|to)$/.test(lw(tokens, i + 1)) && monthAt(tokens, i + 2)) {
    const m2 = monthAt(tokens, i + 2)!;
    let y = yearAt(tokens, i + 3);
    const end = y ? i + 4 : i + 3;
    y ??= ymd(y0, m2, 28) < ctx.date ? y0 : y0 - 1;
    if (m2 >= m) {
      const from = ymd(y, m, 1);
      const to = monthEnd(ymd(y, m2, 1));
      return P(i, end, { from, to, kind: 'range', reading: describeRange(from, to) });
    }
  }
  if (m) {
    const y = yearAt(tokens, i + 1);
    if (y) return P(i, i + 2, monthPeriod(y, m), y);
    let from = ymd(y0, m, 1);
    if (monthEnd(from) >= ctx.date) from = ymd(y0 - 1, m, 1);
    const yy = Number(from.slice(0, 4));
    return P(i, i + 1, monthPeriod(yy, m, `${cap(MONTH_NAMES[m - 1]!)} = ${describeRange(from, monthEnd(from))}, the latest complete ${cap(MONTH_NAMES[m - 1]!)} before ${ctx.date}`), yy);
  }
  // A year
  const y = yearAt(tokens, i);
  if (y && !(tokens[i + 1]?.text === '%')) {
    // "2023-24"
    if (tokens[i + 1]?.text === '-' && /^\d{2}$/.test(tokens[i + 2]?.text ?? '')) return null;
    return P(i, i + 1, yearPeriod(y), y);
  }
  return null;
}

function sameWindow(tokens: Token[], i: number, k: number): TimeMention {
  // "… last year", "… a year earlier", "… in 2023", "… of 2022", "… 2022"
  if (seq(tokens, k, 'last', 'year') || seq(tokens, k, 'a', 'year', 'earlier|ago|before') || seq(tokens, k, 'the', 'previous', 'year')) {
    return { start: i, end: k + (lw(tokens, k) === 'last' ? 2 : 3), expr: { kind: 'same_window', year: null, shift: -1 } };
  }
  if (/^(in|of|for|during)$/.test(lw(tokens, k)) && yearAt(tokens, k + 1)) return { start: i, end: k + 2, expr: { kind: 'same_window', year: yearAt(tokens, k + 1) } };
  if (yearAt(tokens, k)) return { start: i, end: k + 1, expr: { kind: 'same_window', year: yearAt(tokens, k) } };
  return { start: i, end: k, expr: { kind: 'same_window', year: null } };
}

/** A period's days moved to another year ("the same period in 2023"). */
export function shiftToYear(p: Period, year: number): Period {
  const dy = year - yearOf(p.from);
  const from = addMonths(p.from, 12 * dy);
  const to = addMonths(p.to, 12 * dy);
  return { from, to, kind: p.kind === 'to_date' ? 'range' : p.kind, reading: `the same period in ${year} = ${describeRange(from, to)}` };
}

/** The years ending with the last two quarters before a date: what "the latest year" means in quarterly releases. */
function rollingYears(date: string): Period[] {
  const quarterStart = `${date.slice(0, 4)}-${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return [0, 3].map((back) => {
    const end = addDays(addMonths(quarterStart, -back), -1);
    const from = addDays(addMonths(end, -12), 1);
    return { from, to: end, kind: 'range', reading: `the latest year = the year ending ${describeRange(end, end).replace(/ to .*/, '')} (${describeRange(from, end)}), as quarterly releases give it` };
  });
}
