/**
 * The worker's side of job-pool.ts, in a child process: warm up, say ready, then answer
 * each job with its body or a typed error.
 */
import { toCrossingsError } from '../errors.js';
import type { JobMessage, JobReply } from './job-pool.js';

export function serveJobs<P>(handle: (payload: P, id: number) => Promise<string>, warm?: () => Promise<void>): void {
  const send = (r: JobReply) => void process.send?.(r);
  const onJob = (msg: JobMessage<P>) => {
    void (async () => {
      let reply: JobReply;
      try {
        reply = { id: msg.id, ok: true, body: await handle(msg.payload, msg.id) };
      } catch (e) {
        const err = toCrossingsError(e);
        reply = { id: msg.id, ok: false, error: { code: err.code, error: err.message } };
      }
      send(reply);
    })();
  };
  process.on('message', (m) => onJob(m as JobMessage<P>));
  // A child process whose parent has gone ends too.
  process.on('disconnect', () => process.exit(0));
  // Ready once warmed up: a job's deadline never pays for a worker's start.
  void (async () => {
    try {
      await warm?.();
    } catch {
      // What is missing is reported by the first job.
    }
    send({ ready: true });
  })();
}
