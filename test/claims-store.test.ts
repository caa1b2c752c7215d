/** Verdicts against a store built from the fixture mirror: every expected figure is computed from the fixture rows. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildStore } from '../src/store/build.js';
import { openStore, type Store } from '../src/store/open.js';
import { SOURCES } from '../src/sources/index.js';
import { checkText, extractClaims } from '../src/claims/check.js';
import { renderClaimReview, renderMarkdown, renderTerminal } from '../src/claims/render.js';
import { CrossingsError } from '../src/errors.js';
import { cli, tmp } from './helpers.js';
import { exportRows, makeMirror } from './fixtures/mirror.js';
import { vocabulary } from './fixtures/vocabulary.js';

let store: Store;
let db = '';
// Totals from the fixture rows themselves (test/fixtures/iom), the API release replacing the export for 2025.
const yearly = (() => {
  const rows = exportRows();
  const h = rows[0]!;
  const out: Record<string, number> = {};
  for (const r of rows.slice(1)) {
    const date = r[h.indexOf('Incident Date')]!;
    const year = /^\d{4}-/.test(date) ? date.slice(0, 4) : r[h.indexOf('Incident Year')]!;
    if (!year || year === '2025') continue;
    out[year] = (out[year] ?? 0) + Number(r[h.indexOf('Total Number of Dead and Missing')]!.replace(/,/g, ''));
  }
  return out;
})();

before(async () => {
  db = join(tmp(), 'claims.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: makeMirror() } });
  store = await openStore(db);
});
after(() => store.close());

const verdicts = async (text: string, date = '2025-06-01') => (await checkText(store.conn, { text, date })).claims.map((c) => c.verdict);

test('the fixture totals the checks rely on', () => {
  assert.deepEqual(yearly, { '2020': 2, '2023': 582, '2024': 1030 });
});

test('counts read with their hedges', async () => {
  assert.deepEqual(await verdicts('At least 580 people died in 2023.'), ['accurate']);
  assert.deepEqual(await verdicts('Nearly 600 people died in 2023.'), ['accurate']);
  assert.deepEqual(await verdicts('More than 1,100 people died in 2024.'), ['inaccurate']);
  assert.deepEqual(await verdicts('About 1,000 migrants died in 2024.'), ['accurate']);
  assert.deepEqual(await verdicts('Only 58 people died worldwide in 2023.'), ['inaccurate']);
});

test('a figure with no place, a small part of a measure counted by place, is about a place said elsewhere: unverifiable', async () => {
  // The fixture's 2023 total is 582: "58 died in 2023" with no place is a tenth of it, "worldwide" makes it a claim about the whole.
  const out = await checkText(store.conn, { text: 'Only 58 people died in 2023.', date: '2025-06-01' });
  assert.equal(out.claims[0]!.verdict, 'unverifiable');
  assert.match(out.claims[0]!.reason, new RegExp(`names no place, and 58 is a small part of the whole \\(${yearly['2023']} `));
  assert.deepEqual(await verdicts('Only 58 people died worldwide in 2023.'), ['inaccurate']);
  assert.deepEqual(await verdicts('Only 300 people died in 2023.'), ['inaccurate'], 'half the whole: a claim about it, and wrong');
});

test('records, growth and streaks over whole years', async () => {
  assert.deepEqual(await verdicts('2024 was the deadliest year on record for migrants.'), ['accurate']);
  assert.deepEqual(await verdicts('2023 was the deadliest year on record for migrants.'), ['inaccurate']);
  assert.deepEqual(await verdicts('Deaths have more than doubled since 2023.', '2025-03-01'), ['inaccurate'], '1,030 / 582 = 1.77');
  assert.deepEqual(await verdicts('Deaths rose 77% from 2023.', '2025-03-01'), ['accurate']);
});

test('a change in people is the difference of the two periods, in the direction claimed', async () => {
  const diff = yearly['2024']! - yearly['2023']!;
  assert.deepEqual(await verdicts(`Deaths rose by ${diff.toLocaleString('en-GB')} in 2024 compared with 2023.`, '2025-03-01'), ['accurate']);
  assert.deepEqual(await verdicts(`Deaths rose by about ${Math.round(diff * 1.4)} in 2024 compared with 2023.`, '2025-03-01'), ['inaccurate']);
  assert.deepEqual(await verdicts(`Deaths fell by ${diff} in 2024 compared with 2023.`, '2025-03-01'), ['inaccurate'], 'the wrong direction');
  const out = await checkText(store.conn, { text: `Deaths rose by ${diff} in 2024 compared with 2023.`, date: '2025-03-01' });
  assert.match(out.claims[0]!.reason, new RegExp(`${yearly['2024']!.toLocaleString('en-GB')} − ${yearly['2023']} = \\+${diff}`));
});

test('IOM records deaths as it verifies them: a total so far is also read as the records stood a week before the claim', async () => {
  // The fixture's 2025 release: 4 dead on 10 February, then an incident on 2 May; dated 4 May, the 2 May deaths may not be recorded yet.
  const soFar = await checkText(store.conn, { text: 'Four migrants have died so far this year.', date: '2025-05-04' });
  assert.equal(soFar.claims[0]!.verdict, 'accurate');
  assert.match(soFar.claims[0]!.reason, /a week before the claim/);
  assert.deepEqual(await verdicts('Forty migrants have died worldwide so far this year.', '2025-05-04'), ['inaccurate']);
  // A closed period, or one that ended weeks before the claim, is read as stated.
  assert.notEqual((await checkText(store.conn, { text: 'Four migrants died between 1 January and 3 May 2025.', date: '2025-05-04' })).claims[0]!.verdict, 'accurate');
});

test('places narrow the measure: the Channel route spans releases', async () => {
  const out = await checkText(store.conn, { text: 'Eight people died crossing the Channel in 2024.', date: '2025-06-01' });
  assert.equal(out.claims[0]!.verdict, 'accurate');
  assert.deepEqual(out.claims[0]!.filters, { route: 'English Channel to the UK' });
  assert.equal(out.claims[0]!.evidence[0]!.value, 8);
});

test('out of coverage, other measures and non-statistics are unverifiable with a reason', async () => {
  const out = await checkText(store.conn, { text: 'At least 100 people died in 2030. The backlog was halved. It is 5,000 miles away.', date: '2031-01-01' });
  // A distance is no statistical claim: no entry.
  assert.deepEqual(out.claims.map((c) => c.verdict), ['unverifiable', 'unverifiable']);
  assert.match(out.claims[0]!.reason, /end on 2025-05-02, before the end of 2030/);
  assert.match(out.claims[1]!.reason, /backlog/);
  assert.deepEqual((await checkText(store.conn, { text: 'The weather was fine on Tuesday.', date: '2025-01-01' })).claims, []);
});

test('the verdict JSON has the shape of design.md and renders to terminal, Markdown and ClaimReview', async () => {
  const out = await checkText(store.conn, { text: 'Nearly 600 people died in 2023.', date: '2025-01-01', speaker: 'A. Speaker' });
  const c = out.claims[0]!;
  assert.deepEqual(Object.keys(c).slice(0, 10), ['text', 'span', 'type', 'metric', 'filters', 'period', 'claimed', 'verdict', 'reason', 'evidence']);
  assert.deepEqual(c.period, { from: '2023-01-01', to: '2023-12-31' });
  assert.deepEqual(c.claimed, { value: 600, hedge: 'nearly', text: '600' });
  assert.match(c.evidence[0]!.query, /FROM \(SELECT date, year AS y/);
  assert.match(renderTerminal(out, false), /\[Accurate\] "600"/);
  assert.match(renderMarkdown(out), /\| \*\*Accurate\*\* \|/);
  const review = renderClaimReview(out, { date: "2025-01-01", speaker: "A. Speaker" })[0] as { "@type": string; reviewRating: { alternateName: string; ratingValue: number }; itemReviewed: { author: { name: string }; datePublished: string } };
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.reviewRating.alternateName, 'Accurate');
  assert.equal(review.reviewRating.ratingValue, 5);
  assert.equal(review.itemReviewed.author.name, 'A. Speaker');
  assert.equal(review.itemReviewed.datePublished, '2025-01-01');
});

test('crossings check --file: an article that opens with a DATE line is checked as of that date, its offsets kept', () => {
  const path = join(tmp(), 'article.txt');
  const body = 'Some 580 people died last year.';
  writeFileSync(path, `DATE: 2024-02-01\nSOURCE: https://example.org/a\n${body}\n`);
  const r = cli(['check', '--file', path, '--json'], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout).claims[0];
  assert.deepEqual(c.period, { from: '2023-01-01', to: '2023-12-31' });
  assert.equal(c.verdict, 'accurate');
  const text = readFileSync(path, 'utf8');
  assert.equal(text.slice(c.span[0], c.span[1]), c.text);
  const other = cli(['check', '--file', path, '--date', '2025-02-01', '--json'], { CROSSINGS_DB: db });
  assert.deepEqual(JSON.parse(other.stdout).claims[0].period, { from: '2024-01-01', to: '2024-12-31' });
  assert.match(other.stderr, /dated 2024-02-01; checking as of --date 2025-02-01/);
});

test('crossings check: --json, --jsonl (one line out per line in, bad lines reported), bad dates refused', () => {
  const r = cli(['check', 'At least 580 people died in 2023.', '--date', '2025-01-01', '--json'], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).claims[0].verdict, 'accurate');
  const bad = cli(['check', 'x', '--date', '2025-13-45'], { CROSSINGS_DB: db });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /not a date/);
  const path = join(tmp(), 'in.jsonl');
  writeFileSync(path, ['{"text": "At least 580 people died in 2023.", "date": "2025-01-01"}', 'not json', '{"text": "The weather was fine."}'].join('\n'));
  const b = cli(['check', '--jsonl', path], { CROSSINGS_DB: db });
  assert.equal(b.code, 0, b.stderr);
  const lines = b.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].claims[0].verdict, 'accurate');
  assert.equal(lines[1].code, 'USAGE');
  assert.deepEqual(lines[2].claims, []);
});

test('property: no text makes extraction throw anything but a typed error, or hang', { timeout: 60_000 }, () => {
  const words = fc.constantFrom('nearly', '9,000', 'died', 'since', 'Labour', 'came to power', 'down', '20%', 'a third', 'record', 'highest', 'for five successive years', 'last year', 'in 2024', 'the Channel', '£5', 'backlog', '.', ',', '…', '1.200', 'doubled', 'majority of', 'than any August', 'so far this year', 'the six months to the end of June');
  const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')));
  const vocab = vocabulary();
  fc.assert(
    fc.property(text, fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (t, d) => {
      try {
        extractClaims({ text: t, date: d.toISOString().slice(0, 10) }, vocab);
      } catch (e) {
        assert.ok(e instanceof CrossingsError, `untyped error: ${String(e)}`);
      }
    }),
    { numRuns: 500 },
  );
});


test('revisions: where releases disagree, the claim is judged against the figure out by its date, and both are shown', async () => {
  // Fixture: the export (data to 2025-02-10) has 3 Channel deaths on 2025-02-10; the later API release has 4.
  const out = await checkText(store.conn, { text: 'Three people have died crossing the Channel so far this year.', date: '2025-02-12' });
  const c = out.claims[0]!;
  assert.equal(c.verdict, 'accurate');
  assert.deepEqual(c.evidence.map((e) => [e.value, e.note]), [[3, 'as published by 2025-02-12'], [4, 'latest revision']]);
  assert.match(c.reason, /revised between releases/);
  const later = await checkText(store.conn, { text: 'Three people have died crossing the Channel so far this year.', date: '2025-06-01' });
  assert.equal(later.claims[0]!.verdict, 'inaccurate', 'once the revision is out, 4 is the figure, and 3 is 25% short of it');
  assert.deepEqual(later.claims[0]!.evidence.map((e) => e.value), [4]);
});

test('bounded output: a check of 1,050 figure sentences answers at most 1,000 claims, names the rest, and no claim repeats its sentence twice', async () => {
  const text = Array.from({ length: 1_050 }, (_, i) => `In 2023, ${(10_000 + i).toLocaleString('en-GB')} people died crossing the Mediterranean.`).join(' ');
  const out = await checkText(store.conn, { text, date: '2025-06-01' });
  assert.equal(out.claims.length, 1_000);
  assert.match(out.skipped?.[0]?.reason ?? '', /limit is 1,000 claims a check/);
  assert.ok(out.claims.every((c) => !('sentence' in c)));
  // The stated bound (docs/reliability.md): under 8 KB a claim.
  const size = JSON.stringify(out).length;
  assert.ok(size < 8_000 * out.claims.length, `${size} bytes`);
});
