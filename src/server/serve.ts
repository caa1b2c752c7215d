/** Binding the app to a port, with timeouts against slow clients and a clean shutdown. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { PROJECT_ROOT } from '../config.js';
import { createApp } from './app.js';

export interface Serving {
  url: string;
  close: () => Promise<void>;
}

export function defaultWebRoot(): string | null {
  const dist = join(PROJECT_ROOT, 'web', 'dist');
  return existsSync(join(dist, 'index.html')) ? dist : null;
}

export function startServer(opts: { dbPath: string; host: string; port: number; webRoot?: string | null; headersTimeoutMs?: number }): Promise<Serving> {
  const { app, close } = createApp({ dbPath: opts.dbPath, webRoot: opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot });
  return new Promise((resolveServing) => {
    // Slow clients: headers within 10 s, the whole request within 30 s, checked every second.
    const headersTimeout = opts.headersTimeoutMs ?? 10_000;
    const serverOptions = { headersTimeout, requestTimeout: Math.max(30_000, headersTimeout), keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port, serverOptions }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolveServing({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((r) => {
            (server as Server).closeAllConnections?.();
            server.close(() => {
              void close().then(() => r());
            });
          }),
      });
    }) as Server;
  });
}
