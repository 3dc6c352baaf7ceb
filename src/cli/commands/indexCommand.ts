import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { ROUTER_MODEL_FILE } from '../../train/routerModelFormat.ts';
import type { IndexStats } from '../../api/IndexEvent.ts';
import { indexRepository } from '../../api/indexRepository.ts';
import { type CommonOptions, parsePositiveInt, withCommon } from '../commonOptions.ts';
import { out, printJson } from '../output.ts';
import { createProgressRenderer } from '../renderProgress.ts';

interface IndexFlags extends CommonOptions {
  modules?: string;
  rebuild?: boolean;
  threads?: number;
}

export const indexCommand = () =>
  withCommon(
    new Command('index')
      .summary('build or update the module knowledge graph')
      .description('Discover modules, parse every file with tree-sitter, resolve imports to module edges, read git history, and store it all in SQLite. A second run re-parses only changed files.')
      .argument('[dir]', 'repository directory (same as --repo)')
      .option('--modules <file>', 'explicit module list: JSON array of {id, path} (or {"modules": [...]})')
      .option('--rebuild', 'start over instead of updating (also replaces a corrupt index)')
      .option('--threads <n>', 'parser threads (default: number of cores)', parsePositiveInt('--threads')),
  ).action(async (dir: string | undefined, flags: IndexFlags) => {
    const progress = await createProgressRenderer({ quiet: Boolean(flags.quiet), json: Boolean(flags.json), tty: Boolean(process.stderr.isTTY) });
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let stats: IndexStats | undefined;
    try {
      for await (const event of indexRepository({
        repo: dir ?? flags.repo, db: flags.db, modulesFile: flags.modules, rebuild: flags.rebuild, threads: flags.threads, signal: controller.signal,
      })) {
        if (event.kind === 'done') stats = event.stats;
        else progress.onEvent(event);
      }
    } finally {
      progress.stop();
      process.off('SIGINT', onSigint);
    }
    if (!stats) return;
    if (flags.json) return printJson(stats);
    if (flags.quiet) return;
    const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
    out(
      [
        `Indexed ${stats.root}`,
        `  modules  ${stats.modules} (from ${stats.discovery})`,
        `  files    ${stats.files} (${stats.parsed} parsed, ${stats.unchanged} unchanged, ${stats.removed} removed)`,
        `  skipped  ${skipped || 'none'}`,
        `  symbols  ${stats.symbols}, edges ${stats.edges}, commits ${stats.commits} (history: ${stats.history})`,
        `  time     ${(stats.elapsedMs / 1000).toFixed(2)} s on ${stats.threads} thread${stats.threads === 1 ? '' : 's'} -> ${stats.dbPath}`,
      ].join('\n'),
    );
    // Until a model is trained, `ask` answers with lexical alone; training takes seconds and is the
    // largest gain a user can get (see the README's measured figures), so say it once, here.
    if (!existsSync(join(dirname(stats.dbPath), ROUTER_MODEL_FILE))) {
      out(`Next: modroute ask "<requirement>"; modroute train learns from this repository in seconds, and ask then uses it`);
    }
  });
