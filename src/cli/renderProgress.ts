import type { IndexEvent } from '../api/IndexEvent.ts';
import { err as writeErr } from './output.ts';

const MAX_WARNINGS = 20;

export interface ProgressRenderer {
  onEvent(event: IndexEvent): void;
  stop(): void;
}

/**
 * A bar with files/s and ETA on a terminal; one line every few seconds otherwise (CI logs);
 * nothing with --quiet (warnings included). Warnings go to stderr.
 */
export async function createProgressRenderer(mode: {
  quiet: boolean;
  tty: boolean;
  /** --json: no progress, warnings still on stderr */
  json?: boolean;
  /** Where lines go (stderr) and the clock (tests pass their own). */
  write?: (line: string) => void;
  now?: () => number;
}): Promise<ProgressRenderer> {
  const err = mode.write ?? writeErr;
  const now = mode.now ?? (() => performance.now());
  let bar: import('cli-progress').SingleBar | undefined;
  let started = 0;
  let lastLine = 0;
  const warnings: string[] = [];
  let warningCount = 0;
  const { SingleBar, Presets } = mode.tty && !mode.quiet && !mode.json ? await import('cli-progress') : ({} as typeof import('cli-progress'));
  return {
    onEvent(e) {
      if (e.kind === 'warning') {
        if (mode.quiet) return;
        // A tree full of unreadable files must not bury the summary: show the first few, count the rest.
        if (++warningCount > MAX_WARNINGS) return;
        const line = `warning: ${e.file ? `${e.file}: ` : ''}${e.message}`;
        if (bar) warnings.push(line);
        else err(line);
        return;
      }
      if (mode.quiet || mode.json) return;
      if (e.kind === 'phase') {
        if (bar) {
          bar.stop();
          bar = undefined;
        }
        if (e.phase !== 'parse' || !mode.tty) err(`${e.message}…`);
        started = now();
        // The first line waits as long as the next ones: after one file the rate says nothing
        // (webpack's first line read "5 files/s, ETA 1615s" for a parse that took 9 s).
        lastLine = started;
        return;
      }
      if (e.kind === 'progress') {
        const secs = Math.max((now() - started) / 1000, 1e-3);
        const rate = e.done / secs;
        const mbps = e.bytes / 1e6 / secs;
        if (mode.tty && SingleBar) {
          if (!bar) {
            bar = new SingleBar({ format: '  reading [{bar}] {value}/{total} files | {rate} files/s | {mbps} MB/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
            bar.start(e.total, 0, { rate: '0', mbps: '0' });
          }
          bar.update(e.done, { rate: rate.toFixed(0), mbps: mbps.toFixed(1) });
        } else if (now() - lastLine > 2000 || e.done === e.total) {
          lastLine = now();
          const eta = rate > 0 ? Math.round((e.total - e.done) / rate) : 0;
          err(`  read ${e.done}/${e.total} files (${rate.toFixed(0)} files/s, ${mbps.toFixed(1)} MB/s, ETA ${eta}s)`);
        }
      }
    },
    stop() {
      bar?.stop();
      bar = undefined;
      for (const w of warnings) err(w);
      warnings.length = 0;
      if (warningCount > MAX_WARNINGS) err(`… and ${warningCount - MAX_WARNINGS} more warnings (use --json for the counts)`);
      warningCount = 0;
    },
  };
}
