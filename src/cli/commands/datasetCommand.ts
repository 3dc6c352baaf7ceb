import { Command, Option } from 'commander';
import { buildDataset, resolveFormats } from '../../api/buildDataset.ts';
import { candidateGoldModes, type CandidateGold } from '../../dataset/attachCandidates.ts';
import { formatNames } from '../../dataset/exporters/exporterRegistry.ts';
import { formatExample } from '../../dataset/formatExample.ts';
import { UsageError } from '../../errors.ts';
import { rngFor } from '../../util/random.ts';
import { type CommonOptions, parsePositiveInt, parseSeed, withCommon } from '../commonOptions.ts';
import { err, out, printJson, table } from '../output.ts';

interface DatasetFlags extends CommonOptions {
  out?: string;
  format?: string[];
  seed: number;
  maxTokens?: number;
  long: 'drop' | 'truncate';
  preview?: number;
  maxPerModule?: number;
  minPerModule?: number;
  wordnet: boolean;
  name?: string;
  candidates?: number;
  candidatesGold: CandidateGold;
}

const collectFormats = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export const datasetCommand = () =>
  withCommon(
    new Command('dataset')
      .summary('generate fine-tuning data (prompt → reasoning + answer) from the graph')
      .description(
        'Generate an SFT dataset from the module graph and history: templates, symbols, doc comments, commits and ' +
          'dependency edges; augmentation; leakage-free train/val/test splits; near-duplicate removal. ' +
          '`modroute dataset stats` prints statistics without writing; --preview N prints N examples.',
      )
      .argument('[action]', 'stats: print statistics only')
      .option('-o, --out <dir>', 'output directory (replaced atomically; only an empty dir or a previous dataset)')
      .option('-f, --format <name>', `format to write, repeatable or comma-separated: ${formatNames.join(', ')} (default: all)`, collectFormats)
      .option('--seed <n>', 'random seed: the same seed and index give the same dataset', parseSeed, 1)
      .option('--max-tokens <n>', 'prompt length limit in approximate tokens (characters / 4)', parsePositiveInt('--max-tokens'))
      .addOption(new Option('--long <mode>', 'what to do with prompts over --max-tokens').choices(['drop', 'truncate']).default('drop'))
      .option('--preview <n>', 'print N random examples (seeded) as a reader sees them', parsePositiveInt('--preview'))
      .option('--max-per-module <n>', 'cap on training examples per module', parsePositiveInt('--max-per-module'))
      .option('--min-per-module <n>', 'balancing target: augment until a module has this many training examples', parsePositiveInt('--min-per-module'))
      .option('--name <name>', 'repository name used in the system prompt and the card (default: directory name)')
      .option('--no-wordnet', 'synonyms from the repository vocabulary only (skip WordNet)')
      .option('--candidates <k>', 'add the lexical top K candidate cards to every prompt, exactly as `ask --shortlist K` (and rag, K=10) show them', parsePositiveInt('--candidates'))
      .addOption(new Option('--candidates-gold <mode>', 'natural: the shortlist as lexical ranks it; ensure: missing gold modules are put among the train split\'s cards (val/test stay natural)').choices([...candidateGoldModes]).default('natural')),
  ).action(async (action: string | undefined, flags: DatasetFlags) => {
    if (action !== undefined && action !== 'stats') throw new UsageError(`Unknown dataset action: ${action}`, 'Use `modroute dataset stats`, or no action with --out DIR.');
    const formats = resolveFormats(flags.format);
    const statsOnly = action === 'stats';
    if (!statsOnly && !flags.out && flags.preview === undefined) {
      throw new UsageError('Nothing to do: pass --out DIR to write the dataset', 'Or `modroute dataset stats`, or `--preview N` to look at examples.');
    }
    const built = await buildDataset({
      ...(flags.repo ? { repo: flags.repo } : {}),
      ...(flags.db ? { db: flags.db } : {}),
      ...(flags.out && !statsOnly ? { out: flags.out } : {}),
      formats,
      ...(flags.name ? { name: flags.name } : {}),
      seed: flags.seed,
      longPrompts: flags.long,
      wordnet: flags.wordnet,
      ...(flags.maxTokens ? { maxTokens: flags.maxTokens } : {}),
      ...(flags.maxPerModule ? { caps: { train: flags.maxPerModule, val: Math.ceil(flags.maxPerModule / 6), test: Math.ceil(flags.maxPerModule / 6) } } : {}),
      ...(flags.minPerModule ? { minTrainPerModule: flags.minPerModule } : {}),
      ...(flags.candidates ? { candidates: { k: flags.candidates, gold: flags.candidatesGold } } : {}),
    });
    const { stats } = built;
    const preview = flags.preview ? rngFor(flags.seed, 'preview').shuffle(built.dataset.examples).slice(0, flags.preview) : [];
    if (flags.json) {
      printJson({ stats, ...(built.candidates ? { candidates: built.candidates } : {}), ...(built.written ? { written: built.written } : {}), ...(preview.length ? { preview } : {}) });
      return;
    }
    if (preview.length) out(preview.map((e, i) => formatExample(e, i + 1)).join('\n'));
    if (statsOnly) {
      out(built.card);
      return;
    }
    const thin = stats.modules.filter((m) => m.thin || m.belowTarget);
    if (!flags.quiet) {
      err(`${stats.total} examples (train ${stats.splits.train}, val ${stats.splits.val}, test ${stats.splits.test}) for ${stats.modules.length} modules in ${(stats.elapsedMs / 1000).toFixed(1)} s`);
      if (thin.length) err(`thin modules (see the card): ${thin.map((m) => m.id).join(', ')}`);
      const c = built.candidates;
      if (c) err(`candidates: the lexical top ${c.k} held every gold module for ${c.goldInShortlist} of ${c.examples} examples (${((100 * c.goldInShortlist) / Math.max(1, c.examples)).toFixed(1)}%)${c.gold === 'ensure' ? `; gold cards inserted in ${c.goldInserted} train examples` : ''}`);
    }
    if (built.written) {
      const dir = built.written.dir;
      // --quiet: the written paths alone, one per line, for a script to read.
      if (flags.quiet) out(built.written.files.map((f) => `${dir}/${f}`).join('\n'));
      else out(table(['file', 'format'], built.written.files.map((f) => [`${dir}/${f}`, f.split('/')[0] ?? ''])));
    }
  });
