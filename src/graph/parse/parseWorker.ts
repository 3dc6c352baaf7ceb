import { parentPort } from 'node:worker_threads';
import type { ParseJob, ParseResult } from './ParseJob.ts';
import { parseFileInThread } from './parseFileInThread.ts';

/** Pool → worker. */
export interface WorkerRequest {
  id: number;
  job: ParseJob;
}

/** Worker → pool. `recycle`: an extractor threw, so the pool replaces this worker (wasm state may be bad). */
export interface WorkerResponse {
  id: number;
  result: ParseResult;
  recycle: boolean;
}

parentPort?.on('message', (request: WorkerRequest) => {
  void parseFileInThread(request.job).then((result) => {
    const recycle = result.status === 'parsed' && result.facts === null && result.detail !== undefined;
    parentPort?.postMessage({ id: request.id, result, recycle } satisfies WorkerResponse);
  });
});
