/** One update at a time per store: an exclusive lock file beside it, holding the owner's pid. */
import { openSync, closeSync, writeSync, readFileSync, unlinkSync } from 'node:fs';
import { CrossingsError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(dbPath: string): () => void {
  const lockPath = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(lockPath, 'utf8').trim());
      } catch {
        /* vanished meanwhile */
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid) && pid !== process.pid) {
        throw new CrossingsError('STORE_BUSY', `another update (pid ${pid}) is building ${dbPath}; wait for it to finish (lock file ${lockPath})`);
      }
      // A stale lock from a killed update: take it over.
      try {
        unlinkSync(lockPath);
      } catch {
        /* raced with another process */
      }
    }
  }
  throw new CrossingsError('STORE_BUSY', `could not take the update lock ${lockPath}`);
}
