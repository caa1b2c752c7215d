/**
 * Phrase lists matched against tokens: a phrase is a string of words, each matched
 * against a token's lower-case form or its lemma; hyphens between words are skipped,
 * so "small boat" matches "small-boat" and "small boats". The longest phrase wins.
 */
import type { Token } from './tokens.js';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
  phrase: string;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: { value: T; phrase: string };
}

export class PhraseSet<T> {
  private root: Node<T> = { next: new Map() };
  /** lemmas: also match a word's lemma ("died" for "die"); off for words whose form matters ("recorded" is not "record"). */
  constructor(entries: Iterable<[string, T]> = [], private readonly lemmas = false) {
    for (const [p, v] of entries) this.add(p, v);
  }

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const w of words(phrase)) {
      let n = node.next.get(w);
      if (!n) {
        n = { next: new Map() };
        node.next.set(w, n);
      }
      node = n;
    }
    node.value ??= { value, phrase };
  }

  /** The longest phrase starting at token i. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    // Most tokens start no phrase: answer those without walking.
    if (!t || (!this.root.next.has(t.lower) && !(this.lemmas && this.root.next.has(t.lemma)))) return null;
    const found: { best: PhraseMatch<T> | null } = { best: null };
    this.walk(tokens, this.root, i, i, found);
    return found.best;
  }

  private walk(tokens: Token[], node: Node<T>, j: number, start: number, found: { best: PhraseMatch<T> | null }): void {
    if (node.value && j > start && (!found.best || j > found.best.end)) found.best = { start, end: j, value: node.value.value, phrase: node.value.phrase };
    let k = j;
    // Hyphens and apostrophes inside a phrase are skipped ("small-boat", "record-high").
    while (k > start && k < tokens.length && (tokens[k]!.lower === '-' || tokens[k]!.lower === '–') && tokens[k]!.start === tokens[k - 1]!.end) k++;
    const t = tokens[k];
    if (!t) return;
    const a = node.next.get(t.lower);
    if (a) this.walk(tokens, a, k + 1, start, found);
    if (this.lemmas && t.lemma !== t.lower) {
      const b = node.next.get(t.lemma);
      if (b && b !== a) this.walk(tokens, b, k + 1, start, found);
    }
  }

  /** Every non-overlapping longest match, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

export const words = (phrase: string): string[] => phrase.toLowerCase().replace(/-/g, ' ').replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
