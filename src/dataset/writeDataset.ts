import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { splitNames } from './DatasetExample.ts';
import { exporterRegistry, type FormatName } from './exporters/exporterRegistry.ts';
import type { ExportContext } from './exporters/Exporter.ts';
import type { Dataset } from './generateDataset.ts';

/** The file that marks a directory as a modroute dataset (so a re-run may replace it). */
export const MANIFEST = 'dataset.json';

export interface WrittenDataset {
  dir: string;
  files: string[];
}

/**
 * Writes every format, the card and the manifest into a temporary sibling directory, then swaps it
 * in with renames: an interrupted run leaves the previous output as it was. An existing directory
 * is only replaced when it is empty or a previous dataset (has dataset.json), never other data.
 */
export function writeDataset(out: string, dataset: Dataset, formats: readonly FormatName[], ctx: ExportContext, extra: { card: string; manifest: unknown }): WrittenDataset {
  const dir = resolve(out);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--out ${out} is a file, not a directory`, 'Pass a directory path.');
    const entries = readdirSync(dir);
    if (entries.length && !entries.includes(MANIFEST)) {
      throw new UsageError(`--out ${out} is a non-empty directory that is not a modroute dataset`, 'Pass a new or empty directory; modroute only replaces its own output.');
    }
  }
  const parent = dirname(dir);
  let tmp: string;
  try {
    mkdirSync(parent, { recursive: true });
    tmp = mkdtempSync(join(parent, `.${basename(dir)}.tmp-`));
    // mkdtemp makes it private (0700); the finished dataset is an ordinary folder, as mkdir would make it.
    chmodSync(tmp, 0o777 & ~process.umask());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot write the dataset to ${out}: ${code}`, 'Pass --out a directory you can write to.');
  }
  const files: string[] = [];
  try {
    for (const name of formats) {
      const exporter = exporterRegistry[name];
      mkdirSync(join(tmp, name));
      for (const split of splitNames) {
        const rel = join(name, exporter.fileName(split));
        writeFileSync(join(tmp, rel), exporter.render(dataset.examples.filter((e) => e.split === split), ctx));
        files.push(rel);
      }
    }
    writeFileSync(join(tmp, 'README.md'), extra.card);
    writeFileSync(join(tmp, MANIFEST), `${JSON.stringify(extra.manifest, null, 2)}\n`);
    files.push('README.md', MANIFEST);
    const old = existsSync(dir) ? `${tmp}.old` : undefined;
    if (old) renameSync(dir, old);
    try {
      renameSync(tmp, dir);
    } catch (error) {
      if (old) renameSync(old, dir);
      throw error;
    }
    if (old) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return { dir, files };
}
