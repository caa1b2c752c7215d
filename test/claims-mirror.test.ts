/**
 * The checker on real claims and a real article, against a store built from the
 * mirror. dev.jsonl's expected verdicts come from a careful reading of the same data;
 * the shared scorer decides pass or fail (≥ 90% agreement, nothing rated accurate
 * that should not be, abstentions right).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIRROR, NO_MIRROR, ROOT, cli, tmp } from './helpers.js';
import { golden } from './golden.js';

const SHARED = join(MIRROR, '..');
const GOLD = join(SHARED, 'claims', 'dev.jsonl');
const ARTICLE = join(SHARED, 'articles', 'oic-summit-2025-04-07.txt');
const skip = NO_MIRROR || (!existsSync(GOLD) && `no ${GOLD}`);
let db = '';

before(() => {
  if (skip) return;
  db = join(tmp(), 'claims-mirror.duckdb');
  const r = cli(['update', '--from', MIRROR], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
});

test('dev.jsonl: the shared scorer passes (≥ 90% agreement, no false accurate, abstentions right)', { skip }, () => {
  const dir = tmp();
  const gold = readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; date: string; speaker: string });
  writeFileSync(join(dir, 'in.jsonl'), gold.map((g) => JSON.stringify({ text: g.text, date: g.date, speaker: g.speaker })).join('\n') + '\n');
  const r = cli(['check', '--jsonl', join(dir, 'in.jsonl')], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  writeFileSync(join(dir, 'out.jsonl'), r.stdout);
  const score = spawnSync(process.execPath, [join(SHARED, 'tools', 'score-claims.mjs'), GOLD, join(dir, 'out.jsonl')], { encoding: 'utf8' });
  assert.equal(score.status, 0, score.stdout);
  // The verdicts and figures per claim id, so a change in any of them is reviewed (no claim text is stored).
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { claims: { type: string; metric: string | null; verdict: string; evidence: { value: number }[] }[] });
  golden(
    'dev-verdicts.json',
    gold.map((g, i) => ({ id: g.id, claims: out[i]!.claims.map((c) => `${c.verdict} ${c.type} ${c.metric ?? '-'} [${c.evidence.map((e) => e.value).join(', ')}]`) })),
  );
});

test('the article: every statistical claim found, each with a verdict and a reason (golden)', { skip: skip || (!existsSync(ARTICLE) && 'no article') }, () => {
  const r = cli(['check', '--file', ARTICLE, '--date', '2025-04-07', '--json'], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const claims = JSON.parse(r.stdout).claims as { span: [number, number]; type: string; metric: string | null; verdict: string; reason: string; claimed: { value: number | null }; evidence: { value: number }[] }[];
  for (const c of claims) assert.ok(c.reason.length > 20, 'every claim has a reason');
  const text = readFileSync(ARTICLE, 'utf8');
  // Claims the article makes that the data decide (figures from IOM's and the Home Office's own tables).
  const decided = claims.filter((c) => c.verdict !== 'unverifiable').map((c) => [c.type, c.metric, c.claimed.value, c.verdict]);
  assert.deepEqual(decided, [
    ['count', 'deaths.dead_and_missing', 8, 'accurate'],
    ['count', 'deaths.dead_and_missing', 9000, 'accurate'],
    ['record', 'deaths.dead_and_missing', null, 'inaccurate'],
    ['streak', 'deaths.dead_and_missing', 5, 'roughly_accurate'],
    ['growth', 'deaths.dead_and_missing', 2, 'accurate'],
    ['cumulative', 'uk.returns', 24000, 'misleading'],
  ]);
  assert.ok(claims.every((c) => c.span[0] >= 0 && c.span[1] <= text.length));
  golden('article-oic-summit.json', claims.map((c) => ({ span: c.span, type: c.type, metric: c.metric, value: c.claimed.value, verdict: c.verdict, evidence: c.evidence.map((e) => e.value) })));
});

test('ROOT is the project', () => assert.ok(existsSync(join(ROOT, 'package.json'))));

test('further claims, with the figures from the publishers\' own totals', { skip }, () => {
  const cases: [string, string, string][] = [
    ['About 380,000 illegal border crossings were detected in 2023.', '2024-06-01', 'accurate'], // Frontex 2023: 381,319
    ['Small boat arrivals fell by 36% in 2023.', '2024-06-01', 'accurate'], // 29,437 against 45,755: -35.7%
    ['More than 30,000 people crossed the Channel in small boats in 2023.', '2024-06-01', 'inaccurate'], // 29,437
    ['Deaths in the Mediterranean have halved since 2016.', '2025-06-01', 'accurate'], // 2,475 against 5,097: x0.49
    ['Germany hosts more than 2.5 million refugees.', '2025-06-20', 'accurate'], // present tense: the end of 2024, published in mid-June 2025: 2,749,266
    ['Germany hosts more than 3.2 million refugees.', '2025-06-20', 'inaccurate'], // the same year: 2,749,266 refugees, 3,098,169 with asylum-seekers (either reading is allowed)
    ['Germany hosts more than 2.5 million refugees.', '2025-06-01', 'unverifiable'], // end-2024 not yet out; "now" may be the mid-2024 figures, not held
    ['Channel crossings hit a record high this year.', '2025-09-01', 'accurate'], // 1 Jan-31 Aug 2025 above the same days of 2018-2024
    ['Over 300 people have died in the Channel since 2014.', '2025-09-01', 'accurate'], // IOM Channel route 2014 to 31 Aug 2025: 345
    ['Asylum applications in the UK fell by 10% last year.', '2025-09-01', 'unverifiable'], // Asy_D01 held ends 2024 Q3
    ['Fewer than 10,000 enforced returns took place in 2023.', '2024-06-01', 'accurate'], // 6,393 enforced (25,646 with voluntary)
  ];
  const dir = tmp();
  writeFileSync(join(dir, 'in.jsonl'), cases.map(([text, date]) => JSON.stringify({ text, date })).join('\n') + '\n');
  const r = cli(['check', '--jsonl', join(dir, 'in.jsonl')], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const got = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { claims: { verdict: string }[] }).claims.map((c) => c.verdict));
  assert.deepEqual(got, cases.map(([, , want]) => [want]));
});

test('a record of an average ranks the averages, not the totals', { skip }, () => {
  // SB_01: 2023 29,437 people in 602 boats (48.9 a boat), 2022 45,755 in 1,110 (41.2): 2022 had more people, 2023 fuller boats.
  const cases: [string, string, string[]][] = [
    ['An average of 49 people were on each boat in 2023, the highest on record.', '2024-02-01', ['accurate', 'accurate']],
    ['An average of 41 people were on each boat in 2022, the highest on record.', '2024-02-01', ['accurate', 'inaccurate']],
  ];
  const dir = tmp();
  writeFileSync(join(dir, 'in.jsonl'), cases.map(([text, date]) => JSON.stringify({ text, date })).join('\n') + '\n');
  const r = cli(['check', '--jsonl', join(dir, 'in.jsonl')], { CROSSINGS_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { claims: { verdict: string; type: string; reason: string }[] });
  assert.deepEqual(out.map((o) => o.claims.map((c) => c.verdict)), cases.map(([, , want]) => want));
  assert.match(out[1]!.claims[1]!.reason, /2023 48\.9/);
});
