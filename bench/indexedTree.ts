// A bench or corpus tree indexed into a store outside the repository, reused across runs.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { indexRepository } from '../src/api/indexRepository.ts';
import { openIndex } from '../src/api/openIndex.ts';
import type { IndexStats } from '../src/api/IndexEvent.ts';
import { EXTRACTION_VERSION } from '../src/graph/parse/extractionVersion.ts';
import { RESOLVER_VERSION } from '../src/graph/createImportResolver.ts';
import { SUMMARY_VERSION } from '../src/graph/summarizeModule.ts';
import { README_RULES_VERSION } from '../src/graph/readModuleReadme.ts';
import { fetchTree } from './fetchTree.ts';

/** Where stores (and pruned tree copies) live: $MODROUTE_BENCH_CACHE or ~/.cache/modroute-bench. */
export const benchCacheDir = process.env.MODROUTE_BENCH_CACHE ?? join(homedir(), '.cache', 'modroute-bench');

/**
 * Directories under a module root that are copies of the same tree (source.json notes). With an
 * explicit module list the walk already stops at the module roots, but a root module (`dist`) would
 * otherwise own these copies through the longest-prefix rule, so they are pruned from a copy.
 */
const PRUNE: Record<string, string[]> = { hono: ['dist/cjs', 'dist/types'] };

export interface IndexedTree {
  name: string;
  root: string;
  db: string;
  modulesFile: string;
  casesFile: string;
  /** Stats of the indexing run, or undefined when the store was reused. */
  stats?: IndexStats;
}

/** False when the store can't be opened by this modroute (e.g. an older schema): then it is rebuilt. */
const opens = async (repo: string, db: string): Promise<boolean> => {
  try {
    (await openIndex({ repo, db })).close();
    return true;
  } catch {
    return false;
  }
};

/** Bump to re-index every cached store (an extractor, resolver or summary change does so by its own version). */
const STORE_VERSION = '2';

export async function indexedTree(kind: 'bench' | 'corpus', name: string, options: { rebuild?: boolean } = {}): Promise<IndexedTree> {
  const tree = fetchTree(kind, name);
  const home = join(benchCacheDir, kind, name);
  mkdirSync(home, { recursive: true });
  let root = tree.dir;
  const prune = PRUNE[name];
  if (prune) {
    root = join(home, 'tree');
    if (!existsSync(root)) {
      cpSync(tree.dir, root, { recursive: true, filter: (src) => !prune.includes(relative(tree.dir, src)) });
    }
  }
  const db = join(home, 'index.db');
  const stamp = join(home, 'stamp.json');
  const wanted = JSON.stringify({ version: STORE_VERSION, extraction: EXTRACTION_VERSION, resolver: RESOLVER_VERSION, summary: SUMMARY_VERSION, readme: README_RULES_VERSION, npm: tree.source.npm, root });
  const fresh = existsSync(db) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted;
  const out: IndexedTree = { name, root, db, modulesFile: tree.modulesFile, casesFile: tree.casesFile };
  if (fresh && !options.rebuild && (await opens(root, db))) return out;
  for await (const event of indexRepository({ repo: root, db, modulesFile: tree.modulesFile, rebuild: true })) {
    if (event.kind === 'done') out.stats = event.stats;
  }
  writeFileSync(stamp, wanted);
  return out;
}

export const corpusNames = ['echarts', 'eslint', 'hono', 'mongoose', 'ol', 'playcanvas', 'stylelint', 'undici', 'webpack'] as const;
