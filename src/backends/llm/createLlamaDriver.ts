import type { LlamaContext, LlamaGrammar, LlamaModel, Token } from 'node-llama-cpp';
import { AdapterMismatchError, ModelFileError, PromptTooLongError } from '../../errors.ts';
import type { ChatDriver, Choice, ChooseOptions, Generated, GenerateOptions } from './ChatDriver.ts';
import { validateModel } from './checkModelFile.ts';
import { idGrammar } from './idGrammar.ts';
import type { LlmOptions } from './llmOptions.ts';
import { acquireLlama, importLlamaCpp } from './loadLlama.ts';
import { renderChatTokens, resolveChatTemplate } from './chatTemplate.ts';
import { afterThinking, NO_THINK_PREFIX, THINK_CLOSE, THINK_OPEN, type ChatMessage } from './prompt.ts';
import { scoreContinuations } from './scoreContinuations.ts';

/** Full softmax of the logits: temperature 1 and every filter off, so probabilities are the model's own. */
export const RAW_PROBABILITIES = { temperature: 1, topK: 0, topP: 1, minP: 0 } as const;

/**
 * A ChatDriver on a local GGUF model through node-llama-cpp (imported here, on first use). One
 * context with one sequence; calls are serialized. Answers are decoded greedily under a GBNF
 * grammar whose language is exactly the module ids, so every answer is valid by construction.
 */
export async function createLlamaDriver(options: LlmOptions, ids: readonly string[]): Promise<ChatDriver> {
  if (!options.model) throw new ModelFileError('(none)', 'no model configured', 'Pass --model FILE.gguf.');
  const modelPath = options.model;
  const checked = await validateModel(modelPath, options.lora, options.contextSize);
  const { LlamaGrammarEvaluationState } = await importLlamaCpp();
  const held = await acquireLlama(options.gpu, options.threads);
  const { llama } = held;
  let model: LlamaModel | undefined;
  let context: LlamaContext | undefined;
  try {
    model = await llama.loadModel({ modelPath, ...(options.gpu === false ? { gpuLayers: 0 } : {}) });
    try {
      context = await model.createContext({
        contextSize: checked.contextSize,
        threads: options.threads,
        sequences: 1,
        ...(options.lora.length ? { lora: { adapters: options.lora.map((a) => ({ filePath: a.path, scale: a.scale })) } } : {}),
      });
    } catch (error) {
      if (options.lora.length) throw new AdapterMismatchError(options.lora.map((a) => a.path).join(', '), modelPath, `llama.cpp refused it (${(error as Error).message})`);
      throw error;
    }
  } catch (error) {
    await context?.dispose();
    await model?.dispose();
    await held.release();
    if (error instanceof AdapterMismatchError) throw error;
    throw new ModelFileError(modelPath, `llama.cpp could not load it (${(error as Error).message})`);
  }
  const m = model;
  const ctx = context;
  let template: Awaited<ReturnType<typeof resolveChatTemplate>>;
  try {
    template = await resolveChatTemplate(m, options.chatTemplate);
  } catch (error) {
    await ctx.dispose();
    await m.dispose();
    await held.release();
    throw error;
  }
  const seq = ctx.getSequence();
  const sortedIds = [...new Set(ids)].sort();
  const started = performance.now();
  // No ids: a plain chat model (the loopback OpenAI server), which never asks for the id grammar.
  const grammar: LlamaGrammar | undefined = sortedIds.length ? await llama.createGrammar({ grammar: idGrammar(sortedIds) }) : undefined;
  const grammarMs = performance.now() - started;
  const idSet = new Set(sortedIds);
  // An id that is a proper prefix of another can be followed by more characters; sorted, the longer ids come right after it.
  const extendable = new Set(sortedIds.filter((id, i) => sortedIds[i + 1]?.startsWith(id)));
  const idTokens = new Map(sortedIds.map((id) => [id, m.tokenize(` ${id}`, false)]));
  const maxIdTokens = Math.max(1, ...[...idTokens.values()].map((t) => t.length));
  const eog = new Set<Token>(
    [m.tokens.eos, m.tokens.eot, ...['<|im_end|>', '<|endoftext|>'].map((s) => m.tokenize(s, true)).filter((t) => t.length === 1).map((t) => t[0])]
      .filter((t): t is Token => t != null && m.isEogToken(t)),
  );
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  const compiled = (text: string) => {
    let g = grammars.get(text);
    if (!g) grammars.set(text, (g = llama.createGrammar({ grammar: text })));
    return g;
  };
  const compiledSchema = (schema: object) => {
    const key = `\u0000json:${JSON.stringify(schema)}`;
    let g = grammars.get(key);
    if (!g) grammars.set(key, (g = llama.createGrammarForJsonSchema(schema as never)));
    return g;
  };
  const pickGrammar = async (opts: GenerateOptions): Promise<LlamaGrammar | undefined> => {
    if (opts.jsonSchema !== undefined) return compiledSchema(opts.jsonSchema);
    if (opts.grammar === undefined) return undefined;
    if (opts.grammar !== idGrammarText) return compiled(opts.grammar);
    if (!grammar) throw new Error('the id grammar was asked for, but this driver has no module ids');
    return grammar;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Puts `tokens` in the sequence, reusing the cached common prefix, and returns what still must be evaluated. */
  const resetTo = async (tokens: Token[]): Promise<Token[]> => {
    if (tokens.length + 1 > ctx.contextSize) throw new PromptTooLongError(tokens.length, ctx.contextSize);
    const { firstDifferentIndex } = seq.compareContextTokens(tokens);
    const keep = Math.min(firstDifferentIndex, tokens.length - 1); // evaluate at least one token to get logits
    if (keep < seq.nextTokenIndex) await seq.eraseContextTokenRanges([{ start: keep, end: seq.nextTokenIndex }]);
    return tokens.slice(keep);
  };

  const run = async (prompt: Token[], opts: GenerateOptions & { isDone?: (text: string) => boolean }): Promise<Generated> => {
    if (prompt.length + opts.maxTokens > ctx.contextSize) throw new PromptTooLongError(prompt.length + opts.maxTokens, ctx.contextSize);
    const pending = await resetTo(prompt);
    const chosen = await pickGrammar(opts);
    const grammarState = chosen ? new LlamaGrammarEvaluationState({ model: m, grammar: chosen }) : undefined;
    const out: Token[] = [];
    let text = '';
    let stoppedBy: Generated['stoppedBy'] = 'maxTokens';
    if (opts.maxTokens > 0) {
      for await (const token of seq.evaluate(pending, { temperature: 0, ...(grammarState ? { grammarEvaluationState: grammarState } : {}) })) {
        if (eog.has(token) || m.isEogToken(token)) {
          stoppedBy = 'eos';
          break;
        }
        out.push(token);
        text = m.detokenize(out, true);
        const cut = (opts.stop ?? []).map((s) => text.indexOf(s)).filter((i) => i >= 0);
        if (cut.length) {
          text = text.slice(0, Math.min(...cut));
          stoppedBy = 'stop';
          break;
        }
        if (opts.isDone?.(text)) {
          stoppedBy = 'stop';
          break;
        }
        if (out.length >= opts.maxTokens) break;
      }
    }
    return { text, tokens: out.length, promptTokens: prompt.length, stoppedBy };
  };

  // The model's own chat template (or the forced one): user text is text, so a requirement that
  // contains "<|im_end|>" cannot close its turn early.
  const tokenize = (messages: readonly ChatMessage[], prefill: string) => renderChatTokens(m, template.wrapper, messages, prefill);

  return {
    kind: 'llm',
    contextSize: ctx.contextSize,
    countTokens: (text) => m.tokenize(text, true).length,
    countPromptTokens: (messages) => tokenize(messages, NO_THINK_PREFIX).length,
    renderPrompt: (messages, prefill = NO_THINK_PREFIX) => m.detokenize(tokenize(messages, prefill), true),
    generate: (messages, opts) => serialized(() => run(tokenize(messages, opts.prefill ?? ''), opts)),
    choose: (messages, opts: ChooseOptions) =>
      serialized(async (): Promise<Choice> => {
        const warnings: string[] = [];
        let reasoning: string | undefined;
        let tokens = 0;
        let prefix = NO_THINK_PREFIX;
        if (opts.thinkTokens > 0) {
          const thought = await run(tokenize(messages, THINK_OPEN), { maxTokens: opts.thinkTokens, stop: [THINK_CLOSE] });
          reasoning = thought.text.trim();
          tokens += thought.tokens;
          if (thought.stoppedBy === 'maxTokens') warnings.push(`Reasoning reached the --think budget of ${opts.thinkTokens} tokens and was cut there.`);
          prefix = `${THINK_OPEN}${thought.text.replace(/\n+$/, '')}${afterThinking}`;
        }
        const prompt = tokenize(messages, prefix);
        // Few ids: score them all, which is the exact argmax over their (canonical) tokenizations.
        // Many ids: the grammar-constrained greedy answer joins the candidates, so the model's own
        // pick is ranked even when the shortlist missed it; --top 1 is then that answer alone.
        const scoreAll = sortedIds.length <= options.scoreAllUpTo;
        let greedy: string | undefined;
        if (!scoreAll) {
          const answer = await run(prompt, {
            maxTokens: maxIdTokens + 8,
            grammar: idGrammarText,
            isDone: (text) => idSet.has(text.slice(1)) && !extendable.has(text.slice(1)),
          });
          tokens += answer.tokens;
          greedy = answer.text.slice(1);
          if (!idSet.has(greedy)) {
            warnings.push(`The constrained answer "${answer.text}" was incomplete; ranking the candidates by log-probability instead.`);
            greedy = undefined;
          }
        }
        const pool = scoreAll ? sortedIds : [...new Set([...(greedy ? [greedy] : []), ...(opts.top > 1 || !greedy ? opts.candidates.filter((c) => idSet.has(c)) : [])])];
        if (!scoreAll && pool.length < opts.top) pool.push(...nearest(sortedIds, greedy ?? '', new Set(pool), opts.top - pool.length));
        const scores = await scoreContinuations(seq, prompt, pool.map((id) => ({ key: id, tokens: idTokens.get(id) as Token[] })), eog, RAW_PROBABILITIES);
        const ranked = [...pool]
          .sort((a, b) => (scores.get(b) ?? -Infinity) - (scores.get(a) ?? -Infinity) || (a < b ? -1 : 1))
          .slice(0, opts.top)
          .map((id) => ({ id, logProb: scores.get(id) as number }));
        if (ranked.length === 0) warnings.push('The model gave no complete answer and there were no candidates to rank.');
        return { ranked, ...(reasoning !== undefined ? { reasoning } : {}), tokens, promptTokens: prompt.length, warnings, rejected: 0 };
      }),
    describe: () => ({
      model: modelPath,
      architecture: checked.model.architecture,
      parameters: checked.model.parameterCount,
      adapters: checked.adapters.map((a) => ({ path: a.path, scale: a.scale })),
      contextSize: ctx.contextSize,
      chatTemplate: template.description,
      threads: options.threads,
      gpu: llama.gpu,
      grammarIds: sortedIds.length,
      grammarMs: Math.round(grammarMs * 10) / 10,
    }),
    async dispose() {
      await queue;
      await ctx.dispose();
      await m.dispose();
      await held.release();
    },
  };
}

/** Marker: "the id grammar built with the driver" (built once; other GBNF is compiled per call). */
export const idGrammarText = '\u0000ids';


/** Ids sharing the longest prefix with `anchor` (its siblings in the tree), to fill a short candidate pool. */
function nearest(ids: readonly string[], anchor: string, taken: ReadonlySet<string>, n: number): string[] {
  const shared = (id: string) => {
    let i = 0;
    while (i < id.length && i < anchor.length && id[i] === anchor[i]) i++;
    return i;
  };
  return ids.filter((id) => !taken.has(id)).map((id) => ({ id, s: shared(id) })).sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).slice(0, n).map((x) => x.id);
}
