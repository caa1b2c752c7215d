/** The ODS reader and the small-boats parser, on a workbook written here in the official layout. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { readOds } from '../src/sources/formats/ods.js';
import { parseSmallBoatsOds } from '../src/sources/uk-small-boats.js';
import { CrossingsError } from '../src/errors.js';

const cell = (v: string | number | { date: string } | null, repeat = 1) => {
  const r = repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : '';
  if (v === null) return `<table:table-cell${r}/>`;
  if (typeof v === 'number') return `<table:table-cell office:value-type="float" office:value="${v}"${r}><text:p>${v.toLocaleString('en-GB')}</text:p></table:table-cell>`;
  if (typeof v === 'string') return `<table:table-cell office:value-type="string"${r}><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="date" office:date-value="${v.date}T00:00:00"${r}><text:p>${v.date.split('-').reverse().join('/')}</text:p></table:table-cell>`;
};
const row = (cells: string, repeat = 1) => `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
const sheet = (name: string, rows: string) => `<table:table table:name="${name}">${rows}</table:table>`;

function ods(tables: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) });
}

const workbook = () =>
  ods(
    sheet('Cover_sheet', row(cell('Migrants detected crossing the English Channel in small boats'))) +
      sheet(
        'SB_01',
        row(cell('Date') + cell('Migrants arrived') + cell('Boats arrived') + cell('Boats arrived - involved in uncontrolled landings') + cell('Notes') + cell(null, 16379)) +
          row(cell({ date: '2022-09-03' }) + cell(1305) + cell(27) + cell('-') + cell(null, 16380)) +
          row(cell({ date: '2022-09-04' }) + cell(0, 2) + cell(0) + cell('Revised')) +
          row(cell(null, 16384), 1048000),
      ) +
      sheet('SB_02', row(cell('Week ending') + cell('Migrants arrived') + cell('Boats arrived') + cell('Migrants prevented') + cell('Events prevented')) + row(cell({ date: '2022-09-04' }) + cell(1305) + cell(27) + cell(200) + cell('-'))),
  );

test('repeated empty rows and columns cost nothing; repeated values are expanded', () => {
  const sheets = readOds(workbook(), 'sb.ods');
  const sb1 = sheets.find((s) => s.name === 'SB_01')!;
  assert.equal(sb1.rows.length, 3, 'a million padding rows are skipped');
  assert.deepEqual(sb1.rows[2]!.cells, ['2022-09-04', 0, 0, 0, 'Revised']);
  assert.equal(sb1.rows[2]!.r, 3);
});

test('small boats: "-" is no value (not zero), "Revised" is kept as a flag, weeks end on their date', () => {
  const { observations } = parseSmallBoatsOds(workbook(), 'sb.ods');
  const get = (metric: string, start: string) => observations.find((o) => o.metric === metric && o.start === start);
  assert.equal(get('uk.small_boats.arrivals', '2022-09-03')?.value, 1305);
  assert.equal(get('uk.small_boats.uncontrolled_boats', '2022-09-03')?.value, null);
  assert.equal(get('uk.small_boats.boats', '2022-09-04')?.flag, 'revised');
  assert.equal(get('uk.small_boats.prevented', '2022-08-29')?.value, 200, 'the week ending Sunday 4 September starts on Monday 29 August');
});

test('a workbook without SB_01 is a structural error naming the file and sheet', () => {
  assert.throws(() => parseSmallBoatsOds(ods(sheet('Data', row(cell('x')))), 'renamed.ods'), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /renamed\.ods, sheet SB_01/.test(e.message));
  const noCol = ods(sheet('SB_01', row(cell('Date') + cell('People')) + row(cell({ date: '2022-09-03' }) + cell(1))));
  assert.throws(() => parseSmallBoatsOds(noCol, 'cols.ods'), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /Migrants arrived/.test(e.message));
});
