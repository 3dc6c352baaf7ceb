import type { Rng } from '../../util/random.ts';
import type { Operator } from './Operator.ts';

const LETTERS = /^\p{L}+$/u;

/** One typo in a word of 4+ letters: swap two inner letters, drop one, or double one. */
export function typo(word: string, rng: Rng): string {
  const i = 1 + rng.int(word.length - 2);
  switch (rng.int(3)) {
    case 0:
      return word[i] === word[i + 1] || i + 1 >= word.length ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/**
 * Light noise: one or two typos in ordinary words (4+ letters, never inside `code`), and sometimes
 * a casing change (all lowercase, or the first letter lowercased). Word count is unchanged.
 */
export const addNoise: Operator = {
  name: 'noise',
  summary: 'one or two typos, sometimes a casing change',
  apply(text, { rng }) {
    const parts = text.split(/(\s+)/);
    let inCode = false;
    const candidates: number[] = [];
    parts.forEach((p, i) => {
      const ticks = (p.match(/`/g) ?? []).length;
      const bare = p.replace(/[.,;:!?"'()]+$/u, '').replace(/^["'(]+/u, '');
      if (!inCode && ticks === 0 && bare.length >= 4 && LETTERS.test(bare)) candidates.push(i);
      if (ticks % 2 === 1) inCode = !inCode;
    });
    const details: string[] = [];
    if (candidates.length) {
      for (const i of rng.shuffle(candidates).slice(0, 1 + rng.int(2))) {
        const p = parts[i] as string;
        const m = /^(["'(]*)(\p{L}+)(.*)$/u.exec(p);
        if (m) parts[i] = `${m[1]}${typo(m[2] as string, rng)}${m[3]}`;
      }
      details.push('typo');
    }
    let out = parts.join('');
    if (rng.chance(0.35) || details.length === 0) {
      const lowered = rng.chance(0.5) ? out.toLowerCase() : out.charAt(0).toLowerCase() + out.slice(1);
      if (lowered !== out) {
        out = lowered;
        details.push('casing');
      }
    }
    return details.length && out !== text ? { text: out, detail: details.join('+') } : undefined;
  },
};
