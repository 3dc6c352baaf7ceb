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
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

// Two jobs per worker hide the message round trip: one is read from disk while the other parses.
const jobsPerWorker = 2;
// A worker that dies this many times in a row without finishing a job cannot start at all.
const maxCrashStreak = 5;

/**
 * Built, the worker is parseWorker.js beside this file in dist/. Under tsx (tests, dev) this file is
 * .ts and so is the worker, but Node 20 does not apply `--import tsx` loader hooks inside worker
 * threads (ERR_UNKNOWN_FILE_EXTENSION); tsx's require hook does work there, so a tiny eval'd
 * bootstrap registers it and requires the .ts worker.
 */
const startWorker = (): Worker => {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parseWorker.js', import.meta.url));
  const tsxCjsApi = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const script = fileURLToPath(new URL('./parseWorker.ts', import.meta.url));
  return new Worker(`require(${JSON.stringify(tsxCjsApi)}).register(); require(${JSON.stringify(script)});`, { eval: true });
};

/** Worker threads that read, hash and parse files (see parseFileInThread); results arrive as jobs finish. */
export const createParsePool = ({ threads }: { threads: number }): ParsePool => {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let crashStreak = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), inFlight: new Map() };
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

  /** Fails the slot's jobs as unreadable (one bad file must not stop indexing) and starts a fresh worker. */
  const replace = (slot: Slot, error: Error | undefined): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const crashed = slot.inFlight.size > 0 || error !== undefined;
    for (const pending of slot.inFlight.values()) {
      pending.resolve({ path: pending.job.path, status: 'skipped', reason: 'unreadable', detail: 'parser crashed' });
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
        queue.push({ job, resolve, reject });
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
