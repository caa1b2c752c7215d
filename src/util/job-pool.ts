/**
 * Work that must be stoppable for certain: a few workers (child processes: killing one stops
 * its native work too, where terminating a worker thread inside DuckDB aborts this process),
 * a bounded queue (full: SERVER_BUSY), a deadline per job that kills the worker running
 * it (a new one takes its place), and cancellation when the caller's signal aborts (a
 * client that has gone). The caller's event loop only posts messages and waits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { CrossingsError, type ErrorCode } from '../errors.js';

/** What a worker sends back: ready once warmed up, then one reply per job. */
export type JobReply =
  | { ready: true }
  | { id: number; ok: true; body: string }
  /** fatal: the worker cannot go on (its watchdog fired) and is replaced. */
  | { id: number; ok: false; error: { code: string; error: string }; fatal?: true };
export interface JobMessage<P> {
  id: number;
  payload: P;
}

/** A worker, seen through its messages. */
export interface Endpoint {
  send(msg: unknown): void;
  onMessage(fn: (m: JobReply) => void): void;
  /** The worker is gone (it exited or failed), and why. */
  onGone(fn: (why: string) => void): void;
  kill(): Promise<void>;
  ref(): void;
  unref(): void;
}

export interface JobPoolOptions {
  /** Workers running at once. */
  size: number;
  /** Jobs waiting for a worker; more are refused with SERVER_BUSY. */
  maxQueue: number;
  deadlineMs: number;
  /** The error a job past its deadline gets. */
  timeout: () => CrossingsError;
}

interface Pending<P> {
  msg: JobMessage<P>;
  resolve: (body: string) => void;
  reject: (e: CrossingsError) => void;
  detach: () => void;
}

interface Slot<P> {
  ep: Endpoint;
  ready: boolean;
  busy: Pending<P> | null;
  timer: NodeJS.Timeout | null;
}

export class JobPool<P> {
  private readonly slots: Slot<P>[] = [];
  private readonly queue: Pending<P>[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started over the pool's life (the first ones included): each stopped job costs one. */
  spawned = 0;

  constructor(
    private readonly spawnEndpoint: () => Endpoint,
    readonly opts: JobPoolOptions,
  ) {
    // Workers start at once, so the first job does not wait for one to load.
    for (let k = 0; k < opts.size; k++) this.spawn();
  }

  /** Jobs waiting and running now. */
  stats(): { queued: number; running: number; workers: number } {
    return { queued: this.queue.length, running: this.slots.filter((s) => s.busy).length, workers: this.slots.length };
  }

  /** The job's reply body. A signal that aborts drops the job from the queue, or stops the worker running it. */
  run(payload: P, signal?: AbortSignal): Promise<string> {
    if (this.closed) return Promise.reject(new CrossingsError('SERVER_BUSY', 'the server is shutting down'));
    if (signal?.aborted) return Promise.reject(gone());
    if (this.queue.length >= this.opts.maxQueue) return Promise.reject(new CrossingsError('SERVER_BUSY', `${this.queue.length} requests of this kind are waiting; try again shortly`));
    return new Promise((resolve, reject) => {
      const onAbort = () => this.cancel(p);
      const p: Pending<P> = {
        msg: { id: this.nextId++, payload },
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(p);
      this.dispatch();
    });
  }

  private cancel(p: Pending<P>): void {
    const i = this.queue.indexOf(p);
    if (i >= 0) {
      this.queue.splice(i, 1);
      p.detach();
      p.reject(gone());
      return;
    }
    const slot = this.slots.find((s) => s.busy === p);
    if (slot) this.stop(slot, gone());
  }

  private spawn(): void {
    const slot: Slot<P> = { ep: this.spawnEndpoint(), ready: false, busy: null, timer: null };
    this.spawned++;
    slot.ep.onMessage((r) => {
      if ('ready' in r) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const p = slot.busy;
      if (!p || p.msg.id !== r.id) return;
      if (!r.ok && r.fatal) return this.stop(slot, new CrossingsError(r.error.code as ErrorCode, r.error.error));
      this.finish(slot);
      if (r.ok) p.resolve(r.body);
      else p.reject(new CrossingsError(r.error.code as ErrorCode, r.error.error));
    });
    // A worker that dies (out of memory, a crash, its watchdog) fails its job and is replaced.
    slot.ep.onGone((why) => this.lose(slot, new CrossingsError('INTERNAL', `the request stopped before it finished (${why})`)));
    // An idle worker never keeps the process alive.
    slot.ep.unref();
    this.slots.push(slot);
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.slots.length < this.opts.size) this.spawn();
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) break;
      const p = this.queue.shift()!;
      slot.busy = p;
      slot.timer = setTimeout(() => this.stop(slot, this.opts.timeout()), this.opts.deadlineMs);
      slot.ep.send(p.msg);
    }
    // A worker keeps the process alive while it runs a job, or while jobs wait for it to start.
    for (const s of this.slots) {
      if (s.busy || (this.queue.length && !s.ready)) s.ep.ref();
      else s.ep.unref();
    }
  }

  private finish(slot: Slot<P>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy?.detach();
    slot.busy = null;
    this.dispatch();
  }

  /** Kill the worker running a job: the job fails with e, a new worker takes the slot. */
  private stop(slot: Slot<P>, e: CrossingsError): void {
    this.lose(slot, e);
    void slot.ep.kill();
  }

  /** The slot's worker is gone or going: fail its job, forget it, and go on with the queue on the others. */
  private lose(slot: Slot<P>, e: CrossingsError): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const p = slot.busy;
    slot.busy = null;
    p?.detach();
    p?.reject(e);
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) {
      p.detach();
      p.reject(new CrossingsError('SERVER_BUSY', 'the server is shutting down'));
    }
    await Promise.all(this.slots.splice(0).map((s) => s.ep.kill()));
  }
}

function gone(): CrossingsError {
  return new CrossingsError('USAGE', 'the request was cancelled: the client went away');
}

// Workers run the TypeScript sources through tsx, as the CLI does.
const TSX_LOADER = import.meta.resolve('tsx/esm');

/** A child process running the module at url: stopping it stops native work too (a query inside DuckDB). */
export function processEndpoint(url: string, args: string[]): Endpoint {
  const child: ChildProcess = fork(new URL(url), args, { execArgv: ['--import', TSX_LOADER], stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    send: (m) => void child.send(m as object),
    onMessage: (fn) => void child.on('message', (m) => fn(m as JobReply)),
    onGone: (fn) => {
      child.on('error', (e) => fn(e.message));
      child.on('exit', (code, signal) => fn(signal ? `signal ${signal}` : `exit code ${code}`));
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.ref(); // waiting for its exit keeps the process alive
        child.kill('SIGKILL');
      }
      await exited;
    },
    ref: () => {
      child.ref();
      child.channel?.ref();
    },
    unref: () => {
      child.unref();
      child.channel?.unref();
    },
  };
}
