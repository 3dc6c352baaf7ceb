import { PromptTooLongError } from '../../errors.ts';
import type { AskOptions, AskResult, Backend, BackendContext, RankedModule } from '../Backend.ts';
import { createLexicalBackend, validateAsk } from '../lexical/createLexicalBackend.ts';
import type { ChatDriver, Choice } from './ChatDriver.ts';
import type { LlmOptions } from './llmOptions.ts';
import { moduleCard, routingMessages, type ChatMessage, type ModuleCard } from './prompt.ts';

/** Tokens kept free after the prompt for the answer line (`ANSWER: ` + the longest id + end). */
const ANSWER_RESERVE = 64;

/**
 * Fits the prompt in the model's context: drops the lowest-ranked candidate cards first, and only
 * when none are left and it still does not fit, fails with the numbers.
 */
export function fitPrompt(driver: ChatDriver, root: string, query: string, cards: readonly ModuleCard[], reserve: number): { messages: ChatMessage[]; trimmed: number } {
  let kept = cards.length;
  for (;;) {
    const messages = routingMessages(root, query, cards.slice(0, kept));
    const need = driver.countPromptTokens(messages) + reserve;
    if (driver.contextSize === undefined || need <= driver.contextSize) return { messages, trimmed: cards.length - kept };
    if (kept === 0) throw new PromptTooLongError(need, driver.contextSize);
    kept = Math.max(0, Math.min(kept - 1, Math.floor(kept / 2)));
  }
}

/** Turns a driver's choice into ranked modules with reasons; the model's reasoning goes on the first. */
export function toRanked(choice: Choice, driverKind: string, shortlisted: ReadonlySet<string>): RankedModule[] {
  return choice.ranked.map((r, i) => {
    const how = 'ranked by the model\'s log-probability';
    const lp = r.logProb !== undefined ? `log p ${r.logProb.toFixed(2)}` : `answer ${i + 1} of ${choice.ranked.length}`;
    const why = i === 0 && choice.reasoning ? ` · reasoning: ${choice.reasoning.replace(/\s+/g, ' ').slice(0, 240)}` : '';
    return {
      id: r.id as RankedModule['id'],
      score: r.logProb ?? 1 / (i + 1),
      reason: `${driverKind}: ${driverKind === 'llm' ? how : `answer ${i + 1}`} (${lp}${shortlisted.has(r.id) ? ', in the lexical shortlist' : ''})${why}`,
      evidence: { ...(r.logProb !== undefined ? { logProb: r.logProb } : {}), ...(i === 0 && choice.reasoning !== undefined ? { reasoning: choice.reasoning } : {}), shortlisted: shortlisted.has(r.id) },
    };
  });
}

/**
 * A backend that asks a chat model (`llm` or `openai` driver) for the module, optionally with the
 * top lexical candidates' cards in the prompt (`shortlist`; `rag` is this with a default of 10).
 */
export function createRoutingBackend(name: string, ctx: BackendContext, driver: ChatDriver, options: LlmOptions, shortlist: number): Backend {
  const nodes = new Map(ctx.graph.modules.map((m) => [m.id as string, m]));
  let lexical: Promise<Backend> | undefined;
  const needsCandidates = (top: number) => shortlist > 0 || (top > 1 && nodes.size > options.scoreAllUpTo);
  return {
    name,
    async ask(query: string, ask: AskOptions): Promise<AskResult> {
      validateAsk(query, ask);
      const warnings: string[] = [];
      let candidates: string[] = [];
      if (needsCandidates(ask.top)) {
        lexical ??= createLexicalBackend(ctx);
        const r = await (await lexical).ask(query, { top: Math.max(shortlist, ask.top), ...(ask.asOf ? { asOf: ask.asOf } : {}) });
        candidates = r.modules.map((m) => m.id);
      }
      const cards = candidates.slice(0, shortlist).flatMap((id) => {
        const node = nodes.get(id);
        return node ? [moduleCard(node)] : [];
      });
      const { messages, trimmed } = fitPrompt(driver, ctx.graph.root, query, cards, ANSWER_RESERVE + options.think);
      if (trimmed) warnings.push(`${trimmed} of ${cards.length} candidate cards were left out to fit the model's context of ${driver.contextSize} tokens.`);
      const choice = await driver.choose(messages, { top: ask.top, thinkTokens: options.think, candidates });
      warnings.push(...choice.warnings);
      if (choice.rejected) warnings.push(`${choice.rejected} answer(s) from the model were not module ids and were rejected.`);
      const modules = toRanked(choice, driver.kind, new Set(cards.map((c) => c.id)));
      // What the model read (system and user turns, before its chat template): the same text the
      // dataset export trains on, so `--json` shows it and a test can compare it byte for byte.
      if (modules[0]) modules[0] = { ...modules[0], evidence: { ...modules[0].evidence, prompt: messages } };
      return { modules, warnings };
    },
    dispose: () => driver.dispose(),
  };
}
