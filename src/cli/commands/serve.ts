import { dbPath } from '../../config.js';
import { CrossingsError } from '../../errors.js';
import { startServer } from '../../server/serve.js';
import type { Args } from '../main.js';

export async function serveUntilStopped(db: string, host: string, port: number): Promise<void> {
  const s = await startServer({ dbPath: db, host, port });
  process.stderr.write(`crossings is serving the API and the dashboard at ${s.url}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void s.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export async function run(args: Args): Promise<void> {
  const port = Number(args.values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CrossingsError('USAGE', `--port ${String(args.values.port)} is not a port number`);
  await serveUntilStopped(dbPath(args.values.db as string | undefined), (args.values.host as string | undefined) ?? '127.0.0.1', port);
}
