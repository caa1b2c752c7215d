/**
 * npm run bench: times parsing the IOM files, the IOM load, and the whole update
 * from the mirror, next to DuckDB's own read_csv of the same CSV files in the same run.
 * Writes bench/results/latest.json; the figures go in docs/benchmarks.md.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseIomCsv, parseIomJson, parseIomXlsx } from '../src/sources/iom.js';
import { buildStore } from '../src/store/build.js';
import { SOURCES, sourceById } from '../src/sources/index.js';
import { isUtf8, readCsvSql } from '../src/sources/observations.js';
import { benchClaims } from './claims.js';
import { benchServer } from './server.js';

const MIRROR = resolve(process.env.CROSSINGS_MIRROR ?? join(import.meta.dirname, '..', '..', 'shared', 'data'));
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function time(label: string, fn: () => unknown | Promise<unknown>): Promise<{ label: string; median_ms: number; runs: number[] }> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  const sorted = [...t].sort((a, b) => a - b);
  const r = { label, median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]!), runs: t.map(Math.round) };
  console.log(`${label.padEnd(58)} ${String(r.median_ms).padStart(6)} ms`);
  return r;
}

const iomDir = join(MIRROR, 'iom-missing-migrants');
const xlsxName = readdirSync(iomDir).find((n) => n.endsWith('.xlsx'))!;
const csvName = readdirSync(iomDir).find((n) => /allData.*\.csv$/.test(n))!;
const jsonName = readdirSync(iomDir).find((n) => n.endsWith('.json'))!;
const xlsx = new Uint8Array(readFileSync(join(iomDir, xlsxName)));
const csv = new Uint8Array(readFileSync(join(iomDir, csvName)));
const json = new Uint8Array(readFileSync(join(iomDir, jsonName)));
const dir = join(tmpdir(), `crossings-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });

const allCsv = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allCsv(join(d, e.name)) : e.name.endsWith('.csv') ? [join(d, e.name)] : []));

async function rawReadCsv(files: string[]): Promise<void> {
  const path = join(dir, 'raw.duckdb');
  rmSync(path, { force: true });
  const inst = await DuckDBInstance.create(path);
  const conn = await inst.connect();
  let i = 0;
  for (const f of files) {
    // The same reader options as the loader (src/sources/observations.ts), falling back to a serial read likewise.
    const enc = isUtf8(new Uint8Array(readFileSync(f))) ? 'utf-8' : 'latin-1';
    const t = `t${i++}`;
    await conn.run(`CREATE TABLE ${t} AS SELECT * FROM ${readCsvSql(f, enc, true)}`).catch(() => conn.run(`CREATE TABLE ${t} AS SELECT * FROM ${readCsvSql(f, enc, false)}`));
  }
  await conn.run('CHECKPOINT');
  conn.closeSync();
  inst.closeSync();
}

const results = [
  await time(`parse IOM xlsx (${xlsxName})`, () => parseIomXlsx(xlsx, xlsxName)),
  await time(`parse IOM csv (${csvName})`, () => parseIomCsv(csv, csvName)),
  await time(`parse IOM API json (${jsonName})`, () => parseIomJson(json, jsonName)),
  await time('DuckDB read_csv of the IOM export csv into a new file', () => rawReadCsv([join(iomDir, csvName)])),
  await time('update --source iom (xlsx + json, into a new store)', () => buildStore({ dbPath: join(dir, 'iom.duckdb'), sources: [sourceById('iom')!], origin: { kind: 'mirror', dir: MIRROR } })),
  await time(`DuckDB read_csv of all ${allCsv(MIRROR).length} mirror CSVs into a new file`, () => rawReadCsv(allCsv(MIRROR))),
  await time('full update --from the mirror (every source)', () => buildStore({ dbPath: join(dir, 'all.duckdb'), sources: SOURCES, origin: { kind: 'mirror', dir: MIRROR } })),
];
const get = (p: string) => results.find((r) => r.label.startsWith(p))!.median_ms;
const ratios = {
  iom_update_vs_raw_csv: +(get('update --source iom') / get('DuckDB read_csv of the IOM')).toFixed(2),
  full_update_vs_raw_all_csv: +(get('full update') / get('DuckDB read_csv of all')).toFixed(2),
};
console.log(ratios);
const claims = await benchClaims(join(dir, 'all.duckdb'), join(MIRROR, '..'), join(import.meta.dirname, '..'));
console.log(claims);
const server = await benchServer(join(dir, 'all.duckdb'), join(import.meta.dirname, '..'), Number(process.env.BENCH_SECONDS ?? 10));
console.log(server);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, results, ratios, claims, server }, null, 2));
rmSync(dir, { recursive: true, force: true });
