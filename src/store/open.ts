/**
 * Opening the store for reading. Every read connection is locked down: read-only,
 * no file or network access, no extension loading, configuration locked. The
 * app's own queries need nothing more, so the same connection serves user SQL.
 */
import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { defaultMirror } from '../config.js';
import { checkReadablePath } from './store-file.js';
import { CrossingsError } from '../errors.js';

export const READ_ONLY_CONFIG: Record<string, string> = {
  access_mode: 'READ_ONLY',
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  allow_community_extensions: 'false',
  lock_configuration: 'true',
  threads: '2',
};

export interface Store {
  path: string;
  conn: DuckDBConnection;
  /** Modification time of the file when opened: a server reopens when it changes. */
  mtimeMs: number;
  close(): void;
}

export async function openStore(path: string): Promise<Store> {
  if (!checkReadablePath(path)) {
    // Point at the offline mirror when there is one, so the hint does not send a new user to the network.
    const mirror = defaultMirror();
    const build = mirror ? `crossings update --from ${mirror}` : 'crossings update';
    throw new CrossingsError('NO_STORE', `no store at ${path}: run \`${build}\` (or \`npm start\`) first, or set --db / CROSSINGS_DB`);
  }
  const mtimeMs = statSync(path).mtimeMs;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, READ_ONLY_CONFIG);
  } catch (e) {
    throw new CrossingsError('NO_STORE', `cannot open the store at ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const conn = await instance.connect();
  return {
    path,
    conn,
    mtimeMs,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Run a query and return JSON-safe row objects. */
export async function query<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string, params?: Record<string, string | number | boolean | null>): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql, params as never);
  return reader.getRowObjectsJson() as T[];
}
