/**
 * The store file is the store's: an update replaces only a crossings store (or creates one
 * where nothing is, in a folder that exists), and reading refuses a path that is not a
 * DuckDB file, with one line saying what the path is instead.
 */
import { closeSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';

/** What is at a path, in a user's words. */
function kind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      // A dangling symlink is something, not nothing.
      try {
        lstatSync(path);
        throw new CrossingsError('USAGE', `${path} is a symbolic link to a file that does not exist`);
      } catch (inner) {
        if (inner instanceof CrossingsError) throw inner;
        return null;
      }
    }
    throw new CrossingsError('USAGE', `cannot read ${path}: ${(e as Error).message}`);
  }
}

/** DuckDB files carry "DUCK" at byte 8. */
function isDuckDbFile(path: string): boolean {
  const buf = Buffer.alloc(12);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    return readSync(fd, buf, 0, 12, 0) === 12 && buf.subarray(8, 12).toString('latin1') === 'DUCK';
  } finally {
    closeSync(fd);
  }
}

/** A store to read: a regular DuckDB file. Returns false where nothing is there (the caller says how to build one). */
export function checkReadablePath(path: string): boolean {
  const st = statOrNull(path);
  if (!st) return false;
  if (!st.isFile()) throw new CrossingsError('NO_STORE', `${path} is ${kind(st)}, not a store: give the path of a store file (--db / CROSSINGS_DB)`);
  if (!isDuckDbFile(path)) throw new CrossingsError('NO_STORE', `${path} is not a crossings store (not a DuckDB file): give the path of a store file (--db / CROSSINGS_DB)`);
  return true;
}

/** A path an update may write: nothing there (in a folder that exists), or a crossings store. */
export async function checkWritablePath(path: string): Promise<void> {
  const dir = dirname(path);
  const d = statOrNull(dir);
  if (!d) throw new CrossingsError('USAGE', `the folder ${dir} does not exist: create it first, or give another --db path`);
  if (!d.isDirectory()) throw new CrossingsError('USAGE', `${dir} is ${kind(d)}, not a folder: give another --db path`);
  const st = statOrNull(path);
  if (!st) return;
  const refuse = (what: string) => new CrossingsError('USAGE', `${path} is ${what}; an update replaces only a crossings store: give a new path, or remove the file yourself`);
  if (!st.isFile()) throw refuse(kind(st));
  if (!isDuckDbFile(path)) throw refuse('not a crossings store (not a DuckDB file)');
  if (!(await hasCrossingsSchema(path))) throw refuse('a DuckDB file but not a crossings store (no meta table with a schema version)');
}

async function hasCrossingsSchema(path: string): Promise<boolean> {
  let instance: DuckDBInstance | null = null;
  try {
    instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY', enable_external_access: 'false' });
    const conn = await instance.connect();
    try {
      const r = await conn.runAndReadAll("SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name IN ('meta', 'releases', 'observations')");
      return Number(r.getRowObjects()[0]?.n ?? 0) === 3;
    } finally {
      conn.closeSync();
    }
  } catch {
    return false;
  } finally {
    instance?.closeSync();
  }
}
