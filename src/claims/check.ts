/**
 * The claim checker: text → sentences → claims (the reader) → verdicts with evidence
 * (the judges). Sentences without a statistical claim produce no entry.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { SeriesData } from '../metrics/access.js';
import { judge } from './judge/index.js';
import { newDiscourse, readSentence } from './read/reader.js';
import { DIM_KINDS, Vocabulary, type HeldValues } from './read/values.js';
import { splitSentences, toPlainText } from './text.js';
import type { CheckInput, CheckOutput, Claim, ClaimResult } from './types.js';

export const MAX_TEXT_CHARS = 200_000;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new CrossingsError('BAD_PERIOD', `--date "${date}" is not a date (YYYY-MM-DD)`);
  }
}

/** Read only (no store): the claims a text makes, given the dimension values a store would hold. */
export function extractClaims(input: CheckInput, vocab: Vocabulary): Claim[] {
  const date = input.date ?? today();
  checkDate(date);
  if (input.text.length > MAX_TEXT_CHARS) throw new CrossingsError('USAGE', `the text is ${input.text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  const plain = toPlainText(input.text, input.format ?? 'txt');
  const disc = newDiscourse();
  const out: Claim[] = [];
  for (const s of splitSentences(plain)) out.push(...readSentence(s, { date, speaker: input.speaker, vocab }, disc));
  return out;
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
  const claims = extractClaims({ ...input, date }, await vocabularyOf(data));
  const results: ClaimResult[] = [];
  for (const c of claims) results.push(await judge(c, { date, data }));
  return { claims: results };
}
