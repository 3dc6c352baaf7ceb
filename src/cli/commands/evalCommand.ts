import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { evaluate } from '../../api/evaluate.ts';
import { htmlReporter } from '../../eval/reporters/htmlReporter.ts';
import { markdownReporter } from '../../eval/reporters/markdownReporter.ts';
import { textReporter } from '../../eval/reporters/textReporter.ts';
import { jsonReporter } from '../../eval/reporters/jsonReporter.ts';
import { unknownGoldNote } from '../../eval/reporters/withMeant.ts';
import { outcomesJsonl } from '../../eval/reporters/outcomesJsonl.ts';
import { UsageError } from '../../errors.ts';
import { type CommonOptions, withCommon } from '../commonOptions.ts';
import { err, out } from '../output.ts';
import { backendOptionsFrom, withBackendOptions, type BackendFlags } from './askCommand.ts';

interface EvalFlags extends CommonOptions, BackendFlags {
  backend: string[];
  report?: string;
  outcomes?: string;
  minAcc1?: number;
  ignoreDates?: boolean;
  by?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const evalCommand = () =>
  withCommon(withBackendOptions(
    new Command('eval')
      .summary('measure backends on cases with known answers')
      .description('Score backends on a JSONL file of {"query", "modules": [gold ids]} cases: Acc@1, Acc@5, MRR, recall@10, invalid ids, latency, by subset.')
      .argument('<cases.jsonl>', 'cases file (the shared/bench format)')
      .option('-b, --backend <name>', 'backend to evaluate; repeat to compare several', collect)
      .option('--report <dir>', 'write report.md and report.html (bar chart, per-module accuracy, worst misses) and outcomes.jsonl')
      .option('--outcomes <file>', 'write every case\'s outcome as JSON lines: backend, id, query, gold, rank, top 10, reasons')
      .option('--min-acc1 <x>', 'exit 1 when a backend scores below this Acc@1 (0..1)', (v: string) => {
        const x = Number(v);
        if (!(x >= 0 && x <= 1)) throw new UsageError(`--min-acc1 must be between 0 and 1, got ${v}`);
        return x;
      })
      .option('--ignore-dates', 'let every case see the whole history (by default a case sees only history before its date)')
      .option('--by <field>', 'also break the metrics down by each value of this field of the cases (e.g. style); repeatable', collect)),
  ).action(async (casesFile: string, flags: EvalFlags) => {
    const tty = Boolean(process.stderr.isTTY) && !flags.quiet && !flags.json;
    const report = await evaluate({
      repo: flags.repo, db: flags.db, casesFile, backendOptions: backendOptionsFrom(flags), backends: flags.backend, ...(flags.minAcc1 !== undefined ? { minAcc1: flags.minAcc1 } : {}),
      ignoreDates: Boolean(flags.ignoreDates),
      ...(flags.by?.length ? { by: flags.by } : {}),
      onProgress: tty ? (done, total, backend) => { if (done % 25 === 0 || done === total) process.stderr.write(`\r  ${backend}: ${done}/${total}`); } : undefined,
    });
    if (tty) process.stderr.write('\n');
    for (const e of report.skipped) err(`warning: ${casesFile}:${e.line}: ${e.reason} (skipped)`);
    for (const u of report.unboundedCases ?? []) err(`warning: ${casesFile}:${u.line}: commit ${u.commit} is not in this repository: the case was evaluated with all history`);
    // The text report lists them in its notes; JSON on stdout is for programs, so a person reading stderr hears it here.
    const first = report.runs[0]?.metrics;
    if (flags.json && first !== undefined && first.unknownGold > 0) {
      err(`warning: ${unknownGoldNote(first)}`);
    }
    if (flags.report) {
      mkdirSync(flags.report, { recursive: true });
      writeFileSync(join(flags.report, 'report.md'), markdownReporter(report).output);
      writeFileSync(join(flags.report, 'report.html'), htmlReporter(report).output);
      writeFileSync(join(flags.report, 'outcomes.jsonl'), outcomesJsonl(report));
      if (!flags.quiet) err(`report written to ${join(flags.report, 'report.html')}`);
    }
    if (flags.outcomes) {
      mkdirSync(dirname(resolve(flags.outcomes)), { recursive: true });
      writeFileSync(flags.outcomes, outcomesJsonl(report));
    }
    const rendered = (flags.json ? jsonReporter : textReporter)(report);
    out(rendered.output);
    process.exitCode = rendered.exitCode;
  });
