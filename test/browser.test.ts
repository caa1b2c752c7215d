/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core,
 * against the real server on loopback with a store built from the mirror.
 * Screenshots go to test/artifacts/. Skipped (with the reason) when Chromium or the
 * mirror is absent; .ci/run installs Chromium so CI always runs them.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildStore } from '../src/store/build.js';
import { SOURCES } from '../src/sources/index.js';
import { startServer, type Serving } from '../src/server/serve.js';
import { MIRROR, NO_MIRROR, ROOT, tmp } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB = join(ROOT, 'web', 'dist');
const skip = NO_MIRROR || (!existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`) || (!existsSync(join(WEB, 'index.html')) && 'the dashboard is not built (npm run build:web)');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

let server: Serving;
let browser: Browser;

before(async () => {
  if (skip) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const db = join(tmp(), 'browser.duckdb');
  await buildStore({ dbPath: db, sources: SOURCES, origin: { kind: 'mirror', dir: MIRROR } });
  server = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: WEB });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  assert.deepEqual(errors, [], `no script errors on ${path}`);
  return page;
}

for (const [path, charts] of [
  ['/', 2],
  ['/channel', 5],
  ['/deaths', 4],
  ['/uk', 4],
  ['/europe', 3],
  ['/world', 2],
] as const) {
  test(`${path} renders its charts`, { skip }, async () => {
    const page = await open(path);
    const rendered = await page.locator('figure.chart[data-rendered="true"]').count();
    assert.equal(rendered, charts);
    assert.equal(await page.locator('figure.chart svg').count() >= charts, true);
    assert.equal(await page.locator('.error').count(), 0, await page.locator('.error').allTextContents().then((t) => t.join('; ')));
    await page.screenshot({ path: join(ARTIFACTS, `page${path === '/' ? '-overview' : path.replace('/', '-')}.png`), fullPage: true });
    await page.close();
  });
}

test('the overview cards give figures with their sources', { skip }, async () => {
  const page = await open('/');
  const deaths = await page.locator('.card[data-metric="deaths.dead_and_missing"]').innerText();
  assert.match(deaths, /9,002/);
  assert.match(deaths, /in 2024/);
  assert.match(deaths, /IOM Missing Migrants Project/);
  await page.close();
});

test('the claim page checks a pasted paragraph', { skip }, async () => {
  const page = await open('/check');
  await page.fill('#check-text', 'Nearly 9,000 people died trying to cross borders last year. Since I became Prime Minister, small boat crossings are down by a third.');
  await page.fill('#check-date', '2024-05-08');
  await page.fill('#check-speaker', 'Rishi Sunak');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#check-results article.claim', { timeout: 20_000 });
  await page.waitForSelector('#check-results figure.chart[data-rendered="true"]', { timeout: 20_000 });
  const verdicts = await page.locator('#check-results article.claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
  // On 8 May 2024 "last year" is 2023: 8,747 is nearly 9,000; "down by a third" holds only for 2023 against 2022.
  assert.deepEqual(verdicts, ['accurate', 'misleading']);
  assert.equal(await page.locator('#check-results mark').count(), 2, 'each claim highlighted in the text');
  assert.match(page.url(), /\/check\?text=/, 'a permalink restores the check');
  await page.screenshot({ path: join(ARTIFACTS, 'page-check.png'), fullPage: true });
  await page.close();
});

test('downloads work: CSV, SVG and PNG; the table view and the permalink', { skip }, async () => {
  const page = await open('/deaths');
  const fig = page.locator('figure#by-year');
  const [csv] = await Promise.all([page.waitForEvent('download'), fig.getByRole('link', { name: 'CSV' }).click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  assert.match(csvText, /^period,value\n2014,5441\n/);
  assert.match(csvText, /\n2024,9002\n/);
  const [svg] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'SVG' }).click()]);
  assert.match(readFileSync((await svg.path())!, 'utf8'), /^<svg/);
  const [png] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'PNG' }).click()]);
  assert.deepEqual([...readFileSync((await png.path())!).subarray(1, 4)], [0x50, 0x4e, 0x47]);
  await fig.getByRole('button', { name: 'Table' }).click();
  assert.match(await fig.locator('table').innerText(), /2016\s+8,249/);
  // The permalink restores a changed setting.
  await fig.locator('select').selectOption('month');
  await page.waitForFunction(() => document.querySelector('figure#by-year')?.getAttribute('data-rendered') === 'true');
  const link = await fig.getByRole('link', { name: 'Permalink' }).getAttribute('href');
  assert.match(link ?? '', /by-year\.by=month/);
  const again = await open(new URL(link!).pathname + new URL(link!).search);
  assert.equal(await again.locator('figure#by-year select').inputValue(), 'month');
  await again.close();
  await page.close();
});

test('the sources page lists every release with its checksum and licence', { skip }, async () => {
  const page = await open('/sources');
  const rows = await page.locator('#sources-table tr').count();
  const { releases } = (await (await fetch(`${server.url}/api/sources`)).json()) as { releases: unknown[] };
  assert.ok(releases.length >= 17);
  assert.equal(rows, 1 + releases.length, 'a row per release');
  assert.match(await page.locator('#sources-table').innerText(), /Open Government Licence/);
  await page.screenshot({ path: join(ARTIFACTS, 'page-sources.png'), fullPage: true });
  await page.close();
});

test('figures a page draws itself (cumulative lines, the map) have the same views and downloads', { skip }, async () => {
  const page = await open('/channel');
  const fig = page.locator('figure#ytd');
  const [csv] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'CSV' }).click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  assert.match(text, /^year,day,total\n2018,1,0\n/);
  await fig.getByRole('button', { name: 'Table' }).click();
  assert.ok(await fig.locator('table tr').count() > 100);
  await page.close();
  const deaths = await open('/deaths');
  const [svg] = await Promise.all([deaths.waitForEvent('download'), deaths.locator('figure#map').getByRole('button', { name: 'SVG' }).click()]);
  assert.match(readFileSync((await svg.path())!, 'utf8'), /<circle/);
  await deaths.close();
});

test('the Measures page draws the timeline with its markers and opens a measure\'s card', { skip }, async () => {
  const page = await open('/measures');
  await page.waitForSelector('figure#timeline[data-rendered="true"]');
  assert.ok(await page.locator('#measure-markers button').count() >= 10);
  await page.locator('#measure-markers button[data-measure="gb-illegal-migration-act"]').click();
  const card = page.locator('article[data-measure="gb-illegal-migration-act"]');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Promise:/);
  assert.match(text, /not proof/);
  assert.match(text, /legislation\.gov\.uk/);
  assert.ok(await card.locator('figure[data-rendered="true"] svg').count() >= 1, 'a before/after chart');
  assert.match(page.url(), /measure=gb-illegal-migration-act/, 'a permalink to the card');
  await page.screenshot({ path: join(ARTIFACTS, 'page-measures.png'), fullPage: true });
  await page.close();
});

// A CI image without Chromium would otherwise pass with every browser test skipped.
test('under CI the browser tests run: Chromium is installed', { skip: !process.env.CI && 'not CI' }, () => {
  assert.ok(existsSync(CHROMIUM), `CI=true but there is no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium)`);
});
