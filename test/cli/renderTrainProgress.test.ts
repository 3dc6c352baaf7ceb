import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTrainProgress } from '../../src/cli/renderTrainProgress.ts';

const epochs = (stage: string, n: number, max = 40) =>
  Array.from({ length: n }, (_, i) => ({ stage, epoch: i + 1, maxEpochs: max, loss: 1 / (i + 1), valAcc1: i / 100 }));

describe('createTrainProgress', () => {
  it('in a log prints the first and last epoch of each run, and between them one line per interval', () => {
    let t = 0;
    const written: string[] = [];
    const p = createTrainProgress({ tty: false, write: (s) => written.push(s), now: () => t, everyMs: 2000 });
    for (const e of epochs('classifier', 30)) {
      p.epoch(e);
      t += 100; // 30 epochs over 3 s: one interval line at 2 s
    }
    p.settle();
    // Five folds of the same stage, each ended by the next one starting at epoch 1.
    for (let f = 0; f < 5; f++) for (const e of epochs('fold', 4, 4)) p.epoch(e);
    p.settle();
    const lines = written.join('').trimEnd().split('\n');
    const classifier = lines.filter((l) => l.includes('classifier'));
    assert.deepEqual(classifier.map((l) => /epoch +(\d+)\//.exec(l)?.[1]), ['1', '21', '30']);
    assert.match(classifier[2] ?? '', /^ {2}classifier \[#+\.+\] epoch 30\/40 {2}loss 0\.0333 {2}val Acc@1 29\.0%$/);
    const folds = lines.filter((l) => l.includes('fold'));
    assert.equal(folds.length, 10);
    assert.deepEqual(folds.slice(0, 2).map((l) => /epoch +(\d+)\//.exec(l)?.[1]), ['1', '4']);
    assert.ok(written.every((s) => !s.includes('\r')));
  });

  it('on a terminal redraws one line per run in place and ends it with a newline', () => {
    const written: string[] = [];
    const p = createTrainProgress({ tty: true, write: (s) => written.push(s) });
    for (const e of epochs('classifier', 3)) p.epoch(e);
    p.settle();
    p.settle(); // a second settle (phase after phase) adds nothing
    assert.equal(written.length, 4);
    assert.ok(written.slice(0, 3).every((s) => s.startsWith('\r\x1b[2K  classifier') && !s.includes('\n')));
    assert.equal(written[3], '\n');
  });
});
