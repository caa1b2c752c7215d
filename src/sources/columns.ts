/**
 * Finding a header row and its columns by name, across the spellings publishers
 * have used, and reading typed values out of cells with issues for bad ones.
 */
import { ANY_COUNT_MAX } from '../metrics/plausible.js';
import { fileError } from '../errors.js';
import type { Cell, Sheet } from './formats/table.js';
import type { IssueSink } from './issues.js';

export interface ColumnSpec {
  key: string;
  /** Known spellings, first is the current one. Matched ignoring case, spaces and punctuation. */
  names: string[];
  required?: boolean;
}

export interface HeaderMatch {
  /** Index in sheet.rows of the header row. */
  headerIndex: number;
  col: Map<string, number>;
}

export const normaliseName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Find the first row (within the first `scan` rows) holding every required column. */
export function findHeader(sheet: Sheet, specs: ColumnSpec[], file: string, scan = 40): HeaderMatch {
  let best: { index: number; found: Map<string, number>; missing: ColumnSpec[] } | null = null;
  const limit = Math.min(scan, sheet.rows.length);
  for (let i = 0; i < limit; i++) {
    const row = sheet.rows[i];
    if (!row) continue;
    const byName = new Map<string, number>();
    row.cells.forEach((c, j) => {
      if (typeof c === 'string' && c.trim() !== '' && !byName.has(normaliseName(c))) byName.set(normaliseName(c), j);
    });
    const found = new Map<string, number>();
    const missing: ColumnSpec[] = [];
    for (const s of specs) {
      const j = s.names.map(normaliseName).map((n) => byName.get(n)).find((x) => x !== undefined);
      if (j !== undefined) found.set(s.key, j);
      else if (s.required) missing.push(s);
    }
    if (missing.length === 0) return { headerIndex: i, col: found };
    if (!best || found.size > best.found.size) best = { index: i, found, missing };
  }
  const sheetPart = sheet.name ? { sheet: sheet.name } : {};
  if (!best || best.found.size === 0) {
    throw fileError('FILE_STRUCTURE', { file, ...sheetPart }, `no header row found in the first ${limit} rows; expected columns ${specs.filter((s) => s.required).map((s) => `"${s.names[0]}"`).join(', ')}`);
  }
  const headerRow = sheet.rows[best.index];
  const seen = (headerRow?.cells ?? []).filter((c): c is string => typeof c === 'string' && c !== '');
  throw fileError(
    'FILE_STRUCTURE',
    { file, ...sheetPart, row: headerRow?.r ?? best.index + 1, column: best.missing[0]?.names[0] ?? '' },
    `required column${best.missing.length > 1 ? 's' : ''} ${best.missing.map((s) => `"${s.names[0]}"`).join(', ')} missing from the header (renamed or removed?); the header has ${seen.map((s) => `"${s}"`).join(', ')}`,
  );
}

/** Values publishers use for "no value". */
const MISSING = new Set(['', '-', ':', 'na', 'n/a', 'null', 'none', '..', 'x', 'z']);
export const isMissing = (c: Cell | undefined): boolean => c === null || c === undefined || (typeof c === 'string' && MISSING.has(c.trim().toLowerCase()));

export function text(c: Cell | undefined): string | null {
  if (isMissing(c)) return null;
  const s = String(c).trim();
  return s === '' ? null : s;
}

/** A cell as a number, as count() reads it ("1,022", "1 022", 12): null where missing, NaN where not a number. */
export function asNumber(c: Cell | undefined): number | null {
  if (isMissing(c)) return null;
  return typeof c === 'number' ? c : Number(String(c).trim().replace(/[,\s\u00a0]/g, ''));
}

/**
 * A count: "1,022", "1 022", 12, "12.0". Returns null for missing; records an issue
 * (and returns null) for anything else that is not a non-negative whole number.
 */
export function count(c: Cell | undefined, at: { issues: IssueSink; row: number; column: string }): number | null {
  const n = asNumber(c);
  if (n === null) return null;
  if (!Number.isFinite(n) || n < 0 || Math.abs(n - Math.round(n)) > 1e-9) {
    at.issues.add({ row: at.row, column: at.column, value: String(c), expected: 'a whole number of zero or more' });
    return null;
  }
  // "1e308": a number, but no count; it would overflow the store's integers.
  if (n > ANY_COUNT_MAX) {
    at.issues.add({ row: at.row, column: at.column, value: String(c), expected: `a count below ${ANY_COUNT_MAX.toLocaleString('en-GB')}`, severity: 'error' });
    return null;
  }
  return Math.round(n);
}
