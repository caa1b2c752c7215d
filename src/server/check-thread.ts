/**
 * A worker thread of the claim checker: its own read-only store, reopened when an update
 * swaps a new file in. The server's event loop never runs the reader; a check that runs
 * past its deadline is stopped by terminating this thread (check-pool.ts).
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkText } from '../claims/check.js';
import type { CheckInput } from '../claims/types.js';
import { toCrossingsError } from '../errors.js';
import { SeriesData } from '../metrics/access.js';
import { openStore, type Store } from '../store/open.js';

export interface CheckJob {
  id: number;
  input: CheckInput;
}
export type CheckReply = { id: number; ok: true; body: string } | { id: number; ok: false; error: ReturnType<ReturnType<typeof toCrossingsError>['toJSON']> } | { ready: true };

const dbPath = (workerData as { dbPath: string }).dbPath;
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

parentPort!.on('message', (job: CheckJob) => {
  void (async () => {
    let reply: CheckReply;
    try {
      const { store, data } = await current();
      reply = { id: job.id, ok: true, body: JSON.stringify(await checkText(store.conn, job.input, data)) };
    } catch (e) {
      reply = { id: job.id, ok: false, error: toCrossingsError(e).toJSON() };
    }
    parentPort!.postMessage(reply);
  })();
});

// Ready once the reader's model and the store are loaded: a check's deadline never pays for a thread's start.
void (async () => {
  try {
    const { store, data } = await current();
    await checkText(store.conn, { text: 'In 2023, 1,000 people crossed.', date: '2024-01-01' }, data);
  } catch {
    // A missing store is reported by the first check.
  }
  parentPort!.postMessage({ ready: true } satisfies CheckReply);
})();
