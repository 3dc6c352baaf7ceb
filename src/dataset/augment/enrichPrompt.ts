import type { Operator } from './Operator.ts';

const roles = ['a maintainer', 'a new contributor', 'a frontend developer', 'a QA engineer', 'a release manager', 'a library user', 'a backend developer'];
const contexts = [
  'We are preparing the next release.',
  'This came up in code review.',
  'A customer reported this.',
  'Found while upgrading our dependencies.',
  'Low priority, but worth tracking.',
  'This blocks the current sprint.',
];
const platforms = ['on Linux', 'on macOS', 'on Windows', 'in CI', 'in production', 'in the dev build', 'on Node 20', 'in Safari', 'on mobile'];

/**
 * Prompt enrichment: adds who is asking (role prefix), why (a context sentence) and where
 * (a platform note). One to three of these, chosen by the rng; the original text stays intact
 * inside the result (only its first letter may be lowercased after a role prefix).
 */
export const enrichPrompt: Operator = {
  name: 'enrich',
  summary: 'add a role, a context sentence and/or a platform note',
  apply(text, { rng }) {
    const kinds = rng.shuffle(['role', 'context', 'platform'] as const).slice(0, 1 + rng.int(3)).sort();
    let out = text.trim();
    if (kinds.includes('platform')) {
      const platform = rng.pick(platforms);
      out = /[.!?]$/.test(out) ? `${out} Seen ${platform}.` : `${out} (${platform})`;
    }
    if (kinds.includes('role')) {
      const lead = /^\p{Lu}\p{Ll}/u.test(out) ? out.charAt(0).toLowerCase() + out.slice(1) : out;
      out = `As ${rng.pick(roles)}, ${rng.chance(0.5) ? 'I noticed: ' : ''}${lead}`;
    }
    if (kinds.includes('context')) out = rng.chance(0.5) ? `${rng.pick(contexts)} ${out}` : `${out} ${rng.pick(contexts)}`;
    return { text: out, detail: kinds.join('+') };
  },
};
