/**
 * Turning input into plain text and sentences with spans. HTML and Markdown are
 * reduced to their text first; spans then refer to that plain text.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', pound: '£', euro: '€' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote|section|article)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/^>\s?/gm, '')
    .replace(/`([^`]*)`/g, '$1');
}

export function toPlainText(text: string, format: 'txt' | 'md' | 'html' = 'txt'): string {
  if (format === 'html') return htmlToText(text);
  if (format === 'md') return markdownToText(text);
  return text;
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Sir|St|Prof|Gen|Rt|Hon|No|vs|etc|e\.g|i\.e|approx|c|U\.K|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$/i;

/**
 * Sentences: split on . ! ? (and … followed by a capital) followed by space and an
 * upper-case letter, a quote or a digit, and on blank lines; a line break inside a
 * paragraph (wrapped text) does not end a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  const re = /([.!?…]["”’)]?)(\s+)(?=["“‘(]?[A-Z0-9£€])|\n\s*\n|\n(?=\s*(?:[-*•–]\s|\d+\.\s|[A-Z]))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[1] && !/\n\s*\n/.test(m[0])) {
      // A single line break ends a sentence before a list item, after a heading or a colon, or after a short line; wrapped text goes on.
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const line = text.slice(lineStart, m.index).trim();
      const next = text.slice(m.index + 1).trimStart();
      if (!(/^([-*•–]\s|\d+\.\s)/.test(next) || /[:.!?]$/.test(line) || line.length <= 60)) continue;
      push(m.index);
      continue;
    }
    if (m[1]) {
      const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (m[1] === '.' && ABBREVIATIONS.test(before)) continue;
      // "1.200" or "2.5" are numbers, not sentence ends (no space follows them anyway).
      push(m.index + m[1].length);
    } else {
      push(m.index);
    }
  }
  push(text.length);
  return out;
}
