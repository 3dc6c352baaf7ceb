import type { ModuleId } from '../graph/types.ts';
import type { ModuleProfile } from './buildProfiles.ts';
import { answerLine, type Draft } from './DatasetExample.ts';
import { aspects, conditions, docTemplates, edgeTemplates, familyTemplates, symbolTemplates } from './templates.ts';
import { contentWords, listPhrase } from './text.ts';

/** Words every template brings along: citing them as evidence would be circular. */
const templateWords = new Set(
  contentWords([...Object.values(familyTemplates).flat(), ...symbolTemplates, ...docTemplates, ...edgeTemplates, ...conditions, ...aspects].join(' ').replace(/\{\w+\}/g, ' ')),
);

const requestKind = (d: Pick<Draft, 'source' | 'family'>): string => {
  if (d.source === 'history') return 'is a change description from the project history';
  if (d.source === 'edge') return 'describes a change that crosses a module boundary';
  if (d.source === 'doc') return 'restates documented behaviour';
  switch (d.family) {
    case 'feature':
      return 'asks for a new capability';
    case 'bug':
      return 'reports a defect';
    case 'question':
      return 'asks where something is implemented';
    case 'refactor':
      return 'asks for a clean-up';
    case 'upgrade':
      return 'describes an upgrade step';
    default:
      return 'asks for a change to existing code';
  }
};

const quote = (words: string[]) => listPhrase(words.map((w) => `"${w}"`));

const end = (s: string) => (/[.!?。]$/u.test(s) ? s : `${s}.`);

/** The module's own words when it has docs ("its docs say: …"), else what its path and files show. */
const responsibilityOf = (p: ModuleProfile): string =>
  p.docSentences.length ? `its docs say "${end(p.responsibility)}"` : `it holds ${end(p.responsibility)}`;
const aboutOf = (p: ModuleProfile): string =>
  p.docSentences.length ? `its docs say "${p.responsibility.replace(/[.!?。]+$/u, '')}"` : `it holds ${p.responsibility}`;

export interface Label {
  reasoning: string;
  answer: string;
  nearMiss?: ModuleId;
}

/**
 * The reasoning passage and answer line for a prompt. It cites graph facts only: the words the
 * prompt shares with the target's vocabulary, what the target is responsible for, up to three key
 * symbols, its heaviest dependency and dependent, and, when the prompt also shares words with the
 * target's near miss, why that module is not the answer (a hard example).
 */
export function buildLabel(
  prompt: string,
  draft: Pick<Draft, 'source' | 'family' | 'targets'>,
  profiles: ReadonlyMap<ModuleId, ModuleProfile>,
  nearMisses: ReadonlyMap<ModuleId, ModuleId>,
  commonWords: ReadonlySet<string> = new Set(),
): Label {
  const words = new Set(contentWords(prompt).filter((w) => !templateWords.has(w) && !commonWords.has(w)));
  const targets = draft.targets.map((id) => profiles.get(id)).filter((p): p is ModuleProfile => p !== undefined);
  const lines: string[] = [];
  const matched = [...new Set(targets.flatMap((t) => [...words].filter((w) => t.vocabulary.has(w))))].slice(0, 4);
  lines.push(
    matched.length
      ? `The request ${requestKind(draft)} and mentions ${quote(matched)}.`
      : `The request ${requestKind(draft)} without naming a module, so it has to be matched by what the code does.`,
  );
  for (const t of targets) {
    const syms = t.keySymbols.slice(0, 3);
    lines.push(`${t.id}: ${responsibilityOf(t)}${syms.length ? ` Key symbols: ${syms.join(', ')}.` : ''}`);
    const rel: string[] = [];
    if (t.dependsOn[0]) rel.push(`depends on ${t.dependsOn[0]}`);
    if (t.usedBy[0]) rel.push(`is used by ${t.usedBy[0]}`);
    if (rel.length && targets.length === 1) lines.push(`It ${rel.join(' and ')}.`);
  }
  if (targets.length > 1) {
    lines.push(`The change spans ${targets.length} modules: ${listPhrase(targets.map((t) => t.id))}, so all of them are in the answer.`);
  }
  let nearMiss: ModuleId | undefined;
  const targetIds = new Set<string>(draft.targets);
  for (const t of targets) {
    const nm = nearMisses.get(t.id);
    const other = nm && !targetIds.has(nm) ? profiles.get(nm) : undefined;
    if (!other) continue;
    const shared = [...words].filter((w) => other.vocabulary.has(w) && !t.vocabulary.has(w));
    const sharedBoth = [...words].filter((w) => other.vocabulary.has(w));
    if (sharedBoth.length === 0) continue;
    nearMiss = other.id;
    lines.push(
      `${other.id} also relates to ${quote((shared.length ? shared : sharedBoth).slice(0, 2))}, but ${aboutOf(other)}, so it is not the answer.`,
    );
    break;
  }
  return { reasoning: lines.join(' '), answer: answerLine(draft.targets), ...(nearMiss ? { nearMiss } : {}) };
}
