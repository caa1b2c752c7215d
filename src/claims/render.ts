/** Rendering verdicts: a terminal view with highlights, Markdown, and schema.org ClaimReview. */
import { VERDICT_RANK, type CheckOutput, type ClaimResult, type Verdict } from './types.js';

const COLOURS: Record<Verdict, string> = { accurate: '32', roughly_accurate: '36', misleading: '33', inaccurate: '31', unverifiable: '90' };
const LABEL: Record<Verdict, string> = { accurate: 'Accurate', roughly_accurate: 'Roughly accurate', misleading: 'Misleading', inaccurate: 'Inaccurate', unverifiable: 'Unverifiable' };
/** ClaimReview ratings: 1 (false) … 5 (true); unverifiable has no numeric rating. */
const RATING: Record<Verdict, number | null> = { inaccurate: 1, misleading: 2, roughly_accurate: 4, accurate: 5, unverifiable: null };

export function overall(out: CheckOutput): Verdict {
  let best: Verdict = 'unverifiable';
  for (const c of out.claims) if (VERDICT_RANK[c.verdict] > VERDICT_RANK[best]) best = c.verdict;
  return best;
}

/** Lines naming what was not read, and why. */
function skippedLines(out: CheckOutput): string[] {
  return (out.skipped ?? []).map((s) => `Not read (characters ${s.span[0]}–${s.span[1]}): ${s.reason}.`);
}

export function renderTerminal(out: CheckOutput, colour: boolean): string {
  const paint = (v: Verdict, s: string) => (colour ? `\x1b[${COLOURS[v]}m${s}\x1b[0m` : s);
  if (out.claims.length === 0) return ['No statistical claims found.', ...skippedLines(out)].join('\n') + '\n';
  const lines: string[] = [];
  let lastText = '';
  // Each sentence once, with the words of each of its claims highlighted in the colour of its verdict.
  const highlight = (text: string) => {
    let t = text;
    for (const c of out.claims) {
      if (c.text !== text || !c.claimed.text || !t.includes(c.claimed.text)) continue;
      t = t.replace(c.claimed.text, colour ? `\x1b[1;${COLOURS[c.verdict]}m${c.claimed.text}\x1b[0m` : `[${c.claimed.text}]`);
    }
    return t;
  };
  for (const c of out.claims) {
    if (c.text !== lastText) {
      lines.push('', highlight(c.text));
      lastText = c.text;
    }
    const claimed = c.claimed.text ? `"${c.claimed.text}"` : c.type;
    lines.push(`  ${paint(c.verdict, `[${LABEL[c.verdict]}]`)} ${claimed} (${c.type}${c.metric ? `, ${c.metric}` : ''})`);
    lines.push(`    ${c.reason}`);
    for (const e of c.evidence) lines.push(`    · ${e.value.toLocaleString('en-GB')} — ${e.period}${e.note ? ` (${e.note})` : ''} — ${e.source}, ${e.release}`);
    if (c.caveats?.[0]) lines.push(`    ! ${c.caveats[0]}${c.caveats.length > 1 ? ` (+${c.caveats.length - 1} more caveats: crossings metrics)` : ''}`);
  }
  const skipped = skippedLines(out);
  if (skipped.length) lines.push('', ...skipped);
  return lines.join('\n').trimStart() + '\n';
}

/**
 * Text from the user or a file, made inert in a Markdown table cell: HTML is shown, never run
 * ("<script>" becomes "&lt;script&gt;"), Markdown's own characters are escaped, lines are joined.
 */
export function markdownCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#!~]/g, (ch) => `\\${ch}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

export function renderMarkdown(out: CheckOutput): string {
  if (out.claims.length === 0) return ['No statistical claims found.', ...skippedLines(out).map((l) => `\n${markdownCell(l)}`)].join('\n') + '\n';
  const rows = out.claims.map((c) => {
    const ev = c.evidence.map((e) => `${e.value.toLocaleString('en-GB')} (${e.period}${e.note ? `, ${e.note}` : ''})`).join('; ');
    return `| ${markdownCell(c.text)} | ${markdownCell(c.claimed.text ?? '')} | **${LABEL[c.verdict]}** | ${markdownCell(c.reason)} | ${markdownCell(ev)} |`;
  });
  const skipped = skippedLines(out).map((l) => `\n${markdownCell(l)}`);
  return ['| claim | figure | verdict | why | evidence |', '|---|---|---|---|---|', ...rows, ...skipped].join('\n') + '\n';
}

export function renderClaimReview(out: CheckOutput, meta: { date: string; speaker?: string | undefined; url?: string }): object[] {
  return out.claims.map((c: ClaimResult) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: new Date().toISOString().slice(0, 10),
    url: meta.url ?? 'https://github.com/crossings/crossings',
    claimReviewed: c.text,
    author: { '@type': 'Organization', name: 'crossings' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: LABEL[c.verdict],
      ...(RATING[c.verdict] !== null ? { ratingValue: RATING[c.verdict], bestRating: 5, worstRating: 1 } : {}),
      ratingExplanation: c.reason,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': meta.speaker ? 'Person' : 'Organization', name: meta.speaker ?? 'unknown' },
      datePublished: meta.date,
      appearance: meta.url ? { '@type': 'CreativeWork', url: meta.url } : undefined,
    },
  }));
}

/**
 * ClaimReview as JSON that is safe inside an HTML <script type="application/ld+json"> element:
 * "<", ">" and "&" are written as \u escapes, so a claim's text can never close the element.
 */
export function claimReviewJson(out: CheckOutput, meta: { date: string; speaker?: string | undefined; url?: string }): string {
  return JSON.stringify(renderClaimReview(out, meta), null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
