/**
 * The claim checker off the event loop: a few worker threads, each with its own store,
 * a bounded queue (full: 503 with Retry-After), and a deadline per check that terminates
 * the thread running it (a new one takes its place). A check whose client has gone is
 * dropped. Health and every other endpoint go on answering whatever the checks cost.
 */
import type { CheckInput } from '../claims/types.js';
import { CrossingsError } from '../errors.js';
import { JobPool, threadEndpoint } from '../util/job-pool.js';

export interface CheckPoolOptions {
  /** One by default: `serve` runs a server process per core, each with its thread. */
  threads?: number | undefined;
  /** Checks waiting for a thread (64 by default: fifty clients at once are served); more are refused with SERVER_BUSY. */
  maxQueue?: number | undefined;
  deadlineMs?: number | undefined;
}

const THREAD = new URL('./check-thread.ts', import.meta.url).href;

export class CheckPool {
  private readonly pool: JobPool<CheckInput>;
  readonly deadlineMs: number;

  constructor(dbPath: string, opts: CheckPoolOptions = {}) {
    this.deadlineMs = opts.deadlineMs ?? 10_000;
    const deadline = this.deadlineMs;
    this.pool = new JobPool(() => threadEndpoint(THREAD, { dbPath }), {
      size: opts.threads ?? 1,
      maxQueue: opts.maxQueue ?? 64,
      deadlineMs: deadline,
      timeout: () => new CrossingsError('CHECK_TIMEOUT', `the check took longer than ${deadline / 1000} s and was stopped`),
    });
  }

  /** The verdict JSON of a check, as the thread serialised it. */
  run(input: CheckInput, signal?: AbortSignal): Promise<string> {
    return this.pool.run(input, signal);
  }

  stats() {
    return { ...this.pool.stats(), spawned: this.pool.spawned };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
