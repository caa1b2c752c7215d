/**
 * The worker's side of job-pool.ts, for a thread or a child process alike: warm up, say
 * ready, then answer each job with its body or a typed error.
 */
import { parentPort } from 'node:worker_threads';
import { toCrossingsError } from '../errors.js';
import type { JobMessage, JobReply } from './job-pool.js';

export function serveJobs<P>(handle: (payload: P, id: number) => Promise<string>, warm?: () => Promise<void>): void {
  const send = (r: JobReply) => (parentPort ? parentPort.postMessage(r) : process.send?.(r));
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
  if (parentPort) parentPort.on('message', onJob);
  else process.on('message', (m) => onJob(m as JobMessage<P>));
  // A child process whose parent has gone ends too.
  if (!parentPort) process.on('disconnect', () => process.exit(0));
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
