import type { Rng } from '../../util/random.ts';
import type { ModuleProfile } from '../buildProfiles.ts';
import type { SynonymTable } from './synonymTable.ts';

/** What an operator may look at besides the text: the target modules and shared tables. */
export interface OperatorContext {
  rng: Rng;
  /** Profiles of the example's target modules. */
  targets: readonly ModuleProfile[];
  synonyms: SynonymTable;
}

export interface OperatorResult {
  text: string;
  /** Which variant of the operator ran (recorded as `name:detail`). */
  detail: string;
}

/**
 * A named text transformation. Deterministic given ctx.rng; returns undefined when it does not
 * apply to this text (nothing to replace, no clause to move), so callers never record a no-op.
 */
export interface Operator {
  readonly name: string;
  readonly summary: string;
  apply(text: string, ctx: OperatorContext): OperatorResult | undefined;
}
