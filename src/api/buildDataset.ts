import { basename } from 'node:path';
import { backendRegistry } from '../backends/registry.ts';
import { UsageError } from '../errors.ts';
import { attachCandidates, type CandidateGold, type CandidateStats } from '../dataset/attachCandidates.ts';
import { computeStats, type DatasetStats } from '../dataset/computeStats.ts';
import { exporterRegistry, formatNames, isFormatName, type FormatName } from '../dataset/exporters/exporterRegistry.ts';
import { moduleCard } from '../dataset/routingChat.ts';
import { generateDataset, type Dataset, type DatasetOptions } from '../dataset/generateDataset.ts';
import { renderCard } from '../dataset/renderCard.ts';
import { writeDataset, type WrittenDataset } from '../dataset/writeDataset.ts';
import { readBackendConfig, withBackendConfig } from '../config/readBackendConfig.ts';
import { openIndex } from './openIndex.ts';

export interface BuildDatasetOptions extends Partial<DatasetOptions> {
  repo?: string;
  db?: string;
  /** Output directory; without it nothing is written (stats and preview only). */
  out?: string;
  /** Formats to write (default: all of them). */
  formats?: string[];
  /** Repository name in the system prompt and the card (default: the repository directory's name). */
  name?: string;
  /**
   * Candidate cards in every prompt: the lexical top `k`, as `--shortlist k` shows them at
   * inference; `gold: 'ensure'` puts missing gold modules among the train split's cards.
   */
  candidates?: { k: number; gold: CandidateGold };
}

export interface BuiltDataset {
  dataset: Dataset;
  stats: DatasetStats;
  /** The card (markdown) written as README.md of the output. */
  card: string;
  written?: WrittenDataset;
  formats: FormatName[];
  /** With `candidates`: how often the lexical shortlist held the gold module(s). */
  candidates?: CandidateStats;
}

/** Checks format names against the exporter registry (UsageError, exit 2, for an unknown one). */
export function resolveFormats(requested: readonly string[] | undefined): FormatName[] {
  if (!requested?.length) return [...formatNames];
  const bad = requested.filter((f) => !isFormatName(f));
  if (bad.length) throw new UsageError(`Unknown dataset format: ${bad.join(', ')}`, `Use one of: ${formatNames.join(', ')} (all by default).`);
  return [...new Set(requested)] as FormatName[];
}

/**
 * Generates the fine-tuning dataset for an indexed repository and, with `out`, writes every
 * requested format, a dataset card (README.md) and a manifest (dataset.json) atomically.
 * @example const { stats } = await buildDataset({ repo: '.', out: 'dataset', seed: 7 });
 */
export async function buildDataset(options: BuildDatasetOptions = {}): Promise<BuiltDataset> {
  const formats = resolveFormats(options.formats);
  const { repo, db, out, name, formats: _formats, candidates: candidateOptions, ...generation } = options;
  const index = await openIndex({ ...(repo ? { repo } : {}), ...(db ? { db } : {}) });
  try {
    // Validated like every command's (a misspelled section is an error here too); the candidates'
    // lexical search uses the config's tunables, as `ask` does.
    const config = withBackendConfig(await readBackendConfig(index.info.root));
    const graph = index.graph();
    const dataset = await generateDataset(graph, generation);
    let candidates: CandidateStats | undefined;
    if (candidateOptions) {
      const lexical = await backendRegistry.lexical.create({ graph, storeDir: index.info.storeDir, options: config });
      const nodes = new Map(graph.modules.map((m) => [m.id as string, m]));
      try {
        const r = await attachCandidates(
          dataset.examples,
          { ...candidateOptions, seed: dataset.options.seed },
          async (query, k) => (await lexical.ask(query, { top: k })).modules.map((m) => m.id),
          (id) => {
            const node = nodes.get(id);
            return node ? moduleCard(node) : undefined;
          },
        );
        dataset.examples = r.examples;
        candidates = r.stats;
      } finally {
        await lexical.dispose?.();
      }
    }
    const stats = computeStats(dataset);
    const repoName = name ?? basename(index.info.root);
    const generatedAt = new Date().toISOString();
    const card = renderCard(stats, { repo: repoName, options: dataset.options, formats, ...(candidates ? { candidates } : {}) });
    let written: WrittenDataset | undefined;
    if (out) {
      const manifest = {
        tool: 'modroute dataset',
        version: 1,
        repo: repoName,
        fingerprint: graph.fingerprint,
        generatedAt,
        formats: Object.fromEntries(formats.map((f) => [f, exporterRegistry[f].summary])),
        answerFormat: 'ANSWER: <module id>[, <module id>]',
        ...(candidates ? { candidates } : {}),
        tokens: 'approximate: ceil(characters / 4)',
        options: dataset.options,
        stats,
      };
      written = writeDataset(out, dataset, formats, { repoName }, { card, manifest });
    }
    return { dataset, stats, card, formats, ...(written ? { written } : {}), ...(candidates ? { candidates } : {}) };
  } finally {
    index.close();
  }
}
