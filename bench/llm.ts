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
// Constrained and free swap places every round: whichever decode runs first after the previous
// round pays or saves something (caches, the sequence's state), and a fixed order put that on one side.
n = (await decode(treeGrammar, 64)).n;
for (let r = 0; r < reps; r++) {
  const pair: [number[], () => ReturnType<typeof decode>][] = [
    [constrained, () => decode(treeGrammar, 64)],
    [free, () => decode(undefined, n)],
  ];
  for (const [into, run] of r % 2 === 0 ? pair : [...pair].reverse()) into.push((await run()).ms);
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

// Dev benchmark (../shared/bench: svelte, pixi; trees from bench/fetchTree.ts, stores from
// bench/indexedTree.ts): every LLM backend over every query, with the tiny model, next to lexical.
// `openai` runs against the loopback OpenAI-compatible server (src/server/openai) on the same tiny
// model, once with JSON-schema structured output and once without (free text mapped to the nearest
// id or rejected). Counted per backend: invalid ids (target 0), rejected free-text answers, empty
// answers, errors, and ask p50. A random model's accuracy means nothing, so none is printed.
if (process.env.LLM_DEV !== '0') {
  const { indexedTree } = await import('./indexedTree.ts');
  const { openSession } = await import('../src/api/openSession.ts');
  const { readCases } = await import('../src/eval/readCases.ts');
  const { readFileSync } = await import('node:fs');
  const { startOpenAiServer } = await import('../src/server/openai/startOpenAiServer.ts');
  const limit = Number(process.env.LLM_DEV_LIMIT ?? Infinity);
  // a larger context than the default 512, so that rag's ten cards fit without trimming
  const dev = await writeTinyModel(dir, 'qwen3', 3, { contextLength: 2048 });
  const llmOptions = { model: dev.path, threads, gpu: false as const, contextSize: 2048 };
  const json = await startOpenAiServer({ llm: llmOptions, structuredOutput: true });
  const free = await startOpenAiServer({ llm: llmOptions, structuredOutput: false });
  // the agent takes up to 6 model steps per query: it runs on every AGENT_EVERY-th query only
  const agentEvery = Number(process.env.AGENT_EVERY ?? 8);
  const variants: { label: string; backend: string; options: Record<string, unknown>; every?: number }[] = [
    { label: 'lexical', backend: 'lexical', options: {} },
    { label: 'llm', backend: 'llm', options: llmOptions },
    { label: 'rag', backend: 'rag', options: llmOptions },
    { label: 'openai (json_schema)', backend: 'openai', options: { endpoint: json.url, model: 'tiny', structured: 'json_schema', retries: 0 } },
    { label: 'openai (free text)', backend: 'openai', options: { endpoint: free.url, model: 'tiny', structured: 'auto', retries: 0 } },
    { label: `agent (1 in ${agentEvery})`, backend: 'agent', options: llmOptions, every: agentEvery },
  ];
  process.stdout.write(`\ndev benchmark, tiny qwen3 (context 2048), ${threads} thread(s), --top 5; openai on a loopback server (same model)\n`);
  process.stdout.write(`${'bench'.padEnd(7)} ${'backend'.padEnd(22)} ${'queries'.padStart(7)} ${'invalid ids'.padStart(11)} ${'rejected'.padStart(8)} ${'empty'.padStart(5)} ${'errors'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}\n`);
  const pctl = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
  for (const name of ['svelte', 'pixi']) {
    const tree = await indexedTree('bench', name);
    const { cases } = readCases(readFileSync(tree.casesFile, 'utf8'), 'cases.jsonl');
    const queries = cases.slice(0, limit).map((c) => c.query);
    const sessions = await Promise.all(variants.map((v) => openSession({ repo: tree.root, db: tree.db, backendOptions: v.options })));
    const ids = new Set<string>(sessions[0]?.index.graph().modules.map((m) => m.id));
    const stats = variants.map(() => ({ invalid: 0, rejected: 0, empty: 0, errors: 0, ms: [] as number[], firstError: '' }));
    // interleaved: each query goes to every backend before the next query
    for (const [qi, q] of queries.entries()) {
      for (const [i, v] of variants.entries()) {
        if (v.every && qi % v.every !== 0) continue;
        const s = stats[i] as (typeof stats)[number];
        const t = performance.now();
        try {
          const r = await (sessions[i] as Awaited<ReturnType<typeof openSession>>).ask(q, { backend: v.backend, top: 5 });
          s.ms.push(performance.now() - t);
          s.invalid += r.modules.filter((m) => !ids.has(m.id)).length;
          if (r.modules.length === 0) s.empty++;
          for (const w of r.warnings) s.rejected += Number(/^(\d+) answer\(s\) from the model were not module ids/.exec(w)?.[1] ?? 0);
        } catch (error) {
          s.errors++;
          s.firstError ||= (error as Error).message.slice(0, 160);
        }
      }
    }
    for (const [i, v] of variants.entries()) {
      const s = stats[i] as (typeof stats)[number];
      process.stdout.write(`${name.padEnd(7)} ${v.label.padEnd(22)} ${String(s.ms.length + s.errors).padStart(7)} ${String(s.invalid).padStart(11)} ${String(s.rejected).padStart(8)} ${String(s.empty).padStart(5)} ${String(s.errors).padStart(6)} ${pctl(s.ms, 0.5).toFixed(1).padStart(8)} ${pctl(s.ms, 0.95).toFixed(1).padStart(8)}\n`);
      if (s.firstError) process.stdout.write(`        first error: ${s.firstError}\n`);
    }
    for (const s of sessions) await s.dispose();
  }
  await json.close();
  await free.close();
}
