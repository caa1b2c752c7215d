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
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

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

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** wrk, when installed, for the distinct-claims load: a C load generator leaves the cores to the server. */
function wrkDistinct(url: string, duration: number): ServerBench['check'] | null {
  if (spawnSync('which', ['wrk']).status !== 0) return null;
  const script = join(import.meta.dirname, 'check-distinct.lua');
  const r = spawnSync('wrk', ['-t1', '-c50', `-d${duration}s`, '--latency', '-s', script, url], { encoding: 'utf8' });
  const num = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
  const ms = (re: RegExp) => {
    const m = re.exec(r.stdout);
    return m ? Number(m[1]) * (m[2] === 's' ? 1000 : m[2] === 'us' ? 0.001 : 1) : NaN;
  };
  return { requests_per_s: Math.round(num(/Requests\/sec:\s+([\d.]+)/)), p50_ms: ms(/50%\s+([\d.]+)(us|ms|s)/), p99_ms: ms(/99%\s+([\d.]+)(us|ms|s)/), errors: num(/Socket errors:.*?(\d+)/) || 0, non2xx: num(/Non-2xx or 3xx responses:\s+(\d+)/) || 0 };
}

export async function benchServer(db: string, root: string, duration = 10): Promise<ServerBench> {
  const web = join(root, 'web', 'dist');
  // The server in its own processes (one worker per core, as crossings serve runs by default), the load from this one.
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin', 'crossings.js'), 'serve', '--port', String(port), '--db', db], { stdio: 'ignore' });
  const server = { url: `http://127.0.0.1:${port}` };
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${server.url}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
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
    const checkDistinct = wrkDistinct(`${server.url}/`, duration) ?? (await load(`${server.url}/api/check`, { method: 'POST', duration, bodies }));
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
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
  }
}
