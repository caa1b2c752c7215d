/**
 * Segments: the clauses of a sentence and how each hangs on the one before. A
 * coordinated clause ("…, but 20% lower than …") or a relative one ("…, which was the
 * highest …", "…, up 29% on …", "…, with nearly 47,000 crossings") takes what it does
 * not say from its parent; examples ("…, including Asia (2,778)") take the parent's
 * measure and period but filter on their own; causes ("…, due to fewer departures from
 * Tunisia") and attributions ("…, the agency said") never qualify a claim.
 */
import { ATTRIBUTION_VERBS } from './lexicon.js';
import type { Analysis } from './mentions.js';
import type { Token } from './tokens.js';

export type Link = 'main' | 'coord' | 'relative' | 'change' | 'with' | 'example' | 'cause' | 'attribution';

export interface Segment {
  start: number;
  end: number;
  link: Link;
  /** The segment it takes its subject from, if any. */
  parent: number | null;
}

const CAUSE_WORDS = new Set(['due', 'because', 'driven', 'thanks', 'owing', 'amid', 'fuelled', 'fueled', 'caused', 'prompted', 'spurred']);
const RELATIVE_WORDS = new Set(['which', 'who', 'when', 'carrying', 'making', 'marking', 'meaning', 'representing', 'accounting', 'bringing', 'taking', 'pushing', 'leaving']);
const CONTRAST_WORDS = new Set(['but', 'while', 'whilst', 'whereas', 'although', 'though', 'yet', 'however']);
const CHANGE_START = new Set(['up', 'down', 'an', 'a']);

const isDash = (t: Token, prev: Token | undefined, next: Token | undefined): boolean =>
  (t.text === '—' || t.text === '–' || (t.text === '-' && prev !== undefined && next !== undefined && t.start > prev.end && next.start > t.end));

export function segment(a: Analysis): Segment[] {
  const tk = a.tokens;
  const cuts: { at: number; skip: number; link: Link }[] = [];
  const lw = (i: number) => tk[i]?.lower ?? '';
  const isQty = (i: number) => a.quantities.some((q) => q.start === i || q.numStart === i);
  const isTimeStart = (i: number) => a.times.some((t) => t.start === i);
  const isChangeAt = (i: number) => a.changes.some((c) => c.start === i);

  // "According to …," or "The IOM said (Friday) that …": attribution at the start.
  if (lw(0) === 'according' && lw(1) === 'to') {
    const comma = tk.findIndex((t) => t.text === ',');
    if (comma > 0) cuts.push({ at: 0, skip: 0, link: 'attribution' }, { at: comma, skip: 1, link: 'main' });
  } else {
    const that = tk.findIndex((t, i) => t.lower === 'that' && i < 10 && tk.slice(0, i).some((x) => ATTRIBUTION_VERBS.has(x.lower)));
    if (that > 0 && !tk.slice(0, that).some((_, i) => isQty(i) && !/^(figure|table|chart)$/.test(lw(i - 1)))) cuts.push({ at: 0, skip: 0, link: 'attribution' }, { at: that, skip: 1, link: 'main' });
  }

  for (let i = 1; i < tk.length; i++) {
    const t = tk[i]!;
    // "Over 69,000 migrants, mainly from Syria, Afghanistan, and Egypt, crossed …": an aside about who, inside the clause.
    if (t.text === ',' && a.compositions.some((c) => i >= c.start - 1 && i <= c.end)) continue;
    // "… Route, from Turkey to Greece, including Bulgaria and Northern Cyprus, saw …": nothing inside a route's description starts a clause.
    if (a.compositions.some((c) => c.kind === 'route' && i >= c.start && i < c.end)) continue;
    if (t.text === ';' || t.text === ':') {
      // Clauses after a colon or semicolon keep the measure they do not name ("… in Small Boats: 6,265 in 2024; 45% Seek Asylum").
      cuts.push({ at: i, skip: 1, link: 'coord' });
      continue;
    }
    if (isDash(t, tk[i - 1], tk[i + 1])) {
      // "…—16,400": a figure after a dash is the figure of the clause before; anything longer is a clause of its own.
      const rest = tk.length - i - 1;
      if (!(rest <= 4 && a.quantities.some((q) => q.start >= i + 1 && q.end >= tk.length - 1))) cuts.push({ at: i, skip: 1, link: 'coord' });
      continue;
    }
    // "…, they were lower than …": a new clause with its own subject.
    if (t.text === ',' && /^(they|it|he|she|we|i|this|these|that|those|there)$/.test(lw(i + 1)) && (tk[i + 2]?.pos === 'AUX' || tk[i + 2]?.pos === 'VERB')) {
      cuts.push({ at: i, skip: 1, link: 'coord' });
      continue;
    }
    // "…, about 60 percent of whom drowned", "…, half of them children": a share of the figure before.
    if (t.text === ',' && tk.slice(i + 1, i + 6).some((x, k) => x.lower === 'of' && /^(whom|which|them)$/.test(lw(i + 2 + k)) && tk.slice(i + 1, i + 1 + k).some((_, m) => isQty(i + 1 + m)))) {
      cuts.push({ at: i, skip: 1, link: 'relative' });
      continue;
    }
    const comma = t.text === ',';
    const j = comma ? i + 1 : i;
    const w = lw(j);
    if (!comma && !['and', 'due', 'because', 'driven', 'including', 'thanks', 'owing', 'but', 'while', 'whereas', 'which', 'making'].includes(w)) continue;
    // "while attempting to cross": the same clause, not a contrast.
    if (CONTRAST_WORDS.has(w) && (comma || w === 'but' || w === 'while' || w === 'whereas') && !(/^(while|whilst)$/.test(w) && /ing$/.test(lw(j + 1)))) {
      cuts.push({ at: i, skip: comma ? 2 : 1, link: 'coord' });
    } else if (w === 'and' || w === 'or') {
      // ", and nearly 20% were …", "and down 29% on …": a new clause; "…, 28,526 in 2021 and a record 45,774 in 2022": a list.
      const k = j + 1;
      const listItem = isTimeStart(k) || (isQty(k) && (isTimeStart(k + 1) || isTimeStart(k + 2) || a.tokens[k + 1]?.lower === 'in'));
      const changeNext = isChangeAt(k) && (isQty(k + 1) || isQty(k + 2) || a.changes.some((c) => c.start === k && c.value.form === 'verb'));
      const superNext = a.superlatives.some((s) => s.start === k || s.start === k + 1) && a.quantities.some((q) => q.start >= k + 1 && q.start <= k + 3);
      if (changeNext || superNext || (comma && !listItem && !isValueStart(a, k))) cuts.push({ at: i, skip: comma ? 2 : 1, link: 'coord' });
    } else if (RELATIVE_WORDS.has(w) && (comma || w === 'which')) {
      cuts.push({ at: i, skip: comma ? 1 : 0, link: 'relative' });
    } else if (comma && (w === 'the' || w === 'a' || w === 'an') && a.superlatives.some((s) => s.start > j && s.start <= j + 3)) {
      cuts.push({ at: i, skip: 1, link: 'relative' });
    } else if (comma && (CHANGE_START.has(w) || isQty(j)) && a.changes.some((c) => c.start >= j && c.start <= j + 4) && !a.measures.some((m) => m.start > j && m.start < j + 2)) {
      cuts.push({ at: i, skip: 1, link: 'change' });
    } else if (comma && w === 'with') {
      cuts.push({ at: i, skip: 2, link: 'with' });
    } else if ((w === 'including' || (w === 'such' && lw(j + 1) === 'as')) && !(tk[j - 1]?.text === ',' && tk.slice(j + 1, j + 5).some((x) => x.text === ',') && !tk.slice(j + 1, j + 5).some((_, k) => isQty(j + 1 + k)))) {
      cuts.push({ at: i, skip: comma ? 2 : 1, link: 'example' });
    } else if (CAUSE_WORDS.has(w) || (comma && /^(primarily|mainly|largely|partly|partially|chiefly|mostly)$/.test(w) && CAUSE_WORDS.has(lw(j + 1)))) {
      if (w === 'due' && lw(j + 1) !== 'to') continue;
      // "have been due to violence", "was largely due to": the predicate of a share, not a cause.
      const before = lw(i - 1) === ',' ? '' : /^(largely|mainly|mostly|partly|primarily|chiefly)$/.test(lw(i - 1)) ? lw(i - 2) : lw(i - 1);
      if (!comma && /^(be|been|was|were|is|are)$/.test(before)) continue;
      cuts.push({ at: i, skip: comma ? 1 : 0, link: 'cause' });
    } else if (comma && (w === 'before' || w === 'after') && /ing$/.test(lw(j + 1))) {
      cuts.push({ at: i, skip: 2, link: 'coord' });
    } else if (comma && w === 'as' && lw(j + 1) === 'well' && lw(j + 2) === 'as') {
      cuts.push({ at: i, skip: 4, link: 'coord' });
    } else if (comma && /^(prompting|sparking|triggering|fuelling|fueling|raising|renewing|causing|forcing|piling|reigniting|intensifying)$/.test(w) && !isQty(j + 1) && !isQty(j + 2)) {
      // "…, prompting warnings from politicians that …": what the figure led to, not a claim about it.
      cuts.push({ at: i, skip: 1, link: 'cause' });
    } else if (comma && w === 'according' && lw(j + 1) === 'to') {
      cuts.push({ at: i, skip: 1, link: 'attribution' });
    } else if (comma && isAttribution(a, j)) {
      cuts.push({ at: i, skip: 1, link: 'attribution' });
    }
  }

  cuts.sort((x, y) => x.at - y.at);
  const out: Segment[] = [];
  let start = 0;
  let link: Link = 'main';
  for (const c of cuts) {
    if (c.at > start || (c.at === 0 && out.length === 0 && c.link === 'attribution')) {
      if (c.at > start) push(out, start, c.at, link);
    }
    start = c.at + c.skip;
    link = c.link;
  }
  if (start < tk.length) push(out, start, tk.length, link);
  return out.filter((s) => s.end > s.start);
}

function push(out: Segment[], start: number, end: number, link: Link): void {
  // A segment hangs on the nearest earlier one that is not a cause or an attribution.
  let parent: number | null = null;
  for (let k = out.length - 1; k >= 0; k--) {
    if (out[k]!.link !== 'cause' && out[k]!.link !== 'attribution') {
      parent = k;
      break;
    }
  }
  out.push({ start, end, link, parent: link === 'main' && out.every((s) => s.link === 'attribution' || s.link === 'cause') ? null : parent });
}

const isValueStart = (a: Analysis, k: number): boolean => a.values.some((v) => v.start === k || v.start === k + 1);

/** ", the EU border agency Frontex reported Tuesday": a clause of reporting, up to the next comma or the end. */
function isAttribution(a: Analysis, j: number): boolean {
  let end = a.tokens.findIndex((t, i) => i >= j && (t.text === ',' || t.text === '.' || t.text === ';'));
  if (end < 0) end = a.tokens.length;
  if (end - j > 12) return false;
  const span = a.tokens.slice(j, end);
  const verb = span.findIndex((t) => ATTRIBUTION_VERBS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'said'));
  if (verb < 0) return false;
  // No number of its own, and the verb is the clause's last or next-to-last content.
  return !a.quantities.some((q) => q.start >= j && q.end <= end) && span.length - verb <= 3;
}
