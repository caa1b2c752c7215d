/**
 * Period phrases in a sentence, resolved against the claim's date: years, months,
 * "last year", "so far this year", "the last six months", "the six months to the end
 * of June", "in the five months since …", "since 2020", "since <event>".
 */
import { addDays, addMonths, describeRange, monthEnd, MONTH_NAMES, yearOf } from '../util/dates.js';
import { wordsToNumber } from './numbers.js';
import { findEvent, type CalendarEvent } from './calendar.js';

export type PeriodKind = 'year' | 'month' | 'ytd' | 'last_n' | 'window' | 'since_year' | 'since_event' | 'from_year' | 'month_any_year';

export interface PeriodMention {
  start: number;
  end: number;
  kind: PeriodKind;
  from: string;
  to: string;
  reading: string;
  /** The event a "since …" phrase named. */
  event?: CalendarEvent;
  /** For "August" without a year: the month number, compared across years. */
  month?: number;
}

const NUM_WORD = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)';
const MONTHS = MONTH_NAMES.join('|');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (wordsToNumber(s) ?? NaN));

/** The day before the claim: the last day whose figures could have been known. */
export const dayBefore = (date: string): string => addDays(date, -1);

export function findPeriods(s: string, date: string, speaker?: string): PeriodMention[] {
  const lower = s.toLowerCase();
  const out: PeriodMention[] = [];
  const y = yearOf(date);
  const last = dayBefore(date);
  const add = (m: RegExpExecArray, p: Omit<PeriodMention, 'start' | 'end'>) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ start, end, ...p });
  };
  let m: RegExpExecArray | null;
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    while ((m = re.exec(lower))) fn(m);
  };

  // "in the five months since I launched the plan"
  each(new RegExp(`\\b(?:in )?the (?:${NUM_WORD}) (months|years) since\\b`, 'g'), (x) => {
    const ev = findEvent(s, speaker, date);
    const n = num(x[1]!);
    if (!ev || !Number.isFinite(n)) return;
    const from = `${ev.event.date.slice(0, 7)}-01`;
    const to = x[2] === 'months' ? addDays(addMonths(from, n), -1) : addDays(addMonths(from, 12 * n), -1);
    add(x, { kind: 'window', from, to, reading: `the ${n} ${x[2]} since ${ev.event.title} (${ev.event.date}) = ${describeRange(from, to)}`, event: ev.event });
  });
  // "the six months to the end of June"
  each(new RegExp(`\\bthe (?:${NUM_WORD}) months (?:to|up to|until|ending) (?:the end of )?(${MONTHS})\\b`, 'g'), (x) => {
    const n = num(x[1]!);
    const mi = MONTH_NAMES.indexOf(x[2]!) + 1;
    let endYear = y;
    if (`${y}-${String(mi).padStart(2, '0')}-01` > date) endYear = y - 1;
    const to = monthEnd(`${endYear}-${String(mi).padStart(2, '0')}-01`);
    const from = addMonths(`${to.slice(0, 7)}-01`, -(n - 1));
    add(x, { kind: 'window', from, to, reading: `the ${n} months to the end of ${cap(x[2]!)} = ${describeRange(from, to)}` });
  });
  // "the first six months (of 2023)"
  each(new RegExp(`\\bthe first (?:${NUM_WORD}) months(?: of (\\d{4}))?`, 'g'), (x) => {
    const n = num(x[1]!);
    const yr = x[2] ? Number(x[2]) : y;
    const from = `${yr}-01-01`;
    const to = addDays(addMonths(from, n), -1);
    add(x, { kind: 'window', from, to, reading: `the first ${n} months of ${yr} = ${describeRange(from, to)}` });
  });
  // "in the last/past year", "in the last twelve months"
  each(/\b(?:in |over |during )?the (?:last|past) (?:year|12 months|twelve months)\b/g, (x) => {
    const from = addDays(addMonths(date, -12), 0);
    add(x, { kind: 'last_n', from, to: last, reading: `the last twelve months = ${describeRange(from, last)} (the claim is dated ${date})` });
  });
  // "the last six months", "the past 3 weeks"
  each(new RegExp(`\\b(?:in |over |for )?the (?:last|past) (?:${NUM_WORD}) (months|weeks|days|years)\\b`, 'g'), (x) => {
    const n = num(x[1]!);
    const unit = x[2]!;
    const from = unit === 'months' ? addMonths(date, -n) : unit === 'years' ? addMonths(date, -12 * n) : addDays(date, -(unit === 'weeks' ? 7 * n : n));
    add(x, { kind: 'last_n', from, to: last, reading: `the last ${n} ${unit} = ${describeRange(from, last)} (the claim is dated ${date})` });
  });
  // "so far this year", "this year", "year to date"
  each(/\b(?:so far this year|this year so far|so far in \d{4}|year to date|this year|already this year)\b/g, (x) => {
    const from = `${y}-01-01`;
    add(x, { kind: 'ytd', from, to: last, reading: `this year so far = ${describeRange(from, last)} (the claim is dated ${date})` });
  });
  each(/\blast year\b/g, (x) => {
    add(x, { kind: 'year', from: `${y - 1}-01-01`, to: `${y - 1}-12-31`, reading: `last year = ${y - 1} (the claim is dated ${date})` });
  });
  // "since 2020", "from 2024"
  each(/\b(since|from) (\d{4})\b/g, (x) => {
    const yr = Number(x[2]);
    if (yr < 1990 || yr > y) return;
    add(x, { kind: x[1] === 'since' ? 'since_year' : 'from_year', from: `${yr}-01-01`, to: `${yr}-12-31`, reading: `${x[1]} ${yr}` });
  });
  // "since <event>"
  each(/\bsince\b[^,.;]*/g, (x) => {
    const ev = findEvent(x[0], speaker, date, s);
    if (!ev) return;
    add(x, { kind: 'since_event', from: ev.event.date, to: last, reading: `since ${ev.event.title} on ${ev.event.date} (${ev.event.citations[0]?.publisher ?? 'cited'}), to ${last}`, event: ev.event });
  });
  // "July 2024", "in August 2025"
  each(new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, 'g'), (x) => {
    const mi = MONTH_NAMES.indexOf(x[1]!) + 1;
    const from = `${x[2]}-${String(mi).padStart(2, '0')}-01`;
    add(x, { kind: 'month', from, to: monthEnd(from), reading: `${cap(x[1]!)} ${x[2]}`, month: mi });
  });
  // "August" alone: the latest August before the claim.
  each(new RegExp(`\\b(${MONTHS})\\b(?! \\d)`, 'g'), (x) => {
    const mi = MONTH_NAMES.indexOf(x[1]!) + 1;
    let from = `${y}-${String(mi).padStart(2, '0')}-01`;
    if (monthEnd(from) >= date) from = `${y - 1}-${String(mi).padStart(2, '0')}-01`;
    add(x, { kind: 'month_any_year', from, to: monthEnd(from), reading: `${cap(x[1]!)} = ${describeRange(from, monthEnd(from))}, the latest complete ${cap(x[1]!)} before ${date}`, month: mi });
  });
  // "in 2023", "2023": a year.
  each(/\b(?:in |of |for |during )?((?:19|20)\d{2})\b(?!\s*(?:%|per cent))/g, (x) => {
    const yr = Number(x[1]);
    add(x, { kind: 'year', from: `${yr}-01-01`, to: `${yr}-12-31`, reading: `${yr}` });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The period mention that belongs to a number: the nearest after it in its clause, else the nearest before. */
export function periodFor(periods: PeriodMention[], at: number, end: number, s: string): PeriodMention | null {
  const clauseEnd = (() => {
    const rest = s.slice(end);
    const m = /[;:]|,\s+(?:and|but|while|whereas|making|which)\b|\band\s+(?=\d)|\.\s/.exec(rest);
    return m ? end + m.index : s.length;
  })();
  const after = periods.filter((p) => p.start >= end && p.start <= clauseEnd && p.kind !== 'from_year' && p.kind !== 'since_year');
  if (after[0]) return after[0];
  const before = periods.filter((p) => p.end <= at && p.kind !== 'from_year').sort((a, b) => b.end - a.end);
  if (before[0]) return before[0];
  const anyAfter = periods.filter((p) => p.start >= end && p.kind !== 'from_year' && p.kind !== 'since_year');
  return anyAfter[0] ?? null;
}
