/** One epoch of a training stage, as `trainModel` reports it. */
export interface EpochLine {
  stage: string;
  epoch: number;
  maxEpochs: number;
  loss: number;
  valAcc1?: number;
}

export interface TrainProgress {
  epoch(e: EpochLine): void;
  /** A stage ended (a new phase began, a warning is due, or training finished): its last epoch stays on screen. */
  settle(): void;
}

const bar = (done: number, total: number, width = 20) => {
  const filled = Math.round((Math.min(done, total) / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
};

export const formatEpoch = (e: EpochLine): string => {
  const val = e.valAcc1 !== undefined ? `  val Acc@1 ${(e.valAcc1 * 100).toFixed(1)}%` : '';
  return `  ${e.stage} ${bar(e.epoch, e.maxEpochs)} epoch ${String(e.epoch).padStart(2)}/${e.maxEpochs}  loss ${e.loss.toFixed(4)}${val}`;
};

/**
 * On a terminal, one line per stage redrawn in place each epoch. In a log (no TTY), the first epoch of a
 * stage, then at most one line every `everyMs` so a long run still shows life, and the stage's last epoch
 * when it ends: forty near-identical lines per stage buried the summary.
 */
export function createTrainProgress(options: { tty: boolean; write: (text: string) => void; now?: () => number; everyMs?: number }): TrainProgress {
  const now = options.now ?? (() => performance.now());
  const everyMs = options.everyMs ?? 2000;
  let pending: EpochLine | undefined;
  let drawn = false;
  let lastWrite = -Infinity;
  let stage: string | undefined;
  let lastEpoch = 0;
  const settle = () => {
    if (options.tty) {
      if (drawn) options.write('\n');
    } else if (pending) options.write(`${formatEpoch(pending)}\n`);
    pending = undefined;
    drawn = false;
    stage = undefined;
    lastWrite = -Infinity;
  };
  return {
    epoch(e) {
      // A new stage, or the same stage run again (one classifier per fold): the previous run is over.
      if (stage !== undefined && (stage !== e.stage || e.epoch <= lastEpoch)) settle();
      stage = e.stage;
      lastEpoch = e.epoch;
      if (options.tty) {
        options.write(`\r\x1b[2K${formatEpoch(e)}`);
        drawn = true;
        return;
      }
      // The first epoch of a run is written at once (lastWrite is -Infinity then).
      const t = now();
      if (t - lastWrite >= everyMs) {
        lastWrite = t;
        pending = undefined;
        options.write(`${formatEpoch(e)}\n`);
        return;
      }
      pending = e;
    },
    settle,
  };
}
