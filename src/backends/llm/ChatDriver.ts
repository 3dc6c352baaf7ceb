import type { ChatMessage } from './prompt.ts';

export interface GenerateOptions {
  maxTokens: number;
  /** Text the assistant turn starts with (part of the prompt, not of the returned text). */
  prefill?: string;
  /** Stop before any of these strings (they are not returned). */
  stop?: readonly string[];
  /** GBNF the output must follow, where the driver can enforce it (llm); others ignore it. */
  grammar?: string;
  /** A JSON schema the output must follow (llm: compiled to a grammar; the loopback server uses it for response_format). */
  jsonSchema?: object;
}

export interface Generated {
  text: string;
  /** Tokens generated (not the prompt). */
  tokens: number;
  /** Prompt tokens (exact for llm, reported by the server or estimated for openai). */
  promptTokens: number;
  stoppedBy: 'stop' | 'eos' | 'maxTokens';
}

export interface ChooseOptions {
  top: number;
  /** Reasoning tokens allowed before the answer (0 = none). */
  thinkTokens: number;
  /** Ids worth ranking for --top K besides the model's own answer (e.g. the shortlist). */
  candidates: readonly string[];
}

export interface Choice {
  /** Valid module ids, best first; logProb where the driver can score (llm). */
  ranked: { id: string; logProb?: number }[];
  reasoning?: string;
  tokens: number;
  promptTokens: number;
  warnings: string[];
  /** Free-text answers that could not be mapped to a module id (openai without structured output). */
  rejected: number;
}

/**
 * A chat model that routes: `choose` answers with valid module ids only (by construction for
 * llm, by structured output or post-processing for openai); `generate` is free text (agent steps).
 * The id set is fixed when the driver is created, so its grammar is built once.
 */
export interface ChatDriver {
  readonly kind: 'llm' | 'openai';
  /** The model's context in tokens, where known. */
  readonly contextSize: number | undefined;
  countTokens(text: string): number;
  /** Tokens of the routing prompt for these messages under the driver's chat template (estimated for openai). */
  countPromptTokens(messages: readonly ChatMessage[]): number;
  /** The exact prompt text the model evaluates (llm only: chat template applied, special tokens written out). */
  renderPrompt?(messages: readonly ChatMessage[], prefill?: string): string;
  generate(messages: readonly ChatMessage[], options: GenerateOptions): Promise<Generated>;
  choose(messages: readonly ChatMessage[], options: ChooseOptions): Promise<Choice>;
  /** What the driver runs on, for explanations and doctor (model file, adapters, endpoint). */
  describe(): Record<string, unknown>;
  dispose(): Promise<void>;
}
