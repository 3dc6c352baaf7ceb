import { join } from 'node:path';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir } from './gitFixture.ts';
import { runIndex } from './runIndex.ts';

/** A repository indexed with its own modules.json (into `db`, a fresh one by default), its edges as `from -> to`. */
export const listedEdges = async (repo: string, db = join(tempDir(), 'index.db')): Promise<string[]> => {
  await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
  const index = await openIndex({ repo, db });
  try {
    return index.graph().edges.map((e) => `${e.from} -> ${e.to}`);
  } finally {
    index.close();
  }
};
