import { tokenTypes } from '../ggufConstants.ts';
import { byteToUnicode } from './byteUnicode.ts';
import { chatTemplate, specialTokens } from './specialTokens.ts';
import type { Tokenizer } from './Tokenizer.ts';
import { trainBpe } from './trainBpe.ts';
import { trainingText } from './trainingText.ts';

export interface TokenizerOptions {
  /** Number of BPE merges to learn (default 200, so about 460 tokens in all). */
  merges?: number;
  /** More text to learn merges from, e.g. a repository's module ids, appended to the built-in text. */
  extraText?: string;
}

/**
 * Vocabulary layout: ids 0–255 are the 256 byte tokens in byte order, then one token per merge
 * in merge order (duplicates once), then the special tokens. Every byte has a token, so any text can be encoded.
 */
export function buildTokenizer(options: TokenizerOptions = {}): Tokenizer {
  let text = `${trainingText}\n${options.extraText ?? ''}`;
  for (const s of specialTokens) text = text.split(s.text).join('\n');
  const merges = trainBpe(text, options.merges ?? 200);
  const tokens = [...byteToUnicode];
  const tokenTypesList: number[] = tokens.map(() => tokenTypes.normal);
  const known = new Set(tokens);
  for (const merge of merges) {
    // Two merges can spell the same token ("a bc", "ab c"): the rule stays, the token once.
    const text = merge.replace(' ', '');
    if (known.has(text)) continue;
    known.add(text);
    tokens.push(text);
    tokenTypesList.push(tokenTypes.normal);
  }
  const idOf = (text: string) => tokens.length + specialTokens.findIndex((s) => s.text === text);
  const bosId = idOf('<|endoftext|>');
  const eosId = idOf('<|im_end|>');
  for (const s of specialTokens) {
    tokens.push(s.text);
    tokenTypesList.push(s.type);
  }
  return { tokens, tokenTypes: tokenTypesList, merges, bosId, eosId, unkId: bosId, padId: bosId, chatTemplate };
}
