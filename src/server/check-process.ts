/**
 * A child process of the claim checker: its own read-only store, reopened when an update
 * swaps a new file in. The server's event loop never runs the reader; a check that runs
 * past its deadline is stopped by killing this process (check-pool.ts). A process, not a
 * worker thread: terminating a thread while DuckDB works in it aborts the whole server
 * (a Napi::Error thrown from the addon as the thread's environment is torn down).
 * Argument: the store's path.
 */
import { statSync } from 'node:fs';
import { checkText } from '../claims/check.js';
import type { CheckInput } from '../claims/types.js';
import { SeriesData } from '../metrics/access.js';
import { openStore, type Store } from '../store/open.js';
import { serveJobs } from '../util/job-worker.js';

const [dbPath = ''] = process.argv.slice(2);
let open: { store: Store; data: SeriesData; mtimeMs: number } | null = null;

async function current(): Promise<{ store: Store; data: SeriesData }> {
  let mtimeMs = 0;
  try {
    mtimeMs = statSync(dbPath).mtimeMs;
  } catch {
    // openStore says what is missing.
  }
  if (open && open.mtimeMs === mtimeMs) return open;
  open?.store.close();
  open = null;
  const store = await openStore(dbPath);
  open = { store, data: new SeriesData(store.conn), mtimeMs: store.mtimeMs };
  return open;
}

serveJobs<CheckInput>(
  async (input) => {
    const { store, data } = await current();
    return JSON.stringify(await checkText(store.conn, input, data));
  },
  // Warm: the reader's model and the store loaded before the first check.
  async () => {
    const { store, data } = await current();
    await checkText(store.conn, { text: 'In 2023, 1,000 people crossed.', date: '2024-01-01' }, data);
  },
);
