/**
 * The server's view of the store: a few read-only connections, reopened when an update
 * swaps a new file in (checked by modification time at most once a second). Each request
 * holds the generation it started on until it ends; an old generation closes only when
 * its last request has finished, so a reader never meets a closed connection.
 * Each connection runs one query at a time; callers wait their turn.
 */
import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CrossingsError } from '../errors.js';
import { SeriesData } from '../metrics/access.js';
import { READ_ONLY_CONFIG } from '../store/open.js';
import { checkReadablePath } from '../store/store-file.js';

interface Slot {
  conn: DuckDBConnection;
  busy: Promise<void>;
}

interface Generation {
  instance: DuckDBInstance;
  conns: Slot[];
  data: SeriesData;
  dataConn: Slot;
  mtimeMs: number;
  next: number;
  /** Requests holding this generation now. */
  refs: number;
  /** A newer file has been swapped in: close once the last request lets go. */
  retired: boolean;
  closed: boolean;
}

export class StoreHandle {
  private gen: Promise<Generation> | null = null;
  private checkedAt = 0;
  private mtimeMs = 0;
  /** Generations closed after a swap (for tests: old stores do close). */
  closedGenerations = 0;
  constructor(
    readonly path: string,
    private readonly poolSize = 4,
  ) {}

  private async open(): Promise<Generation> {
    if (!checkReadablePath(this.path)) throw new CrossingsError('NO_STORE', `no store at ${this.path}: run \`crossings update\` first`);
    const mtimeMs = statSync(this.path).mtimeMs;
    const instance = await DuckDBInstance.create(this.path, READ_ONLY_CONFIG);
    const conns: Slot[] = [];
    for (let i = 0; i < this.poolSize; i++) conns.push({ conn: await instance.connect(), busy: Promise.resolve() });
    const dataConn = { conn: await instance.connect(), busy: Promise.resolve() };
    this.mtimeMs = mtimeMs;
    return { instance, conns, data: new SeriesData(lockedConnection(dataConn)), dataConn, mtimeMs, next: 0, refs: 0, retired: false, closed: false };
  }

  private current(): Promise<Generation> {
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
        void old.then((g) => this.retire(g)).catch(() => {});
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

  /** The current generation, held: it cannot close until release. */
  private async acquire(): Promise<Generation> {
    for (;;) {
      const g = await this.current();
      // (Taken and counted in one step: a retired generation that closed meanwhile is skipped for the new one.)
      if (!g.closed) {
        g.refs++;
        return g;
      }
    }
  }

  private release(g: Generation): void {
    g.refs--;
    if (g.retired && g.refs === 0) this.closeGeneration(g);
  }

  private retire(g: Generation): void {
    g.retired = true;
    if (g.refs === 0) this.closeGeneration(g);
  }

  private closeGeneration(g: Generation): void {
    if (g.closed) return;
    g.closed = true;
    this.closedGenerations++;
    for (const c of g.conns) c.conn.closeSync();
    g.dataConn.conn.closeSync();
    g.instance.closeSync();
  }

  /** Identifies the store file being served: changes when an update swaps a new one in. */
  async generation(): Promise<number> {
    return (await this.current()).mtimeMs;
  }

  /** Run fn with a connection of its own for the duration, on a generation held until it ends. */
  async with<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const g = await this.acquire();
    try {
      const slot = g.conns[g.next++ % g.conns.length]!;
      return await runLocked(slot, () => fn(slot.conn));
    } finally {
      this.release(g);
    }
  }

  /** Run fn with the claim checker's cached series (one per store generation), held until it ends. */
  async withClaimData<T>(fn: (d: { data: SeriesData; conn: DuckDBConnection }) => Promise<T>): Promise<T> {
    const g = await this.acquire();
    try {
      return await fn({ data: g.data, conn: lockedConnection(g.dataConn) });
    } finally {
      this.release(g);
    }
  }

  async close(): Promise<void> {
    if (!this.gen) return;
    const g = await this.gen.catch(() => null);
    this.gen = null;
    if (!g) return;
    await Promise.allSettled([...g.conns.map((c) => c.busy), g.dataConn.busy]);
    this.closeGeneration(g);
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
