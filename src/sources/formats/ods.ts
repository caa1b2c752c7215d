/**
 * ODS (OpenDocument spreadsheet) reader: fflate for the zip, saxes for content.xml.
 * Repeated rows and columns (table:number-rows-repeated / -columns-repeated) are
 * expanded when they hold a value and skipped when empty, so a sheet padded to
 * 16,384 columns or a million rows costs nothing. Typed cells are read from their
 * office:* attributes: dates as ISO dates, floats as numbers.
 */
import { readZipEntries } from './zip.js';
import { parseXml } from './xml.js';
import type { Cell, Sheet, SheetRow } from './table.js';
import { fileError } from '../../errors.js';

/** Largest repeat of a non-empty row or cell that is expanded. */
const MAX_REPEAT = 10_000;

export function readOds(data: Uint8Array, file: string, onlySheets?: string[]): Sheet[] {
  const entries = readZipEntries(data, file, (n) => n === 'content.xml');
  const xml = entries.get('content.xml');
  if (xml === undefined) throw fileError('FILE_STRUCTURE', { file }, 'no content.xml: this zip is not an ODS spreadsheet');
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let rowNo = 0;
  let row: { cells: Cell[]; repeat: number } | null = null;
  let col = 0;
  let cell: { value: Cell; repeat: number; paras: string[][] } | null = null;
  let para: string[] | null = null;
  let skipping = false;

  parseXml(xml, file, 'content.xml', {
    open: (t) => {
      const a = t.attributes as Record<string, string>;
      switch (t.name) {
        case 'table:table':
          skipping = onlySheets !== undefined && !onlySheets.includes(a['table:name'] ?? '');
          sheet = { name: a['table:name'] ?? `Sheet${sheets.length + 1}`, rows: [] };
          rowNo = 0;
          break;
        case 'table:table-row':
          row = { cells: [], repeat: Math.max(1, Number(a['table:number-rows-repeated'] ?? 1)) };
          col = 0;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          const type = a['office:value-type'];
          let value: Cell = null;
          if (type === 'float' || type === 'percentage' || type === 'currency') value = Number(a['office:value']);
          else if (type === 'date') value = (a['office:date-value'] ?? '').slice(0, 10);
          else if (type === 'boolean') value = a['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
          cell = { value, repeat: Math.max(1, Number(a['table:number-columns-repeated'] ?? 1)), paras: [] };
          break;
        }
        case 'text:p':
          para = [];
          break;
        case 'text:s':
          para?.push(' '.repeat(Number(a['text:c'] ?? 1)));
          break;
        case 'text:tab':
          para?.push('\t');
          break;
        case 'text:line-break':
          para?.push('\n');
          break;
        default:
      }
    },
    close: (name) => {
      switch (name) {
        case 'text:p':
          if (cell && para) cell.paras.push(para);
          para = null;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (row && cell) {
            const value = cell.value ?? (cell.paras.length ? cell.paras.map((p) => p.join('')).join('\n') : null);
            if (value !== null && value !== '') {
              const n = Math.min(cell.repeat, MAX_REPEAT);
              for (let i = 0; i < n; i++) row.cells[col + i] = value;
            }
            col += cell.repeat;
          }
          cell = null;
          break;
        case 'table:table-row':
          if (row && sheet && !skipping) {
            const empty = row.cells.length === 0;
            if (!empty) {
              for (let i = 0; i < row.cells.length; i++) if (row.cells[i] === undefined) row.cells[i] = null;
              const n = Math.min(row.repeat, MAX_REPEAT);
              for (let i = 0; i < n; i++) sheet.rows.push({ r: rowNo + i + 1, cells: i === 0 ? row.cells : [...row.cells] } satisfies SheetRow);
            }
          }
          if (row) rowNo += row.repeat;
          row = null;
          break;
        case 'table:table':
          if (sheet && !skipping) sheets.push(sheet);
          sheet = null;
          break;
        default:
      }
    },
    text: (x) => {
      para?.push(x);
    },
  });
  return sheets;
}
