/**
 * Server speed: throughput and latency of /api/check and /api/series with 50
 * concurrent clients on loopback (autocannon), the dashboard's JS size gzipped, and
 * the time to the first chart in headless Chromium. Part of `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { startServer } from '../src/server/serve.js';

export interface ServerBench {
  check: { requests_per_s: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number };
  check_distinct: { requests_per_s: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number };
  series: { requests_per_s: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number };
  bundle_js_gzip_kb: number;
  first_chart_ms: number | null;
}

async function load(url: string, opts: { method?: 'POST' | 'GET'; body?: string; duration: number; bodies?: () => string }) {
  const r = await autocannon({
    url,
    connections: 50,
    duration: opts.duration,
    method: opts.method ?? 'GET',
    ...(opts.body ? { body: opts.body, headers: { 'content-type': 'application/json' } } : {}),
    ...(opts.bodies ? { headers: { 'content-type': 'application/json' }, requests: [{ method: 'POST', setupRequest: (req: autocannon.Request) => ({ ...req, body: opts.bodies!() }) }] } : {}),
  });
  return { requests_per_s: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

export async function benchServer(db: string, root: string, duration = 10): Promise<ServerBench> {
  const web = join(root, 'web', 'dist');
  const server = await startServer({ dbPath: db, host: '127.0.0.1', port: 0, webRoot: existsSync(join(web, 'index.html')) ? web : null });
  try {
    const body = JSON.stringify({ text: 'Nearly 9,000 people died trying to cross borders last year, and more than 40,000 crossed the Channel in small boats.', date: '2025-04-07' });
    await fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }); // warm the cache
    const check = await load(`${server.url}/api/check`, { method: 'POST', body, duration });
    // Every request a different claim date, so no answer comes from the cache: the checker's own speed.
    let n = 0;
    const bodies = () => {
      n++;
      const d = new Date(Date.UTC(2019, 0, 1) + (n % 2400) * 86400000).toISOString().slice(0, 10);
      return JSON.stringify({ text: 'Nearly 9,000 people died trying to cross borders last year, and more than 40,000 crossed the Channel in small boats.', date: d });
    };
    const checkDistinct = await load(`${server.url}/api/check`, { method: 'POST', duration, bodies });
    const series = await load(`${server.url}/api/series/uk.small_boats.arrivals?by=month&from=2020`, { duration });
    const js = existsSync(join(web, 'assets')) ? readdirSync(join(web, 'assets')).filter((f) => f.endsWith('.js')) : [];
    const bundle = js.reduce((n, f) => n + gzipSync(readFileSync(join(web, 'assets', f))).length, 0);
    let firstChart: number | null = null;
    if (existsSync('/usr/bin/chromium') && js.length) {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await browser.newPage();
        await page.goto(`${server.url}/deaths`);
        await page.waitForSelector('figure.chart[data-rendered="true"]');
        times.push(await page.evaluate(() => performance.getEntriesByName('first-chart')[0]?.startTime ?? NaN));
        await page.close();
      }
      await browser.close();
      firstChart = Math.round(times.sort((a, b) => a - b)[2]!);
    }
    return { check, check_distinct: checkDistinct, series, bundle_js_gzip_kb: Math.round(bundle / 102.4) / 10, first_chart_ms: firstChart };
  } finally {
    await server.close();
  }
}
