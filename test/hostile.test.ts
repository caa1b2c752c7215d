/**
 * Hostile and malformed inputs, generated here: every case must end in a typed error
 * or validation issues — never a crash, a hang or unbounded memory — and a failed
 * update must leave the store as it was. docs/reliability.md summarises the cases.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { CrossingsError } from '../src/errors.js';
import { parseIomCsv, parseIomJson, parseIomXlsx } from '../src/sources/iom.js';
import { parseSmallBoatsOds } from '../src/sources/uk-small-boats.js';
import { readOds } from '../src/sources/formats/ods.js';
import { readCsv } from '../src/sources/formats/csv.js';
import { parsePublished } from '../src/sources/published.js';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { ukQuarterly } from '../src/sources/uk-quarterly.js';
import { openStore } from '../src/store/open.js';
import { runSeries } from '../src/metrics/series.js';
import { FIXTURES, tmp } from './helpers.js';
import { exportRows, exportXlsx, makeMirror } from './fixtures/mirror.js';
import { makeXlsx } from './fixtures/xlsx.js';

/** A case ends well when it returns (with issues) or throws a CrossingsError. */
function endsWell(fn: () => unknown): 'ok' | string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof CrossingsError) return e.code;
    throw new Error(`untyped ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

/** A deterministic byte shuffler (mulberry32) so the corpus is the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const odsOf = (content: string) => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) });
const ODS_OK = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="SB_01"><table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Migrants arrived</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Boats arrived</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="date" office:date-value="2022-09-03"/><table:table-cell office:value-type="float" office:value="1305"/><table:table-cell office:value-type="float" office:value="27"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
const LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>';
const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

interface Case {
  group: string;
  name: string;
  run: () => unknown;
  /** What it must end in: 'ok' (parsed, possibly with issues), an error code, or any typed end. */
  want: 'ok' | 'typed' | string;
}

function corpus(): Case[] {
  const cases: Case[] = [];
  const xlsx = exportXlsx();
  const csvBytes = new Uint8Array(readFileSync(join(FIXTURES, 'iom', 'export.csv')));
  const json = readFileSync(join(FIXTURES, 'iom', 'api-2025.json'), 'utf8');
  const ods = odsOf(ODS_OK);

  // Truncated and corrupted zips.
  for (let i = 1; i <= 20; i++) {
    const cut = Math.floor((xlsx.length * i) / 21);
    cases.push({ group: 'truncated XLSX', name: `cut at ${cut} of ${xlsx.length} bytes`, run: () => parseIomXlsx(xlsx.slice(0, cut), 'cut.xlsx'), want: 'typed' });
  }
  const r = rng(42);
  for (let i = 0; i < 12; i++) {
    const bad = xlsx.slice();
    for (let k = 0; k < 8; k++) bad[Math.floor(r() * bad.length)] = Math.floor(r() * 256);
    cases.push({ group: 'corrupted XLSX', name: `8 random bytes changed (seed step ${i})`, run: () => parseIomXlsx(bad, 'bad.xlsx'), want: 'typed' });
  }
  for (let i = 1; i <= 8; i++) {
    const cut = Math.floor((ods.length * i) / 9);
    cases.push({ group: 'truncated ODS', name: `cut at ${cut} of ${ods.length} bytes`, run: () => parseSmallBoatsOds(ods.slice(0, cut), 'cut.ods'), want: 'typed' });
  }
  for (let i = 0; i < 6; i++) {
    const bad = ods.slice();
    for (let k = 0; k < 6; k++) bad[Math.floor(r() * bad.length)] = Math.floor(r() * 256);
    cases.push({ group: 'corrupted ODS', name: `6 random bytes changed (${i})`, run: () => parseSmallBoatsOds(bad, 'bad.ods'), want: 'typed' });
  }
  // Zip bombs.
  cases.push({ group: 'zip bomb', name: '64 MB of zeros in the sheet part', run: () => parseIomXlsx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(64 << 20) }, { level: 9 }), 'bomb.xlsx'), want: 'FILE_TOO_LARGE' });
  cases.push({ group: 'zip bomb', name: '40 MB of zeros in content.xml', run: () => readOds(zipSync({ 'content.xml': new Uint8Array(40 << 20) }, { level: 9 }), 'bomb.ods'), want: 'FILE_TOO_LARGE' });
  cases.push({ group: 'zip bomb', name: 'ten 20 MB shared-string parts', run: () => parseIomXlsx(zipSync(Object.fromEntries([['xl/workbook.xml', strToU8('<workbook/>')], ...Array.from({ length: 10 }, (_, i) => [`xl/s${i}.xml`, new Uint8Array(20 << 20)])]), { level: 9 }), 'many.xlsx'), want: 'FILE_TOO_LARGE' });
  // XML attacks and malformed XML.
  for (const [name, doctype] of [['billion laughs', LAUGHS], ['external entity', XXE], ['external DTD', '<!DOCTYPE x SYSTEM "http://127.0.0.1:1/evil.dtd">']] as const) {
    cases.push({ group: 'XML entities and DOCTYPEs', name: `${name} in a worksheet`, run: () => parseIomXlsx(makeXlsx([{ name: 'Worksheet', rows: exportRows() }], { doctype }), 'x.xlsx'), want: 'UNSAFE_XML' });
    cases.push({ group: 'XML entities and DOCTYPEs', name: `${name} in ODS content.xml`, run: () => readOds(odsOf(ODS_OK.replace('?>', `?>${doctype}`)), 'x.ods'), want: 'UNSAFE_XML' });
  }
  for (const [name, xml] of [
    ['unclosed tags', ODS_OK.slice(0, -40)],
    ['mismatched tags', ODS_OK.replace('</table:table-row>', '</table:table-cell>')],
    ['undefined entity', ODS_OK.replace('Date', 'Date &bogus;')],
    ['control characters', ODS_OK.replace('Date', 'Da\u0001te')],
    ['not XML at all', 'this is not xml'],
  ] as const) {
    cases.push({ group: 'malformed XML', name, run: () => readOds(odsOf(xml), 'x.ods'), want: 'typed' });
  }
  // CSV through the JS parser.
  const text = new TextDecoder().decode(csvBytes);
  const lines = text.split('\n');
  const csvCase = (name: string, body: string | Uint8Array, want: Case['want'] = 'typed') =>
    cases.push({ group: 'CSV (JS parser)', name, run: () => parseIomCsv(typeof body === 'string' ? strToU8(body) : body, 'x.csv'), want });
  csvCase('BOM', '\ufeff' + text, 'ok');
  csvCase('CRLF newlines', text.replace(/\n/g, '\r\n'), 'ok');
  csvCase('CR-only newlines', text.replace(/\n/g, '\r'), 'typed');
  csvCase('Latin-1 bytes', new Uint8Array(Buffer.from(text.replace('Wimereux', 'Wimereüx'), 'latin1')), 'ok');
  csvCase('ragged: a short row', lines.map((l, i) => (i === 3 ? l.split(',').slice(0, 5).join(',') : l)).join('\n'), 'ok');
  csvCase('ragged: a long row', lines.map((l, i) => (i === 3 ? `${l},x,y,z` : l)).join('\n'), 'ok');
  csvCase('an unclosed quote', text.replace('"Off Pylos,', '"Off Pylos'), 'typed');
  csvCase('a 2 MB field', text.replace('Wimereux beach', 'W'.repeat(2_000_000)), 'typed');
  csvCase('empty file', '', 'typed');
  csvCase('header only', lines[0]!, 'ok');
  csvCase('binary garbage', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), 'typed');
  csvCase('a renamed column', text.replace('Total Number of Dead and Missing', 'Total'), 'FILE_STRUCTURE');
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  csvCase('a missing column', exportRows().map((row) => row.filter((_, j) => j !== 4).map(quote).join(',')).join('\n'), 'FILE_STRUCTURE');
  csvCase('dates in the future', text.replace('2024-04-23', '2099-04-23'), 'ok');
  csvCase('negative counts', text.replace(',5,,5,', ',-5,,-5,'), 'ok');
  csvCase('duplicate ids', text.replace('2024.T003', '2024.T002'), 'ok');
  csvCase('numbers as words', text.replace(',82,500,582,', ',eighty,five hundred,many,'), 'ok');
  csvCase('only commas', ',,,,\n,,,,\n', 'typed');
  // JSON with the wrong types.
  const jsonCase = (name: string, body: string, want: Case['want']) => cases.push({ group: 'JSON (API)', name, run: () => parseIomJson(strToU8(body), 'x.json'), want });
  const parsed = JSON.parse(json) as Record<string, unknown>[];
  jsonCase('numbers instead of strings', JSON.stringify(parsed.map((o) => ({ ...o, total_dead_and_missing: 4 }))), 'ok');
  jsonCase('booleans and nulls', JSON.stringify(parsed.map((o) => ({ ...o, number_dead: true, number_missing: null }))), 'ok');
  jsonCase('nested objects in a value', JSON.stringify(parsed.map((o) => ({ ...o, region: { name: 'x' } }))), 'ok');
  jsonCase('an object, not an array', JSON.stringify(parsed[0]), 'FILE_STRUCTURE');
  jsonCase('an array of arrays', JSON.stringify([[1, 2]]), 'FILE_STRUCTURE');
  jsonCase('null', 'null', 'FILE_STRUCTURE');
  jsonCase('an empty array', '[]', 'FILE_STRUCTURE');
  jsonCase('truncated', json.slice(0, json.length / 2), 'FILE_UNREADABLE');
  jsonCase('10,000-deep nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'typed');
  jsonCase('keys of another file', JSON.stringify([{ a: '1', b: '2' }]), 'FILE_STRUCTURE');
  jsonCase('dates of another form', JSON.stringify(parsed.map((o) => ({ ...o, reported_date: '02/10/2025' }))), 'ok');
  jsonCase('impossible dates', JSON.stringify(parsed.map((o) => ({ ...o, reported_date: '2025-02-30' }))), 'ok');
  jsonCase('coordinates out of range', JSON.stringify(parsed.map((o) => ({ ...o, location_coodinates: '95.1, 200.3' }))), 'ok');
  // The committed figures file, if damaged.
  const pub = (name: string, body: string) => cases.push({ group: 'published figures', name, run: () => parsePublished(strToU8(body), 'published.json'), want: 'typed' });
  pub('not JSON', '{');
  pub('no figures list', '{"x": 1}');
  pub('a figure without a citation', JSON.stringify({ figures: [{ id: 'a', metric: 'uk.returns', dims: {}, from: '2024-01-01', to: '2024-02-01', value: 1, definition: 'd', publisher: 'p', title: 't', published: '2024-03-01' }] }));
  pub('a negative value', JSON.stringify({ figures: [{ id: 'a', metric: 'uk.returns', dims: {}, from: '2024-01-01', to: '2024-02-01', value: -1, definition: 'd', publisher: 'p', title: 't', url: 'https://x', published: '2024-03-01' }] }));
  pub('an end before the start', JSON.stringify({ figures: [{ id: 'a', metric: 'uk.returns', dims: {}, from: '2024-05-01', to: '2024-02-01', value: 1, definition: 'd', publisher: 'p', title: 't', url: 'https://x', published: '2024-06-01' }] }));
  // Workbooks of the wrong layout.
  cases.push({ group: 'workbook layout', name: 'an XLSX with only a cover sheet', run: () => parseIomXlsx(makeXlsx([{ name: 'Cover', rows: [['Missing Migrants'], ['Published 2025']] }]), 'x.xlsx'), want: 'FILE_STRUCTURE' });
  cases.push({ group: 'workbook layout', name: 'an XLSX with no sheets', run: () => parseIomXlsx(makeXlsx([]), 'x.xlsx'), want: 'FILE_STRUCTURE' });
  cases.push({ group: 'workbook layout', name: 'an XLSX whose sheet part is missing', run: () => parseIomXlsx(zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="W" r:id="rId9" xmlns:r="r"/></sheets></workbook>') }), 'x.xlsx'), want: 'FILE_STRUCTURE' });
  cases.push({ group: 'workbook layout', name: 'a zip that is not a workbook', run: () => parseIomXlsx(zipSync({ 'readme.txt': strToU8('hello') }), 'x.xlsx'), want: 'FILE_STRUCTURE' });
  cases.push({ group: 'workbook layout', name: 'an ODS without SB_01', run: () => parseSmallBoatsOds(odsOf(ODS_OK.replace('SB_01', 'Data')), 'x.ods'), want: 'FILE_STRUCTURE' });
  cases.push({ group: 'workbook layout', name: 'an ODS with a renamed column', run: () => parseSmallBoatsOds(odsOf(ODS_OK.replace('Migrants arrived', 'People')), 'x.ods'), want: 'FILE_STRUCTURE' });
  // Generic CSV reader.
  for (const [name, body] of [['a single quote', '"'], ['NUL bytes', 'a,b\n\u0000,\u0000\n'], ['a 1,000-column row', Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')]] as const) {
    cases.push({ group: 'CSV reader', name, run: () => readCsv(strToU8(body), 'x.csv'), want: 'typed' });
  }
  return cases;
}

const CASES = corpus();

test(`the corpus has ${CASES.length} cases`, () => assert.ok(CASES.length >= 100, `${CASES.length} cases`));

for (const c of CASES) {
  test(`${c.group}: ${c.name}`, { timeout: 20_000 }, () => {
    const before = process.memoryUsage().rss;
    const got = endsWell(c.run);
    if (c.want === 'typed') assert.ok(true, got);
    else if (c.want === 'ok') assert.equal(got, 'ok');
    else assert.equal(got, c.want);
    const grew = process.memoryUsage().rss - before;
    assert.ok(grew < 600 * 1024 * 1024, `memory grew by ${Math.round(grew / 1048576)} MB`);
  });
}

// Through a whole update: each bad file fails with its name and leaves the store as it was.
let db = '';
let good: Buffer;
before(async () => {
  db = join(tmp(), 'hostile.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  good = readFileSync(db);
});

const badMirrors: [string, () => string][] = [
  ['a truncated export', () => makeMirror({ xlsx: exportXlsx().slice(0, 300) })],
  ['an export with a DOCTYPE', () => makeMirror({ xlsx: makeXlsx([{ name: 'Worksheet', rows: exportRows() }], { doctype: LAUGHS }) })],
  ['an API file that is not JSON', () => makeMirror({ json: '<html>503 Service Unavailable</html>' })],
  ['an API file of the wrong shape', () => makeMirror({ json: '{"error": "rate limited"}' })],
  ['a quarterly table with a renamed column', () => {
    const dir = makeMirror();
    mkdirSync(join(dir, 'uk-home-office', 'quarterly-detailed'), { recursive: true });
    writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'Ret_D01_bad.csv'), 'Date,Nationality,Return type group,Returns\n2023-03-31,Albania,Enforced return,5\n');
    return dir;
  }],
  ['a quarterly table of binary garbage', () => {
    const dir = makeMirror();
    mkdirSync(join(dir, 'uk-home-office', 'quarterly-detailed'), { recursive: true });
    writeFileSync(join(dir, 'uk-home-office', 'quarterly-detailed', 'Ret_D01_bin.csv'), new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 131) % 256)));
    return dir;
  }],
];

for (const [name, mk] of badMirrors) {
  test(`update with ${name}: a typed error, the store unchanged`, async () => {
    await assert.rejects(buildStore({ dbPath: db, sources: [...SOURCES, ukQuarterly].filter((s, i, a) => a.indexOf(s) === i), origin: { kind: 'mirror', dir: mk() } }), (e: unknown) => e instanceof CrossingsError);
    assert.ok(readFileSync(db).equals(good), 'the store file is unchanged');
    const s = await openStore(db);
    try {
      assert.equal((await runSeries(s.conn, { metric: 'deaths.dead_and_missing', by: 'year' })).rows.find((r) => r.period === '2023')?.value, 582);
    } finally {
      s.close();
    }
  });
}

test('property: no byte string makes any parser throw an untyped error', { timeout: 120_000 }, () => {
  const parsers: [string, (b: Uint8Array) => unknown][] = [
    ['IOM XLSX', (b) => parseIomXlsx(b, 'f.xlsx')],
    ['IOM CSV', (b) => parseIomCsv(b, 'f.csv')],
    ['IOM JSON', (b) => parseIomJson(b, 'f.json')],
    ['small-boats ODS', (b) => parseSmallBoatsOds(b, 'f.ods')],
    ['CSV reader', (b) => readCsv(b, 'f.csv')],
    ['published figures', (b) => parsePublished(b, 'p.json')],
  ];
  const xlsx = exportXlsx();
  const ods = odsOf(ODS_OK);
  // Random bytes, and real files with random bytes changed.
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.array(fc.tuple(fc.nat(xlsx.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 10 }).map((edits) => {
      const b = xlsx.slice();
      for (const [i, v] of edits) b[i] = v;
      return b;
    }),
    fc.array(fc.tuple(fc.nat(ods.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 10 }).map((edits) => {
      const b = ods.slice();
      for (const [i, v] of edits) b[i] = v;
      return b;
    }),
    fc.string({ maxLength: 500 }).map((s) => strToU8(s)),
  );
  for (const [name, parse] of parsers) {
    fc.assert(
      fc.property(bytes, (b) => {
        const got = endsWell(() => parse(b));
        return typeof got === 'string';
      }),
      { numRuns: 150, examples: [] },
    );
    assert.ok(name);
  }
});
