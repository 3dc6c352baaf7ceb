import type { AskOptions, AskResult, Backend, BackendContext } from '../Backend.ts';
import { createLexicalBackend, validateAsk } from '../lexical/createLexicalBackend.ts';
import type { ChatDriver } from '../llm/ChatDriver.ts';
import { createDriver } from '../llm/createDriver.ts';
import { fitPrompt, toRanked } from '../llm/createRoutingBackend.ts';
import { parseLlmOptions } from '../llm/llmOptions.ts';
import { moduleCard } from '../llm/prompt.ts';
import { createAgentTools } from './agentTools.ts';
import { runAgent } from './runAgent.ts';

/**
 * A code agent, the other design modroute replaced: a bounded tool loop (search, open a card,
 * neighbours, grep) driven by the local model or an endpoint, then a final answer constrained to
 * the module ids with the modules the tools surfaced as candidate cards. Every step is in the
 * explanation (reason of the first module, and `evidence.steps`).
 */
export async function createAgentBackend(ctx: BackendContext, injected?: ChatDriver): Promise<Backend> {
  const options = parseLlmOptions(ctx.options);
  const driver = injected ?? (await createDriver(options, ctx.graph.modules.map((m) => m.id)));
  let lexical: Promise<Backend> | undefined;
  const tools = createAgentTools(ctx.graph, () => (lexical ??= createLexicalBackend(ctx)));
  const nodes = new Map(ctx.graph.modules.map((m) => [m.id as string, m]));
  const limits = { maxSteps: options.agentMaxSteps, maxTokens: options.agentMaxTokens, maxWallMs: options.agentMaxWallMs, minSteps: options.agentMinSteps };
  return {
    name: 'agent',
    async ask(query: string, ask: AskOptions): Promise<AskResult> {
      validateAsk(query, ask);
      const run = await runAgent(driver, tools, ctx.graph.root, query, limits);
      const cards = run.seen.flatMap((id) => {
        const node = nodes.get(id);
        return node ? [moduleCard(node)] : [];
      }).slice(0, 12);
      const { messages } = fitPrompt(driver, ctx.graph.root, query, cards, 64);
      const choice = await driver.choose(messages, { top: ask.top, thinkTokens: 0, candidates: run.seen });
      const trail = run.steps.map((s) => `${s.step}. ${s.tool}${s.arg ? ` ${s.arg}` : ''}`).join(' → ');
      const modules = toRanked(choice, driver.kind, new Set(run.seen)).map((m, i) =>
        i === 0 ? { ...m, reason: `agent: ${run.steps.length} step(s), stopped by ${run.stoppedBy}${trail ? `: ${trail}` : ''} · ${m.reason}`, evidence: { ...m.evidence, steps: run.steps, stoppedBy: run.stoppedBy, tokens: run.tokens } } : m,
      );
      const warnings = [...choice.warnings];
      if (run.stoppedBy !== 'answer') warnings.push(`The agent stopped at its ${run.stoppedBy} limit and answered with what it had.`);
      return { modules, warnings };
    },
    dispose: () => driver.dispose(),
  };
}
