import { capitalize, decapitalize } from '../text.ts';
import type { Operator } from './Operator.ts';

const participles: Record<string, string> = {
  add: 'added', fix: 'fixed', remove: 'removed', update: 'updated', refactor: 'refactored', rename: 'renamed',
  implement: 'implemented', migrate: 'migrated', simplify: 'simplified', 'clean up': 'cleaned up', deprecate: 'deprecated',
  extend: 'extended', split: 'split', handle: 'handled', support: 'supported', change: 'changed', improve: 'improved',
  port: 'ported', check: 'checked', adapt: 'adapted', upgrade: 'upgraded', revisit: 'revisited',
};
const bases = Object.fromEntries(Object.entries(participles).map(([b, p]) => [p, b]));
const verbAlt = Object.keys(participles).sort((a, b) => b.length - a.length).join('|');
const ppAlt = Object.keys(bases).sort((a, b) => b.length - a.length).join('|');
const ACTIVE = new RegExp(`^(${verbAlt})\\s+(.+?)(\\s+(?:so that|to|when|if|because|before|after|into|from|in order to)\\s.+?)?([.!]?)$`, 'i');
const PASSIVE = new RegExp(`^(.+?)\\s+(?:should|must|needs to|has to) be (${ppAlt})\\b(.*?)([.!]?)$`, 'i');
const IMPERATIVE = new RegExp(`^(${verbAlt}|allow|make sure|rename|improve)\\b(.*?)[.!]?$`, 'i');
const FORWARD_CLAUSE = /^(.{12,}?),? (when|if|because|while|unless|once) (.{6,}?)([.!?]?)$/i;
const BACKWARD_CLAUSE = /^(When|If|Because|While|Unless|Once|After|Before) (.{6,}?), (.{6,}?)([.!?]?)$/;

type Transform = (sentence: string) => string | undefined;

const oneSentence = (text: string) => !/[.!?]\s+\S/.test(text);

/** Voice: "Refactor X to reduce duplication." ↔ "X should be refactored to reduce duplication." */
const voice: Transform = (s) => {
  const passive = PASSIVE.exec(s);
  if (passive) {
    const [, subject = '', pp = '', rest = '', punct = ''] = passive;
    const base = bases[pp.toLowerCase()];
    if (base && subject.split(' ').length <= 12) return `${capitalize(base)} ${decapitalize(subject)}${rest}${punct || '.'}`;
  }
  const active = ACTIVE.exec(s);
  if (!active) return undefined;
  const [, verb = '', object = '', tail = '', punct = ''] = active;
  if (/\band (update|use|move|check)\b/i.test(object) || object.split(' ').length > 14 || object.endsWith('?')) return undefined;
  const pp = participles[verb.toLowerCase()];
  return pp ? `${capitalize(object)} should be ${pp}${tail}${punct || '.'}` : undefined;
};

/** Clause order: "X breaks when Y." ↔ "When Y, x breaks." */
const clauseOrder: Transform = (s) => {
  const back = BACKWARD_CLAUSE.exec(s);
  if (back) {
    const [, conj = '', sub = '', main = '', punct = ''] = back;
    return `${capitalize(main)} ${conj.toLowerCase()} ${sub}${punct}`;
  }
  const fwd = FORWARD_CLAUSE.exec(s);
  if (!fwd) return undefined;
  const [, main = '', conj = '', sub = '', punct = ''] = fwd;
  if (/[,;:]/.test(sub)) return undefined;
  return `${capitalize(conj.toLowerCase())} ${sub}, ${decapitalize(main)}${punct}`;
};

/** "Where is X handled?" → "Show me where X is handled." and similar question forms. */
const questionToImperative: Transform = (s) => {
  let m = /^Where is (.+) (handled|implemented|defined|configured|stored)\?$/i.exec(s);
  if (m) return `Show me where ${m[1]} is ${m[2]}.`;
  m = /^Where (do|should|can) (we|I) (.+)\?$/i.exec(s);
  if (m) return `Tell me where ${m[2]} ${m[1]?.toLowerCase() === 'do' ? '' : `${m[1]?.toLowerCase()} `}${m[3]}.`;
  m = /^Which (.+?) (deals with|is responsible for|handles|owns|implements|manages|contains) (.+)\?$/i.exec(s);
  if (m) return `Name the ${m[1]} that ${m[2]} ${m[3]}.`;
  m = /^What (.+?) (owns|handles|implements) (.+)\?$/i.exec(s);
  if (m) return `Identify the ${m[1]} that ${m[2]} ${m[3]}.`;
  m = /^How do I (.+)\?$/i.exec(s);
  if (m) return `Explain how to ${m[1]}.`;
  m = /^Where is (.+)\?$/i.exec(s);
  if (m) return `Point me to ${m[1]}.`;
  return undefined;
};

const askers = ['Can you', 'Could we', 'Would it be possible to'];
/** "Fix X when Y." → "Can you fix X when Y?" (the asker depends on the text, not on the rng). */
const imperativeToQuestion: Transform = (s) => {
  const m = IMPERATIVE.exec(s);
  if (!m || s.endsWith('?')) return undefined;
  const body = s.replace(/[.!]$/, '');
  return `${askers[body.length % askers.length]} ${decapitalize(body)}?`;
};

const transforms: Record<string, Transform> = {
  voice,
  'clause-order': clauseOrder,
  'question-to-imperative': questionToImperative,
  'imperative-to-question': imperativeToQuestion,
};

/**
 * Sentence restructuring: one of voice (active ↔ passive), clause order (main ↔ subordinate
 * clause), question → imperative, imperative → question. Applied to the last sentence of the
 * text (templates put the request there); the transforms that apply are tried in rng order.
 */
export const restructureSentence: Operator = {
  name: 'restructure',
  summary: 'voice, clause order, or question <-> imperative',
  apply(text, { rng }) {
    const parts = text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    const last = parts[parts.length - 1] ?? '';
    for (const name of rng.shuffle(Object.keys(transforms))) {
      if ((name === 'voice' || name === 'imperative-to-question' || name === 'clause-order') && !oneSentence(last)) continue;
      const changed = transforms[name]?.(last);
      if (changed && changed !== last) return { text: [...parts.slice(0, -1), changed].join(' '), detail: name };
    }
    return undefined;
  },
};

export const restructureTransforms = transforms;
