/**
 * The claim checker: text → sentences → claims (the reader) → verdicts with evidence
 * (the judges). Sentences without a statistical claim produce no entry.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { SeriesData } from '../metrics/access.js';
import { judge } from './judge/index.js';
import { newDiscourse, readSentence, skipSentence } from './read/reader.js';
import { DIM_KINDS, Vocabulary, type HeldValues } from './read/values.js';
import { MAX_CLAIMS, MAX_SENTENCES, MAX_TEXT_CHARS, overLimit, type Skipped } from './limits.js';
import { splitSentences, toPlainText } from './text.js';
import type { CheckInput, CheckOutput, Claim, ClaimResult } from './types.js';

export { MAX_TEXT_CHARS };

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new CrossingsError('BAD_PERIOD', `--date "${date}" is not a date (YYYY-MM-DD)`);
  }
}

/** Read only (no store): the claims a text makes, given the dimension values a store would hold, and what was not read. */
export function readText(input: CheckInput, vocab: Vocabulary): { claims: Claim[]; skipped: Skipped[] } {
  const date = input.date ?? today();
  checkDate(date);
  if (input.text.length > MAX_TEXT_CHARS) throw new CrossingsError('USAGE', `the text is ${input.text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  const plain = toPlainText(input.text, input.format ?? 'txt');
  const disc = newDiscourse();
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const sentences = splitSentences(plain);
  for (const [i, s] of sentences.entries()) {
    const limit = claims.length >= MAX_CLAIMS ? `${MAX_CLAIMS.toLocaleString('en-GB')} claims` : i >= MAX_SENTENCES ? `${MAX_SENTENCES.toLocaleString('en-GB')} sentences` : null;
    if (limit) {
      skipped.push({ span: [s.start, plain.length], reason: `the rest of the text (${(sentences.length - i).toLocaleString('en-GB')} sentence${sentences.length - i === 1 ? '' : 's'}, ${(plain.length - s.start).toLocaleString('en-GB')} characters) was not read: the limit is ${limit} a check` });
      break;
    }
    const over = overLimit(s.text);
    if (over) {
      skipped.push({ span: [s.start, s.end], reason: over });
      skipSentence(disc);
      continue;
    }
    claims.push(...readSentence(s, { date, speaker: input.speaker, vocab }, disc));
  }
  return { claims: claims.slice(0, MAX_CLAIMS), skipped };
}

/** The claims alone (tests and benchmarks of the reader). */
export function extractClaims(input: CheckInput, vocab: Vocabulary): Claim[] {
  return readText(input, vocab).claims;
}

const vocabularies = new WeakMap<SeriesData, Promise<Vocabulary>>();

/** The vocabulary of the values a store holds, read once per store. */
export function vocabularyOf(data: SeriesData): Promise<Vocabulary> {
  let v = vocabularies.get(data);
  if (!v) {
    v = (async () => {
      const held: HeldValues = {};
      for (const [metric, dims] of Object.entries(DIM_KINDS)) {
        held[metric] = {};
        for (const dim of Object.keys(dims)) held[metric][dim] = await data.dimensionValues(metric, dim).catch(() => []);
      }
      return new Vocabulary(held);
    })();
    vocabularies.set(data, v);
  }
  return v;
}

export async function checkText(conn: DuckDBConnection, input: CheckInput, data = new SeriesData(conn)): Promise<CheckOutput> {
  const date = input.date ?? today();
  const { claims, skipped } = readText({ ...input, date }, await vocabularyOf(data));
  const results: ClaimResult[] = [];
  for (const c of claims) results.push(await judge(c, { date, data }));
  return skipped.length ? { claims: results, skipped } : { claims: results };
}
