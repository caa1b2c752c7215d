import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parseIomCsv, parseIomJson, parseIomXlsx, parseIncidentDate } from '../src/sources/iom.js';
import { CrossingsError } from '../src/errors.js';
import { FIXTURES } from './helpers.js';
import { exportRows, exportXlsx } from './fixtures/mirror.js';
import { makeXlsx } from './fixtures/xlsx.js';

const csvBytes = () => new Uint8Array(readFileSync(join(FIXTURES, 'iom', 'export.csv')));
const jsonBytes = () => new Uint8Array(readFileSync(join(FIXTURES, 'iom', 'api-2025.json')));

function expectError(fn: () => unknown, code: string, ...mentions: string[]): CrossingsError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CrossingsError, `expected a CrossingsError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.ok(e.message.includes(m), `"${e.message}" should mention ${m}`);
    return e;
  }
  assert.fail('expected an error');
}

test('XLSX and CSV of the same export give the same incidents', () => {
  const a = parseIomCsv(csvBytes(), 'export.csv');
  const b = parseIomXlsx(exportXlsx(), 'export.xlsx');
  assert.equal(a.incidents.length, 7);
  assert.deepEqual(
    b.incidents.map((i) => ({ ...i })),
    a.incidents.map((i) => ({ ...i })),
  );
});

test('newlines inside quoted fields are kept (CSV)', () => {
  const { incidents } = parseIomCsv(csvBytes(), 'export.csv');
  assert.equal(incidents[0]!.location, 'Off Pylos,\nGreece');
  assert.equal(incidents[0]!.total, 582);
  assert.equal(incidents[0]!.latitude, 36.91);
  assert.equal(incidents[0]!.longitude, 21.69);
});

test('split incidents keep their own Main ID and share the Incident ID', () => {
  const { incidents } = parseIomCsv(csvBytes(), 'export.csv');
  const split = incidents.filter((i) => i.incidentId === '2024.T002');
  assert.deepEqual(split.map((i) => i.mainId), ['2024.T002', '2024.T003']);
  assert.equal(split.reduce((s, i) => s + (i.total ?? 0), 0), 8);
});

test('source quality lists such as "4,5" become lists', () => {
  const { incidents } = parseIomCsv(csvBytes(), 'export.csv');
  assert.deepEqual(incidents[1]!.sourceQuality, [4, 5]);
  assert.deepEqual(incidents[2]!.sourceQuality, [4]);
});

test('two-valued cells count under each value and are reported', () => {
  const { incidents, issues } = parseIomCsv(csvBytes(), 'export.csv');
  const x = incidents[3]!;
  assert.deepEqual(x.regionList, ['Mediterranean', 'North America']);
  assert.deepEqual(x.routeList, ['Central Mediterranean', 'Sahara Desert crossing']);
  assert.equal(x.total, 1022, 'thousands separators are read');
  assert.ok(issues.some((i) => i.row === 5 && i.column === 'Region of Incident' && i.severity === 'info'));
  assert.ok(issues.some((i) => i.row === 5 && i.column === 'Migration Route'));
});

test('undated rows and a date of "0" are kept, with issues naming row and column', () => {
  const { incidents, issues } = parseIomCsv(csvBytes(), 'export.csv');
  const undated = incidents.find((i) => i.mainId === '2020.T005')!;
  assert.equal(undated.date, null);
  assert.equal(undated.year, null);
  const zero = incidents.find((i) => i.mainId === '2020.T006')!;
  assert.equal(zero.date, null);
  assert.equal(zero.year, 2020, 'the Incident Year still places it');
  assert.equal(zero.month, 3);
  const zeroIssue = issues.find((i) => i.value === '0' && i.column === 'Incident Date');
  assert.ok(zeroIssue, 'date "0" is an issue');
  assert.equal(zeroIssue.row, 7);
  assert.equal(zeroIssue.file, 'export.csv');
  assert.ok(issues.some((i) => i.column === 'Coordinates' && i.value === 'not a place' && i.row === 7));
  assert.ok(issues.some((i) => i.row === 6 && /counts in all-time totals only/.test(i.expected)));
});

test('API JSON: web_id, reported_date, location_coodinates, "1,022", duplicates dropped', () => {
  const { incidents, issues, coverageFrom, coverageTo } = parseIomJson(jsonBytes(), 'api.json');
  assert.equal(incidents.length, 3, 'the exact duplicate row is dropped; a split row sharing its web_id is kept');
  assert.deepEqual(incidents.filter((i) => i.mainId === '2025.T008').map((i) => i.total), [1032, 2], 'split rows repeat the web_id with their own figures');
  assert.ok(issues.some((i) => i.row === 4 && /exact duplicate/.test(i.expected)));
  const big = incidents[1]!;
  assert.equal(big.mainId, '2025.T008');
  assert.equal(big.dead, 1022);
  assert.equal(big.total, 1032);
  assert.equal(big.latitude, 33.1);
  assert.deepEqual(big.sourceQuality, [4, 5]);
  assert.equal(coverageFrom, '2025-02-10');
  assert.equal(coverageTo, '2025-05-02');
});

test('route names are harmonised across releases and the original label is kept', () => {
  const { incidents } = parseIomJson(jsonBytes(), 'api.json');
  assert.equal(incidents[0]!.route, 'English Channel to the UK');
  assert.equal(incidents[0]!.routeOriginal, 'Mainland Europe to the UK');
});

test('columns renamed before February 2024 are still recognised', () => {
  const rows = exportRows();
  rows[0] = rows[0]!.map((h) => (h === 'Incident Date' ? 'Website Date' : h === 'Migration Route' ? 'Migration route' : h === 'Location of Incident' ? 'Location of death' : h));
  const { incidents } = parseIomXlsx(exportXlsx(rows), 'old.xlsx');
  assert.equal(incidents[1]!.date, '2024-04-23');
  assert.equal(incidents[1]!.route, 'English Channel to the UK');
  assert.equal(incidents[1]!.location, 'Wimereux beach');
});

test('a missing required column is a structural error naming the file, sheet and column', () => {
  const rows = exportRows().map((r) => r.filter((_, j) => j !== 9));
  const e = expectError(() => parseIomXlsx(exportXlsx(rows), 'renamed.xlsx'), 'FILE_STRUCTURE', 'renamed.xlsx', 'sheet Worksheet', 'Total Number of Dead and Missing');
  assert.equal(e.location?.column, 'Total Number of Dead and Missing');
});

test('a header row below a title block is found, not assumed', () => {
  const rows: (string | null)[][] = [['Missing Migrants Project'], [null], ...exportRows()];
  const { incidents } = parseIomXlsx(makeXlsx([{ name: 'Data', rows }]), 'titled.xlsx');
  assert.equal(incidents.length, 7);
  assert.equal(incidents[0]!.sourceRow, 4, 'row numbers are the sheet\'s own');
});

test('date-styled serial numbers and inline strings in XLSX are read', () => {
  const rows: import('./fixtures/xlsx.js').FixtureCell[][] = [exportRows()[0]!, exportRows()[2]!.map((c, j) => (j === 4 ? { date: 45405 } : j === 3 ? { inline: 'Europe' } : c))];
  const { incidents } = parseIomXlsx(makeXlsx([{ name: 'Worksheet', rows }]), 'serial.xlsx');
  assert.equal(incidents[0]!.date, '2024-04-23');
  assert.equal(incidents[0]!.region, 'Europe');
  assert.equal(parseIncidentDate('23/04/2024'), '2024-04-23');
  assert.equal(parseIncidentDate('2024-02-30'), null);
});

test('a truncated XLSX is a clear error naming the file', () => {
  const whole = exportXlsx();
  expectError(() => parseIomXlsx(whole.slice(0, Math.floor(whole.length / 2)), 'cut.xlsx'), 'FILE_UNREADABLE', 'cut.xlsx');
  expectError(() => parseIomXlsx(strToU8('<html>not a workbook</html>'), 'page.xlsx'), 'FILE_UNREADABLE', 'page.xlsx', 'not a zip');
});

test('a DOCTYPE (entity expansion, external entities) is refused', () => {
  const doctype = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
  expectError(() => parseIomXlsx(makeXlsx([{ name: 'Worksheet', rows: exportRows() }], { doctype }), 'bomb.xlsx'), 'UNSAFE_XML', 'bomb.xlsx', 'DOCTYPE');
  const xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  expectError(() => parseIomXlsx(makeXlsx([{ name: 'Worksheet', rows: exportRows() }], { doctype: xxe }), 'xxe.xlsx'), 'UNSAFE_XML');
});

test('a zip bomb is refused before it is inflated', () => {
  const huge = new Uint8Array(40 * 1024 * 1024); // 40 MB of zeros compresses ~1000-fold
  const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': huge }, { level: 9 });
  assert.ok(bomb.length < 200_000);
  expectError(() => parseIomXlsx(bomb, 'bomb.xlsx'), 'FILE_TOO_LARGE', 'bomb.xlsx');
});

test('garbage JSON and JSON of the wrong shape are clear errors', () => {
  expectError(() => parseIomJson(strToU8('{"oops": '), 'bad.json'), 'FILE_UNREADABLE', 'bad.json', 'not valid JSON');
  expectError(() => parseIomJson(strToU8('{"a": 1}'), 'obj.json'), 'FILE_STRUCTURE', 'obj.json', 'JSON array');
  expectError(() => parseIomJson(strToU8('[1, 2]'), 'nums.json'), 'FILE_STRUCTURE', 'nums.json', 'row 1');
  expectError(() => parseIomJson(strToU8('[{"foo": "1"}]'), 'keys.json'), 'FILE_STRUCTURE', 'keys.json', 'Main ID');
});

test('negative and non-numeric counts become issues, not crashes', () => {
  const rows = exportRows();
  rows[1]![8] = '-1';
  rows[2]![7] = 'five';
  const { incidents, issues } = parseIomXlsx(exportXlsx(rows), 'neg.xlsx');
  assert.equal(incidents[0]!.missing, null);
  assert.ok(issues.some((i) => i.row === 2 && i.column === 'Minimum Estimated Number of Missing' && i.value === '-1'));
  assert.ok(issues.some((i) => i.row === 3 && i.column === 'Number of Dead' && i.value === 'five'));
});
