/**
 * The claim checker off the event loop: a few worker threads, each with its own store,
 * a bounded queue (full: 503 with Retry-After), and a deadline per check that terminates
 * the thread running it (a new one takes its place). Health and every other endpoint go on
 * answering whatever the checks cost.
 */
import { Worker } from 'node:worker_threads';
import type { CheckInput } from '../claims/types.js';
import { CrossingsError, type ErrorCode } from '../errors.js';
import type { CheckJob, CheckReply } from './check-thread.js';

export interface CheckPoolOptions {
  /** One by default: `serve` runs a server process per core, each with its thread. */
  threads?: number | undefined;
  /** Checks waiting for a thread (64 by default: fifty clients at once are served); more are refused with SERVER_BUSY. */
  maxQueue?: number | undefined;
  deadlineMs?: number | undefined;
}

interface Pending {
  job: CheckJob;
  resolve: (body: string) => void;
  reject: (e: CrossingsError) => void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the reader and opened the store. */
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

// The thread runs the TypeScript sources through tsx, as the CLI does.
const TSX = import.meta.resolve('tsx/esm/api');
const THREAD = new URL('./check-thread.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX)}).then((t) => { t.register(); return import(${JSON.stringify(THREAD)}); });`;

export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  readonly threads: number;
  readonly maxQueue: number;
  readonly deadlineMs: number;

  constructor(
    private readonly dbPath: string,
    opts: CheckPoolOptions = {},
  ) {
    this.threads = opts.threads ?? 1;
    this.maxQueue = opts.maxQueue ?? 64;
    this.deadlineMs = opts.deadlineMs ?? 10_000;
    // Threads start at once, so the first check does not wait for one to load.
    for (let k = 0; k < this.threads; k++) this.spawn();
  }

  /** The verdict JSON of a check, as the thread serialised it. */
  run(input: CheckInput): Promise<string> {
    if (this.closed) return Promise.reject(new CrossingsError('SERVER_BUSY', 'the server is shutting down'));
    if (this.queue.length >= this.maxQueue) return Promise.reject(new CrossingsError('SERVER_BUSY', `${this.queue.length} checks are waiting; try again shortly`));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, input }, resolve, reject });
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(BOOT, { eval: true, workerData: { dbPath: this.dbPath } }), ready: false, busy: null, timer: null };
    slot.worker.on('message', (r: CheckReply) => {
      if ('ready' in r) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const p = slot.busy;
      if (!p || p.job.id !== r.id) return;
      this.finish(slot);
      if (r.ok) p.resolve(r.body);
      else p.reject(new CrossingsError(r.error.code as ErrorCode, r.error.error));
    });
    // A thread that dies (out of memory, a crash) fails its check and is replaced.
    slot.worker.on('error', (e) => this.lose(slot, new CrossingsError('INTERNAL', `the check failed: ${e.message}`)));
    slot.worker.on('exit', () => this.lose(slot, new CrossingsError('INTERNAL', 'the check stopped before it finished')));
    // An idle thread never keeps the process alive (after the listeners: adding one refs the thread again).
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private dispatch(): void {
    while (this.slots.length < this.threads) this.spawn();
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.busy = p;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        this.lose(slot, new CrossingsError('CHECK_TIMEOUT', `the check took longer than ${this.deadlineMs / 1000} s and was stopped`));
        void slot.worker.terminate();
      }, this.deadlineMs);
      slot.worker.postMessage(p.job);
    }
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    slot.worker.unref();
    this.dispatch();
  }

  /** The slot's thread is gone or going: fail its check, forget it, and go on with the queue on the others. */
  private lose(slot: Slot, e: CrossingsError): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const p = slot.busy;
    slot.busy = null;
    p?.reject(e);
    if (!this.closed) this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new CrossingsError('SERVER_BUSY', 'the server is shutting down'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
