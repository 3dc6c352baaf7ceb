import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexicalIndex } from '../../index/buildLexicalIndex.ts';
import type { LexicalIndex } from '../../index/LexicalIndex.ts';
import type { LexicalOptions } from '../../index/lexicalDefaults.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../index/serializeLexicalIndex.ts';
import type { BackendContext } from '../Backend.ts';
import { writeFileAtomicSync } from '../../util/writeFileAtomicSync.ts';

/**
 * Building the index is most of a one-shot `modroute ask`; a copy is kept beside the store, keyed by
 * the graph fingerprint and the options, so the next process reads it back instead. A stale,
 * foreign or damaged cache is rebuilt and overwritten; a store we cannot write just goes uncached.
 * `lexical` and `hybrid` (its candidates) share the file `name` = lexical: same options, same index.
 */
export const loadLexicalIndex = (name: string, ctx: Pick<BackendContext, 'graph' | 'storeDir'>, options: LexicalOptions): LexicalIndex => {
  const file = join(ctx.storeDir, 'cache', `${name}.index`);
  // A store without term bags (written before they existed) builds an index without the code field.
  const fingerprint = ctx.graph.fingerprint && `${ctx.graph.fingerprint}${ctx.graph.termBag ? '' : ':no-bags'}`;
  if (fingerprint) {
    try {
      const cached = deserializeLexicalIndex(readFileSync(file), { fingerprint, options });
      if (cached) return cached;
    } catch {
      // no cache yet
    }
  }
  const index = buildLexicalIndex(ctx.graph, options);
  if (fingerprint) {
    try {
      writeFileAtomicSync(file, serializeLexicalIndex(index, fingerprint));
    } catch {
      // read-only store: answer uncached
    }
  }
  return index;
};
