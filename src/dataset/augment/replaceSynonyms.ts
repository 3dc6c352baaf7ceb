import type { Operator } from './Operator.ts';

const WORD = /[\p{L}]+/gu;

/**
 * Synonym replacement: one or two ordinary words (never inside `code`, never an identifier of
 * the target module) are replaced by a synonym from the run's table, preferring the repository's
 * own vocabulary. The first letter's case is kept. Detail: 'repo', 'wordnet' or 'repo+wordnet'.
 */
export const replaceSynonyms: Operator = {
  name: 'synonyms',
  summary: 'replace one or two words with WordNet or repository-vocabulary synonyms',
  apply(text, { rng, synonyms, targets }) {
    const spans: { start: number; end: number; word: string }[] = [];
    const codeRanges = [...text.matchAll(/`[^`]*`/g)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const m of text.matchAll(WORD)) {
      const lower = m[0].toLowerCase();
      if (!synonyms.has(lower)) continue;
      if (codeRanges.some(([a, b]) => m.index >= a && m.index < b)) continue;
      if (targets.some((t) => t.identifiers.has(lower))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    }
    if (spans.length === 0) return undefined;
    const chosen = rng.shuffle(spans).slice(0, 1 + rng.int(2)).sort((a, b) => b.start - a.start);
    let out = text;
    const used = new Set<string>();
    for (const s of chosen) {
      const entry = synonyms.get(s.word.toLowerCase());
      if (!entry) continue;
      const fromRepo = entry.repo.length > 0 && (entry.wordnet.length === 0 || rng.chance(0.6));
      const pool = fromRepo ? entry.repo : entry.wordnet;
      if (pool.length === 0) continue;
      let replacement = rng.pick(pool);
      if (/^\p{Lu}/u.test(s.word)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      out = out.slice(0, s.start) + replacement + out.slice(s.end);
      used.add(fromRepo ? 'repo' : 'wordnet');
    }
    return used.size ? { text: out, detail: [...used].sort().join('+') } : undefined;
  },
};
