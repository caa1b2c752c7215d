/**
 * XLSX (Office Open XML) reader: fflate for the zip, saxes for the XML. Reads the
 * workbook's sheet names, the shared strings and the cell values; numbers in a
 * date style become ISO dates. No workbook model is built.
 */
import { readZipEntries } from './zip.js';
import { parseXml } from './xml.js';
import { columnIndex, excelSerialToIso, type Cell, type Sheet, type SheetRow } from './table.js';
import { fileError } from '../../errors.js';

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

export function readXlsx(data: Uint8Array, file: string, onlySheets?: string[]): Sheet[] {
  const entries = readZipEntries(data, file, (n) => n.startsWith('xl/') && (n.endsWith('.xml') || n.endsWith('.rels')));
  const workbook = entries.get('xl/workbook.xml');
  if (workbook === undefined) throw fileError('FILE_STRUCTURE', { file }, 'no xl/workbook.xml: this zip is not an XLSX workbook');

  // Sheet names → relationship ids → part paths.
  const sheetIds: { name: string; rid: string }[] = [];
  parseXml(workbook, file, 'xl/workbook.xml', {
    open: (t) => {
      if (t.name === 'sheet') sheetIds.push({ name: String(t.attributes.name ?? ''), rid: String(t.attributes['r:id'] ?? '') });
    },
  });
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels !== undefined) {
    parseXml(rels, file, 'xl/_rels/workbook.xml.rels', {
      open: (t) => {
        if (t.name === 'Relationship') {
          const target = String(t.attributes.Target ?? '');
          targets.set(String(t.attributes.Id ?? ''), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
        }
      },
    });
  }

  const shared = readSharedStrings(entries.get('xl/sharedStrings.xml'), file);
  const dateStyles = readDateStyles(entries.get('xl/styles.xml'), file);

  const sheets: Sheet[] = [];
  sheetIds.forEach((s, i) => {
    if (onlySheets && !onlySheets.includes(s.name)) return;
    const path = targets.get(s.rid) ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = entries.get(path);
    if (xml === undefined) throw fileError('FILE_STRUCTURE', { file, sheet: s.name }, `the workbook lists sheet "${s.name}" but its part ${path} is missing`);
    sheets.push({ name: s.name, rows: readSheet(xml, file, s.name, shared, dateStyles) });
  });
  return sheets;
}

function readSharedStrings(xml: string | undefined, file: string): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let inRph = false;
  parseXml(xml, file, 'xl/sharedStrings.xml', {
    open: (t) => {
      if (t.name === 'si') cur = [];
      else if (t.name === 't') inT = true;
      else if (t.name === 'rPh') inRph = true;
    },
    close: (n) => {
      if (n === 'si') {
        out.push((cur ?? []).join(''));
        cur = null;
      } else if (n === 't') inT = false;
      else if (n === 'rPh') inRph = false;
    },
    text: (x) => {
      if (inT && !inRph && cur) cur.push(x);
    },
  });
  return out;
}

function readDateStyles(xml: string | undefined, file: string): Set<number> {
  const dates = new Set<number>();
  if (xml === undefined) return dates;
  const customDate = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  parseXml(xml, file, 'xl/styles.xml', {
    open: (t) => {
      if (t.name === 'numFmt') {
        const code = String(t.attributes.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
        if (/[dy]/i.test(code)) customDate.add(Number(t.attributes.numFmtId));
      } else if (t.name === 'cellXfs') inCellXfs = true;
      else if (t.name === 'xf' && inCellXfs) {
        const id = Number(t.attributes.numFmtId ?? 0);
        if (BUILTIN_DATE_FORMATS.has(id) || customDate.has(id)) dates.add(xfIndex);
        xfIndex++;
      }
    },
    close: (n) => {
      if (n === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

function readSheet(xml: string, file: string, sheet: string, shared: string[], dateStyles: Set<number>): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let col = -1;
  let nextCol = 0;
  let type = '';
  let style = 0;
  let text: string[] = [];
  let inValue = false;
  parseXml(xml, file, `sheet ${sheet}`, {
    open: (t) => {
      switch (t.name) {
        case 'row': {
          const r = t.attributes.r === undefined ? nextRow : Number(t.attributes.r);
          row = { r, cells: [] };
          nextRow = r + 1;
          nextCol = 0;
          break;
        }
        case 'c': {
          const ref = t.attributes.r;
          col = ref === undefined ? nextCol : columnIndex(String(ref));
          nextCol = col + 1;
          type = String(t.attributes.t ?? 'n');
          style = Number(t.attributes.s ?? 0);
          text = [];
          break;
        }
        case 'v':
        case 't':
          inValue = true;
          break;
        default:
      }
    },
    close: (n) => {
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'c' && row) {
        const raw = text.join('');
        let value: Cell = null;
        if (type === 's') value = shared[Number(raw)] ?? null;
        else if (type === 'inlineStr' || type === 'str') value = raw;
        else if (type === 'b') value = raw === '1' ? 'TRUE' : 'FALSE';
        else if (type === 'e') value = null;
        else if (raw !== '') {
          const num = Number(raw);
          value = Number.isFinite(num) ? (dateStyles.has(style) ? excelSerialToIso(num) : num) : raw;
        }
        row.cells[col] = value;
      } else if (n === 'row' && row) {
        for (let i = 0; i < row.cells.length; i++) if (row.cells[i] === undefined) row.cells[i] = null;
        rows.push(row);
        row = null;
      }
    },
    text: (x) => {
      if (inValue) text.push(x);
    },
  });
  return rows;
}
