/**
 * One update at a time per store: a lock file beside it, holding the owner's pid. The
 * lock appears whole or not at all (written aside, then hard-linked into place, which
 * fails if a lock exists), and a lock left by a dead process is taken over under a
 * second lock, so two processes can never both take over the same stale lock.
 */
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { CrossingsError } from '../errors.js';

/** A takeover lasts milliseconds; one older than this was left by a process that died during it. */
const STALE_TAKEOVER_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Create path holding our pid, atomically; false where it exists. */
function create(path: string): boolean {
  const aside = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, String(process.pid), { flag: 'wx' });
  try {
    linkSync(aside, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    remove(aside);
  }
}

function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** The pid in a lock file; null where it is gone, NaN where it holds no pid. */
function holder(path: string): number | null {
  try {
    return Number(readFileSync(path, 'utf8').trim());
  } catch {
    return null;
  }
}

const held = (pid: number | null) => pid !== null && Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid);

export function acquireLock(dbPath: string): () => void {
  const lockPath = `${dbPath}.lock`;
  const release = () => remove(lockPath);
  if (create(lockPath)) return release;
  const pid = holder(lockPath);
  if (held(pid)) throw busy(dbPath, lockPath, pid!);
  // A stale lock from a killed update: take it over, one process at a time.
  const takeover = `${lockPath}.takeover`;
  if (!create(takeover)) {
    if (!staleTakeover(takeover) || !create(takeover)) throw new CrossingsError('STORE_BUSY', `another update is taking over the stale lock ${lockPath}; try again`);
  }
  try {
    const now = holder(lockPath);
    if (held(now)) throw busy(dbPath, lockPath, now!);
    if (now !== null) remove(lockPath);
    if (create(lockPath)) return release;
  } finally {
    remove(takeover);
  }
  const other = holder(lockPath);
  throw busy(dbPath, lockPath, other ?? NaN);
}

/** A takeover file left by a process that died during its takeover: only age tells (a live takeover lasts milliseconds). */
function staleTakeover(path: string): boolean {
  try {
    if (Date.now() - statSync(path).mtimeMs < STALE_TAKEOVER_MS) return false;
  } catch {
    return true;
  }
  remove(path);
  return true;
}

function busy(dbPath: string, lockPath: string, pid: number): CrossingsError {
  return new CrossingsError('STORE_BUSY', `another update${Number.isFinite(pid) ? ` (pid ${pid})` : ''} is building ${dbPath}; wait for it to finish (lock file ${lockPath})`);
}
