// A parse worker that dies on the job named 'crash' (as a wasm abort would) and otherwise behaves normally.
import { parentPort } from 'node:worker_threads';
import '../../../src/graph/parse/parseWorker.ts';
import type { WorkerRequest } from '../../../src/graph/parse/parseWorker.ts';

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.job.path === 'crash') throw new Error('simulated parser abort');
});
