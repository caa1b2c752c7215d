/**
 * Claim-checking speed: p50 and p99 per claim (dev.jsonl's claims, one at a time) and
 * per article, warm (one process, store open, series cached as in a server) and cold
 * (a fresh CLI process each time). Part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, MAX_TEXT_CHARS } from '../src/claims/check.js';
import { SeriesData } from '../src/metrics/access.js';
import { openStore } from '../src/store/open.js';

export interface ClaimBench {
  claims: number;
  warm_claim_p50_ms: number;
  warm_claim_p99_ms: number;
  warm_article_p50_ms: number;
  warm_article_p99_ms: number;
  cold_cli_claim_p50_ms: number;
  first_claim_uncached_ms: number;
  /** Hostile texts of 200 KB (issue 11): the worst of three runs each, with the claims and skipped entries they gave. */
  hostile: { text: string; worst_ms: number; claims: number; skipped: number; response_bytes: number }[];
}

/** Texts built to cost the reader the most: one endless sentence, many tiny ones, many claims. */
const HOSTILE = ['more 5 people ', '5. ', 'Up 5% on 2023. ', 'In 2023, 5,000 people crossed. ', 'The highest on record. '];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

export async function benchClaims(db: string, shared: string, root: string): Promise<ClaimBench> {
  const gold = readFileSync(join(shared, 'claims', 'dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; date: string; speaker: string });
  const article = readFileSync(join(shared, 'articles', 'oic-summit-2025-04-07.txt'), 'utf8');
  const store = await openStore(db);
  const data = new SeriesData(store.conn);
  let t = performance.now();
  await checkText(store.conn, { text: gold[0]!.text, date: gold[0]!.date, speaker: gold[0]!.speaker }, data);
  const first = performance.now() - t;
  for (const g of gold) await checkText(store.conn, { text: g.text, date: g.date, speaker: g.speaker }, data); // warm the series cache
  const perClaim: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const g of gold) {
      t = performance.now();
      await checkText(store.conn, { text: g.text, date: g.date, speaker: g.speaker }, data);
      perClaim.push(performance.now() - t);
    }
  }
  const perArticle: number[] = [];
  for (let round = 0; round < 50; round++) {
    t = performance.now();
    await checkText(store.conn, { text: article, date: '2025-04-07' }, data);
    perArticle.push(performance.now() - t);
  }
  const hostile: ClaimBench['hostile'] = [];
  for (const phrase of HOSTILE) {
    const text = phrase.repeat(Math.floor(MAX_TEXT_CHARS / phrase.length));
    let worst = 0;
    let out = await checkText(store.conn, { text, date: '2025-06-01' }, data);
    for (let round = 0; round < 3; round++) {
      t = performance.now();
      out = await checkText(store.conn, { text, date: '2025-06-01' }, data);
      worst = Math.max(worst, performance.now() - t);
    }
    hostile.push({ text: `"${phrase}" × ${Math.floor(MAX_TEXT_CHARS / phrase.length).toLocaleString('en-GB')}`, worst_ms: Math.round(worst), claims: out.claims.length, skipped: out.skipped?.length ?? 0, response_bytes: JSON.stringify(out).length });
  }
  store.close();
  const cold: number[] = [];
  for (const g of gold.slice(0, 8)) {
    t = performance.now();
    spawnSync(process.execPath, [join(root, 'bin', 'crossings.js'), 'check', g.text, '--date', g.date, '--json'], { env: { ...process.env, CROSSINGS_DB: db } });
    cold.push(performance.now() - t);
  }
  return {
    claims: gold.length,
    warm_claim_p50_ms: pct(perClaim, 50),
    warm_claim_p99_ms: pct(perClaim, 99),
    warm_article_p50_ms: pct(perArticle, 50),
    warm_article_p99_ms: pct(perArticle, 99),
    cold_cli_claim_p50_ms: pct(cold, 50),
    first_claim_uncached_ms: Math.round(first * 100) / 100,
    hostile,
  };
}
