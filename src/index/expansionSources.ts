import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { chineseGlosses, chineseWordsFor } from './chineseGlosses.ts';
import type { ExpansionSources } from './expandQuery.ts';
import type { ReadText } from './scorePhrases.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';
import { isDictionaryWord, isOrdinaryWord, wordnetSynonyms } from './wordnetSynonyms.ts';

/**
 * What a search with these options reads outside the index: WordNet's synonyms, its dictionary for telling
 * typos from words, the Chinese glosses, and the repository's files under `root` (where quoted phrases are
 * looked for), each only when its option is on. Every caller that searches for real (backends, training,
 * benches) takes them from here; tests may inject their own.
 */
export const expansionSources = (options: LexicalOptions, root?: string): ExpansionSources => ({
  ...(options.wordnet.enabled ? { synonyms: wordnetSynonyms } : {}),
  ...(options.typos.enabled ? { dictionary: isDictionaryWord, ordinaryWord: isOrdinaryWord } : {}),
  ...(options.translations.enabled ? { translator: chineseGlosses, chineseWords: chineseWordsFor } : {}),
  ...(options.phrases.weight > 0 && root !== undefined && root !== '' ? { readText: repositoryReader(root) } : {}),
});

/**
 * Reads a repository's files by their repo-relative paths; a path outside the root, a file over `maxBytes`
 * (looked at before reading), or one that fails reads as nothing.
 */
export const repositoryReader = (root: string): ReadText => {
  const base = resolve(root);
  return (path, maxBytes) => {
    const full = resolve(base, path);
    if (full !== base && !full.startsWith(base + sep)) return undefined;
    try {
      if (statSync(full).size > maxBytes) return undefined;
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  };
};
