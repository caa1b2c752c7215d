/**
 * Tokens of a sentence, from wink-nlp's English model (offline, about 0.1 ms a
 * sentence): the words with their part of speech and lemma, and their character
 * offsets in the sentence. Everything the reader does works on these tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in the sentence. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** wink's token type: word, number, punctuation, symbol, currency, ordinal, … */
  kind: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Curly quotes and dashes are read as their plain forms; offsets stay those of the original text. */
/** Square brackets are editors' insertions in quotes ("[More than] 50,000"): read through, offsets kept. */
const plain = (s: string): string => s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒]/g, '-').replace(/[[\]]/g, ' ');

export function tokenize(sentence: string): Token[] {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(plain(sentence));
  const out_ = (f: unknown) => doc.tokens().out(f as typeof its.value) as unknown as string[];
  const values = out_(its.value);
  const pos = out_(its.pos);
  const lemma = out_(its.lemma);
  const kind = out_(its.type);
  const source = plain(sentence);
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    if (!text.trim()) continue;
    const found = source.indexOf(text, at);
    const start = found >= 0 && found - at < 64 ? found : at;
    const end = start + text.length;
    at = end;
    // "a drop of -6%": the sign is its own token; the change word says the direction.
    if (/^[-−]\d/.test(text)) {
      out.push({ i, text: sentence.slice(start, start + 1), lower: '-', lemma: '-', pos: 'PUNCT', kind: 'punctuation', start, end: start + 1 });
      out.push({ i, text: sentence.slice(start + 1, end), lower: text.slice(1), lemma: text.slice(1), pos: pos[i] ?? 'NUM', kind: 'number', start: start + 1, end });
      continue;
    }
    // "U.K.", "U.S.", "E.U.": initials read as the word ("uk").
    const lower = /^(?:[A-Z]\.){2,}$/.test(text) ? text.replace(/\./g, '').toLowerCase() : text.toLowerCase();
    out.push({ i, text: sentence.slice(start, end), lower, lemma: lower !== text.toLowerCase() ? lower : (lemma[i] ?? text).toLowerCase(), pos: pos[i] ?? 'X', kind: kind[i] ?? 'word', start, end });
  }
  return out;
}
