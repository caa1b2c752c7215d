/**
 * The checker's bounds. Work per sentence is bounded (a sentence past these limits is
 * not read, and says so), so a text's cost grows with its length and no more; the
 * number of claims per text is bounded, so the response is too.
 *
 * Real reporting stays far inside them: the longest sentence in the articles we have
 * read is 83 tokens with 12 figures.
 */
export const MAX_TEXT_CHARS = 200_000;
export const MAX_SENTENCE_WORDS = 200;
export const MAX_SENTENCE_CHARS = 2_000;
export const MAX_SENTENCE_FIGURES = 30;
export const MAX_CLAIMS = 1_000;
/** Real prose runs about 130 characters a sentence: 200,000 characters is some 1,500 sentences. */
export const MAX_SENTENCES = 3_000;

/** Words of a text that were not read, and why. */
export interface Skipped {
  /** Character offsets into the plain text: [start, end). */
  span: [number, number];
  reason: string;
}

/** Why a sentence is too long to read, or null when it is not. Linear in its length. */
export function overLimit(sentence: string): string | null {
  const words = sentence.match(/\S+/g)?.length ?? 0;
  if (words > MAX_SENTENCE_WORDS) return `a sentence of ${words.toLocaleString('en-GB')} words was not read: the limit is ${MAX_SENTENCE_WORDS} words a sentence`;
  const figures = sentence.match(/\d[\d.,]*/g)?.length ?? 0;
  if (figures > MAX_SENTENCE_FIGURES) return `a sentence with ${figures.toLocaleString('en-GB')} figures was not read: the limit is ${MAX_SENTENCE_FIGURES} figures a sentence`;
  if (sentence.length > MAX_SENTENCE_CHARS) return `a sentence of ${sentence.length.toLocaleString('en-GB')} characters was not read: the limit is ${MAX_SENTENCE_CHARS.toLocaleString('en-GB')} characters a sentence`;
  return null;
}
