import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { dbPath, PROJECT_ROOT } from '../../config.js';
import { CrossingsError } from '../../errors.js';
import { startServer } from '../../server/serve.js';
import type { Args } from '../main.js';

/**
 * Serve until SIGINT/SIGTERM. With more than one worker, the primary process forks
 * workers that share the port (node:cluster); each opens the store read-only.
 */
export async function serveUntilStopped(db: string, host: string, port: number, workers = defaultWorkers()): Promise<void> {
  if (workers > 1 && cluster.isPrimary) {
    cluster.setupPrimary({ exec: join(PROJECT_ROOT, 'bin', 'crossings.js'), args: ['serve', '--host', host, '--port', String(port), '--db', db, '--workers', '1'], silent: false });
    let stopping = false;
    const fork = () => cluster.fork({ CROSSINGS_WORKER_COUNT: String(workers) });
    for (let i = 0; i < workers; i++) fork();
    cluster.on('exit', () => {
      if (!stopping) fork(); // a crashed worker is replaced
    });
    await new Promise<void>((resolve) => {
      const stop = () => {
        stopping = true;
        const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
        if (alive.length === 0) return resolve();
        let left = alive.length;
        for (const w of alive) {
          w.once('exit', () => {
            if (--left === 0) resolve();
          });
          w.kill('SIGTERM');
        }
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return;
  }
  const s = await startServer({ dbPath: db, host, port });
  if (cluster.isPrimary) process.stderr.write(`crossings is serving the API and the dashboard at ${s.url}/ (Ctrl-C to stop)\n`);
  else if (cluster.worker?.id === 1) process.stderr.write(`crossings is serving the API and the dashboard at ${s.url}/ with ${process.env.CROSSINGS_WORKER_COUNT ?? 'several'} workers (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void s.close().then(() => {
        // A worker stays alive while its channel to the primary is open.
        if (cluster.isWorker) cluster.worker?.disconnect();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function defaultWorkers(): number {
  const env = Number(process.env.CROSSINGS_WORKERS);
  return Number.isInteger(env) && env > 0 ? env : availableParallelism();
}

export function parseWorkers(v: unknown): number {
  if (v === undefined) return defaultWorkers();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CrossingsError('USAGE', `--workers ${String(v)} is not a number of processes from 1 to 64`);
  return n;
}

export async function run(args: Args): Promise<void> {
  const port = Number(args.values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CrossingsError('USAGE', `--port ${String(args.values.port)} is not a port number`);
  await serveUntilStopped(dbPath(args.values.db as string | undefined), (args.values.host as string | undefined) ?? '127.0.0.1', port, parseWorkers(args.values.workers));
}
