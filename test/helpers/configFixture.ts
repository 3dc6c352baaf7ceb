import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeGitRepo } from './gitFixture.ts';

/** Two modules, `src/roads` (declares zebraCrossing) and `src/rivers`: the repository the config tests edit. */
export const makeConfigRepo = (): string =>
  makeGitRepo([{
    message: 'init',
    date: '2024-01-01T00:00:00Z',
    files: {
      'modroute.config.json': JSON.stringify({ modules: ['src/*'] }),
      'src/roads/signals.ts': 'export function zebraCrossing(): number {\n  return 1;\n}\n',
      'src/rivers/bridges.ts': 'export const span = 2;\n',
    },
  }]);

/** Rewrites the repository's config with `modules: ["src/*"]` plus the given sections. */
export const writeConfig = (repo: string, sections: Record<string, unknown> = {}): void =>
  writeFileSync(join(repo, 'modroute.config.json'), JSON.stringify({ modules: ['src/*'], ...sections }));
