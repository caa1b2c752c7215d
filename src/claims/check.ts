/**
 * The claim checker: text → sentences → claims → verdicts with evidence.
 * Sentences without a statistical claim produce no entry.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { ClaimData } from './data.js';
import { evaluate } from './evaluate.js';
import { CONCEPTS, BLOCKERS, type Concept } from './lexicon.js';
import { parseSentence } from './parse.js';
import { splitSentences, toPlainText } from './text.js';
import type { CheckInput, CheckOutput, ClaimResult, ClaimSpec } from './types.js';

export const MAX_TEXT_CHARS = 200_000;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Parse only (no store): the claims a text makes, for extraction tests and the API. */
export function extractClaims(input: CheckInput): ClaimSpec[] {
  const date = input.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new CrossingsError('BAD_PERIOD', `--date "${date}" is not a date (YYYY-MM-DD)`);
  if (input.text.length > MAX_TEXT_CHARS) throw new CrossingsError('USAGE', `the text is ${input.text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  const plain = toPlainText(input.text, input.format ?? 'txt');
  const specs: ClaimSpec[] = [];
  let previous: Concept | null = null;
  for (const sentence of splitSentences(plain)) {
    const lower = sentence.text.toLowerCase();
    const own = CONCEPTS.find((c) => c.pattern.test(lower)) ?? null;
    const found = parseSentence(sentence, { date, speaker: input.speaker, previous });
    // A sentence about a concept the store does not hold, with a claim-like verb but no number.
    if (found.length === 0) {
      const b = BLOCKERS.slice(0, 4).find((x) => x.pattern.test(lower));
      if (b && /\b(clear(?:ed)?|halv\w*|doubl\w*|abolish\w*|end(?:ed)?|cut|reduc\w*|record|fall(?:en)?|rise|risen)\b/.test(lower)) {
        found.push({ text: sentence.text, span: [sentence.start, sentence.end], type: 'count', metric: null, filters: {}, period: null, claimed: { value: null, hedge: null, text: sentence.text }, notes: [], detail: {}, blocked: b.what });
      }
    }
    specs.push(...found);
    // The measure a sentence names carries over to the sentences after it that name none.
    if (own) previous = own;
  }
  return specs;
}

export async function checkText(conn: DuckDBConnection, input: CheckInput, data = new ClaimData(conn)): Promise<CheckOutput> {
  const date = input.date ?? today();
  const specs = extractClaims({ ...input, date });
  const claims: ClaimResult[] = [];
  for (const spec of specs) {
    const r = await evaluate(spec, { date, data });
    if (spec.notes.length && spec.metric && !spec.blocked) r.reason = `${r.reason} (${spec.notes.join('; ')})`;
    claims.push(r);
  }
  return { claims };
}
