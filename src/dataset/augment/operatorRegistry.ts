import { addNoise } from './addNoise.ts';
import { DESCRIPTION_VARIANT } from './descriptionVariants.ts';
import { dropIdentifiers } from './dropIdentifiers.ts';
import { enrichPrompt } from './enrichPrompt.ts';
import type { Operator } from './Operator.ts';
import { replaceSynonyms } from './replaceSynonyms.ts';
import { restructureSentence } from './restructureSentence.ts';

/**
 * The text operators, in the order a chain applies them: identifiers go first (later operators
 * could otherwise rewrite a name into something the dropper no longer recognises), noise last.
 * `probability` is the chance that a copy uses the operator.
 */
export const operatorRegistry = {
  'drop-identifiers': { operator: dropIdentifiers, probability: 0.4 },
  synonyms: { operator: replaceSynonyms, probability: 0.5 },
  restructure: { operator: restructureSentence, probability: 0.5 },
  enrich: { operator: enrichPrompt, probability: 0.35 },
  noise: { operator: addNoise, probability: 0.2 },
} as const satisfies Record<string, { operator: Operator; probability: number }>;

export type OperatorName = keyof typeof operatorRegistry;
export const operatorNames = Object.keys(operatorRegistry) as OperatorName[];

/** Every name that can appear in an example's `operators` (before the `:detail`). */
export const allOperatorNames = [DESCRIPTION_VARIANT, ...operatorNames] as const;
