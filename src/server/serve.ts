/** Binding the app to a port, with timeouts against slow clients and a clean shutdown. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
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
    // Requests Node refuses before the app sees them (bad syntax, headers too large) get the one JSON error shape too.
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
      if (!socket.writable) return void socket.destroy();
      const [status, reason, error] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'the request headers are too large'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'the request took too long to arrive'] : [400, 'Bad Request', 'the request is not valid HTTP'];
      const body = JSON.stringify({ ok: false, error, code: 'USAGE', status });
      socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    });
  });
}
