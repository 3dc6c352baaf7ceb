import { basename } from 'node:path';
import { ModrouteError } from '../../errors.ts';
import type { ChatDriver } from '../llm/ChatDriver.ts';
import type { ChatMessage } from '../llm/prompt.ts';
import { actionGrammar, TOOL_HELP, type createAgentTools } from './agentTools.ts';

export interface AgentLimits {
  maxSteps: number;
  /** Generated tokens over all steps (the final answer has its own small reserve). */
  maxTokens: number;
  maxWallMs: number;
  /** Tool steps before `answer` is allowed (the grammar leaves it out; a free-text answer is ignored). */
  minSteps: number;
}

export interface AgentStep {
  step: number;
  tool: string;
  arg: string;
  observation: string;
  tokens: number;
}

export interface AgentRun {
  steps: AgentStep[];
  stoppedBy: 'answer' | 'steps' | 'tokens' | 'time' | 'context';
  tokens: number;
  elapsedMs: number;
  /** Modules the tools surfaced, in order of first appearance. */
  seen: string[];
}

const STEP_TOKENS = 40;

export const agentSystemPrompt = (repoRoot: string): string =>
  `You find the module(s) of the repository ${basename(repoRoot)} that a requirement concerns, using tools. ` +
  `Each turn, write one line "ACTION: <tool> <argument>". Tools:\n${TOOL_HELP}`;

/**
 * The tool loop. Hard limits, checked before every step: steps, generated tokens (each step may
 * use at most what is left) and wall time (a step in flight finishes; the openai driver's request
 * timeout bounds it). Every step is recorded.
 */
export async function runAgent(driver: ChatDriver, tools: ReturnType<typeof createAgentTools>, repoRoot: string, query: string, limits: AgentLimits, now = () => performance.now()): Promise<AgentRun> {
  const started = now();
  const messages: ChatMessage[] = [
    { role: 'system', content: agentSystemPrompt(repoRoot) },
    { role: 'user', content: query.trim() },
  ];
  const steps: AgentStep[] = [];
  const seen: string[] = [];
  let tokens = 0;
  let stoppedBy: AgentRun['stoppedBy'] = 'steps';
  for (let step = 1; ; step++) {
    if (step > limits.maxSteps) {
      stoppedBy = 'steps';
      break;
    }
    if (tokens >= limits.maxTokens) {
      stoppedBy = 'tokens';
      break;
    }
    if (now() - started >= limits.maxWallMs) {
      stoppedBy = 'time';
      break;
    }
    let text: string;
    let used: number;
    try {
      const g = await driver.generate(messages, { maxTokens: Math.min(STEP_TOKENS, limits.maxTokens - tokens), prefill: 'ACTION: ', stop: ['\n'], grammar: actionGrammar(step > limits.minSteps) });
      text = g.text;
      used = g.tokens;
    } catch (error) {
      if (error instanceof ModrouteError && error.name === 'PromptTooLongError') {
        stoppedBy = 'context';
        break;
      }
      throw error;
    }
    tokens += used;
    const r = await tools.run(text);
    steps.push({ step, tool: r.tool, arg: r.arg, observation: r.text, tokens: used });
    for (const id of r.modules) if (!seen.includes(id)) seen.push(id);
    if (r.tool === 'answer' && step > limits.minSteps) {
      stoppedBy = 'answer';
      break;
    }
    messages.push({ role: 'assistant', content: `ACTION: ${text.trim()}` }, { role: 'user', content: `OBSERVATION:\n${r.text}` });
  }
  return { steps, stoppedBy, tokens, elapsedMs: now() - started, seen };
}
