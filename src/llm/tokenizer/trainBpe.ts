import { toByteLevel } from './byteUnicode.ts';
import { preTokenize } from './preTokenize.ts';

/**
 * Learns `count` BPE merges from text: repeatedly merge the most frequent adjacent pair within
 * pre-tokenized words. Ties go to the lexicographically smaller pair so the result is the same on
 * every run. Quadratic, which is fine for the few kilobytes of text a tiny model is made from.
 */
export function trainBpe(text: string, count: number): string[] {
  const frequency = new Map<string, number>();
  for (const word of preTokenize(text)) {
    const key = toByteLevel(word);
    frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const words = [...frequency].map(([word, n]) => ({ symbols: Array.from(word), n }));
  const merges: string[] = [];
  while (merges.length < count) {
    const pairs = new Map<string, number>();
    for (const { symbols, n } of words) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const pair = `${symbols[i]} ${symbols[i + 1]}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + n);
      }
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [pair, n] of pairs) {
      if (n > bestCount || (n === bestCount && best !== undefined && pair < best)) {
        best = pair;
        bestCount = n;
      }
    }
    if (best === undefined) break; // every word is a single symbol: nothing left to merge
    merges.push(best);
    const [left, right] = best.split(' ') as [string, string];
    for (const word of words) word.symbols = mergePair(word.symbols, left, right);
  }
  return merges;
}

function mergePair(symbols: string[], left: string, right: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i] === left && symbols[i + 1] === right) {
      out.push(left + right);
      i++;
    } else out.push(symbols[i] as string);
  }
  return out;
}
