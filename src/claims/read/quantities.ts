/**
 * Quantities as people write them, found on tokens: digits with separators ("9,000";
 * "12.900" in a count is 12,900, since people are whole), scale words ("1.2 million",
 * "150m"), number words ("eight", "twenty-five thousand"), fractions ("a third"),
 * multipliers ("doubled", "threefold"), vague amounts ("thousands"), percentages, each
 * with the hedge written before or after it. Years are times, not quantities.
 */
import type { Hedge, Quantity } from '../types.js';
import { HEDGES, POST_HEDGES } from './lexicon.js';
import type { Token } from './tokens.js';

export interface QuantityMention {
  /** Token range of the whole mention, hedge included. */
  start: number;
  end: number;
  /** Token range of the number itself. */
  numStart: number;
  numEnd: number;
  value: number;
  unit: Quantity['unit'];
  precision: number;
  hedge: Hedge | null;
  form: 'digits' | 'words' | 'fraction' | 'multiplier' | 'vague';
  money?: boolean;
  /** "25-39": a range, read by the age filter, never a claimed value. */
  range?: [number, number];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const SCALE_AFTER: Record<string, number> = { million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, thousand: 1e3, k: 1e3 };
const FRACTIONS: [string[], number][] = [
  [['two', 'thirds'], 2 / 3], [['three', 'quarters'], 0.75], [['a', 'third'], 1 / 3], [['one', 'third'], 1 / 3], [['a', 'half'], 0.5], [['one', 'half'], 0.5],
  [['a', 'quarter'], 0.25], [['one', 'quarter'], 0.25], [['a', 'fifth'], 0.2], [['one', 'fifth'], 0.2], [['a', 'tenth'], 0.1], [['one', 'tenth'], 0.1], [['half'], 0.5],
];
const MULTIPLIERS: Record<string, number> = { double: 2, doubled: 2, doubling: 2, doubles: 2, triple: 3, tripled: 3, trebled: 3, tripling: 3, quadrupled: 4, halved: 0.5, halving: 0.5, halve: 0.5, halves: 0.5 };
const FOLD: Record<string, number> = { twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, tenfold: 10 };
const VAGUE: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6 };

export function wordsToNumber(ws: string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of ws) {
    if (w === 'and' || w === '-') continue;
    if (w in UNITS) {
      current += UNITS[w]!;
      any = true;
    } else if (w in SCALES) {
      const sc = SCALES[w]!;
      if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
      any = true;
    } else return null;
  }
  return any ? total + current : null;
}

function countPrecision(digits: string, decimals: string | undefined, scale: number): number {
  if (decimals) return Math.pow(10, -decimals.length) * scale;
  const d = digits.replace(/\D/g, '');
  if (d === '0') return scale;
  const zeros = d.length - d.replace(/0+$/, '').length;
  return Math.pow(10, Math.min(zeros, d.length - 1)) * scale;
}

/** A written percentage's step: "20%" → 5, "25%" → 2.5, "13%" → 1, "12.6%" → 0.1. */
function percentPrecision(v: number, decimals: string | undefined): number {
  if (decimals) return Math.pow(10, -decimals.length);
  if (v % 10 === 0) return 5;
  if (v % 5 === 0) return 2.5;
  return 1;
}

const isYearToken = (t: Token): boolean => /^(19|20)\d{2}$/.test(t.text);
const PEOPLE_AFTER = /^(people|persons|migrants|refugees|deaths|arrivals|crossings|returns|individuals|men|women|children|boats)$/;

function hedgeBefore(tokens: Token[], start: number): { hedge: Hedge; start: number } | null {
  for (let j = Math.max(0, start - 4); j < start; j++) {
    const m = HEDGES.matchAt(tokens, j);
    if (m && m.end === start) return { hedge: m.value, start: j };
  }
  // "more than doubled": a hedge two tokens back is fine when a filler stands between ("by almost half").
  return null;
}

function percentAfter(tokens: Token[], i: number): number {
  const a = tokens[i];
  if (!a) return 0;
  if (a.text === '%') return 1;
  if (a.lower === 'percent' || a.lower === 'pc') return 1;
  if (a.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 2;
  return 0;
}

const TIMES_AFTER = /^(the|that|those|as|more|higher|greater|larger|bigger|over|what|its|their|this|last|in|on|than|)$/;

/** Every quantity in the sentence's tokens, left to right, without overlaps. */
export function findQuantities(tokens: Token[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let m = readAt(tokens, i);
    // "three times the figure", "six times as many", "four times higher": a multiplier, not a count.
    if (m && m.unit === 'count' && !m.money && m.end === m.numEnd && tokens[m.numEnd]?.lower === 'times' && TIMES_AFTER.test(tokens[m.numEnd + 1]?.lower ?? '')) {
      m = { ...m, numEnd: m.numEnd + 1, end: m.numEnd + 1, unit: 'ratio', precision: 0.1, form: 'multiplier' };
    }
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return restated(tokens, out);
}

/**
 * "nearly a quarter (23%)", "over half (51%)": a share or change given in words and then, in brackets, as the
 * publisher's percentage. One quantity, read at the bracket's precision, spanning both.
 */
function restated(tokens: Token[], qs: QuantityMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    const next = qs[k + 1];
    if (next && q.unit === 'percent' && next.unit === 'percent' && q.form !== 'digits' && next.form === 'digits' && tokens[q.end]?.text === '(' && next.start === q.end + 1 && tokens[next.end]?.text === ')') {
      out.push({ ...next, start: q.start, numStart: q.numStart, end: next.end + 1, hedge: next.hedge });
      k++;
    } else out.push(q);
  }
  return out;
}

function finish(tokens: Token[], m: Omit<QuantityMention, 'start' | 'end' | 'hedge'>): QuantityMention {
  const pre = hedgeBefore(tokens, m.numStart);
  let end = m.numEnd;
  let hedge: Hedge | null = pre?.hedge ?? null;
  const post = POST_HEDGES.matchAt(tokens, end);
  if (post && m.form !== 'multiplier') {
    hedge = post.value;
    end = post.end;
  }
  if (tokens[end]?.text === '+' && tokens[end]!.start === tokens[end - 1]!.end) {
    hedge = 'more_than';
    end++;
  }
  // "passed the 10,000 mark": the milestone's noun is part of the figure.
  if (pre && /^(mark|milestone|threshold|barrier)$/.test(tokens[end]?.lower ?? '') && /^(the|past|passed|surpassed|exceeded|topped)$/.test(tokens[m.numStart - 1]?.lower ?? '')) end++;
  return { ...m, start: pre?.start ?? m.numStart, end, hedge };
}

function readAt(tokens: Token[], i: number): QuantityMention | null {
  const t = tokens[i]!;
  const money = i > 0 && /^[£€$]$/.test(tokens[i - 1]!.text);
  // Digits.
  if (t.kind === 'number' || /^\d/.test(t.text)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(t.text);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a >= 1900 && b < 100) return null; // "2023-24": a financial year, not a number
      return finish(tokens, { numStart: i, numEnd: i + 1, value: a, unit: 'count', precision: 1, form: 'digits', range: [a, b] });
    }
    const dm = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:\.(\d+))?$/.exec(t.text);
    if (!dm) return null;
    let intPart = dm[1]!;
    let decimals = dm[2];
    let j = i + 1;
    // "873 700", "31 200": groups of three digits after a space (a thin or no-break space in European typesetting) are one number.
    if (!decimals && /^\d{1,3}$/.test(intPart) && !isYearToken(t)) {
      while (tokens[j] && /^\d{3}$/.test(tokens[j]!.text) && tokens[j]!.start - tokens[j - 1]!.end === 1 && !isYearToken(tokens[j]!)) {
        intPart += tokens[j]!.text;
        j++;
      }
    }
    let scale = 1;
    const sc = tokens[j] && tokens[j]!.start - t.end <= 1 ? SCALE_AFTER[tokens[j]!.lower.replace(/\.$/, '')] : undefined;
    if (sc && (tokens[j]!.lower.length > 2 || tokens[j]!.start === t.end)) {
      scale = sc;
      j++;
    }
    // "12.900" (people are whole): a thousands separator, as in German or Italian; "1.2 million" keeps its decimal.
    if (/^\d{1,3}(\.\d{3})+$/.test(intPart) && !decimals && scale === 1) intPart = intPart.replace(/\./g, '');
    else if (/^\d{1,3}\.\d{3}$/.test(t.text) && scale > 1) {
      decimals = t.text.split('.')[1];
      intPart = t.text.split('.')[0]!;
    }
    const value = Number(intPart.replace(/[,.]/g, '') + (decimals ? `.${decimals}` : '')) * scale;
    const pc = percentAfter(tokens, j);
    if (pc) return finish(tokens, { numStart: i, numEnd: j + pc, value, unit: 'percent', precision: percentPrecision(value, decimals), form: 'digits' });
    if (!money && scale === 1 && !decimals && isYearToken(t) && !PEOPLE_AFTER.test(tokens[j]?.lower ?? '')) return null;
    return finish(tokens, { numStart: i, numEnd: j, value, unit: 'count', precision: countPrecision(intPart, decimals, scale), form: 'digits', ...(money ? { money } : {}) });
  }
  return readWords(tokens, i, money);
}

/** Fractions, multipliers, vague amounts and number words. */
function readWords(tokens: Token[], i: number, money: boolean): QuantityMention | null {
  const t = tokens[i]!;
  const w = t.lower;
  // Fractions: "a third", "two-thirds", "half".
  for (const [ws, v] of FRACTIONS) {
    let j = i;
    let ok = true;
    for (const x of ws) {
      while (tokens[j]?.lower === '-') j++;
      if (tokens[j]?.lower !== x) {
        ok = false;
        break;
      }
      j++;
    }
    // "a quarter" of a year is a time ("in the first quarter"), "one half" of a sentence is not a number.
    if (ok && !(ws[1] === 'quarter' && /^(of|in)$/.test(tokens[j]?.lower ?? '') && /^\d{4}$/.test(tokens[j + 1]?.text ?? ''))) {
      return finish(tokens, { numStart: i, numEnd: j, value: v * 100, unit: 'percent', precision: 3, form: 'fraction' });
    }
  }
  if (w in MULTIPLIERS) return finish(tokens, { numStart: i, numEnd: i + 1, value: MULTIPLIERS[w]!, unit: 'ratio', precision: 0.1, form: 'multiplier' });
  if (w in FOLD) return finish(tokens, { numStart: i, numEnd: i + 1, value: FOLD[w]!, unit: 'ratio', precision: 0.1, form: 'multiplier' });
  // "three-fold"
  if (w in UNITS && tokens[i + 1]?.lower === '-' && tokens[i + 2]?.lower === 'fold') return finish(tokens, { numStart: i, numEnd: i + 3, value: UNITS[w]!, unit: 'ratio', precision: 0.1, form: 'multiplier' });
  if (w === 'twice') return finish(tokens, { numStart: i, numEnd: i + 1, value: 2, unit: 'ratio', precision: 0.1, form: 'multiplier' });
  if (w === 'tens' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands') return finish(tokens, { numStart: i, numEnd: i + 3, value: 20000, unit: 'count', precision: 10000, form: 'vague' });
  if (w === 'hundreds' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands') return finish(tokens, { numStart: i, numEnd: i + 3, value: 200000, unit: 'count', precision: 100000, form: 'vague' });
  if (w in VAGUE) return finish(tokens, { numStart: i, numEnd: i + 1, value: VAGUE[w]!, unit: 'count', precision: VAGUE[w]! / 2, form: 'vague' });
  // Number words: "eight", "nine thousand", "twenty-five", "a million".
  if (w in UNITS || ((w === 'a' || w === 'one') && tokens[i + 1] && tokens[i + 1]!.lower in SCALES)) {
    const ws: string[] = [];
    let j = i;
    if (w === 'a') {
      ws.push('one');
      j++;
    }
    const next = (k: number) => tokens[k + 1]?.lower ?? '';
    while (tokens[j] && (tokens[j]!.lower in UNITS || tokens[j]!.lower in SCALES || (tokens[j]!.lower === '-' && next(j) in UNITS) || (tokens[j]!.lower === 'and' && next(j) in UNITS && ws.some((x) => x in SCALES)))) {
      ws.push(tokens[j]!.lower);
      j++;
    }
    let v = wordsToNumber(ws);
    if (v === null) return null;
    // "five and a half thousand": the half of the scale that follows.
    if (tokens[j]?.lower === 'and' && tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half' && tokens[j + 3] && tokens[j + 3]!.lower in SCALES) {
      v = (v + 0.5) * SCALES[tokens[j + 3]!.lower]!;
      j += 4;
      return finish(tokens, { numStart: i, numEnd: j, value: v, unit: 'count', precision: SCALES[tokens[j - 1]!.lower]! / 2, form: 'words' });
    }
    const pc = percentAfter(tokens, j);
    if (pc) return finish(tokens, { numStart: i, numEnd: j + pc, value: v, unit: 'percent', precision: percentPrecision(v, undefined), form: 'words' });
    return finish(tokens, { numStart: i, numEnd: j, value: v, unit: 'count', precision: v >= 1000 ? countPrecision(String(v), undefined, 1) : 1, form: 'words', ...(money ? { money } : {}) });
  }
  return null;
}

export function quantityOf(m: QuantityMention, tokens: Token[], offset: number): Quantity {
  const a = tokens[m.numStart]!;
  const b = tokens[m.numEnd - 1]!;
  return {
    value: m.value,
    unit: m.unit,
    precision: m.precision,
    hedge: m.hedge,
    text: tokensText(tokens, m.numStart, m.numEnd),
    span: [offset + a.start, offset + b.end],
    ...(m.form === 'vague' ? { vague: true } : {}),
  };
}

/** The sentence's own words for tokens i..j. */
export function tokensText(tokens: Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (k > i && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.text;
  }
  return s;
}
