/**
 * Building the store: everything goes into a new file beside the old one; only when
 * every source has loaded and the checks pass is it renamed over the old store, so a
 * failed or killed update leaves the previous store answering queries.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError, toCrossingsError } from '../errors.js';
import { fetchFile, readMirrorFile } from '../sources/fetch.js';
import type { RawFile, Source } from '../sources/types.js';
import type { ValidationIssue } from '../sources/issues.js';
import { bulkInsert } from './bulk.js';
import { acquireLock } from './lock.js';
import { checkWritablePath } from './store-file.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

/** Files loaded at once: one parses in JS while DuckDB loads another. */
const LOAD_CONCURRENCY = 3;

export type Origin = { kind: 'mirror'; dir: string } | { kind: 'official' };

export interface BuildOptions {
  dbPath: string;
  sources: Source[];
  origin: Origin;
  /** Called as work advances: a label and (done, total) files. */
  onProgress?: (label: string, done: number, total: number) => void;
  /** Test hook: called after each loaded file, inside the build (before the swap). */
  afterFile?: (name: string) => void | Promise<void>;
}

export interface ReleaseSummary {
  releaseId: number;
  sourceId: string;
  file: string;
  rows: number;
  issues: number;
  coverageFrom: string | null;
  coverageTo: string | null;
}

export interface BuildSummary {
  dbPath: string;
  releases: ReleaseSummary[];
  ms: number;
}

export async function buildStore(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  await checkWritablePath(opts.dbPath);
  const release = acquireLock(opts.dbPath);
  const tmp = `${opts.dbPath}.building-${process.pid}`;
  let instance: DuckDBInstance | null = null;
  let conn: DuckDBConnection | null = null;
  try {
    removeStaleBuilds(opts.dbPath);
    removeDb(tmp);
    // Gather the files first so a missing or unreachable file fails before any work.
    const plan: { source: Source; files: (() => Promise<RawFile>)[]; paths: (string | null)[] }[] = [];
    for (const source of opts.sources) {
      if (opts.origin.kind === 'mirror') {
        const paths = await source.mirrorFiles(opts.origin.dir);
        plan.push({ source, files: paths.map((p) => () => readMirrorFile(p)), paths });
      } else {
        if (!source.fetchLatest) continue;
        const fetchLatest = source.fetchLatest;
        const fetched = await fetchLatest({
          fetch: (url, o) => fetchFile(url, { ...(o?.userAgent ? { userAgent: o.userAgent } : {}), ...(o?.accept ? { accept: o.accept } : {}) }),
          progress: (m) => opts.onProgress?.(`download ${m}`, 0, 1),
        });
        plan.push({ source, files: fetched.map((f) => () => Promise.resolve(f)), paths: fetched.map(() => null) });
      }
    }
    const total = plan.reduce((n, p) => n + p.files.length, 0);
    if (total === 0) {
      throw new CrossingsError(
        'NOT_FOUND',
        opts.origin.kind === 'mirror' ? `no source files found under ${opts.origin.dir} (expected a folder laid out like ../shared/data)` : 'no source has an official download to fetch',
      );
    }

    instance = await DuckDBInstance.create(tmp);
    conn = await instance.connect();
    await conn.run(SCHEMA_SQL);
    // Files load concurrently, each on its own connection: JS parsing (XLSX, ODS) overlaps
    // DuckDB's own multi-threaded CSV loading. Release ids follow the plan's order.
    const tasks = plan.flatMap(({ source, files, paths }) => files.map((load, i) => ({ source, load, path: paths[i] ?? null })));
    const releases: ReleaseSummary[] = new Array(tasks.length);
    // Biggest work first, so JS parsing (XLSX, ODS, JSON) overlaps DuckDB's loading of the large CSVs
    // instead of queueing behind it. Release ids still follow the plan's order.
    const weight = (t: (typeof tasks)[number]) => {
      const size = t.path ? statSync(t.path).size : 0;
      return /\.(xlsx|ods|json)$/i.test(t.path ?? '') ? size * 4 : size;
    };
    const order = tasks.map((t, i) => ({ i, w: weight(t) })).sort((a, b) => b.w - a.w).map((x) => x.i);
    let done = 0;
    let next = 0;
    const db = instance;
    const worker = async () => {
      const c = await db.connect();
      try {
        while (next < tasks.length) {
          const index = order[next++]!;
          const { source, load, path } = tasks[index]!;
          const releaseId = index + 1;
          const file = await load();
          opts.onProgress?.(`${source.id}: ${file.name}`, done, total);
          const result = await source.load({ conn: c, releaseId, file, path });
          await c.run(
            `INSERT INTO releases VALUES ($id, $source, $dataset, $title, $publisher, $file, $kind, $sha, $size, CAST($retrieved AS TIMESTAMP), $url, $landing, $licence, $attribution, CAST($published AS DATE), CAST($from AS DATE), CAST($to AS DATE), $rows, $issues, $note)`,
            {
              id: releaseId,
              source: source.id,
              dataset: result.dataset,
              title: result.title,
              publisher: source.publisher,
              file: file.name,
              kind: result.fileKind,
              sha: file.sha256,
              size: file.bytes.length,
              retrieved: file.retrievedAt,
              url: file.url,
              landing: source.landingPage,
              licence: source.licence,
              attribution: source.attribution,
              published: file.published ?? null,
              from: result.coverageFrom,
              to: result.coverageTo,
              rows: result.rowCount,
              issues: result.issues.length,
              note: result.note ?? null,
            },
          );
          await insertIssues(c, releaseId, result.issues);
          releases[index] = { releaseId, sourceId: source.id, file: file.name, rows: result.rowCount, issues: result.issues.length, coverageFrom: result.coverageFrom, coverageTo: result.coverageTo };
          done++;
          opts.onProgress?.(`${source.id}: ${file.name}`, done, total);
          await opts.afterFile?.(file.name);
        }
      } catch (e) {
        next = tasks.length; // the other workers stop after their current file
        throw e;
      } finally {
        c.closeSync();
      }
    };
    const failures = (await Promise.allSettled(Array.from({ length: Math.min(LOAD_CONCURRENCY, tasks.length) }, worker))).filter((r) => r.status === 'rejected');
    if (failures[0]) throw (failures[0] as PromiseRejectedResult).reason;
    await verify(conn, releases);
    await conn.run(`INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}'), ('built_at', $at), ('origin', $origin)`, {
      at: new Date().toISOString(),
      origin: opts.origin.kind === 'mirror' ? `mirror ${opts.origin.dir}` : 'official URLs',
    });
    await conn.run('CHECKPOINT');
    conn.closeSync();
    conn = null;
    instance.closeSync();
    instance = null;
    // The swap: rename is atomic on one file system; readers holding the old file keep it.
    renameSync(tmp, opts.dbPath);
    rmSync(`${tmp}.wal`, { force: true });
    rmSync(`${opts.dbPath}.wal`, { force: true });
    return { dbPath: opts.dbPath, releases, ms: performance.now() - started };
  } catch (e) {
    conn?.closeSync();
    instance?.closeSync();
    removeDb(tmp);
    throw toCrossingsError(e);
  } finally {
    release();
  }
}

/** Half-built files left by updates that were killed (we hold the lock, so none is running). */
function removeStaleBuilds(dbPath: string): void {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}.building-`;
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) rmSync(join(dir, f), { force: true });
}

function removeDb(path: string): void {
  if (existsSync(path)) rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}

async function insertIssues(conn: DuckDBConnection, releaseId: number, issues: ValidationIssue[]): Promise<void> {
  if (issues.length === 0) return;
  await bulkInsert(
    conn,
    'validation_issues',
    [
      { name: 'release_id', type: 'BIGINT' },
      { name: 'file', type: 'VARCHAR' },
      { name: 'sheet', type: 'VARCHAR' },
      { name: 'row', type: 'BIGINT' },
      { name: 'column', type: 'VARCHAR' },
      { name: 'value', type: 'VARCHAR' },
      { name: 'expected', type: 'VARCHAR' },
      { name: 'severity', type: 'VARCHAR' },
    ],
    issues.map((i) => [releaseId, i.file, i.sheet, i.row, i.column, i.value, i.expected, i.severity]),
  );
}

/** Checks before the swap: every release loaded rows, and the row counts agree with the tables. */
async function verify(conn: DuckDBConnection, releases: ReleaseSummary[]): Promise<void> {
  for (const r of releases) {
    if (r.rows === 0) throw new CrossingsError('VALIDATION', `${r.file}: no rows were loaded; the file is empty or not what ${r.sourceId} expects`);
  }
  const reader = await conn.runAndReadAll(`
    SELECT r.release_id, r.file_name, r.row_count,
      (SELECT count(*) FROM incidents i WHERE i.release_id = r.release_id) + (SELECT count(*) FROM observations o WHERE o.release_id = r.release_id) + (SELECT count(*) FROM countries k WHERE k.release_id = r.release_id) AS stored
    FROM releases r`);
  for (const row of reader.getRowObjectsJson()) {
    if (Number(row.stored) !== Number(row.row_count)) {
      throw new CrossingsError('VALIDATION', `${String(row.file_name)}: ${String(row.row_count)} rows parsed but ${String(row.stored)} stored`);
    }
  }
}
