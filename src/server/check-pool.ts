/**
 * The claim checker off the event loop: a few child processes, each with its own store,
 * a bounded queue (full: 503 with Retry-After), and a deadline per check that kills the
 * process running it (a new one takes its place). A check whose client has gone is
 * dropped. Health and every other endpoint go on answering whatever the checks cost.
 * Processes, not worker threads: Worker.terminate() on a thread inside DuckDB aborted the
 * server (check-process.ts).
 */
import type { CheckInput } from '../claims/types.js';
import { CrossingsError } from '../errors.js';
import { JobPool, processEndpoint } from '../util/job-pool.js';

export interface CheckPoolOptions {
  /** One by default: `serve` runs a server process per core, each with its check process. */
  workers?: number | undefined;
  /** Checks waiting for a check process (64 by default: fifty clients at once are served); more are refused with SERVER_BUSY. */
  maxQueue?: number | undefined;
  deadlineMs?: number | undefined;
}

const CHILD = new URL('./check-process.ts', import.meta.url).href;

export class CheckPool {
  private readonly pool: JobPool<CheckInput>;
  readonly deadlineMs: number;

  constructor(dbPath: string, opts: CheckPoolOptions = {}) {
    this.deadlineMs = opts.deadlineMs ?? 10_000;
    const deadline = this.deadlineMs;
    this.pool = new JobPool(() => processEndpoint(CHILD, [dbPath]), {
      size: opts.workers ?? 1,
      maxQueue: opts.maxQueue ?? 64,
      deadlineMs: deadline,
      timeout: () => new CrossingsError('CHECK_TIMEOUT', `the check took longer than ${deadline / 1000} s and was stopped`),
    });
  }

  /** The verdict JSON of a check, as the check process serialised it. */
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
