import { chineseGlosses, chineseWordsFor } from './chineseGlosses.ts';
import type { ExpansionSources } from './expandQuery.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';
import { isDictionaryWord, wordnetSynonyms } from './wordnetSynonyms.ts';

/**
 * What a search with these options reads outside the index: WordNet's synonyms, its dictionary for telling
 * typos from words, and the Chinese glosses, each only when its option is on. Every caller that searches
 * for real (backends, training, benches) takes them from here; tests may inject their own.
 */
export const expansionSources = (options: LexicalOptions): ExpansionSources => ({
  ...(options.wordnet.enabled ? { synonyms: wordnetSynonyms } : {}),
  ...(options.typos.enabled ? { dictionary: isDictionaryWord } : {}),
  ...(options.translations.enabled ? { translator: chineseGlosses, chineseWords: chineseWordsFor } : {}),
});
