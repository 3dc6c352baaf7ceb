import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseJob, ParseResult } from './ParseJob.ts';
import type { WorkerRequest, WorkerResponse } from './parseWorker.ts';

export interface ParsePool {
  /** Resolves with the job's result; a crashed worker yields 'skipped'/'unreadable' for its jobs. */
  run(job: ParseJob): Promise<ParseResult>;
  close(): Promise<void>;
}

interface Pending {
  job: ParseJob;
  /** Set after the job was in flight when its worker crashed: it then runs alone, once more. */
  suspect: boolean;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

// Two jobs per worker hide the message round trip: the next one is already queued in the worker
// when the current one finishes.
const jobsPerWorker = 2;
// A worker that dies this many times in a row without finishing a job cannot start at all.
const maxCrashStreak = 5;

/**
 * Built, the worker is parseWorker.js beside this file in dist/. Under tsx (tests, dev) this file is
 * .ts and so is the worker, but Node 20 does not apply `--import tsx` loader hooks inside worker
 * threads (ERR_UNKNOWN_FILE_EXTENSION); tsx's require hook does work there, so a tiny eval'd
 * bootstrap registers it and requires the .ts worker.
 */
const defaultWorkerScript = (): URL =>
  new URL(import.meta.url.endsWith('.ts') ? './parseWorker.ts' : './parseWorker.js', import.meta.url);

const startWorker = (script: URL): Worker => {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const tsxCjsApi = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const path = fileURLToPath(script);
  return new Worker(`require(${JSON.stringify(tsxCjsApi)}).register(); require(${JSON.stringify(path)});`, { eval: true });
};

export interface ParsePoolOptions {
  threads: number;
  /** Worker script speaking the parseWorker.ts protocol; tests pass one that crashes on demand. */
  workerScript?: URL;
}

/** Worker threads that read, hash and parse files (see parseFileInThread); results arrive as jobs finish. */
export const createParsePool = ({ threads, workerScript = defaultWorkerScript() }: ParsePoolOptions): ParsePool => {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let crashStreak = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(workerScript), inFlight: new Map() };
    slot.worker.on('message', (response: WorkerResponse) => {
      const pending = slot.inFlight.get(response.id);
      slot.inFlight.delete(response.id);
      crashStreak = 0;
      pending?.resolve(response.result);
      if (response.recycle) replace(slot, undefined);
      else dispatch();
    });
    slot.worker.on('error', (error) => replace(slot, error));
    slot.worker.on('exit', () => replace(slot, undefined));
    return slot;
  };

  /**
   * Starts a fresh worker. Jobs that were in flight are retried alone, since only one of them may be
   * to blame; a job that crashes its worker while alone is reported unreadable (one bad file must
   * not stop indexing).
   */
  const replace = (slot: Slot, error: Error | undefined): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const crashed = slot.inFlight.size > 0 || error !== undefined;
    for (const pending of slot.inFlight.values()) {
      if (pending.suspect) {
        pending.resolve({ path: pending.job.path, status: 'skipped', reason: 'unreadable', detail: 'parser crashed' });
      } else {
        pending.suspect = true;
        queue.unshift(pending);
      }
    }
    slot.inFlight.clear();
    void slot.worker.terminate();
    if (crashed && ++crashStreak >= maxCrashStreak) {
      const failure = new Error(`parse workers keep crashing: ${error?.message ?? 'exited'}`);
      for (const pending of queue.splice(0)) pending.reject(failure);
      return;
    }
    if (!closed) slots.push(spawn());
    dispatch();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      while (queue.length > 0 && slot.inFlight.size < jobsPerWorker) {
        const alone = [...slot.inFlight.values()].some((p) => p.suspect) || (queue[0]?.suspect === true && slot.inFlight.size > 0);
        if (alone) break;
        const pending = queue.shift() as Pending;
        const id = nextId++;
        slot.inFlight.set(id, pending);
        slot.worker.postMessage({ id, job: pending.job } satisfies WorkerRequest);
      }
    }
  };

  for (let i = 0; i < Math.max(1, threads); i++) slots.push(spawn());

  return {
    run(job) {
      if (closed) return Promise.reject(new Error('parse pool is closed'));
      if (crashStreak >= maxCrashStreak) return Promise.reject(new Error('parse workers keep crashing'));
      return new Promise<ParseResult>((resolve, reject) => {
        queue.push({ job, suspect: false, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('parse pool closed'));
      const closing = slots.splice(0);
      for (const slot of closing) {
        for (const pending of slot.inFlight.values()) pending.reject(new Error('parse pool closed'));
      }
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
};
