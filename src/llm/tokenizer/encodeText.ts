import { tokenTypes } from '../ggufConstants.ts';
import { toByteLevel, unicodeToByte } from './byteUnicode.ts';
import { preTokenize } from './preTokenize.ts';
import type { Tokenizer } from './Tokenizer.ts';

export interface EncodeOptions {
  /** Match control tokens (<|im_start|> …) in the text, like llama.cpp's parse_special. */
  special?: boolean;
}

export interface TextCodec {
  encode(text: string, options?: EncodeOptions): number[];
  /** Control tokens print only with `special`; user-defined ones (<think>) always print. */
  decode(ids: readonly number[], options?: EncodeOptions): string;
}

/**
 * Encodes as llama.cpp's BPE tokenizer does: split out special tokens (user-defined ones always,
 * control ones only with `special`), pre-tokenize, then in each piece repeatedly apply the
 * lowest-ranked merge, leftmost first. A symbol with no token falls back to its byte tokens.
 */
export function createTextCodec(tokenizer: Tokenizer): TextCodec {
  const idOf = new Map(tokenizer.tokens.map((t, i) => [t, i]));
  const rank = new Map(tokenizer.merges.map((m, i) => [m, i]));
  const specials = tokenizer.tokens
    .map((text, id) => ({ text, id, type: tokenizer.tokenTypes[id] }))
    .filter((t) => t.type === tokenTypes.control || t.type === tokenTypes.userDefined)
    .sort((a, b) => b.text.length - a.text.length);

  const bpe = (piece: string): number[] => {
    const symbols = Array.from(toByteLevel(piece));
    for (;;) {
      let best = -1;
      let bestRank = Infinity;
      for (let i = 0; i + 1 < symbols.length; i++) {
        const r = rank.get(`${symbols[i]} ${symbols[i + 1]}`);
        if (r !== undefined && r < bestRank) {
          bestRank = r;
          best = i;
        }
      }
      if (best < 0) break;
      symbols.splice(best, 2, `${symbols[best]}${symbols[best + 1]}`);
    }
    return symbols.flatMap((s) => {
      const id = idOf.get(s);
      return id !== undefined ? [id] : Array.from(s, (c) => idOf.get(c) ?? tokenizer.unkId);
    });
  };

  return {
    encode(text, options = {}) {
      const active = specials.filter((s) => options.special || s.type === tokenTypes.userDefined);
      const ids: number[] = [];
      let start = 0;
      for (let i = 0; i < text.length; ) {
        const hit = active.find((s) => text.startsWith(s.text, i));
        if (!hit) {
          i++;
          continue;
        }
        for (const piece of preTokenize(text.slice(start, i))) ids.push(...bpe(piece));
        ids.push(hit.id);
        i += hit.text.length;
        start = i;
      }
      for (const piece of preTokenize(text.slice(start))) ids.push(...bpe(piece));
      return ids;
    },
    decode(ids, options = {}) {
      const bytes: number[] = [];
      for (const id of ids) {
        const text = tokenizer.tokens[id];
        const type = tokenizer.tokenTypes[id];
        if (text === undefined) continue;
        if (type === tokenTypes.control) {
          if (options.special) bytes.push(...Buffer.from(text, 'utf8'));
        } else if (type === tokenTypes.userDefined) bytes.push(...Buffer.from(text, 'utf8'));
        else for (const c of text) bytes.push(unicodeToByte.get(c) ?? 0x3f);
      }
      return Buffer.from(bytes).toString('utf8');
    },
  };
}
