import { Command, InvalidArgumentError, Option } from 'commander';
import { trainEngines, trainModel, type TrainEngine, type TrainSummary } from '../../api/trainModel.ts';
import { type CommonOptions, parseSeed, withCommon } from '../commonOptions.ts';
import { err, out, printJson } from '../output.ts';
import { createTrainProgress } from '../renderTrainProgress.ts';

interface TrainFlags extends CommonOptions {
  engine: TrainEngine;
  seed: number;
  timeBudget?: number;
  asOf?: string;
  refineReranker?: boolean;
}

const parseSeconds = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`--time-budget must be a positive number of seconds, got "${value}"`);
  return n;
};

export const trainCommand = () =>
  withCommon(
    new Command('train')
      .summary('train a model on this repository')
      .description('Train the router (a classifier over the requirement\'s words plus a reranker of lexical candidates) from pseudo-queries made from the code and from the git history; it is saved beside the index and `ask` uses it by default (backends router and hybrid).')
      .addOption(new Option('--engine <name>', 'trainer engine').choices(trainEngines).default('router'))
      .addOption(new Option('--seed <n>', 'random seed: the same seed gives the same model').argParser(parseSeed).default(1))
      .addOption(new Option('--time-budget <seconds>', 'stop training after this long, keeping the best model so far').argParser(parseSeconds))
      .option('--as-of <date|commit>', 'learn only from history before this date or commit (then evaluate on later requests)')
      .option('--refine-reranker', 'also refine the shipped reranker on this repository\'s older commits, kept if it wins on the newest ones (off by default: it tends to overfit)'),
  ).action(async (flags: TrainFlags) => {
    const quiet = Boolean(flags.quiet || flags.json);
    let result: TrainSummary | undefined;
    const progress = createTrainProgress({ tty: Boolean(process.stderr.isTTY), write: (text) => process.stderr.write(text) });
    for await (const e of trainModel({ repo: flags.repo, db: flags.db, engine: flags.engine, seed: flags.seed, ...(flags.timeBudget ? { timeBudgetS: flags.timeBudget } : {}), ...(flags.asOf ? { asOf: flags.asOf } : {}), ...(flags.refineReranker ? { refineReranker: true } : {}) })) {
      if (e.kind === 'epoch') {
        if (!quiet) progress.epoch(e);
        continue;
      }
      progress.settle();
      if (e.kind === 'done') result = e.result;
      else if (e.kind === 'warning') {
        if (!flags.quiet) err(`warning: ${e.message}`);
      } else if (!quiet) err(`${e.message}…`);
    }
    progress.settle();
    if (!result) return;
    if (flags.json) return printJson(result);
    if (flags.quiet) return;
    const s = result.summary;
    // No validation examples (a one-module index): a 0.0% would read as a measurement.
    const measured = Number(s.validationExamples) > 0;
    const pct = (x: unknown) => (typeof x === 'number' && measured ? `${(x * 100).toFixed(1)}%` : 'n/a');
    out(
      [
        `Trained ${result.engine} in ${(result.elapsedMs / 1000).toFixed(1)} s -> ${result.path} (${(result.bytes / 1024).toFixed(0)} KB)`,
        `  examples   ${String(s.codeExamples)} from code, ${String(s.historyExamples)} from history; validation: ${String(s.validationExamples)} ${String(s.validation)}`,
        `  reranker   ${String(s.rerankerSource)} (val Acc@1 shipped ${pct(s.shippedValAcc1)}${s.refinedValAcc1 !== undefined ? `, refined ${pct(s.refinedValAcc1)}` : ''}${s.lexicalValAcc1 !== undefined ? `, lexical order ${pct(s.lexicalValAcc1)}` : ''}); hybrid fusion β ${String(s.fusionBeta)}`,
        ...(s.validation === 'newest commits'
          ? []
          : [`  note       with ${Number(s.historyExamples) === 0 ? 'no' : 'too little'} commit history, hybrid is lexical's candidates reordered by the shipped reranker${Number(s.fusionBeta) === 0 ? ' (β 0: the classifier is only one of the reranker features)' : ''}; train again once commits touch the modules, and it learns from them`]),
      ].join('\n'),
    );
  });
