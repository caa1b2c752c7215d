/**
 * The HTTP API and the dashboard's files, as a Hono app. `createApp` never listens:
 * tests call `app.request(…)` in-process; `crossings serve` binds it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { CrossingsError, toCrossingsError } from '../errors.js';
import { checkText } from '../claims/check.js';
import { METRICS } from '../metrics/catalogue.js';
import { coverage } from '../metrics/coverage.js';
import { runSeries } from '../metrics/series.js';
import { SqlRunner } from '../store/sql-runner.js';
import type { SqlLimits } from '../store/sandbox.js';
import { effectiveDate, measures } from '../measures/calendar.js';
import { measureReport } from '../measures/evaluate.js';
import { query } from '../store/open.js';
import { listSources } from '../store/releases.js';
import { toCsv } from '../util/csv.js';
import { redactPaths } from '../util/redact.js';
import { CheckBody, IncidentsQuery, openApi, ROUTES, SeriesQuery, SqlBody } from './routes.js';
import { CheckPool } from './check-pool.js';
import { StoreHandle } from './store-handle.js';

export interface AppOptions {
  dbPath: string;
  /** The built dashboard (web/dist); null serves the API only. */
  webRoot?: string | null;
  requestTimeoutMs?: number;
  maxBodyBytes?: number;
  /** Claim checks run in child processes (one per server process by default: `serve` runs a process per core), or in the event loop where false. */
  checkWorkers?: number | false;
  checkDeadlineMs?: number;
  checkQueue?: number;
  /** User SQL runs in child processes (one per server process by default), with these limits. */
  sqlProcesses?: number;
  sqlQueue?: number;
  sqlLimits?: Partial<SqlLimits>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** What a client sees of an error: the one JSON shape, and no file path of the server's. */
function errorBody(e: CrossingsError) {
  const body = e.toJSON();
  return { ...body, error: redactPaths(body.error) };
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CrossingsError('USAGE', `${what}: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'}`);
  }
  return r.data;
}

export interface App {
  app: Hono;
  store: StoreHandle;
  checks: CheckPool | null;
  sql: SqlRunner;
  /** Stop the check and SQL processes and close the store. */
  close: () => Promise<void>;
}

export function createApp(opts: AppOptions): App {
  const store = new StoreHandle(opts.dbPath);
  const checks = opts.checkWorkers === false ? null : new CheckPool(opts.dbPath, { workers: opts.checkWorkers, deadlineMs: opts.checkDeadlineMs, maxQueue: opts.checkQueue });
  const sql = new SqlRunner(opts.dbPath, { processes: opts.sqlProcesses, maxQueue: opts.sqlQueue, limits: opts.sqlLimits });
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'FILE_TOO_LARGE' : status === 504 ? 'INTERNAL' : 'USAGE';
      return c.json({ ok: false, error: status === 413 ? 'request body too large' : status === 504 ? 'the request took too long' : err.message, code, status }, status);
    }
    const e = toCrossingsError(err);
    if (e.code === 'SERVER_BUSY') c.header('retry-after', '2');
    return c.json(errorBody(e), e.status as 400);
  });
  app.notFound((c) => c.json({ ok: false, error: `no route for ${c.req.method} ${c.req.path}`, code: 'NOT_FOUND', status: 404 }, 404));

  // Only the embed route may be framed by other sites; HSTS only where the request came over HTTPS.
  const csp = (frameAncestors: string[]) => ({ defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], connectSrc: ["'self'"], frameAncestors });
  const embedHeaders = secureHeaders({ contentSecurityPolicy: csp(['*']), xFrameOptions: false, strictTransportSecurity: false });
  const pageHeaders = secureHeaders({ contentSecurityPolicy: csp(["'self'"]), xFrameOptions: 'SAMEORIGIN', strictTransportSecurity: false });
  app.use('*', async (c, next) => (c.req.path === '/embed' || c.req.path.startsWith('/embed/') ? embedHeaders : pageHeaders)(c, next));
  app.use('*', async (c, next) => {
    await next();
    if (new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https') c.header('strict-transport-security', 'max-age=15552000; includeSubDomains');
  });
  // POST bodies are JSON only: a plain-text form post from another site (no preflight) is refused.
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'POST' && !/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      throw new CrossingsError('UNSUPPORTED_MEDIA_TYPE', `send the body as JSON with "content-type: application/json" (got ${JSON.stringify(c.req.header('content-type') ?? 'none')})`);
    }
    return next();
  });
  app.use('/api/*', timeout(opts.requestTimeoutMs ?? 15_000));
  app.use('/api/*', bodyLimit({ maxSize: opts.maxBodyBytes ?? 512 * 1024, onError: () => { throw new HTTPException(413); } }));

  // GET answers depend only on the URL and the store file: keep the recent ones until the store changes.
  const cache = new Map<string, { gen: number; status: number; type: string; body: string; disposition: string | null }>();
  const CACHE_MAX = 500;
  const checkCache = new Map<string, { gen: number; body: string }>();
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path === '/api/health') return next();
    let gen: number;
    try {
      gen = await store.generation();
    } catch {
      return next();
    }
    const key = c.req.url;
    const hit = cache.get(key);
    if (hit && hit.gen === gen) {
      cache.delete(key);
      cache.set(key, hit);
      c.header('x-cache', 'hit');
      if (hit.disposition) c.header('content-disposition', hit.disposition);
      return c.body(hit.body, hit.status as 200, { 'content-type': hit.type });
    }
    await next();
    if (c.res.status === 200) {
      const body = await c.res.clone().text();
      cache.set(key, { gen, status: 200, type: c.res.headers.get('content-type') ?? 'application/json', body, disposition: c.res.headers.get('content-disposition') });
      if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
    }
  });

  app.get('/api/health', async (c) => {
    const ok = await store.with(async (conn) => (await query<{ n: number }>(conn, 'SELECT count(*)::INTEGER AS n FROM releases'))[0]?.n ?? 0).catch(() => null);
    return c.json({ ok: true, store: ok === null ? null : { releases: ok } });
  });

  app.get('/api/metrics', async (c) => {
    const cov = await store.with((conn) => coverage(conn));
    return c.json({ metrics: METRICS.map(({ relation: _r, ...m }) => ({ ...m, dimensions: m.dimensions.map(({ column: _c, ...d }) => d), coverage: cov.get(m.id) ?? null })) });
  });

  app.get('/api/series/:metric', async (c) => {
    const q = parse(SeriesQuery, c.req.query(), 'query');
    const { by, from, to, format, ...where } = q as Record<string, string>;
    const res = await store.with((conn) => runSeries(conn, { metric: c.req.param('metric'), by: by as 'year', from, to, where }));
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${res.metric}-${res.by}.csv"`);
      return c.body(toCsv(['period', 'value'], res.rows));
    }
    return c.json(res);
  });

  app.get('/api/incidents', async (c) => {
    const q = parse(IncidentsQuery, c.req.query(), 'query');
    const conds = ['latitude IS NOT NULL', 'longitude IS NOT NULL'];
    const params: Record<string, string | number> = { limit: q.limit };
    const day = (d: string, end: boolean) => (d.length === 4 ? `${d}-${end ? '12-31' : '01-01'}` : d.length === 7 ? `${d}-${end ? '28' : '01'}` : d);
    if (q.from) {
      conds.push('date >= CAST($from AS DATE)');
      params.from = day(q.from, false);
    }
    if (q.to) {
      conds.push(q.to.length === 7 ? 'date <= last_day(CAST($to AS DATE))' : 'date <= CAST($to AS DATE)');
      params.to = day(q.to, true);
    }
    if (q.route) {
      conds.push('list_contains(route_list, $route)');
      params.route = q.route;
    }
    if (q.region) {
      conds.push('list_contains(region_list, $region)');
      params.region = q.region;
    }
    const rows = await store.with((conn) =>
      query<{ id: string; date: string | null; total: number; lat: number; lon: number; route: string | null; region: string | null; cause: string | null; location: string | null }>(
        conn,
        `SELECT main_id AS id, CAST(date AS VARCHAR) AS date, total, latitude AS lat, longitude AS lon, route, region, cause, location
         FROM incidents_current WHERE ${conds.join(' AND ')} ORDER BY date DESC NULLS LAST LIMIT $limit`,
        params,
      ),
    );
    c.header('content-type', 'application/geo+json');
    return c.body(JSON.stringify({
      type: 'FeatureCollection',
      features: rows.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [r.lon, r.lat] }, properties: { id: r.id, date: r.date, total: r.total, route: r.route, region: r.region, cause: r.cause, location: r.location } })),
      source: "IOM's Missing Migrants Project (missingmigrants.iom.int), CC BY 4.0",
    }));
  });

  app.get('/api/sources', async (c) => c.json({ releases: await store.with((conn) => listSources(conn, c.req.query('issues') === 'all')) }));

  app.post('/api/check', async (c) => {
    const body = parse(CheckBody, await c.req.json().catch(() => { throw new CrossingsError('USAGE', 'the body must be JSON: {"text": "...", "date": "YYYY-MM-DD"}'); }), 'body');
    // When a speech goes viral everyone pastes the same text: keep recent answers for this store file.
    const gen = await store.generation();
    const key = JSON.stringify([body.text, body.date ?? null, body.speaker ?? null, body.format ?? null]);
    const hit = checkCache.get(key);
    if (hit && hit.gen === gen) return c.body(hit.body, 200, { 'content-type': 'application/json' });
    const input = { text: body.text, date: body.date, speaker: body.speaker, format: body.format };
    let out: string;
    if (checks) out = await checks.run(input, c.req.raw.signal);
    else out = await store.withClaimData(async ({ data, conn }) => JSON.stringify(await checkText(conn, input, data)));
    if (!body.date) return c.body(out, 200, { 'content-type': 'application/json' }); // "today" moves: not cached
    checkCache.set(key, { gen, body: out });
    if (checkCache.size > CACHE_MAX) checkCache.delete(checkCache.keys().next().value!);
    return c.body(out, 200, { 'content-type': 'application/json' });
  });

  app.post('/api/sql', async (c) => {
    const body = parse(SqlBody, await c.req.json().catch(() => { throw new CrossingsError('USAGE', 'the body must be JSON: {"sql": "SELECT …"}'); }), 'body');
    const res = await sql.run(body.sql, c.req.raw.signal);
    if (body.format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(toCsv(res.columns, res.rows));
    }
    return c.json(res);
  });

  app.get('/api/measures', (c) => c.json({ measures: measures().map((m) => ({ ...m, date: effectiveDate(m) })) }));
  app.get('/api/measures/:id', async (c) => {
    const months = c.req.query('months') === undefined ? 12 : Number(c.req.query('months'));
    if (!Number.isInteger(months) || months < 1 || months > 36) throw new CrossingsError('USAGE', 'months must be a whole number from 1 to 36');
    return c.json(await store.withClaimData(({ data, conn }) => measureReport(conn, c.req.param('id'), { months, data })));
  });

  app.get('/api/openapi.json', (c) => c.json(openApi()));
  app.all('/api/*', (c) => {
    // A route that exists, with another method: 405 and the methods it takes.
    const allowed = ROUTES.filter((r) => routeMatches(r.path, c.req.path)).map((r) => r.method.toUpperCase());
    if (allowed.length) {
      c.header('allow', allowed.join(', '));
      return c.json({ ok: false, error: `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(' or ')}`, code: 'METHOD_NOT_ALLOWED', status: 405 }, 405);
    }
    return c.json({ ok: false, error: `no route for ${c.req.method} ${c.req.path}`, code: 'NOT_FOUND', status: 404 }, 404);
  });

  // The dashboard's files. Paths are normalised and must stay inside webRoot.
  if (opts.webRoot) {
    const root = resolve(opts.webRoot);
    app.get('*', (c) => serveFile(c, root));
  }
  const close = async () => {
    await Promise.all([checks?.close(), sql.close()]);
    await store.close();
  };
  return { app, store, checks, sql, close };
}

function serveFile(c: Context, root: string) {
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    throw new CrossingsError('USAGE', 'bad path');
  }
  if (rel.includes('\0')) throw new CrossingsError('USAGE', 'bad path');
  let path = normalize(join(root, rel));
  if (path !== root && !path.startsWith(root + sep)) throw new CrossingsError('NOT_FOUND', 'not found');
  if (!existsSync(path) || statSync(path).isDirectory()) {
    // Client-side routes fall back to the app's page; missing assets are 404s.
    if (extname(rel)) return c.json({ ok: false, error: `no file ${rel}`, code: 'NOT_FOUND', status: 404 }, 404);
    path = join(root, 'index.html');
    if (!existsSync(path)) return c.json({ ok: false, error: 'the dashboard is not built (npm run build:web)', code: 'NOT_FOUND', status: 404 }, 404);
  }
  c.header('content-type', MIME[extname(path)] ?? 'application/octet-stream');
  if (rel.startsWith('/assets/')) c.header('cache-control', 'public, max-age=31536000, immutable');
  return c.body(readFileSync(path));
}

/** "/api/series/{metric}" matches "/api/series/deaths". */
function routeMatches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const q = path.split('/');
  return p.length === q.length && p.every((seg, i) => (seg.startsWith('{') ? q[i] !== '' : seg === q[i]));
}
