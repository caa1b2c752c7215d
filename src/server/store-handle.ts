/**
 * The server's view of the store: a few read-only connections, reopened when an
 * update swaps a new file in (checked by modification time at most once a second).
 * Each connection runs one query at a time; callers wait their turn.
 */
import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { SeriesData } from '../metrics/access.js';
import { READ_ONLY_CONFIG } from '../store/open.js';
import { checkReadablePath } from '../store/store-file.js';

interface Generation {
  instance: DuckDBInstance;
  conns: { conn: DuckDBConnection; busy: Promise<void> }[];
  data: SeriesData;
  dataConn: { conn: DuckDBConnection; busy: Promise<void> };
  mtimeMs: number;
  next: number;
}

export class StoreHandle {
  private gen: Promise<Generation> | null = null;
  private checkedAt = 0;
  private mtimeMs = 0;
  constructor(
    readonly path: string,
    private readonly poolSize = 4,
  ) {}

  private async open(): Promise<Generation> {
    if (!checkReadablePath(this.path)) throw new CrossingsError('NO_STORE', `no store at ${this.path}: run \`crossings update\` first`);
    const mtimeMs = statSync(this.path).mtimeMs;
    const instance = await DuckDBInstance.create(this.path, READ_ONLY_CONFIG);
    const conns = [];
    for (let i = 0; i < this.poolSize; i++) conns.push({ conn: await instance.connect(), busy: Promise.resolve() });
    const dataConn = { conn: await instance.connect(), busy: Promise.resolve() };
    this.mtimeMs = mtimeMs;
    return { instance, conns, data: new SeriesData(lockedConnection(dataConn)), dataConn, mtimeMs, next: 0 };
  }

  private async current(): Promise<Generation> {
    const now = Date.now();
    if (this.gen && now - this.checkedAt > 1000) {
      this.checkedAt = now;
      let m = 0;
      try {
        m = statSync(this.path).mtimeMs;
      } catch {
        m = this.mtimeMs;
      }
      if (m !== this.mtimeMs) {
        const old = this.gen;
        this.gen = null;
        // Close the old generation once its queries have finished.
        void old.then(async (g) => {
          await Promise.allSettled([...g.conns.map((c) => c.busy), g.dataConn.busy]);
          for (const c of g.conns) c.conn.closeSync();
          g.dataConn.conn.closeSync();
          g.instance.closeSync();
        }).catch(() => {});
      }
    }
    if (!this.gen) {
      this.gen = this.open();
      this.gen.catch(() => {
        this.gen = null;
      });
      this.checkedAt = now;
    }
    return this.gen;
  }

  /** Identifies the store file being served: changes when an update swaps a new one in. */
  async generation(): Promise<number> {
    return (await this.current()).mtimeMs;
  }

  /** Run fn with a connection of its own for the duration. */
  async with<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const g = await this.current();
    const slot = g.conns[g.next++ % g.conns.length]!;
    return runLocked(slot, () => fn(slot.conn));
  }

  /** The claim checker's cached series (one per store generation). */
  async claimData(): Promise<{ data: SeriesData; conn: DuckDBConnection }> {
    const g = await this.current();
    return { data: g.data, conn: lockedConnection(g.dataConn) };
  }

  async close(): Promise<void> {
    if (!this.gen) return;
    const g = await this.gen.catch(() => null);
    this.gen = null;
    if (!g) return;
    await Promise.allSettled([...g.conns.map((c) => c.busy), g.dataConn.busy]);
    for (const c of g.conns) c.conn.closeSync();
    g.dataConn.conn.closeSync();
    g.instance.closeSync();
  }
}

function runLocked<T>(slot: { busy: Promise<void> }, fn: () => Promise<T>): Promise<T> {
  const run = slot.busy.then(fn, fn);
  slot.busy = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** A connection whose query methods wait for the previous query on it to finish. */
function lockedConnection(slot: { conn: DuckDBConnection; busy: Promise<void> }): DuckDBConnection {
  return new Proxy(slot.conn, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      if (prop === 'run' || prop === 'runAndReadAll' || prop === 'runAndRead' || prop === 'streamAndReadUntil') {
        return (...args: unknown[]) => runLocked(slot, () => (v as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      return (v as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
