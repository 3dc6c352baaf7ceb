import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { ROUTER_MODEL_FILE } from '../../train/routerModelFormat.ts';
import type { IndexStats } from '../../api/IndexEvent.ts';
import { indexRepository } from '../../api/indexRepository.ts';
import { watchRepository, type WatchEvent } from '../../api/watchRepository.ts';
import { type CommonOptions, parsePositiveInt, withCommon } from '../commonOptions.ts';
import { out, printJson } from '../output.ts';
import { createProgressRenderer } from '../renderProgress.ts';

/** Below this many commits of history, `train` is said to have little to learn from. */
const FEW_COMMITS = 20;
/** Files outside every discovered module from which `index` names their folders. */
const OUTSIDE_NOTE_FILES = 20;

/** A discovered module this big (and a fifth of the files or more) gets a note on choosing finer modules. */
const BIG_MODULE_FILES = 200;
/** …or a smaller one holding most of the code (Mojolicious' lib: 109 of 164 code files, and no note). */
const MOST_OF_THE_CODE = { files: 50, share: 0.5 };
/** …or a small repository's module holding three in five of its code files (Rack's lib/rack: 42 of 66, and no note). */
const MOST_OF_A_SMALL_TREE = { files: 30, share: 0.6 };
/** …or a tiny tree's module holding seven in ten (got's source/: 23 of 31, in three subfolders discovery kept whole). */
const MOST_OF_A_TINY_TREE = { files: 20, share: 0.7 };
/**
 * …or a flat folder of one-concern files holding two in five of the code (fastify's lib/: 30 of 73, echo's middleware/:
 * 28 of 44, Dapper's Dapper/: 51 of 103; each review asked for a module per file, and none had the note).
 */
const FLAT_FOLDER = { files: 25, share: 0.4 };
/** …or a flat folder of fewer holding three in five of the code (jinja's src/jinja2: 24 of 35, and no note). */
const FLAT_PACKAGE = { files: 15, share: 0.6 };
/** Source files no extractor reads: said when they are many and a tenth of the code (an OCaml or Julia tree). */
const UNREAD_NOTE = { files: 20, share: 0.1 };

interface IndexFlags extends CommonOptions {
  modules?: string;
  rebuild?: boolean;
  threads?: number;
  watch?: boolean;
  cache?: boolean;
}

export const indexCommand = () =>
  withCommon(
    new Command('index')
      .summary('build or update the module knowledge graph')
      .description('Discover modules, parse every file with tree-sitter, resolve imports to module edges, read git history, and store it all in SQLite. A second run re-parses only changed files.')
      .argument('[dir]', 'repository directory (same as --repo)')
      .option('--modules <file>', 'explicit module list: JSON array of {id, path} (or {"modules": [...]})')
      .option('--rebuild', 'start over instead of updating (also replaces a corrupt index)')
      .option('--threads <n>', 'parser threads (default: number of cores)', parsePositiveInt('--threads'))
      .option('--no-cache', 'do not build the search index now (the first ask builds it instead)')
      .option('--watch', 'after indexing, keep the index up to date as files change, until Ctrl-C (one line per re-index; --json: one JSON object per line)'),
  ).action(async (dir: string | undefined, flags: IndexFlags) => {
    if (flags.watch) return watch(dir, flags);
    const progress = await createProgressRenderer({ quiet: Boolean(flags.quiet), json: Boolean(flags.json), tty: Boolean(process.stderr.isTTY) });
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let stats: IndexStats | undefined;
    try {
      for await (const event of indexRepository({
        repo: dir ?? flags.repo, db: flags.db, modulesFile: flags.modules, rebuild: flags.rebuild, threads: flags.threads, warmCache: flags.cache !== false, signal: controller.signal,
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
    printSummary(stats);
  });

function printSummary(stats: IndexStats): void {
  // Vendored and hidden are whole directories left unread; the rest count files.
  const dirs = new Set(['vendored', 'hidden']);
  // Files skipped when read are named (a few, the largest first), files outside every module by their folders (the
  // counts adding up to the total: faraday's 32 had read ".github/ 9, bin/ 3, .ai/ 1").
  const unowned = stats.outsideModules;
  const namesOf = (k: string, n: number): string => {
    const names = k === 'outside-modules' && unowned !== undefined
      ? [
          ...unowned.byFolder.slice(0, 3).map(([folder, count]) => `${folder}/ ${count}`),
          ...(unowned.byFolder.length > 3 ? [`${unowned.byFolder.slice(3).reduce((a, [, c]) => a + c, 0)} in ${unowned.byFolder.length - 3} more folder${unowned.byFolder.length === 4 ? '' : 's'}`] : []),
          ...(unowned.rootFiles > 0 ? [`${unowned.rootFiles} at the root`] : []),
        ]
      : (stats.skippedFiles?.[k] ?? []);
    const shown = k === 'vendored' ? names.map((d) => `${d}/`) : names;
    return shown.length === 0 ? '' : ` (${shown.join(', ')}${k !== 'outside-modules' && n > names.length ? ', …' : ''})`;
  };
  // (vendored folders named too: three reviews could not tell which they were)
  const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}${dirs.has(k) ? ` dir${n === 1 ? '' : 's'}` : ''}${k === 'hidden' ? '' : namesOf(k, n)}`).join(', ');
  out(
    [
      `Indexed ${stats.root}`,
      `  modules  ${stats.modules} (from ${stats.discovery})`,
      `  files    ${stats.files} (${stats.parsed} parsed, ${stats.unchanged} unchanged, ${stats.removed} removed)`,
      `  skipped  ${skipped || 'none'}${stats.listedFoldersOnly ? " (only the listed modules' folders were read: files elsewhere are neither indexed nor counted)" : ''}`,
      `  symbols  ${stats.symbols}, edges ${stats.edges}, commits ${stats.commits} (history: ${stats.history}${stats.historyCapped !== undefined ? `, the newest ${stats.historyCapped}: history.maxCommits in modroute.config.json reads more` : ''})`,
      `  time     ${(stats.elapsedMs / 1000).toFixed(2)} s on ${stats.threads} thread${stats.threads === 1 ? '' : 's'} -> ${stats.dbPath}`,
    ].join('\n'),
  );
  const big = stats.largestModule;
  const holdsMost = (rule: { files: number; share: number }): boolean => big !== undefined && big.files >= rule.files && big.files >= rule.share * big.of;
  const tooBig =
    big !== undefined &&
    ((big.files >= BIG_MODULE_FILES && big.files >= 0.2 * big.of) || holdsMost(MOST_OF_THE_CODE) || holdsMost(MOST_OF_A_SMALL_TREE) || holdsMost(MOST_OF_A_TINY_TREE) || (big.flatExtension !== undefined && (holdsMost(FLAT_FOLDER) || holdsMost(FLAT_PACKAGE))));
  if (big && tooBig && stats.modules > 1 && stats.discovery !== 'list' && stats.discovery !== 'config') {
    // An answer naming a module of hundreds of files tells a developer little; discovery cannot know the
    // granularity they think in, so say how to choose it.
    const glob = big.branchesAt === '' ? '*' : `${big.branchesAt}/*`;
    // A flat folder has few subfolders to cut: "src/*" alone would leave its files outside every module.
    const example = big.flatExtension !== undefined ? `"${glob}${big.flatExtension}" for a module per file, with "${glob}" for its folders` : `"${glob}"`;
    out(`  note     ${big.id} holds ${big.files} of ${big.of} code files: an answer naming it says little. For finer modules, split it with "split" globs in modroute.config.json (e.g. ${example}; the other modules stay as found), or list every module with --modules FILE.`);
  }
  const unread = stats.withoutExtractor;
  if (unread && unread.files >= UNREAD_NOTE.files && unread.files >= UNREAD_NOTE.share * unread.of) {
    const which = unread.byExtension.slice(0, 4).map(([ext, n]) => `${ext} ${n}`).join(', ');
    out(`  note     ${unread.files} of ${unread.of} source files (${which}) are in languages modroute does not parse: they are found by their path and words only (no symbols, docs or module edges).`);
  }
  // (lwt's review: 118 files parsed with errors, and nothing said so)
  const broken = stats.parseErrors;
  if (broken) {
    const more = broken.files > broken.examples.length ? ', …' : '';
    out(`  note     ${broken.files} of ${broken.of} parsed files had syntax the parser could not read (${broken.examples.join(', ')}${more}): their symbols, docs and imports were read where the tree allowed.`);
  }
  // With no root module, discovery leaves a top-level folder of fewer than five files to no module: say so where a
  // request might concern them; a module list chose its folders, and is told about uncovered source instead.
  const outside = stats.outsideModules;
  if (outside && outside.files >= OUTSIDE_NOTE_FILES && stats.discovery !== 'list' && stats.discovery !== 'config') {
    const which = outside.byFolder.slice(0, 4).map(([folder, n]) => `${folder}/ ${n}`).join(', ');
    const atRoot = outside.rootFiles > 0 ? `, nor ${outside.rootFiles} file${outside.rootFiles === 1 ? '' : 's'} at the root` : '';
    out(`  note     ${outside.files} files in folders no module holds (${which}) are not indexed${atRoot}: a request about them has no module to name. To include them, list modules with --modules FILE or "modules" globs in modroute.config.json.`);
  }
  // Until a model is trained, `ask` answers with lexical alone; training takes seconds and is the
  // largest gain a user can get (see the README's measured figures), so say it once, here.
  if (stats.modules === 0) {
    out('Next: nothing to ask about yet: add source files, or name the module directories in modroute.config.json ({"modules": ["src/*"]})');
  } else if (!existsSync(join(dirname(stats.dbPath), ROUTER_MODEL_FILE))) {
    // Without history the model learns from the code alone, and on such trees it rarely moves lexical's answers.
    const thin = stats.commits < FEW_COMMITS ? ` (with ${stats.commits} commit${stats.commits === 1 ? '' : 's'} of history it has little to learn from yet)` : '';
    out(`Next: modroute ask "<requirement>"; modroute train learns from this repository in seconds, and ask then uses it${thin}`);
  }
}

/** `index --watch`: the first index as usual, then one line (or JSON object) per re-index until SIGINT or SIGTERM. */
async function watch(dir: string | undefined, flags: IndexFlags): Promise<void> {
  const progress = await createProgressRenderer({ quiet: Boolean(flags.quiet), json: Boolean(flags.json), tty: Boolean(process.stderr.isTTY) });
  const controller = new AbortController();
  // Ending the loop, not the process: the run in flight rolls back, then the store closes and the lock goes.
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for await (const event of watchRepository({
      repo: dir ?? flags.repo, db: flags.db, modulesFile: flags.modules, rebuild: flags.rebuild, threads: flags.threads, warmCache: flags.cache !== false, signal: controller.signal,
    })) {
      if (event.kind === 'phase' || event.kind === 'progress' || event.kind === 'warning') {
        progress.onEvent(event);
        continue;
      }
      if (event.kind === 'done') progress.stop();
      renderWatchEvent(event, flags);
    }
  } finally {
    progress.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

function renderWatchEvent(event: Exclude<WatchEvent, { kind: 'phase' | 'progress' | 'warning' }>, flags: IndexFlags): void {
  if (flags.quiet) return;
  if (flags.json) {
    if (event.kind === 'done') out(JSON.stringify({ event: 'indexed', ...event.stats }));
    else if (event.kind === 'watching') out(JSON.stringify({ event: 'watching', mode: event.mode, directories: event.directories, ...(event.reason ? { reason: event.reason } : {}) }));
    else if (event.kind === 'cached') out(JSON.stringify({ event: 'cached', elapsedMs: event.elapsedMs }));
    else out(JSON.stringify({ event: 'reindexed', paths: event.paths.length, changed: event.changed, ...event.stats }));
    return;
  }
  if (event.kind === 'cached') return out(`search index rebuilt in ${event.elapsedMs} ms`);
  if (event.kind === 'done') return printSummary(event.stats);
  if (event.kind === 'watching') {
    const how = event.mode === 'events' ? `${event.directories} director${event.directories === 1 ? 'y' : 'ies'}` : `by polling (${event.reason ?? 'as asked'})`;
    return out(`Watching ${how} for changes; Ctrl-C stops`);
  }
  if (!event.changed) return; // an event on an ignored file, or a save that changed nothing
  const { stats } = event;
  const files = stats.parsed + stats.rewritten + stats.removed;
  const parts = [`re-indexed ${files} file${files === 1 ? '' : 's'}`];
  if (stats.removed) parts.push(`(${stats.removed} removed)`);
  if (event.history) parts.push('and history');
  out(`${parts.join(' ')} in ${stats.elapsedMs} ms`);
}
