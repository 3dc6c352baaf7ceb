import { createParsePool, parseFileInThread, type ParseJob, type ParseResult } from '../graph/parse/index.ts';

/**
 * Runs parse jobs with a bounded number in flight and yields results as they complete; `threads` 0
 * parses on this thread (a re-index of a few files, where worker start-up costs more than it saves).
 */
export async function* runParseJobs(jobs: ParseJob[], threads: number, signal?: AbortSignal): AsyncGenerator<ParseResult> {
  if (threads === 0) {
    for (const job of jobs) {
      signal?.throwIfAborted();
      yield await parseFileInThread(job);
    }
    return;
  }
  const pool = createParsePool({ threads });
  try {
    const window = threads * 4;
    const ready: ParseResult[] = [];
    let wake: (() => void) | undefined;
    let failure: unknown;
    let next = 0;
    let inFlight = 0;
    const launch = () => {
      while (inFlight < window && next < jobs.length) {
        const job = jobs[next++] as ParseJob;
        inFlight++;
        pool.run(job).then(
          (r) => { ready.push(r); },
          (e: unknown) => { failure = e; },
        ).finally(() => { inFlight--; wake?.(); });
      }
    };
    launch();
    while (ready.length || inFlight || next < jobs.length) {
      if (failure) throw failure;
      signal?.throwIfAborted();
      if (!ready.length) {
        await new Promise<void>((r) => { wake = r; });
        wake = undefined;
        continue;
      }
      const r = ready.shift() as ParseResult;
      launch();
      yield r;
    }
    if (failure) throw failure;
  } finally {
    await pool.close();
  }
}
