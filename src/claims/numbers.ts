/**
 * Numbers as people write them: digits with separators ("9,000", Italian "1.200",
 * "24,000+"), scale words ("1.2 million", "9k"), words ("eight", "nine thousand"),
 * fractions ("a third", "half"), multipliers ("doubled", "halved") and percentages
 * ("20%", "13 per cent"). Each mention keeps its span in the sentence.
 */
export type NumberUnit = 'count' | 'percent' | 'ratio' | 'money' | 'year';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: NumberUnit;
  /** Rounding step implied by how it is written. */
  precision: number;
  /** "24,000+" */
  plus?: boolean;
  /** "thousands", "hundreds": a vague amount, value is the lower bound. */
  vague?: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const FRACTIONS: Record<string, number> = {
  'a half': 0.5, half: 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 0.25, 'one quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75, 'a fifth': 0.2, 'one fifth': 0.2, 'a tenth': 0.1,
};
export const MULTIPLIERS: Record<string, number> = {
  doubled: 2, doubling: 2, double: 2, tripled: 3, trebled: 3, tripling: 3, quadrupled: 4, halved: 0.5, halving: 0.5,
};
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const WORD = Object.keys(UNITS).join('|');
const WORD_NUMBER = new RegExp(`\\b((?:${WORD})(?:[- ](?:${WORD}))?(?:\\s+(?:hundred|thousand|million|billion))*(?:\\s+and\\s+(?:${WORD})(?:[- ](?:${WORD}))?)?)\\b`, 'gi');

export function wordsToNumber(s: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
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

function precisionOf(intPart: string, decimals: string | undefined, scale: number): number {
  if (decimals) return Math.pow(10, -decimals.length) * scale;
  const digits = intPart.replace(/\D/g, '');
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (digits === '0') return 1 * scale;
  return Math.pow(10, Math.min(zeros, digits.length - 1)) * scale;
}

function percentPrecision(v: number, decimals: string | undefined): number {
  if (decimals) return Math.pow(10, -decimals.length);
  if (v % 10 === 0) return 5;
  if (v % 5 === 0) return 2.5;
  return 1;
}

const PERCENT_AFTER = /^\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage points?\b)/i;
const SCALE_AFTER = /^\s*(?:(million|m|mn|billion|bn|thousand|k)\b)/i;

/** Every number in the sentence, in order, without overlaps. */
export function findNumbers(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (m: NumberMention) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };

  // Digits.
  const digitRe = /(?<![\w.,])([£€$])?\s?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+)(?:\.(\d+))?(?![\w])/g;
  let m: RegExpExecArray | null;
  while ((m = digitRe.exec(s))) {
    const currency = m[1];
    const intPart = m[2]!;
    const decimals = m[3];
    let start = m.index;
    let end = m.index + m[0].length;
    let value: number;
    if (/^\d{1,3}(?:\.\d{3})+$/.test(intPart) && !decimals) {
      // Continental thousands separator: "1.200" = 1,200.
      value = Number(intPart.replace(/\./g, ''));
    } else value = Number(intPart.replace(/,/g, '') + (decimals ? `.${decimals}` : ''));
    let rest = s.slice(end);
    let scale = 1;
    const sc = SCALE_AFTER.exec(rest);
    if (sc) {
      const w = sc[1]!.toLowerCase();
      scale = w.startsWith('b') ? 1e9 : w.startsWith('m') ? 1e6 : 1e3;
      value *= scale;
      end += sc[0].length;
      rest = s.slice(end);
    }
    let plus = false;
    if (rest.startsWith('+')) {
      plus = true;
      end += 1;
      rest = s.slice(end);
    }
    const pc = PERCENT_AFTER.exec(rest);
    if (pc) {
      end += pc[0].length;
      add({ start, end, text: s.slice(start, end), value, unit: 'percent', precision: percentPrecision(value, decimals) });
      continue;
    }
    const isYear = !currency && scale === 1 && !decimals && /^\d{4}$/.test(intPart) && value >= 1900 && value <= 2100;
    if (isYear) {
      add({ start, end, text: s.slice(start, end), value, unit: 'year', precision: 1 });
      continue;
    }
    if (currency) start = m.index;
    add({ start, end, text: s.slice(start, end).trim(), value, unit: currency ? 'money' : 'count', precision: precisionOf(intPart, decimals, scale), ...(plus ? { plus } : {}) });
  }

  // Fractions ("a third") and multipliers ("doubled").
  const fracRe = new RegExp(`\\b(${Object.keys(FRACTIONS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
  while ((m = fracRe.exec(s))) {
    const v = FRACTIONS[m[1]!.toLowerCase()]!;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], value: v * 100, unit: 'percent', precision: 3 });
  }
  const multRe = new RegExp(`\\b(${Object.keys(MULTIPLIERS).join('|')})\\b`, 'gi');
  while ((m = multRe.exec(s))) {
    add({ start: m.index, end: m.index + m[0].length, text: m[0], value: MULTIPLIERS[m[1]!.toLowerCase()]!, unit: 'ratio', precision: 0.1 });
  }

  // Vague amounts: "thousands", "hundreds".
  const vagueRe = /\b(hundreds|thousands|tens of thousands|millions)\b/gi;
  while ((m = vagueRe.exec(s))) {
    const w = m[1]!.toLowerCase();
    const v = w === 'hundreds' ? 200 : w === 'thousands' ? 2000 : w === 'tens of thousands' ? 20000 : 2e6;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], value: v, unit: 'count', precision: v / 2, vague: true });
  }

  // Number words.
  WORD_NUMBER.lastIndex = 0;
  while ((m = WORD_NUMBER.exec(s))) {
    const v = wordsToNumber(m[1]!);
    if (v === null) continue;
    let end = m.index + m[0].length;
    const rest = s.slice(end);
    const pc = PERCENT_AFTER.exec(rest);
    if (pc) {
      end += pc[0].length;
      add({ start: m.index, end, text: s.slice(m.index, end), value: v, unit: 'percent', precision: percentPrecision(v, undefined) });
    } else {
      add({ start: m.index, end, text: m[0], value: v, unit: 'count', precision: v >= 1000 ? precisionOf(String(v), undefined, 1) : 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
