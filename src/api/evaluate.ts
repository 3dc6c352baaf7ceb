import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError } from '../errors.ts';
import { computeMetrics } from '../eval/computeMetrics.ts';
import type { EvalCase, Prediction } from '../eval/EvalCase.ts';
import { readCases } from '../eval/readCases.ts';
import type { EvalReport } from '../eval/reporters/Reporter.ts';
import { stripCommitPrefix } from '../util/stripCommitPrefix.ts';
import { modrouteVersion } from '../util/modrouteVersion.ts';
import { openSession, type SessionOptions } from './openSession.ts';

export interface EvaluateOptions extends SessionOptions {
  casesFile: string;
  /** Backends to compare in one run (default: auto). */
  backends?: string[];
  /** How many modules each backend ranks per case (metrics need 10). */
  top?: number;
  minAcc1?: number;
  /** Ignore case dates (by default a case with a date or commit sees only history before it). */
  ignoreDates?: boolean;
  /** Case fields to break the metrics down by (`style` → subsets `style=user`, `style=dev`). */
  by?: string[];
  onProgress?: (done: number, total: number, backend: string) => void;
}

/**
 * Runs every case through each backend and scores the rankings (eval/ does the scoring and never
 * runs a backend). Cases with a `date` or `commit` see only history before that point.
 */
export async function evaluate(options: EvaluateOptions): Promise<EvalReport> {
  let text: string;
  try {
    text = readFileSync(options.casesFile, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read cases file ${options.casesFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { cases, errors } = readCases(text, basename(options.casesFile));
  if (cases.length === 0) {
    throw new UsageError(`No valid cases in ${options.casesFile}`, 'Each line must be JSON like {"query": "...", "modules": ["module/id"]}.');
  }
  for (const field of options.by ?? []) {
    if (!cases.some((c) => c.fields?.[field] !== undefined)) {
      throw new UsageError(`No case in ${options.casesFile} has a field "${field}" to break the results down by`, 'Give --by a field the case lines carry, such as "style" in {"query": "...", "modules": [...], "style": "user"}.');
    }
  }
  const session = await openSession(options);
  try {
    const validIds = new Set<string>(session.index.graph().modules.map((m) => m.id));
    const runs: EvalReport['runs'] = [];
    for (const requested of options.backends?.length ? options.backends : ['auto']) {
      const { name } = await session.backend(requested);
      const predictions: Prediction[] = [];
      for (const [i, c] of cases.entries()) {
        // The backend auto chose answers every case, so a run measures one backend (ask's auto would
        // answer cases dated before the model's history with lexical).
        predictions.push(await predict(session, name, c, options));
        options.onProgress?.(i + 1, cases.length, name);
      }
      runs.push({ backend: name, metrics: computeMetrics(cases, predictions, validIds, options.by) });
    }
    // Said only when some query had a prefix to strip (the bench README asks runners to say so).
    const strippedCommitPrefix = cases.some((c) => stripCommitPrefix(c.query).stripped !== undefined);
    // A commit this repository lacks (cases written against another clone) cannot bound history: said, not hidden.
    const unboundedCases: { line: number; commit: string }[] = [];
    if (!options.ignoreDates) {
      for (const c of cases) {
        if (c.date !== undefined || c.commit === undefined) continue;
        if ((await session.resolveAsOf(c.commit).catch(() => undefined)) === undefined) unboundedCases.push({ line: c.line, commit: c.commit });
      }
    }
    const { root, head, fingerprint } = session.index.info;
    const context = { date: new Date().toISOString(), version: modrouteVersion(), repo: root, ...(head ? { head } : {}), fingerprint };
    return { casesFile: basename(options.casesFile), skipped: errors, minAcc1: options.minAcc1 ?? 0, strippedCommitPrefix, context, ...(unboundedCases.length > 0 ? { unboundedCases } : {}), runs };
  } finally {
    await session.dispose();
  }
}

async function predict(session: Awaited<ReturnType<typeof openSession>>, backend: string, c: EvalCase, options: EvaluateOptions): Promise<Prediction> {
  const point = options.ignoreDates ? undefined : (c.date ?? c.commit);
  // A commit this repository does not have (e.g. cases written against another clone) cannot bound
  // history; the case is still evaluated, without the bound.
  const asOf = point ? await session.resolveAsOf(point).catch(() => undefined) : undefined;
  const answer = await session.ask(c.query, { backend, top: options.top ?? 10, ...(asOf ? { asOf } : {}) }).catch((error: unknown) => {
    if (error instanceof UsageError) return undefined; // e.g. an empty query: a miss, not a crash
    throw error;
  });
  if (!answer) return { ranked: [], latencyMs: 0 };
  return {
    ranked: answer.modules.map((m) => m.id),
    latencyMs: answer.elapsedMs,
    reasons: Object.fromEntries(answer.modules.map((m) => [m.id, m.reason])),
  };
}
