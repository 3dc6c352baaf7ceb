import { bm25BaselineOptions } from '../../index/lexicalDefaults.ts';
import type { Backend, BackendContext } from '../Backend.ts';
import { createIndexBackend } from './createLexicalBackend.ts';

/**
 * Plain BM25 baseline for benchmark comparison: one field with every text source, k1 = 1.2, b = 0.75,
 * no expansion, no graph step. Backend options are ignored on purpose: a tuned baseline isn't one.
 */
export const createBm25Backend = async (ctx: BackendContext): Promise<Backend> =>
  createIndexBackend('bm25', { ...ctx, options: {} }, bm25BaselineOptions);
