import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgressRenderer } from '../../src/cli/renderProgress.ts';

describe('createProgressRenderer in a log', () => {
  it('prints its first parse line an interval after the phase starts, not after the first file, and always the last', async () => {
    // The process has run a while before parsing starts (discovery, listing): the clock is far from 0.
    let t = 60_000;
    const lines: string[] = [];
    const r = await createProgressRenderer({ quiet: false, tty: false, write: (s) => lines.push(s), now: () => t });
    r.onEvent({ kind: 'phase', phase: 'parse', message: 'reading and parsing 100 of 100 files' });
    const progress = (done: number) => r.onEvent({ kind: 'progress', phase: 'parse', done, total: 100, bytes: done * 1000 });
    t += 50;
    progress(1);
    t += 2_000;
    progress(40);
    t += 500;
    progress(60);
    t += 1_000;
    progress(100);
    r.stop();
    assert.deepEqual(lines.map((l) => /read (\d+)\//.exec(l)?.[1]).filter(Boolean), ['40', '100']);
    assert.match(lines.find((l) => l.includes('read 40/')) ?? '', /\(20 files\/s, 0\.0 MB\/s, ETA 3s\)$/);
  });
});
