import type { Rng } from '../../util/random.ts';
import type { OperatorContext } from './Operator.ts';
import { operatorNames, operatorRegistry, type OperatorName } from './operatorRegistry.ts';

/**
 * One augmented copy of a prompt: each operator joins the chain with its probability, in registry
 * order; when none was drawn or none applied, the operators are tried one at a time in rng order
 * until one applies. Returns undefined when no operator applies to this text at all.
 */
export function augmentPrompt(
  prompt: string,
  ctx: OperatorContext,
  enabled: readonly OperatorName[] = operatorNames,
): { text: string; operators: string[] } | undefined {
  const rng: Rng = ctx.rng;
  let text = prompt;
  const applied: string[] = [];
  for (const name of enabled) {
    const { operator, probability } = operatorRegistry[name];
    if (!rng.chance(probability)) continue;
    const r = operator.apply(text, ctx);
    if (r) {
      text = r.text;
      applied.push(`${name}:${r.detail}`);
    }
  }
  if (applied.length === 0) {
    for (const name of rng.shuffle(enabled)) {
      const r = operatorRegistry[name].operator.apply(text, ctx);
      if (r) {
        text = r.text;
        applied.push(`${name}:${r.detail}`);
        break;
      }
    }
  }
  return applied.length && text !== prompt ? { text, operators: applied } : undefined;
}
