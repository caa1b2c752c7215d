/**
 * Reading source files: from a mirror folder or from a publisher's URL (GET with a
 * timeout, retries with back-off, an identifying User-Agent, and a size limit).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CrossingsError, fileError } from '../errors.js';
import type { RawFile } from './types.js';

export const DEFAULT_USER_AGENT = 'crossings/0.1 (open evidence engine for migration statistics)';
export const FETCH_LIMITS = { timeoutMs: 60_000, retries: 3, maxBytes: 300 * 1024 * 1024 };

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export async function readMirrorFile(path: string): Promise<RawFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw fileError('FILE_UNREADABLE', { file: path }, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, e);
  }
  const st = await stat(path);
  return { name: basename(path), url: path, bytes, sha256: sha256(bytes), retrievedAt: st.mtime.toISOString() };
}

export interface HttpOptions {
  userAgent?: string;
  accept?: string;
  onProgress?: (received: number, total: number | null) => void;
  timeoutMs?: number;
  retries?: number;
}

export async function fetchFile(url: string, opts: HttpOptions = {}): Promise<RawFile> {
  const retries = opts.retries ?? FETCH_LIMITS.retries;
  let lastError: unknown = null;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 4000)));
    try {
      const res = await fetch(url, {
        headers: { 'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT, accept: opts.accept ?? '*/*' },
        redirect: 'follow',
        signal: AbortSignal.timeout(opts.timeoutMs ?? FETCH_LIMITS.timeoutMs),
      });
      if (!res.ok) {
        lastError = new CrossingsError('FETCH_FAILED', `${url}: HTTP ${res.status} ${res.statusText}`);
        // Client errors other than 408/429 will not change on retry.
        if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) break;
        continue;
      }
      const total = Number(res.headers.get('content-length')) || null;
      if (total !== null && total > FETCH_LIMITS.maxBytes) throw new CrossingsError('FILE_TOO_LARGE', `${url}: ${total} bytes is over the limit of ${FETCH_LIMITS.maxBytes}`);
      const chunks: Uint8Array[] = [];
      let received = 0;
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          received += chunk.length;
          if (received > FETCH_LIMITS.maxBytes) throw new CrossingsError('FILE_TOO_LARGE', `${url}: over the limit of ${FETCH_LIMITS.maxBytes} bytes`);
          chunks.push(chunk);
          opts.onProgress?.(received, total);
        }
      }
      const bytes = new Uint8Array(received);
      let off = 0;
      for (const c of chunks) {
        bytes.set(c, off);
        off += c.length;
      }
      const finalUrl = res.url || url;
      const name = decodeURIComponent(basename(new URL(finalUrl).pathname)) || 'download';
      return { name, url: finalUrl, bytes, sha256: sha256(bytes), retrievedAt: new Date().toISOString(), published: res.headers.get('last-modified') ? new Date(res.headers.get('last-modified')!).toISOString().slice(0, 10) : null };
    } catch (e) {
      if (e instanceof CrossingsError && e.code === 'FILE_TOO_LARGE') throw e;
      lastError = e;
    }
  }
  if (lastError instanceof CrossingsError) throw lastError;
  const why = lastError instanceof Error ? (lastError.name === 'TimeoutError' ? 'timed out' : lastError.message) : String(lastError);
  throw new CrossingsError('FETCH_FAILED', `${url}: ${why} (after ${retries + 1} attempts)`, { cause: lastError });
}
