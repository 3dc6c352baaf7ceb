// `node --import tsx bench/llm.ts [reps]`: the llm backend's costs on the tiny model, each next to
// a same-run baseline, interleaved: constrained vs free decoding, grammar build for 2,000 ids
// (prefix tree vs flat alternation), ask p50 (llm vs lexical).
import { availableParallelism } from 'node:os';
import type { Token } from 'node-llama-cpp';
import { createLexicalBackend } from '../src/backends/lexical/createLexicalBackend.ts';
import { createLlmBackend } from '../src/backends/llm/createLlmBackend.ts';
import { gbnfLiteral, idGrammar } from '../src/backends/llm/idGrammar.ts';
import { NO_THINK_PREFIX, renderChatMl, routingMessages } from '../src/backends/llm/prompt.ts';
import { randomQueries } from '../test/helpers/randomQueries.ts';
import { sampleGraph, tempDir, writeTinyModel } from '../test/helpers/llmFixtures.ts';

const reps = Number(process.argv[2] ?? 15);
const threads = Number(process.env.THREADS ?? 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const line = (name: string, base: string, a: number[], b: number[]) =>
  process.stdout.write(`${name.padEnd(28)} vs ${base.padEnd(22)} ${(median(a) / median(b)).toFixed(2)}x  (median of ${a.length}: ${median(a).toFixed(1)} ms vs ${median(b).toFixed(1)} ms)\n`);

const dir = tempDir('modroute-bench-llm-');
const { path } = await writeTinyModel(dir, 'qwen3', 3);
const ids = Array.from({ length: 2000 }, (_, i) => `packages/${['core', 'ui', 'api', 'db'][i % 4]}/module-${i}/src`);
const { getLlama, LlamaLogLevel, LlamaGrammarEvaluationState } = await import('node-llama-cpp');
const llama = await getLlama({ gpu: false, build: 'never', maxThreads: threads, logLevel: LlamaLogLevel.error });
process.stdout.write(`tiny qwen3, ${threads} thread(s) of ${availableParallelism()} cores, ${reps} reps\n`);

// grammar build: prefix tree (ours) vs one flat alternation (simplest correct)
const flat = (xs: string[]) => `root ::= " " (${xs.map(gbnfLiteral).join(' | ')})`;
const tree: number[] = [];
const flatMs: number[] = [];
for (let r = 0; r < reps; r++) {
  let t = performance.now();
  await llama.createGrammar({ grammar: idGrammar(ids) });
  tree.push(performance.now() - t);
  t = performance.now();
  await llama.createGrammar({ grammar: flat(ids) });
  flatMs.push(performance.now() - t);
}
line('grammar build, 2,000 ids', 'flat alternation', tree, flatMs);

// decoding: greedy under the id grammar vs free greedy decoding of as many tokens
const model = await llama.loadModel({ modelPath: path });
const context = await model.createContext({ contextSize: 512, threads });
const seq = context.getSequence();
const treeGrammar = await llama.createGrammar({ grammar: idGrammar(ids) });
const flatGrammar = await llama.createGrammar({ grammar: flat(ids) });
const prompt = model.tokenize(renderChatMl(routingMessages('/repo', 'fix the retry in the http client'), NO_THINK_PREFIX), true);
const decode = async (grammar: typeof treeGrammar | undefined, maxTokens: number) => {
  await seq.clearHistory();
  const state = grammar ? new LlamaGrammarEvaluationState({ model, grammar }) : undefined;
  const out: Token[] = [];
  const t = performance.now();
  for await (const token of seq.evaluate(prompt, { temperature: 0, ...(state ? { grammarEvaluationState: state } : {}) })) {
    if (model.isEogToken(token)) break;
    out.push(token);
    if (out.length >= maxTokens) break;
  }
  return { ms: performance.now() - t, n: out.length };
};
const constrained: number[] = [];
const free: number[] = [];
const flatDecode: number[] = [];
let n = 0;
for (let r = 0; r < reps; r++) {
  const c = await decode(treeGrammar, 64);
  n = c.n;
  constrained.push(c.ms);
  free.push((await decode(undefined, c.n)).ms);
  flatDecode.push((await decode(flatGrammar, 64)).ms);
}
line(`decode ${n} tokens, id grammar`, 'free decoding', constrained, free);
line(`decode ${n} tokens, flat grammar`, 'free decoding', flatDecode, free);
await context.dispose();
await model.dispose();

// ask p50: the llm backend (68 ids: greedy under the grammar; top 5 adds log-prob ranking) vs lexical
const graph = sampleGraph(60);
const options = { model: path, threads, gpu: false as const };
const llm = await createLlmBackend({ graph, storeDir: dir, options });
const lexical = await createLexicalBackend({ graph, storeDir: dir, options: {} });
const queries = randomQueries(Math.max(reps, 20), 3);
const timed = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const a1: number[] = [];
const a5: number[] = [];
const lx: number[] = [];
for (const q of queries) {
  a1.push(await timed(() => llm.ask(q, { top: 1 })));
  a5.push(await timed(() => llm.ask(q, { top: 5 })));
  lx.push(await timed(() => lexical.ask(q, { top: 5 })));
}
line('ask p50, llm --top 1', 'lexical --top 5', a1, lx);
line('ask p50, llm --top 5', 'lexical --top 5', a5, lx);
await llm.dispose?.();
await llama.dispose();
