import { rngFor } from '../util/random.ts';
import type { ModuleProfile } from './buildProfiles.ts';
import type { Draft, Split, TemplateFamily } from './DatasetExample.ts';
import { edgeTemplates, familyTemplates } from './templates.ts';

export interface SplitPolicy {
  /** Template families held out whole for test (a request style training never sees). */
  testFamilies: readonly TemplateFamily[];
  /** Share of history commits, newest first, for test; the next share goes to val. */
  historyTest: number;
  historyVal: number;
  /** Share of held-out units (symbols, doc sentences) for val and for test. */
  unitVal: number;
  unitTest: number;
}

export const defaultSplitPolicy: SplitPolicy = { testFamilies: ['upgrade'], historyTest: 0.15, historyVal: 0.1, unitVal: 0.1, unitTest: 0.15 };

const templateCount = (template: string): number => {
  const [family] = template.split('.');
  if (family === 'edge') return edgeTemplates.length;
  return familyTemplates[family as TemplateFamily]?.length ?? 0;
};

/**
 * Assigns every draft a split so that no test prompt is a paraphrase of a training prompt:
 *
 * - history: by date; the newest commits are test, the next ones val (no peeking at the future);
 * - templates and edges: a held-out family goes to test; within each family the last template is
 *   test and the one before it val; a module's last description variant (when it has 3 or more)
 *   is test, so training never sees that wording nor that description;
 * - symbols and doc sentences: whole units (every prompt about one symbol or sentence) go to one
 *   split, drawn per unit from the seed.
 */
export function assignSplits(drafts: readonly Draft[], profiles: ReadonlyMap<string, ModuleProfile>, policy: SplitPolicy, seed: number): Split[] {
  const dated = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.source === 'history')
    .sort((a, b) => Date.parse(b.d.date ?? '') - Date.parse(a.d.date ?? '') || a.i - b.i);
  const historySplit = new Map<number, Split>();
  const nTest = Math.round(dated.length * policy.historyTest);
  const nVal = Math.round(dated.length * policy.historyVal);
  dated.forEach(({ i }, rank) => historySplit.set(i, rank < nTest ? 'test' : rank < nTest + nVal ? 'val' : 'train'));
  return drafts.map((d, i) => {
    if (d.source === 'history') return historySplit.get(i) ?? 'train';
    if (d.source === 'symbol' || d.source === 'doc') {
      const x = rngFor(seed, `unit:${d.targets.join(',')}:${d.unit ?? d.prompt}`).next();
      return x < policy.unitTest ? 'test' : x < policy.unitTest + policy.unitVal ? 'val' : 'train';
    }
    if (d.family && policy.testFamilies.includes(d.family)) return 'test';
    let split: Split = 'train';
    if (d.template) {
      const count = templateCount(d.template);
      const index = Number(d.template.split('.')[1]);
      if (count >= 3 && index === count - 1) split = 'test';
      else if (count >= 3 && index === count - 2) split = 'val';
    }
    const variants = profiles.get(d.targets[0] as string)?.variants.length ?? 0;
    if (d.variant !== undefined && variants >= 3 && d.variant === variants - 1) split = 'test';
    return split;
  });
}
