/** What every source module declares and does. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ValidationIssue } from './issues.js';

/** One file as retrieved: from the publisher's URL or from a mirror folder. */
export interface RawFile {
  name: string;
  /** Where it came from: the publisher URL (after redirects) or the mirror path. */
  url: string;
  bytes: Uint8Array;
  sha256: string;
  retrievedAt: string;
  /** The publisher's release date, where the file or its page says. */
  published?: string | null;
}

export interface LoadResult {
  dataset: string;
  title: string;
  fileKind: string;
  coverageFrom: string | null;
  coverageTo: string | null;
  rowCount: number;
  issues: ValidationIssue[];
  note?: string;
}

export interface LoadContext {
  conn: DuckDBConnection;
  releaseId: number;
  file: RawFile;
  /** Path on disk when the file is on disk (DuckDB's read_csv can read it directly). */
  path: string | null;
}

export interface FetchContext {
  fetch: (url: string, opts?: { accept?: string; userAgent?: string }) => Promise<RawFile>;
  progress: (msg: string) => void;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  landingPage: string;
  attribution: string;
  /** Files under a mirror folder laid out like ../shared/data, oldest release first. */
  mirrorFiles(dir: string): Promise<string[]>;
  /** Download the newest release from the publisher; absent when no official fetch is implemented yet. */
  fetchLatest?: (ctx: FetchContext) => Promise<RawFile[]>;
  load(ctx: LoadContext): Promise<LoadResult>;
}
