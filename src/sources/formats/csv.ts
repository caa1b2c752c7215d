/**
 * CSV reader on csv-parse: BOM stripped, quoted newlines kept, UTF-8 or Latin-1
 * (detected: bytes that are not valid UTF-8 are read as Latin-1), ragged rows kept
 * as they are so the caller can report them.
 */
import { parse } from 'csv-parse/sync';
import { fileError } from '../../errors.js';
import type { Sheet } from './table.js';

export const CSV_LIMITS = { maxFieldChars: 1_000_000 };

export function decodeText(data: Uint8Array): { text: string; encoding: 'utf-8' | 'latin-1' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(data), encoding: 'latin-1' };
  }
}

export function readCsv(data: Uint8Array, file: string): Sheet & { encoding: string } {
  const { text, encoding } = decodeText(data);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: CSV_LIMITS.maxFieldChars,
    }) as string[][];
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const line = /line (\d+)/.exec(msg)?.[1];
    throw fileError('FILE_UNREADABLE', { file, ...(line ? { row: Number(line) } : {}) }, `not readable as CSV: ${msg}`, e);
  }
  return { name: '', encoding, rows: records.map((cells, i) => ({ r: i + 1, cells })) };
}
